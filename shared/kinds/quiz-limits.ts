/**
 * The quiz's limits and its points rule, in a module without zod, so the
 * pages can check an editor's fields and show a countdown's stakes without
 * bundling the schema library. quiz.ts re-exports them.
 */
export const QUIZ_LIMITS = {
  minOptions: 2,
  maxOptions: 6,
  /** Seconds an attendee has to answer. */
  minTimeLimit: 5,
  maxTimeLimit: 300,
  defaultTimeLimit: 20,
  /** What a correct answer given at once earns; half of it at the last moment. */
  minPoints: 100,
  maxPoints: 10_000,
  defaultPoints: 1000,
  /** A display name, in characters (code points). */
  nameLength: 24,
  /** Entries of a leaderboard (more when ties cross the last place). */
  leaderboardSize: 10,
} as const;

/**
 * The points of an answer that arrived `elapsedMs` after the question opened:
 * a correct one earns `points × (1 − (elapsed / timeLimit) / 2)`, rounded
 * half up (from `points` at once to half of them at the close); a wrong one 0.
 */
export function quizPoints(
  correct: boolean,
  points: number,
  elapsedMs: number,
  timeLimitSeconds: number,
): number {
  if (!correct) return 0;
  const share = Math.min(Math.max(elapsedMs, 0) / (timeLimitSeconds * 1000), 1);
  return Math.round(points * (1 - share / 2));
}

/** The name the leaderboard shows for a participant who gave none. */
export const playerName = (participantId: number, name: string | null | undefined) =>
  name ?? `Player ${participantId}`;
