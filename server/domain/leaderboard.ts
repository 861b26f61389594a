/**
 * The quiz leaderboard: every player who answered a quiz question of the
 * event, by the sum of their points. Ranks are competition ranks (1, 2, 2,
 * 4); among equal scores the order is by name, then id, so every process
 * and every reload lists them the same way. The top 10 are shown, and more
 * when a tie crosses the 10th place: nobody tied with a listed player is left out.
 */
import { playerName, QUIZ_LIMITS } from '../../shared/kinds/quiz-limits.js';

export interface Standing {
  participantId: number;
  /** The name they gave, or null. */
  name: string | null;
  score: number;
}

export interface RankedPlayer {
  participantId: number;
  /** The name shown: theirs, or "Player <id>". */
  name: string;
  score: number;
  rank: number;
}

const byName = (a: RankedPlayer, b: RankedPlayer) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.participantId - b.participantId;

/** Every player, best first, each with their rank. */
export function rankPlayers(standings: readonly Standing[]): RankedPlayer[] {
  const players = standings.map((s) => ({
    participantId: s.participantId,
    name: playerName(s.participantId, s.name),
    score: s.score,
    rank: 0,
  }));
  players.sort((a, b) => b.score - a.score || byName(a, b));
  for (let i = 0; i < players.length; i++) {
    const player = players[i]!;
    const before = players[i - 1];
    player.rank = before && before.score === player.score ? before.rank : i + 1;
  }
  return players;
}

/** The top `size` of ranked players, and everyone tied with the last of them. */
export function topOf(
  ranked: readonly RankedPlayer[],
  size: number = QUIZ_LIMITS.leaderboardSize,
): RankedPlayer[] {
  if (ranked.length <= size) return [...ranked];
  const last = ranked[size - 1]!.rank;
  let end = size;
  while (end < ranked.length && ranked[end]!.rank === last) end++;
  return ranked.slice(0, end);
}
