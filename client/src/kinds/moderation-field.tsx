/**
 * The host editor's choice of moderation, for the kinds that have one (open
 * text, Q&A): shown at once or approved first, each with the kind's words.
 */
import type { Moderation } from '../../../shared/kinds/text.js';
import { t, type StaffKey } from '../i18n/i18n.js';

/** A choice, its words as keys. */
export interface ModerationOption {
  value: Moderation;
  title: StaffKey;
  hint: StaffKey;
}

export function ModerationField({
  uid,
  value,
  options,
  class: className,
  onChange,
}: {
  uid: string;
  value: Moderation;
  options: readonly ModerationOption[];
  class: string;
  onChange(value: Moderation): void;
}) {
  return (
    <fieldset class="field">
      <legend class="field-label">{t('editor.moderation.label')}</legend>
      <div class={`segmented ${className}`}>
        {options.map((option) => (
          <label class={`segment${value === option.value ? ' segment-on' : ''}`}>
            <input
              type="radio"
              name={`${uid}-moderation`}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span class="segment-title">{t(option.title)}</span>
            <span class="segment-hint">{t(option.hint)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
