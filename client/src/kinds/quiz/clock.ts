/**
 * A quiz question's countdown as numbers, apart from any page so it can be
 * tested: the whole seconds left until the server's `closesAt` (on the
 * server's clock, lib/server-clock.ts), the share of the time limit left
 * for a bar, and which spoken reminder (10 and 5 seconds left, time's up)
 * a tick has just crossed, so a screen reader hears a few, not one a second.
 */
import { t } from '../../i18n/i18n.js';

/** Reminders a countdown announces, in seconds left. */
export const ANNOUNCE_AT = [10, 5] as const;

/** Whole seconds left until `closesAt` (ISO) at server time `now`: 0 once past, null with no close. */
export function secondsLeft(closesAt: string | undefined, now: number): number | null {
  if (closesAt === undefined) return null;
  const at = Date.parse(closesAt);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** The share of the time limit left, 0–1, for a shrinking bar (smooth, not by whole seconds). */
export function shareLeft(closesAt: string | undefined, timeLimit: number, now: number): number {
  if (closesAt === undefined || timeLimit <= 0) return 0;
  const left = (Date.parse(closesAt) - now) / (timeLimit * 1000);
  return Number.isFinite(left) ? Math.min(1, Math.max(0, left)) : 0;
}

/**
 * What to announce as the countdown goes from `before` to `after` seconds
 * left: a reminder it just reached (10 s, 5 s; only those under the time
 * limit, so a 5-second question is not told "10 seconds left") or "Time's up"
 * at 0; null otherwise, and on the first reading (`before` null: the page
 * just opened, nothing was crossed).
 */
export function crossed(before: number | null, after: number | null, timeLimit: number) {
  if (before === null || after === null || after >= before) return null;
  if (after === 0) return t('quiz.timesUp');
  const mark = ANNOUNCE_AT.find((m) => m < timeLimit && after <= m && before > m);
  return mark === undefined ? null : t('quiz.secondsLeft', { count: mark });
}

/** "20", "1:05": the big number on a countdown. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return String(seconds);
  const s = seconds % 60;
  return `${Math.floor(seconds / 60)}:${String(s).padStart(2, '0')}`;
}

/** "20 s", "2 min", "1 min 30 s": a time limit in words for labels. */
export function limitText(seconds: number): string {
  if (seconds < 60) return t('quiz.limitSeconds', { count: seconds });
  const s = seconds % 60;
  return s === 0
    ? t('quiz.limitMinutes', { count: seconds / 60 })
    : t('quiz.limitMinutesSeconds', { minutes: Math.floor(seconds / 60), seconds: s });
}
