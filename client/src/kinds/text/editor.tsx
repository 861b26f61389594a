/**
 * The host's parts of open text: the longest answer and the moderation
 * (shown at once, or approved first); the card's label, and its moderation
 * desk (desk.tsx) in place of a mini result.
 */
import './text.css';
import { formatNumber, t } from '../../i18n/i18n.js';
import type { EditorKind, FieldsProps } from '../kind.js';
import { ModerationField, type ModerationOption } from '../moderation-field.js';
import { TextDesk } from './desk.js';
import { moderationName, textSettings, TEXT_LIMITS, type TextFields } from './settings.js';

const MODERATIONS: readonly ModerationOption[] = [
  { value: 'post', title: 'editor.text.postTitle', hint: 'editor.text.postHint' },
  { value: 'pre', title: 'editor.text.preTitle', hint: 'editor.text.preHint' },
];

/** A length as the field takes it: "1000", not "1,000". */
const characters = (n: number) => formatNumber(n, { useGrouping: 'min2' });

function TextFieldsView({ fields, change, problems, locked, uid }: FieldsProps<TextFields>) {
  const id = `${uid}-max-length`;
  const error = problems.maxLength;
  return (
    <>
      <div class="field">
        <label class="field-label" for={id}>
          {t('editor.text.maxLength')}
        </label>
        <input
          id={id}
          class="input text-length-input"
          type="number"
          inputmode="numeric"
          min={TEXT_LIMITS.minLength}
          max={TEXT_LIMITS.maxLength}
          step={1}
          value={fields.maxLength}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onInput={(e: Event) => {
            const maxLength = (e.target as HTMLInputElement).value;
            change((f) => ({ ...f, maxLength }));
          }}
        />
        <p id={`${id}-hint`} class="field-hint">
          {locked
            ? t('editor.text.maxLengthLocked')
            : t('editor.text.maxLengthHint', {
                min: characters(TEXT_LIMITS.minLength),
                max: characters(TEXT_LIMITS.maxLength),
                default: characters(TEXT_LIMITS.defaultMaxLength),
              })}
        </p>
        {error && (
          <p id={`${id}-error`} class="field-error">
            {error}
          </p>
        )}
      </div>
      <ModerationField
        uid={uid}
        value={fields.moderation}
        options={MODERATIONS}
        class="text-moderation"
        onChange={(moderation) => change((f) => ({ ...f, moderation }))}
      />
    </>
  );
}

export const textEditor: EditorKind<'text', TextFields> = {
  get title() {
    return t('editor.text.title');
  },
  get hint() {
    return t('editor.text.hint');
  },
  label: (poll) => t('editor.text.label', { moderation: moderationName(poll.moderation) }),
  ...textSettings,
  Fields: TextFieldsView,
  Mini: TextDesk,
  footnote: () => null,
};
