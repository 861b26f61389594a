/**
 * The answer path, for every kind: decide an answer when it arrives, against
 * the poll as it is and the participant's answer as last decided (writes not
 * yet durable included), queue its write, and acknowledge it once the store
 * says it is durable. The tally moves at that moment too, so live results
 * only ever show durable answers.
 *
 * Decisions need each participant's answers as last decided. They are kept
 * here per participant, loaded whole on the participant's first join or
 * answer, and changed in place by each decision: after that, deciding an
 * answer reads nothing from the store.
 */
import type { Vote } from '../../shared/protocol.js';
import { decideAnswer } from '../domain/answers.js';
import { allow, deny, type Decision } from '../domain/errors.js';
import { entriesOf } from '../domain/kinds/entry-index.js';
import { rulesOf } from '../domain/kinds/index.js';
import type { StoredAnswer, StoredValue } from '../domain/types.js';
import {
  PollNotOpenError,
  StoreClosedError,
  StoreUnavailableError,
  type EntryWritten,
  type Store,
} from '../store/port.js';
import type { Announcer } from './announcer.js';
import type { LiveEvent, LivePoll } from './catalog.js';
import type { Clock } from './clock.js';
import { ParticipantCache } from './participant-cache.js';
import { NO_METRICS, type VoteMetrics } from '../observability/metrics.js';

/** An answer as stored: the decision's outcome, once it is durable. */
export interface CastAnswer {
  poll: LivePoll;
  value: StoredValue;
  votedAt: string;
}

/** One participant's answers as last decided, by poll id. */
interface Answers {
  byPoll: Map<number, StoredAnswer>;
  /** Writes queued and not yet durable: an entry with some is never dropped. */
  inFlight: number;
}

export class AnswerService {
  private readonly answers: ParticipantCache<Answers>;
  private readonly forgetListeners: ((pollId: number) => void)[] = [];
  /**
   * Whether a committed answer moves the counters here. In a cluster the
   * store moves this process's shard inside the commit, with the value the
   * answer really replaced, and the shard's new counters are folded in
   * before the answer's `done` (ClusterSync).
   */
  private readonly counting: boolean;

  constructor(
    private readonly store: Store,
    private readonly announcer: Announcer,
    private readonly now: Clock,
    private readonly metrics: VoteMetrics = NO_METRICS,
  ) {
    this.counting = store.shards === null;
    this.answers = new ParticipantCache(async (participantId) => {
      const answers: Answers = { byPoll: new Map(), inFlight: 0 };
      for (const { pollId, value, ref, votedAt, score } of await store.answers.ofParticipant(
        participantId,
      )) {
        answers.byPoll.set(pollId, { value, ref, votedAt, score: score ?? null });
      }
      return answers;
    });
  }

  /**
   * Decide an answer now and store it. `raw` is the message or body as it
   * arrived (the kind reads its own fields). `done` is called once the
   * answer is durable, or with why it was refused, in the order answers were
   * cast: a refusal never overtakes the ack of an earlier answer.
   */
  answer(
    event: LiveEvent,
    participantId: number,
    pollId: number,
    raw: unknown,
    ref: string | undefined,
    done: (outcome: Decision<CastAnswer>) => void,
  ): void {
    const told = counted(this.metrics, done);
    const answers = this.answers.get(participantId);
    if (answers) return this.decide(answers, event, participantId, pollId, raw, ref, told);
    this.answers.load(participantId).then(
      (loaded) => this.decide(loaded, event, participantId, pollId, raw, ref, told),
      (error: unknown) => told(refusal(error)),
    );
  }

  private decide(
    answers: Answers,
    event: LiveEvent,
    participantId: number,
    pollId: number,
    raw: unknown,
    ref: string | undefined,
    done: (outcome: Decision<CastAnswer>) => void,
  ): void {
    const poll = event.polls.get(pollId);
    if (!poll) return this.answerInLine(deny('poll_not_found'), done);
    const previous = answers.byPoll.get(pollId) ?? null;
    const votedAt = this.now();
    const decision = decideAnswer(poll.record, raw, previous, ref, votedAt);
    if (!decision.ok) return this.answerInLine(decision, done);
    const { value } = decision;

    if (value.action === 'repeat') {
      // Already stored (or queued): answered once what it repeats is durable.
      // A repeat always has a previous answer; it keeps that answer's time.
      const repeat = allow({ poll, value: value.value, votedAt: previous!.votedAt });
      const answer = (error: Error | null) => done(error ? refusal(error) : repeat);
      if (value.ref === undefined) return this.store.answers.barrier(answer);
      previous!.ref = value.ref;
      return this.store.answers.setRef(pollId, participantId, value.ref, answer);
    }

    const stored = ref ?? null;
    const rules = rulesOf(poll.record.kind);
    const score = rules.score ? rules.score(poll.record, value.value, votedAt) : null;
    if (previous) {
      // Changed in place: one object per participant and poll, not one per answer.
      previous.value = value.value;
      previous.ref = stored;
      previous.votedAt = votedAt;
      previous.score = score;
    } else answers.byPoll.set(pollId, { value: value.value, ref: stored, votedAt, score });
    answers.inFlight++;
    const committed = (error: Error | null, entry?: EntryWritten) => {
      answers.inFlight--;
      if (error) {
        // Not durable: what was assumed is wrong; read it again next time.
        this.answers.drop(participantId);
        return done(refusal(error));
      }
      const { counters } = poll;
      if (this.counting) {
        if (value.previous === null) counters.voters++;
        else rules.count(poll.record, value.previous, -1, counters);
        rules.count(poll.record, value.value, 1, counters);
      }
      if (entry) {
        const { id, replaced } = entry;
        const record = {
          id,
          participantId,
          text: String(value.value),
          at: votedAt,
          status: status!,
        };
        entriesOf(counters).add(record, replaced);
      }
      counters.seq++;
      this.announcer.tallyChanged(event, poll);
      done(allow({ poll, value: value.value, votedAt }));
    };
    const status = rules.entry?.(poll.record, value.value);
    if (score !== null) {
      this.store.answers.putScored(
        pollId,
        participantId,
        value.value,
        stored,
        votedAt,
        score,
        committed,
      );
    } else if (status === undefined) {
      this.store.answers.put(pollId, participantId, value.value, stored, votedAt, committed);
    } else {
      const text = String(value.value);
      this.store.answers.putEntry(pollId, participantId, text, stored, votedAt, status, committed);
    }
  }

  /** Answer a refusal in line: after the acks of the answers cast before it. */
  private answerInLine(refused: Decision<never>, done: (outcome: Decision<CastAnswer>) => void) {
    this.store.answers.barrier((error) => done(error ? refusal(error) : refused));
  }

  /** `answer`, answered with the stored answer (HTTP). */
  cast(
    event: LiveEvent,
    participantId: number,
    pollId: number,
    raw: unknown,
    ref?: string,
  ): Promise<Decision<Vote>> {
    // In a cluster, requests of one participant may reach any process: decide on what is stored.
    if (!this.counting) this.answers.forgetIdle(participantId);
    return new Promise((resolve) =>
      this.answer(event, participantId, pollId, raw, ref, (outcome) => {
        if (!outcome.ok) return resolve(outcome);
        const { poll, value, votedAt } = outcome.value;
        const rules = rulesOf(poll.record.kind);
        resolve(
          allow({
            pollId: poll.record.id,
            participantId,
            ...(rules.choices ? { choices: rules.choices(poll.record, value) } : {}),
            answer: rules.answerOf(poll.record, value),
            votedAt,
          }),
        );
      }),
    );
  }

  /**
   * A participant's answers as last decided, loaded from the store on first
   * use (a join). In a cluster they are read again at each join: the
   * participant may have answered through another process since.
   */
  async of(participantId: number): Promise<ReadonlyMap<number, StoredAnswer>> {
    if (!this.counting) this.answers.forgetIdle(participantId);
    return (this.answers.get(participantId) ?? (await this.answers.load(participantId))).byPoll;
  }

  /** A participant just made: nothing answered, nothing to read from the store. */
  none(participantId: number): ReadonlyMap<number, StoredAnswer> {
    const answers =
      this.answers.get(participantId) ??
      this.answers.keep(participantId, { byPoll: new Map(), inFlight: 0 });
    return answers.byPoll;
  }

  /** Resolves once every answer decided so far is durable (and counted). */
  settled(): Promise<void> {
    return new Promise((resolve) => this.store.answers.barrier(() => resolve()));
  }

  /** The poll's answers are gone (reset or deleted). */
  forgetPoll(pollId: number): void {
    for (const answers of this.answers.values()) answers.byPoll.delete(pollId);
    for (const listener of this.forgetListeners) listener(pollId);
  }

  /** Told whenever a poll's answers are gone, for what else keeps a participant's answers (Q&A). */
  onForgetPoll(listener: (pollId: number) => void): void {
    this.forgetListeners.push(listener);
  }
}

/** `done`, after counting its outcome as an accepted or refused answer. */
export function counted<T>(
  metrics: VoteMetrics,
  done: (outcome: Decision<T>) => void,
): (outcome: Decision<T>) => void {
  return (outcome) => {
    if (outcome.ok) metrics.accepted();
    else metrics.refused(outcome.code);
    done(outcome);
  };
}

/** An answer the store could not make durable, and why, as the voter is told. */
export function refusal(error: unknown): Decision<never> {
  if (error instanceof StoreClosedError) return deny('shutting_down');
  if (error instanceof StoreUnavailableError) return deny('store_unavailable');
  // Closed (or reset to a draft) by another process a moment before the commit.
  if (error instanceof PollNotOpenError) return deny('poll_closed');
  return deny('internal_error', 'the answer could not be stored; send it again');
}
