/**
 * The host's parts of a rating: the scale's size (3–10; 5 shows as stars)
 * and the words for its two ends; the card's label, and its mini result (a
 * bar per value, with the average and median above).
 */
import './rating.css';
import { RATING_LIMITS } from '../../../../shared/kinds/rating-limits.js';
import { codePoints } from '../../../../shared/limits.js';
import { Counter } from '../../host/counter.js';
import { MiniBars, voteShareRows } from '../../host/mini-bars.js';
import type { EditorKind, FieldsProps } from '../kind.js';
import { formatAverage, formatMedian, ratingRows, usesStars } from './scale.js';
import { ratingSettings, type RatingFields } from './settings.js';

const SIZES = Array.from(
  { length: RATING_LIMITS.maxMax - RATING_LIMITS.minMax + 1 },
  (_, i) => RATING_LIMITS.minMax + i,
);

function RatingFieldsView({ fields, change, problems, locked, uid }: FieldsProps<RatingFields>) {
  const end = (which: 'low' | 'high') => {
    const id = `${uid}-label-${which}`;
    const value = fields[which];
    const error = problems[which];
    return (
      <div class="field">
        <div class="field-row">
          <label class="field-label" for={id}>
            {which === 'low' ? 'Word for 1 (optional)' : `Word for ${fields.size} (optional)`}
          </label>
          <Counter
            length={codePoints(value.trim())}
            max={RATING_LIMITS.labelLength}
            id={`${id}-count`}
          />
        </div>
        <input
          id={id}
          class="input"
          value={value}
          placeholder={which === 'low' ? 'e.g. Not at all' : 'e.g. Completely'}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e: Event) => {
            const text = (e.target as HTMLInputElement).value;
            change((f) => ({ ...f, [which]: text }));
          }}
        />
        {error && (
          <p id={`${id}-error`} class="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };
  return (
    <>
      <div class="field">
        <label class="field-label" for={`${uid}-scale`}>
          Scale
        </label>
        <select
          id={`${uid}-scale`}
          class="input select"
          disabled={locked}
          value={String(fields.size)}
          onChange={(e: Event) => {
            const size = Number((e.target as HTMLSelectElement).value);
            change((f) => ({ ...f, size }));
          }}
        >
          {SIZES.map((n) => (
            <option value={String(n)} selected={fields.size === n}>
              1 to {n}
              {usesStars(n) ? ' (stars)' : ''}
            </option>
          ))}
        </select>
        {locked && (
          <p class="field-hint">
            The scale is fixed after the first answer — reset the poll first.
          </p>
        )}
      </div>
      <div class="rating-ends-fields">
        {end('low')}
        {end('high')}
      </div>
    </>
  );
}

export const ratingEditor: EditorKind<'rating', RatingFields> = {
  title: 'A rating',
  hint: 'Rating scale',
  label: (poll) => `Rating · 1 to ${poll.max}`,
  ...ratingSettings,
  Fields: RatingFieldsView,
  Mini({ poll, results, labelledBy }) {
    return (
      <>
        <p class="mini-summary" data-testid="mini-summary">
          Average <strong>{formatAverage(results?.average ?? null)}</strong> / {poll.max} · median{' '}
          <strong>{formatMedian(results?.median ?? null)}</strong>
        </p>
        <MiniBars
          labelledBy={labelledBy}
          noun="values"
          rows={voteShareRows(ratingRows(poll, results), results?.total ?? 0)}
        />
      </>
    );
  },
  footnote: () => null,
};
