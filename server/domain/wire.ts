/**
 * Domain records as the wire contract shows them. Pure: the same function
 * renders a poll for an HTTP answer, a welcome and a push.
 */
import type { EventInfo, Poll } from '../../shared/protocol.js';
import type { EventRecord, PollRecord } from './types.js';
import type { PollTally } from './tally.js';

/** The event as the wire shows it; `publicUrl` is the base of its join link. */
export function eventInfo(event: EventRecord, publicUrl: string): EventInfo {
  return {
    code: event.code,
    title: event.title,
    createdAt: event.createdAt,
    showStats: event.showStats,
    joinUrl: joinUrl(publicUrl, event.code),
  };
}

export function joinUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/e/${code}`;
}

export function pollView(poll: PollRecord, tally: PollTally, withResults: boolean): Poll {
  const view: Poll = {
    id: poll.id,
    question: poll.question,
    kind: poll.kind,
    options: poll.options.map((o) => ({ id: o.id, label: o.label })),
    state: poll.state,
    showResults: poll.showResults,
    allowChange: poll.allowChange,
    maxChoices: poll.maxChoices,
    createdAt: poll.createdAt,
  };
  if (poll.openedAt) view.openedAt = poll.openedAt;
  if (poll.closedAt) view.closedAt = poll.closedAt;
  if (withResults) view.results = tally.results(poll);
  return view;
}
