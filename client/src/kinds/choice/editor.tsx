/**
 * The host's parts of single and multiple choice: 2–20 options and, for
 * multiple choice, how many an attendee may pick; the card's label, its mini
 * result (a percent and a count per option) and the footnote that says what
 * multiple choice percents are.
 */
import { MiniBars, voteShareRows } from '../../host/mini-bars.js';
import { t, type StaffKey } from '../../i18n/i18n.js';
import type { EditorKind, FieldsProps } from '../kind.js';
import { filledLabels } from '../options/option-list.js';
import { OptionFields } from '../options/option-rows.js';
import { choiceRows, type ChoiceFields, type ChoiceKind } from './rows.js';
import { CHOICE_OPTION_LIMITS, choiceSettings } from './settings.js';

function MaxChoices(props: FieldsProps<ChoiceFields>) {
  const { fields, problems, uid } = props;
  const filled = filledLabels(fields.options).length;
  return (
    <div class="field">
      <label class="field-label" for={`${uid}-max`}>
        {t('editor.choice.maxChoices')}
      </label>
      <select
        id={`${uid}-max`}
        class="input select"
        disabled={props.locked}
        value={fields.maxChoices === null ? 'all' : String(fields.maxChoices)}
        aria-invalid={problems.maxChoices ? 'true' : undefined}
        onChange={(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          props.change((f) => ({ ...f, maxChoices: value === 'all' ? null : Number(value) }));
        }}
      >
        <option value="all" selected={fields.maxChoices === null}>
          {t('editor.choice.anyNumber')}
        </option>
        {Array.from({ length: Math.max(filled, 2) - 1 }, (_, i) => i + 1).map((n) => (
          <option value={String(n)} selected={fields.maxChoices === n}>
            {t('editor.choice.upTo', { count: n })}
          </option>
        ))}
      </select>
      {problems.maxChoices && <p class="field-error">{problems.maxChoices}</p>}
    </div>
  );
}

/** `title` and `hint` are keys, read whenever the editor shows them. */
function choiceEditor(
  kind: ChoiceKind,
  title: StaffKey,
  hint: StaffKey,
): EditorKind<ChoiceKind, ChoiceFields> {
  return {
    get title() {
      return t(title);
    },
    get hint() {
      return t(hint);
    },
    label: (poll) =>
      poll.kind === 'single'
        ? t('editor.single.label')
        : poll.maxChoices >= poll.options.length
          ? t('editor.multiple.label')
          : t('editor.multiple.labelUpTo', { max: poll.maxChoices }),
    ...choiceSettings(kind),
    Fields: (props) => (
      <>
        <OptionFields {...props} limits={CHOICE_OPTION_LIMITS} />
        {kind === 'multiple' && <MaxChoices {...props} />}
      </>
    ),
    Mini: ({ poll, results, labelledBy }) => (
      <MiniBars
        labelledBy={labelledBy}
        rows={voteShareRows(choiceRows(poll, results), results?.total ?? 0)}
      />
    ),
    footnote: (poll, total) =>
      poll.kind === 'multiple' && total > 0 ? t('editor.multiple.footnote') : null,
  };
}

export const singleEditor = choiceEditor('single', 'editor.single.title', 'editor.single.hint');
export const multipleEditor = choiceEditor(
  'multiple',
  'editor.multiple.title',
  'editor.multiple.hint',
);
