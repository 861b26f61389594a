/** Who may see and do what. The credential checks themselves are in credentials.ts. */
import type { Role } from '../../shared/protocol.js';
import { rulesOf } from './kinds/index.js';
import type { PollRecord } from './types.js';

type Visibility = Pick<PollRecord, 'state' | 'published'>;

/**
 * A draft that has never been opened or on screen is the host's: while the
 * host writes it, nobody else learns it exists. Opening it, closing it or
 * putting it on screen publishes it for good (`published` never goes back).
 */
export function isPrivateDraft(poll: Visibility): boolean {
  return poll.state === 'draft' && !poll.published;
}

/** Whether this role sees the poll at all: its question, its options, its changes. */
export function canSeePoll(role: Role, poll: Visibility): boolean {
  return role === 'host' || !isPrivateDraft(poll);
}

/**
 * The host always sees results; others only of a poll they can see, while
 * the host shows them (or always, for a kind whose results are the poll: Q&A).
 */
export function canSeeResults(
  role: Role,
  poll: Visibility & Pick<PollRecord, 'showResults' | 'kind'>,
): boolean {
  if (role === 'host') return true;
  if (isPrivateDraft(poll)) return false;
  return poll.showResults || rulesOf(poll.kind).resultsAlwaysShown === true;
}

/** Only attendees (holders of a participant token) vote. */
export function canVote(role: Role): boolean {
  return role === 'attendee';
}
