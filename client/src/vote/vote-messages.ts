/**
 * What the phone says when a vote is refused: the server's stable code turned
 * into a sentence an attendee understands, never the raw code.
 */
const REFUSALS: Record<string, string> = {
  poll_closed: 'Voting has closed. Your vote was not counted.',
  poll_not_open: 'Voting has not opened yet. Try again in a moment.',
  vote_locked: 'You have already voted on this question, and votes here cannot be changed.',
  invalid_choice: 'That choice is not valid for this question. Please choose again.',
  poll_not_found: 'This question was removed by the moderator.',
  rate_limited: 'Too many taps at once. Wait a second and try again.',
  shutting_down: 'The server is restarting. Try again in a moment.',
  store_unavailable: 'The server cannot save votes right now. Your vote will be sent again.',
  event_deleted: 'This event has ended.',
};

export function refusalText(code: string, fallback?: string): string {
  return REFUSALS[code] ?? fallback ?? 'Your vote could not be counted. Please try again.';
}
