/** Who may see and do what. The credential checks themselves are in credentials.ts. */
import type { Role } from '../../shared/protocol.js';
import type { PollRecord } from './types.js';

/** The host always sees results; others only while the host shows them. */
export function canSeeResults(role: Role, poll: Pick<PollRecord, 'showResults'>): boolean {
  return role === 'host' || poll.showResults;
}

/** Only attendees (holders of a participant token) vote. */
export function canVote(role: Role): boolean {
  return role === 'attendee';
}
