/**
 * The phone's list of questions and the attendee's own, as plain functions:
 * the order everyone sees (shared/kinds/qa-limits.ts: answered ones last,
 * then most upvoted, then asked first), which of the attendee's questions
 * are not in the list yet (waiting for the host under "approve first"), and
 * how many more they may ask. Tested in tests/client/qa/list.test.ts.
 */
import { QA_LIMITS, questionOrder } from '../../../../shared/kinds/qa-limits.js';
import type { ResultsFor } from '../kind.js';

export type Question = ResultsFor<'qa'>['questions'][number];

/** A question this phone sent: its text as typed, and its id once the server has it. */
export interface Asked {
  /** Unique on this phone (the socket's ref is its own business). */
  key: string;
  text: string;
  /** Null until the ack. */
  id: number | null;
}

/** What attendees may see, in the order everyone sees it. */
export function attendeeList(questions: readonly Question[]): Question[] {
  return questions
    .filter((q) => q.status === 'visible' || q.status === 'answered')
    .sort(questionOrder);
}

/** The attendee's questions that the list does not show (yet): sending, or waiting for the host. */
export function notListed(asked: readonly Asked[], list: readonly Question[]): Asked[] {
  const listed = new Set(list.map((q) => q.id));
  return asked.filter((a) => a.id === null || !listed.has(a.id));
}

/** The ids of the attendee's questions: the server's record and what this phone sent since. */
export function ownIds(recorded: readonly number[], asked: readonly Asked[]): Set<number> {
  const ids = new Set(recorded);
  for (const a of asked) if (a.id !== null) ids.add(a.id);
  return ids;
}

/** How many questions the attendee has asked, counting those still on their way. */
export function askedCount(recorded: readonly number[], asked: readonly Asked[]): number {
  return ownIds(recorded, asked).size + asked.filter((a) => a.id === null).length;
}

export const reachedLimit = (count: number) => count >= QA_LIMITS.perParticipant;
