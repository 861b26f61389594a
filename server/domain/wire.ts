/**
 * Domain records as the wire contract shows them. Pure: the same functions
 * render a poll for an HTTP answer, a welcome and a push.
 */
import type { EventInfo, Poll, Results, Role } from '../../shared/protocol.js';
import type { Counters } from './counters.js';
import { rulesOf } from './kinds/index.js';
import { canSeeResults } from './permissions.js';
import type { EventRecord, PollRecord } from './types.js';

/** The event as the wire shows it; `publicUrl` is the base of its join link. */
export function eventInfo(event: EventRecord, publicUrl: string): EventInfo {
  return {
    code: event.code,
    title: event.title,
    createdAt: event.createdAt,
    showStats: event.showStats,
    joinUrl: joinUrl(publicUrl, event.code),
    leaderboard: event.leaderboard,
    language: event.language,
    languages: event.languages,
    alternateLanguages: event.alternateLanguages,
  };
}

export function joinUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/e/${code}`;
}

/** `{pollId, kind, state, total, ...}`: the results this role sees (callers check it may). */
export function resultsView(poll: PollRecord, counters: Counters, role: Role): Results {
  return {
    pollId: poll.id,
    kind: poll.kind,
    state: poll.state,
    total: counters.voters,
    ...rulesOf(poll.kind).results(poll, counters, role),
  } as Results;
}

/** The poll as this role sees it: with results where the role may see them. */
export function pollView(poll: PollRecord, counters: Counters, role: Role): Poll {
  const view = {
    id: poll.id,
    question: poll.question,
    kind: poll.kind,
    state: poll.state,
    showResults: poll.showResults,
    allowChange: poll.allowChange,
    createdAt: poll.createdAt,
    ...(poll.openedAt ? { openedAt: poll.openedAt } : {}),
    ...(poll.closedAt ? { closedAt: poll.closedAt } : {}),
    ...(Object.keys(poll.translations).length > 0 ? { translations: poll.translations } : {}),
    ...rulesOf(poll.kind).view(poll, role),
    ...(canSeeResults(role, poll) ? { results: resultsView(poll, counters, role) } : {}),
  };
  return view as Poll;
}
