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
import { t, tNodes } from '../../i18n/i18n.js';
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
            {t('editor.rating.endWord', { value: which === 'low' ? 1 : fields.size })}
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
          placeholder={t(
            which === 'low' ? 'editor.rating.lowExample' : 'editor.rating.highExample',
          )}
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
          {t('editor.rating.scale')}
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
              {t(usesStars(n) ? 'editor.rating.sizeStars' : 'editor.rating.size', { max: n })}
            </option>
          ))}
        </select>
        {locked && <p class="field-hint">{t('editor.rating.locked')}</p>}
      </div>
      <div class="rating-ends-fields">
        {end('low')}
        {end('high')}
      </div>
    </>
  );
}

export const ratingEditor: EditorKind<'rating', RatingFields> = {
  get title() {
    return t('editor.rating.title');
  },
  get hint() {
    return t('editor.rating.hint');
  },
  label: (poll) => t('editor.rating.label', { max: poll.max }),
  ...ratingSettings,
  Fields: RatingFieldsView,
  Mini({ poll, results, labelledBy }) {
    return (
      <>
        <p class="mini-summary" data-testid="mini-summary">
          {tNodes('editor.rating.summary', {
            average: <strong>{formatAverage(results?.average ?? null)}</strong>,
            max: poll.max,
            median: <strong>{formatMedian(results?.median ?? null)}</strong>,
          })}
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
