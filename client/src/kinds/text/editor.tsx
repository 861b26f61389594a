/**
 * The host's parts of open text: the longest answer and the moderation
 * (shown at once, or approved first); the card's label, and its moderation
 * desk (desk.tsx) in place of a mini result.
 */
import './text.css';
import type { EditorKind, FieldsProps } from '../kind.js';
import { ModerationField } from '../moderation-field.js';
import { TextDesk } from './desk.js';
import { moderationName, textSettings, TEXT_LIMITS, type TextFields } from './settings.js';

const MODERATIONS = [
  {
    value: 'post',
    title: 'Show answers at once (you can hide them)',
    hint: 'Each answer goes on the wall as it arrives.',
  },
  {
    value: 'pre',
    title: 'Approve each answer first',
    hint: 'Nothing reaches the wall until you approve it.',
  },
] as const;

function TextFieldsView({ fields, change, problems, locked, uid }: FieldsProps<TextFields>) {
  const id = `${uid}-max-length`;
  const error = problems.maxLength;
  return (
    <>
      <div class="field">
        <label class="field-label" for={id}>
          Longest answer (characters)
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
            ? 'The poll has answers: the limit can go up, not down (reset the poll first).'
            : `From ${TEXT_LIMITS.minLength} to ${TEXT_LIMITS.maxLength}; ${TEXT_LIMITS.defaultMaxLength} is a few sentences.`}
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
  title: 'A written answer',
  hint: 'Open text',
  label: (poll) => `Open text · ${moderationName(poll.moderation)}`,
  ...textSettings,
  Fields: TextFieldsView,
  Mini: TextDesk,
  footnote: () => null,
};
