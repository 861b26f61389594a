/**
 * What the moderator reads when the server says no. Keyed on the stable
 * error code, never on the server's message, and phrased as what to do next.
 */
import { ApiError } from '../lib/api.js';

const MESSAGES: Record<string, string> = {
  poll_has_votes: "Options can't be edited after the first vote — reset the poll first.",
  invalid_state: 'That poll has moved on since this page last heard of it. Try again.',
  poll_not_found: 'That poll no longer exists — it may have been deleted in another tab.',
  event_not_found: 'This event no longer exists.',
  unauthorized: 'This action needs the host key. Open the full host link again.',
  forbidden: 'The host key in this link is no longer valid for this event.',
  rate_limited: 'Too many changes at once — wait a moment and try again.',
  payload_too_large: 'That is too much text for one poll.',
  network_error: 'Cannot reach the voxpop server. Check your connection and try again.',
  export_failed: 'The export failed. Try again in a moment.',
};

export function describeFailure(error: unknown, doing: string): string {
  if (error instanceof ApiError) {
    const known = MESSAGES[error.code];
    if (known) return known;
    // Validation errors carry the field and the limit ("the question is at most 300 characters").
    if (error.code === 'invalid_body' || error.code === 'invalid_choice')
      return `Could not ${doing}: ${error.message}`;
    return `Could not ${doing} (${error.code}).`;
  }
  return `Could not ${doing}. Try again.`;
}
