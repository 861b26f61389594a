/**
 * What the service tells the live side when something changes. The realtime
 * hub implements it for one process; a Redis fan-out could implement it for
 * many, without the service knowing.
 */
import type { LiveEvent, LivePoll } from './live.js';

export interface Publisher {
  eventChanged(event: LiveEvent): void;
  pollChanged(event: LiveEvent, poll: LivePoll): void;
  pollDeleted(event: LiveEvent, pollId: number): void;
  activeChanged(event: LiveEvent): void;
  /** A committed vote or a reset moved this poll's tally. Coalesced by the receiver. */
  tallyChanged(event: LiveEvent, poll: LivePoll): void;
  eventDeleted(event: LiveEvent): void;
}

export const silentPublisher: Publisher = {
  eventChanged: () => {},
  pollChanged: () => {},
  pollDeleted: () => {},
  activeChanged: () => {},
  tallyChanged: () => {},
  eventDeleted: () => {},
};
