/**
 * Single and multiple choice as the host's editor keeps them, and what it
 * sends: 2–20 options and, for multiple choice, how many an attendee may
 * pick. Apart from the editor's markup so it can be tested without a page.
 */
import { LIMITS } from '../../../../shared/limits.js';
import { t } from '../../i18n/i18n.js';
import type { EditorKind } from '../kind.js';
import { checkOptions, filledLabels, optionRows, optionsChanged } from '../options/option-list.js';
import type { ChoiceFields, ChoiceKind } from './rows.js';

export const CHOICE_OPTION_LIMITS = { min: LIMITS.minOptions, max: LIMITS.maxOptions };

type Settings = Pick<
  EditorKind<ChoiceKind, ChoiceFields>,
  'empty' | 'fieldsOf' | 'labels' | 'check' | 'settings' | 'patch'
>;

function maxChoicesOf(kind: ChoiceKind, fields: ChoiceFields, optionCount: number): number {
  if (kind === 'single') return 1;
  return fields.maxChoices === null ? optionCount : Math.min(fields.maxChoices, optionCount);
}

export function choiceSettings(kind: ChoiceKind): Settings {
  return {
    empty: (labels) => ({ options: optionRows(labels), maxChoices: null }),
    fieldsOf: (poll) => ({
      options: optionRows(
        poll.options.map((o) => o.label),
        0,
      ),
      maxChoices:
        poll.kind === 'multiple' && poll.maxChoices < poll.options.length ? poll.maxChoices : null,
    }),
    labels: (fields) => filledLabels(fields.options),
    check(fields) {
      const problems = checkOptions(fields.options, CHOICE_OPTION_LIMITS);
      const count = filledLabels(fields.options).length;
      if (kind === 'multiple' && fields.maxChoices !== null && fields.maxChoices > count)
        problems.maxChoices = t('editor.choice.tooMany', { max: fields.maxChoices, count });
      return problems;
    },
    settings(fields) {
      const options = filledLabels(fields.options);
      return { options, maxChoices: maxChoicesOf(kind, fields, options.length) };
    },
    /**
     * A poll with votes accepts a new question or vote-change rule, and
     * refuses option edits, so unchanged options are not sent as if they were edits.
     */
    patch(poll, fields) {
      const patch: { options?: string[]; maxChoices?: number } = {};
      const options = filledLabels(fields.options);
      if (optionsChanged(poll, fields.options)) patch.options = options;
      const maxChoices = maxChoicesOf(kind, fields, options.length);
      if (maxChoices !== poll.maxChoices) patch.maxChoices = maxChoices;
      return patch;
    },
  };
}
