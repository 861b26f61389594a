/**
 * What each role sees of an event, as the wire contract shows it: the event,
 * its polls (a private draft to hosts only), results, a welcome.
 */
import {
  PROTOCOL_VERSION,
  type EventInfo,
  type EventSnapshot,
  type Poll,
  type Results,
  type Role,
  type Welcome,
} from '../../shared/protocol.js';
import type { QaAnswer } from '../../shared/kinds/qa.js';
import { rulesOf } from '../domain/kinds/index.js';
import { canSeePoll } from '../domain/permissions.js';
import { eventInfo, pollView, resultsView } from '../domain/wire.js';
import type { StoredAnswer } from '../domain/types.js';
import type { LiveEvent, LivePoll } from './catalog.js';
import { systemClock, type Clock } from './clock.js';

export class ViewService {
  constructor(
    private readonly publicUrl: () => string,
    private readonly now: Clock = systemClock,
  ) {}

  /** The server's clock in ms since the epoch, as welcomes and pongs tell it (quiz countdowns). */
  serverTime(): number {
    return Date.parse(this.now());
  }

  eventInfo(event: LiveEvent): EventInfo {
    return eventInfo(event.record, this.publicUrl());
  }

  poll(poll: LivePoll, role: Role): Poll {
    return pollView(poll.record, poll.counters, role);
  }

  results(poll: LivePoll, role: Role): Results {
    return resultsView(poll.record, poll.counters, role);
  }

  /** The event as this role may see it: a host's private drafts reach the host only. */
  snapshot(event: LiveEvent, role: Role): EventSnapshot {
    const polls: Poll[] = [];
    for (const poll of event.polls.values()) {
      if (canSeePoll(role, poll.record)) polls.push(this.poll(poll, role));
    }
    return { event: this.eventInfo(event), polls, activePollId: event.record.activePollId };
  }

  /**
   * The participant's answers on the wire: v1's `myVotes` (option ids, for
   * kinds whose answer names options), every kind's `myAnswers`, and the
   * points of closed quiz questions (`myScores`), from the participant's
   * answers (`AnswerService.of`).
   */
  answersOf(
    event: LiveEvent,
    answers: ReadonlyMap<number, StoredAnswer>,
    questions: Record<string, QaAnswer> = {},
  ): {
    myVotes: Record<string, number[]>;
    myAnswers: Record<string, Record<string, unknown>>;
    myScores?: Record<string, number>;
  } {
    const myVotes: Record<string, number[]> = {};
    const myAnswers: Record<string, Record<string, unknown>> = { ...questions };
    let myScores: Record<string, number> | undefined;
    for (const [pollId, stored] of answers) {
      const poll = event.polls.get(pollId);
      if (!poll) continue;
      const rules = rulesOf(poll.record.kind);
      myAnswers[pollId] = rules.answerOf(poll.record, stored.value);
      if (rules.choices) myVotes[pollId] = rules.choices(poll.record, stored.value);
      // What a closed quiz question earned (before the close it would tell whether it was right).
      if (rules.score && poll.record.state === 'closed' && typeof stored.score === 'number')
        (myScores ??= {})[pollId] = stored.score;
    }
    return myScores ? { myVotes, myAnswers, myScores } : { myVotes, myAnswers };
  }

  /**
   * A socket's first message from the server, rendered synchronously so that
   * the caller can join the socket to its room in the same step. An
   * attendee comes with their answers (`AnswerService.of`).
   */
  welcome(
    event: LiveEvent,
    role: Role,
    participant: {
      id: number;
      token: string;
      /** The display name (quiz), null if none. */
      name: string | null;
      answers: ReadonlyMap<number, StoredAnswer>;
      /** Q&A polls' questions and upvotes (QuestionService.of). */
      questions?: Record<string, QaAnswer>;
    } | null,
    attendees: number,
  ): Welcome {
    const snapshot = this.snapshot(event, role);
    return {
      type: 'welcome',
      role,
      protocol: PROTOCOL_VERSION,
      ...(participant
        ? {
            participant: {
              id: participant.id,
              token: participant.token,
              ...(participant.name === null ? {} : { name: participant.name }),
            },
          }
        : {}),
      event: snapshot.event,
      polls: snapshot.polls,
      activePollId: snapshot.activePollId,
      ...(participant ? this.answersOf(event, participant.answers, participant.questions) : {}),
      attendees,
      serverTime: this.serverTime(),
    };
  }
}
