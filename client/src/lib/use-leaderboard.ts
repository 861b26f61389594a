/**
 * The quiz leaderboard as a page shows it: fetched when first shown (and
 * again when `version` changes, after a new round), then replaced by each
 * `leaderboard` push (hosts and presenters get one whenever a quiz question
 * closes). Null while loading, 'failed' when the fetch failed and no push came.
 */
import { useEffect, useRef, useState } from 'hono/jsx/dom';
import type { LeaderboardEntry } from '../../../shared/kinds/quiz.js';
import { api } from './api.js';

export type LeaderboardView = LeaderboardEntry[] | null | 'failed';

export function useLeaderboard(
  code: string,
  pushed: LeaderboardEntry[] | null,
  version = 0,
): LeaderboardView {
  const [entries, setEntries] = useState<LeaderboardView>(null);
  // The push on hand when the board appeared is older than the fetch: only later ones count.
  const lastPush = useRef(pushed);
  useEffect(() => {
    let cancelled = false;
    api.leaderboard(code).then(
      (board) => !cancelled && setEntries(board.entries),
      () => !cancelled && setEntries((now) => (Array.isArray(now) ? now : 'failed')),
    );
    return () => {
      cancelled = true;
    };
  }, [code, version]);
  useEffect(() => {
    if (pushed !== null && pushed !== lastPush.current) {
      lastPush.current = pushed;
      setEntries(pushed);
    }
  }, [pushed]);
  return entries;
}
