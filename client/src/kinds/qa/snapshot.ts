/**
 * The rule that keeps a phone's list of questions from reshuffling under a
 * finger. The list on screen is a snapshot: while the attendee reads it
 * (scrolled into it, or touched it in the last moments), a push that adds
 * questions or changes their order does not move what is shown; it only
 * counts what waits, for a "3 new / updated" pill. Counts, "Answered" and
 * "On screen now" of the questions already shown change in place, and a
 * question that left the list (hidden by the host) leaves at once. At rest
 * at the top, the latest list applies as it comes.
 *
 * Pure, so the rule is tested without a page (tests/client/qa/snapshot.test.ts).
 */
import { t } from '../../i18n/i18n.js';

export interface Listed {
  id: number;
}

export interface Snapshot<Q extends Listed> {
  /** What to show, in this order, each with its latest numbers. */
  questions: Q[];
  /** New questions, plus those whose place changed: what the pill offers. 0: no pill. */
  waiting: number;
}

/**
 * What to show, given the ids shown so far (in their order; null before the
 * first list), the latest list (in the server's order) and whether the list
 * is at rest (at the top, untouched for a while).
 */
export function snapshot<Q extends Listed>(
  shown: readonly number[] | null,
  latest: readonly Q[],
  atRest: boolean,
): Snapshot<Q> {
  // Nothing shown yet is nothing to disturb.
  if (shown === null || shown.length === 0 || atRest) return { questions: [...latest], waiting: 0 };
  const byId = new Map(latest.map((q) => [q.id, q]));
  const kept = shown.flatMap((id) => byId.get(id) ?? []);
  const keptIds = new Set(kept.map((q) => q.id));
  const fresh = latest.filter((q) => !keptIds.has(q.id)).length;
  // Where each kept question stands in the latest order: those off the
  // longest rising run of places are the ones that moved.
  const place = new Map(latest.map((q, index) => [q.id, index]));
  const moved = kept.length - longestRisingRun(kept.map((q) => place.get(q.id)!));
  const waiting = fresh + moved;
  // Nothing new and nothing moved: the latest list is the kept one.
  return waiting === 0 ? { questions: [...latest], waiting: 0 } : { questions: kept, waiting };
}

/** The length of the longest strictly rising subsequence (patience sorting). */
export function longestRisingRun(values: readonly number[]): number {
  const tails: number[] = [];
  for (const value of values) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tails[mid]! < value) low = mid + 1;
      else high = mid;
    }
    tails[low] = value;
  }
  return tails.length;
}

/** "1 new / updated", "12 new / updated". */
export const waitingLabel = (waiting: number) => t('qa.waiting', { count: waiting });
