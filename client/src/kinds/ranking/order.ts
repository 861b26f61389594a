/**
 * A ranking as the attendee puts it together and as the room sees it,
 * without any markup: the order to start from, moves by buttons and by drag,
 * what a screen reader hears after each move, and the results' standing.
 */
import type { PollOf, ResultsOf } from '../../../../shared/protocol.js';
import { formatNumber, t } from '../../i18n/i18n.js';
import { ordinal } from '../../lib/words.js';

/** "1st", "2nd", …: a place in a ranking, in the page's language. */
export { ordinal };

export type RankingPoll = PollOf<'ranking'>;
export type RankingResults = ResultsOf<'ranking'>;

/** The answer on record (being sent wins) when it still orders exactly the poll's options, else the poll's order. */
export function startingOrder(
  poll: Pick<RankingPoll, 'options'>,
  ...answers: (number[] | undefined)[]
): number[] {
  const ids = poll.options.map((o) => o.id);
  for (const order of answers) if (order && sameSet(order, ids)) return [...order];
  return ids;
}

/** The order with the item at `from` moved to index `to` (both clamped into the list). */
export function moveTo(order: readonly number[], from: number, to: number): number[] {
  const next = [...order];
  if (from < 0 || from >= next.length) return next;
  const [item] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item!);
  return next;
}

/** One step up (-1) or down (+1); at either end, the same order. */
export const moveBy = (order: readonly number[], index: number, step: -1 | 1) =>
  moveTo(order, index, index + step);

/**
 * Where an item dragged from `from` lands when dropped on the item at
 * `target`, on its upper or lower half: before or after that item, counted
 * in the list once the dragged item has left it.
 */
export function dropIndex(from: number, target: number, edge: 'top' | 'bottom'): number {
  const at = edge === 'top' ? target : target + 1;
  return at > from ? at - 1 : at;
}

/** What a screen reader hears after a move: "Dialogue, position 2 of 4." */
export function moveAnnouncement(label: string, index: number, count: number): string {
  return t('ranking.moved', { option: label, position: index + 1, count });
}

export const sameOrder = (a: readonly number[] | undefined, b: readonly number[] | undefined) =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((id, i) => id === b[i]);

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && b.every((id) => a.includes(id));
}

export interface Standing {
  id: number;
  label: string;
  rank: number;
  points: number;
  /** 1-based, 2 decimals; null with no answers. */
  averagePosition: number | null;
  /** Of the top score, 0–100: the bar's length. */
  share: number;
}

/** The options by Borda points, most first (ties in the poll's order), each with its bar's length. */
export function standings(poll: RankingPoll, results: RankingResults | null): Standing[] {
  const byId = new Map(results?.options.map((o) => [o.id, o]));
  const rows = poll.options.map((option, order) => {
    const result = byId.get(option.id);
    return {
      order,
      id: option.id,
      label: option.label,
      rank: result?.rank ?? 1,
      points: result?.points ?? 0,
      averagePosition: result?.averagePosition ?? null,
    };
  });
  const top = Math.max(0, ...rows.map((r) => r.points));
  return rows
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ order: _order, ...row }) => ({
      ...row,
      share: top === 0 ? 0 : Math.round((row.points / top) * 1000) / 10,
    }));
}

/** "12 points", "1 point". */
export const pointsText = (points: number) => t('ranking.points', { count: points });

/** "1.7", or "–" with no answers. */
export const positionText = (average: number | null) =>
  average === null
    ? '–'
    : formatNumber(Math.round(average * 10) / 10, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
