/**
 * The leaderboard as the screen lays it out: a podium for the first three
 * entries (second on the left, first in the middle, third on the right, the
 * way a podium stands) and the rest as a list. A step's height follows the
 * rank, not the position, so two players tied for first stand equally high.
 * Apart from the markup so it can be tested.
 */
import type { LeaderboardEntry } from '../../../../shared/kinds/quiz.js';
import { t } from '../../i18n/i18n.js';

export interface PodiumStep {
  entry: LeaderboardEntry;
  /** The step's height: 1 the highest; by rank (ties stand equally high), never past 3. */
  step: 1 | 2 | 3;
  /** Where it stands, left to right. */
  slot: 'left' | 'middle' | 'right';
}

export interface LeaderboardLayout {
  podium: PodiumStep[];
  /** Everyone after the first three, in order (ties past 10th place make this longer). */
  rest: LeaderboardEntry[];
}

const SLOTS = ['middle', 'left', 'right'] as const;
const ORDER = { left: 0, middle: 1, right: 2 } as const;

export function leaderboardLayout(entries: readonly LeaderboardEntry[]): LeaderboardLayout {
  const sorted = [...entries].sort((a, b) => a.rank - b.rank || b.score - a.score);
  const top = sorted.slice(0, 3);
  const podium = top
    .map((entry, i) => ({
      entry,
      step: Math.min(entry.rank, 3) as 1 | 2 | 3,
      slot: SLOTS[i]!,
    }))
    .sort((a, b) => ORDER[a.slot] - ORDER[b.slot]);
  return { podium, rest: sorted.slice(3) };
}

/** "1st", "2nd", "3rd", "11th", "22nd": the language's ordinals. */
export { ordinal } from '../../lib/words.js';

/**
 * "1,720 points", "1 point". The phone's quiz shows it too, so its words are
 * the attendee's (the phone loads no other catalogue).
 */
export const pointsText = (n: number) => t('quiz.points', { count: n });
