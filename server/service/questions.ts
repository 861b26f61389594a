/**
 * Audience Q&A: asking, upvoting and the host's moderation of questions.
 *
 * Like answers (answers.ts), each is decided when it arrives, against the
 * poll as it is and the participant's questions and upvotes as last decided
 * (writes not yet durable included), queued for the group commit, and
 * acknowledged once durable; the lists move at that moment, so they only
 * ever show durable questions and upvotes. A participant's questions and
 * upvotes are loaded whole on first use; in a cluster, again at each join
 * and HTTP request, since the participant may have acted through another
 * process. The store's keys have the last word: an upvote given twice, on
 * two processes, is stored once and counted once.
 */
import type { PatchQuestionBody, Question, QaAnswer } from '../../shared/kinds/qa.js';
import { allow, deny, type Decision } from '../domain/errors.js';
import {
  answerOfAsker,
  decideAsk,
  decideUpvote,
  highlightAfter,
  type Asker,
  type QaPoll,
} from '../domain/kinds/qa.js';
import { questionsOf, upvoteKey, type QuestionRecord } from '../domain/kinds/question-index.js';
import { counted, refusal } from './answers.js';
import { NO_METRICS, type VoteMetrics } from '../observability/metrics.js';
import type { AnswerService } from './answers.js';
import type { Store } from '../store/port.js';
import type { Announcer } from './announcer.js';
import type { Catalog, LiveEvent, LivePoll } from './catalog.js';
import type { Clock } from './clock.js';
import { ParticipantCache } from './participant-cache.js';

/** The counter a question moves where the store keeps shards: how many were asked. */
export const ASKED_KEY = 'asked';

/** One participant's Q&A, by poll id, and how many of their writes are not yet durable. */
interface Askers {
  byPoll: Map<number, Asker>;
  inFlight: number;
}

/** An ask or upvote once durable: the poll and the question. */
export interface Asked {
  poll: LivePoll;
  questionId: number;
}

const isQa = (poll: LivePoll): poll is LivePoll & { record: QaPoll } => poll.record.kind === 'qa';

export class QuestionService {
  private readonly askers: ParticipantCache<Askers>;
  /** One process: commits move the counters here (in a cluster, the shards do). */
  private readonly counting: boolean;

  constructor(
    private readonly store: Store,
    private readonly catalog: Catalog,
    private readonly announcer: Announcer,
    private readonly answers: AnswerService,
    private readonly now: Clock,
    private readonly metrics: VoteMetrics = NO_METRICS,
  ) {
    this.counting = store.shards === null;
    this.askers = new ParticipantCache((participantId) => this.read(participantId));
    answers.onForgetPoll((pollId) => this.forgetPoll(pollId));
  }

  // ------------------------------------------------------------ attendees

  /** Ask a question; `done` once it is durable (with its id) or with why not, in line. */
  ask(
    event: LiveEvent,
    participantId: number,
    pollId: number,
    raw: unknown,
    ref: string | undefined,
    done: (outcome: Decision<Asked>) => void,
  ): void {
    // A question is the Q&A kind's answer: counted as answers are.
    done = counted(this.metrics, done);
    const poll = this.qaPoll(event, pollId);
    if (!poll.ok) return this.inLine(poll, done);
    this.withAskers(participantId, done, (askers) => {
      const asker = askerIn(askers, pollId);
      const decision = decideAsk(poll.value.record, asker, raw, ref);
      if (!decision.ok) return this.inLine(decision, done);
      const decided = decision.value;
      if (decided.action === 'repeat') {
        const asked = asker.asked[decided.index]!;
        return this.store.answers.barrier((error) => {
          if (error) return done(refusal(error));
          // Durable by now, unless its write failed (then it is no longer listed).
          done(
            asked.id === null
              ? deny('internal_error')
              : allow({ poll: poll.value, questionId: asked.id }),
          );
        });
      }
      const entry: Asker['asked'][number] = { id: null, ref: ref ?? null };
      asker.asked.push(entry);
      askers.inFlight++;
      const at = this.now();
      this.store.entries.add(
        pollId,
        participantId,
        decided.text,
        entry.ref,
        at,
        decided.status,
        ASKED_KEY,
        (error, id) => {
          askers.inFlight--;
          if (error || id === undefined) {
            asker.asked.splice(asker.asked.indexOf(entry), 1);
            return done(refusal(error ?? new Error('no id')));
          }
          entry.id = id;
          const live = poll.value;
          const record: QuestionRecord = {
            id,
            participantId,
            text: decided.text,
            at,
            status: decided.status,
          };
          questionsOf(live.counters).add(record);
          this.changed(event, live);
          done(allow({ poll: live, questionId: id }));
        },
      );
    });
  }

  /** Upvote a question (`on`) or take the upvote back; `done` once durable, in line. */
  upvote(
    event: LiveEvent,
    participantId: number,
    pollId: number,
    questionId: number,
    on: boolean,
    done: (outcome: Decision<Asked>) => void,
  ): void {
    done = counted(this.metrics, done);
    const found = this.qaPoll(event, pollId);
    if (!found.ok) return this.inLine(found, done);
    const poll = found.value;
    this.withAskers(participantId, done, (askers) => {
      const index = questionsOf(poll.counters);
      if (!index.isShown(questionId) && !this.counting) {
        // Asked or approved through another process a moment ago: its re-read
        // is on the way, but the store already knows.
        return void this.store.entries.find(pollId, questionId).then(
          (stored) => {
            if (stored) index.add(stored as QuestionRecord);
            this.decideUpvote(event, poll, askers, participantId, questionId, on, done);
          },
          (error: unknown) => done(refusal(error)),
        );
      }
      this.decideUpvote(event, poll, askers, participantId, questionId, on, done);
    });
  }

  private decideUpvote(
    event: LiveEvent,
    poll: LivePoll & { record: QaPoll },
    askers: Askers,
    participantId: number,
    questionId: number,
    on: boolean,
    done: (outcome: Decision<Asked>) => void,
  ): void {
    const pollId = poll.record.id;
    const asker = askerIn(askers, pollId);
    const shown = questionsOf(poll.counters).isShown(questionId);
    const decision = decideUpvote(poll.record, asker, questionId, on, shown);
    if (!decision.ok) return this.inLine(decision, done);
    const asked = allow({ poll, questionId });
    if (decision.value.action === 'repeat') {
      return this.store.answers.barrier((error) => done(error ? refusal(error) : asked));
    }
    if (on) asker.upvoted.add(questionId);
    else asker.upvoted.delete(questionId);
    askers.inFlight++;
    const key = upvoteKey(questionId);
    this.store.marks.set(
      pollId,
      questionId,
      participantId,
      on,
      this.now(),
      key,
      (error, changed) => {
        askers.inFlight--;
        if (error) {
          // Not durable: what was assumed is wrong; read it again next time.
          this.askers.drop(participantId);
          return done(refusal(error));
        }
        if (changed) {
          if (this.counting) poll.counters.add(key, on ? 1 : -1);
          this.changed(event, poll);
        }
        done(asked);
      },
    );
  }

  /** `ask`, answered with the question as the asker sees it (HTTP). */
  askNow(
    event: LiveEvent,
    participantId: number,
    pollId: number,
    raw: unknown,
    ref: string | undefined,
  ): Promise<Decision<Question>> {
    if (!this.counting) this.askers.forgetIdle(participantId);
    return new Promise((resolve) =>
      this.ask(event, participantId, pollId, raw, ref, (outcome) =>
        resolve(outcome.ok ? this.question(outcome.value, true) : outcome),
      ),
    );
  }

  /** `upvote`, answered with the question as an attendee sees it (HTTP). */
  upvoteNow(
    event: LiveEvent,
    participantId: number,
    pollId: number,
    questionId: number,
    on: boolean,
  ): Promise<Decision<Question>> {
    if (!this.counting) this.askers.forgetIdle(participantId);
    return new Promise((resolve) =>
      this.upvote(event, participantId, pollId, questionId, on, (outcome) =>
        resolve(outcome.ok ? this.question(outcome.value, false) : outcome),
      ),
    );
  }

  // ------------------------------------------------------------- the host

  /** The host's change of a question: its status, the highlight, or both. */
  moderate(
    event: LiveEvent,
    pollId: number,
    questionId: number,
    patch: PatchQuestionBody,
  ): Promise<Decision<Question>> {
    return this.catalog.exclusive(event, async () => {
      const found = this.qaPoll(event, pollId);
      if (!found.ok) return found.code === 'poll_not_found' ? found : deny('question_not_found');
      const poll = found.value;
      // Questions asked so far are durable first: the one changed may be among them.
      await this.answers.settled();
      const index = questionsOf(poll.counters);
      let question = index.get(questionId);
      if (!question) {
        const stored = await this.store.entries.find(pollId, questionId);
        if (!stored) return deny('question_not_found');
        index.add((question = stored as QuestionRecord));
      }
      if (patch.status !== undefined && patch.status !== question.status) {
        const changed = await this.store.entries.setStatus(pollId, questionId, patch.status);
        if (!changed) return deny('question_not_found');
        index.setStatus(questionId, patch.status);
      }
      // A question taken off the list is not left on screen.
      const off = patch.status === 'hidden';
      const highlighted = highlightAfter(poll.record, questionId, off ? false : patch.highlighted);
      if (highlighted !== poll.record.settings.highlighted) {
        const settings = { ...poll.record.settings, highlighted };
        poll.record = (await this.store.polls.update({ ...poll.record, settings })) as QaPoll;
      }
      this.changed(event, poll);
      this.announcer.stored(event, pollId);
      return this.question({ poll, questionId }, true);
    });
  }

  // ------------------------------------------------------------- reading

  /** `welcome.myAnswers` of the event's Q&A polls the participant asked or upvoted in. */
  async of(event: LiveEvent, participantId: number): Promise<Record<string, QaAnswer>> {
    const mine: Record<string, QaAnswer> = {};
    if (![...event.polls.values()].some(isQa)) return mine;
    if (!this.counting) this.askers.forgetIdle(participantId);
    const askers = this.askers.get(participantId) ?? (await this.askers.load(participantId));
    for (const [pollId, asker] of askers.byPoll) {
      if (!event.polls.has(pollId)) continue;
      if (asker.asked.length > 0 || asker.upvoted.size > 0) mine[pollId] = answerOfAsker(asker);
    }
    return mine;
  }

  /** The poll's questions and upvotes are gone (reset or deleted). */
  forgetPoll(pollId: number): void {
    for (const askers of this.askers.values()) askers.byPoll.delete(pollId);
  }

  /** A question as its poll's results show it (`asHost`: whatever its status). */
  private question({ poll, questionId }: Asked, asHost: boolean): Decision<Question> {
    const record = questionsOf(poll.counters).get(questionId);
    if (!record || (!asHost && !questionsOf(poll.counters).isShown(questionId))) {
      return deny('question_not_found');
    }
    return allow({
      id: record.id,
      text: record.text,
      upvotes: Math.max(0, poll.counters.get(upvoteKey(record.id))),
      status: record.status,
      highlighted: (poll.record as QaPoll).settings.highlighted === record.id,
      askedAt: record.at,
    });
  }

  // ------------------------------------------------------------ internals

  private qaPoll(event: LiveEvent, pollId: number): Decision<LivePoll & { record: QaPoll }> {
    const poll = event.polls.get(pollId);
    if (!poll) return deny('poll_not_found');
    if (!isQa(poll)) {
      return deny('invalid_answer', 'this poll takes no questions: it is not a Q&A poll');
    }
    return allow(poll);
  }

  private changed(event: LiveEvent, poll: LivePoll): void {
    poll.counters.seq++;
    this.announcer.tallyChanged(event, poll);
  }

  /** A refusal, answered after the acks of everything queued before it. */
  private inLine(refused: Decision<never>, done: (outcome: Decision<Asked>) => void): void {
    this.store.answers.barrier((error) => done(error ? refusal(error) : refused));
  }

  private withAskers(
    participantId: number,
    done: (outcome: Decision<Asked>) => void,
    then: (askers: Askers) => void,
  ): void {
    const known = this.askers.get(participantId);
    if (known) return then(known);
    this.askers.load(participantId).then(then, (error: unknown) => done(refusal(error)));
  }

  /** A participant's questions (ids and refs) and upvotes in the Q&A polls, as stored. */
  private async read(participantId: number): Promise<Askers> {
    const [items, marks] = await Promise.all([
      this.store.entries.ofParticipant(participantId),
      this.store.marks.ofParticipant(participantId),
    ]);
    const askers: Askers = { byPoll: new Map(), inFlight: 0 };
    for (const { pollId, id, ref } of items) {
      const poll = this.catalog.findPoll(pollId);
      if (poll && isQa(poll)) askerIn(askers, pollId).asked.push({ id, ref });
    }
    for (const { pollId, itemId } of marks) askerIn(askers, pollId).upvoted.add(itemId);
    return askers;
  }
}

function askerIn(askers: Askers, pollId: number): Asker {
  let asker = askers.byPoll.get(pollId);
  if (!asker) askers.byPoll.set(pollId, (asker = { asked: [], upvoted: new Set() }));
  return asker;
}
