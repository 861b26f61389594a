/**
 * A rating scale as people read it, without any markup: which steps it
 * has, whether they are stars (a 1–5 scale, the one everyone knows as
 * stars), which are lit for the answer shown, how each is named aloud, and
 * the results' rows and summary.
 */
import type { PollOf, ResultsOf } from '../../../../shared/protocol.js';
import { formatNumber, t } from '../../i18n/i18n.js';
import type { ResultRow } from '../../lib/result-row.js';

export type RatingPoll = PollOf<'rating'>;
export type RatingResults = ResultsOf<'rating'>;

export type StepMark = 'none' | 'sending' | 'counted';

export interface ScaleStep {
  value: number;
  /** Lit: a star at or below the answer shown, or the number that is the answer. */
  lit: boolean;
  /** Where the answer is: being sent, or counted. */
  mark: StepMark;
  /** What a screen reader says: "4 stars", "7 of 10, Great". */
  name: string;
}

export const usesStars = (max: number) => max === 5;

/** "Rate 1 to 5 stars", "Rate from 1 to 10": the rule beside the badge, and the screen's tag. */
export const ratingRule = (poll: Pick<RatingPoll, 'max'>) =>
  usesStars(poll.max) ? t('rating.ruleStars') : t('rating.ruleNumbers', { max: poll.max });

/** "4 stars" / "7 of 10", with the end's word where the scale has one. */
export function valueName(value: number, poll: Pick<RatingPoll, 'max' | 'labels'>): string {
  const word = value === 1 ? poll.labels?.min : value === poll.max ? poll.labels?.max : undefined;
  if (usesStars(poll.max))
    return word
      ? t('rating.starsWord', { count: value, word })
      : t('rating.stars', { count: value });
  return word
    ? t('rating.valueOfWord', { value, max: poll.max, word })
    : t('rating.valueOf', { value, max: poll.max });
}

/** The steps 1..max for the answer being sent (it wins) or counted. */
export function scaleSteps(
  poll: Pick<RatingPoll, 'max' | 'labels'>,
  counted: number | undefined,
  sending: number | undefined,
): ScaleStep[] {
  const shown = sending ?? counted;
  const stars = usesStars(poll.max);
  return Array.from({ length: poll.max }, (_, i) => {
    const value = i + 1;
    return {
      value,
      lit: shown !== undefined && (stars ? value <= shown : value === shown),
      mark: value !== shown ? 'none' : sending !== undefined ? 'sending' : 'counted',
      name: valueName(value, poll),
    };
  });
}

/** Numbers up to 6 fit one row on a phone; a longer scale wraps into two even rows. */
export const scaleColumns = (max: number) => (max <= 6 ? max : Math.ceil(max / 2));

/** A value as a row label: "1 · Poor", "3", "5 · Great". */
export function rowLabel(value: number, poll: Pick<RatingPoll, 'max' | 'labels'>): string {
  const word = value === 1 ? poll.labels?.min : value === poll.max ? poll.labels?.max : undefined;
  const number = usesStars(poll.max) ? `${formatNumber(value)} ★` : formatNumber(value);
  return word ? `${number} · ${word}` : number;
}

/** One row per value 1..max, in ascending order, zeros where nothing is known. */
export function ratingRows(poll: RatingPoll, results: RatingResults | null): ResultRow[] {
  const byValue = new Map(results?.distribution.map((d) => [d.value, d]));
  return Array.from({ length: poll.max }, (_, i) => {
    const value = i + 1;
    return {
      id: value,
      label: rowLabel(value, poll),
      count: byValue.get(value)?.count ?? 0,
      percent: byValue.get(value)?.percent ?? 0,
    };
  });
}

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** "4.2" (one decimal is what a room can read; the wire has two), or "–" with no answers. */
export function formatAverage(average: number | null): string {
  if (average === null) return '–';
  return formatNumber(Math.round(average * 10) / 10, ONE_DECIMAL);
}

/** "4" or "3.5", or "–". */
export function formatMedian(median: number | null): string {
  return median === null ? '–' : formatNumber(median);
}
