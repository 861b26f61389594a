/**
 * The host editor's choice of moderation, for the kinds that have one (open
 * text, Q&A): shown at once or approved first, each with the kind's words.
 */
import type { Moderation } from '../../../shared/kinds/text.js';

export interface ModerationOption {
  value: Moderation;
  title: string;
  hint: string;
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
      <legend class="field-label">Moderation</legend>
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
            <span class="segment-title">{option.title}</span>
            <span class="segment-hint">{option.hint}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
