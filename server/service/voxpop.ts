/**
 * The one place that changes voxpop's state. HTTP routes and WebSocket
 * handlers call these use cases; each asks the domain whether the change is
 * allowed, writes it through the store, updates the in-memory picture, and
 * tells the publisher. Nothing else writes.
 */
import { randomInt } from 'node:crypto';
import type {
  CreatePollBody,
  EventInfo,
  EventSnapshot,
  PatchEventBody,
  PatchPollBody,
  Poll,
  Results,
  Role,
  Vote,
} from '../../shared/protocol.js';
import type { DurabilitySettings, Store } from '../store/index.js';
import { WriterClosedError } from '../store/writer.js';
import type { Ballot, PollRecord } from '../domain/types.js';
import { allow, deny, DomainError, type Decision } from '../domain/errors.js';
import { hashSecret, newSecret, secretMatches } from '../domain/credentials.js';
import { canSeeResults } from '../domain/permissions.js';
import { planPollChange, settleNewPoll } from '../domain/polls.js';
import { decideVote } from '../domain/votes.js';
import { kindRules } from '../domain/kinds/index.js';
import { PollTally } from '../domain/tally.js';
import { eventInfo, pollView } from '../domain/wire.js';
import type { Publisher } from './publisher.js';
import type { LiveEvent, LivePoll } from './live.js';

export type Clock = () => string;
/** ISO time, formatted at most once per millisecond: a storm stamps thousands of votes per ms-tick. */
const systemClock: Clock = (() => {
  let last = 0;
  let iso = '';
  return () => {
    const now = Date.now();
    if (now !== last) {
      last = now;
      iso = new Date(now).toISOString();
    }
    return iso;
  };
})();

export interface VoxpopOptions {
  now?: Clock;
  /** Base of the links the service hands out (known once the server listens). */
  publicUrl?: () => string;
}

/** A vote as stored: the decision's outcome, once it is durable. */
export interface CastVote {
  poll: LivePoll;
  ballot: Ballot;
  votedAt: string;
}

export interface ExportedVote {
  pollId: number;
  question: string;
  participantId: number;
  choices: string[];
  votedAt: string;
}

export class Voxpop {
  private readonly events = new Map<string, LiveEvent>();

  private readonly now: Clock;
  private readonly publicUrl: () => string;

  constructor(
    private readonly store: Store,
    private publisher: Publisher,
    options: VoxpopOptions = {},
  ) {
    this.now = options.now ?? systemClock;
    this.publicUrl = options.publicUrl ?? (() => '');
    this.load();
  }

  /** The realtime hub is built after the service; it plugs itself in here. */
  setPublisher(publisher: Publisher): void {
    this.publisher = publisher;
  }

  /** Rebuild the in-memory picture: events, polls, and tallies from SQL aggregates. */
  private load(): void {
    const byId = new Map<number, LiveEvent>();
    for (const record of this.store.events.all()) {
      const live: LiveEvent = { record, polls: new Map(), deleted: false };
      this.events.set(record.code, live);
      byId.set(record.id, live);
    }
    const polls = new Map<number, LivePoll>();
    for (const record of this.store.polls.all()) {
      const live: LivePoll = { record, tally: new PollTally(record.options.length) };
      byId.get(record.eventId)?.polls.set(record.id, live);
      polls.set(record.id, live);
    }
    for (const row of this.store.votes.ballotCounts()) {
      polls.get(row.poll_id)?.tally.addBallots(row.ballot, row.voters);
    }
  }

  // ------------------------------------------------------------------ reading

  findEvent(code: string): LiveEvent | undefined {
    return this.events.get(code);
  }

  eventCount(): number {
    return this.events.size;
  }

  /** How the database commits, read back from SQLite (GET /healthz?verbose=1). */
  durability(): DurabilitySettings {
    return this.store.durability();
  }

  eventInfo(event: LiveEvent): EventInfo {
    return eventInfo(event.record, this.publicUrl());
  }

  isHost(event: LiveEvent, hostKey: string): boolean {
    return secretMatches(hostKey, event.record.hostKeyHash);
  }

  pollFor(event: LiveEvent, poll: LivePoll, role: Role): Poll {
    return pollView(poll.record, poll.tally, canSeeResults(role, poll.record));
  }

  snapshot(event: LiveEvent, role: Role): EventSnapshot {
    return {
      event: this.eventInfo(event),
      polls: [...event.polls.values()].map((poll) => this.pollFor(event, poll, role)),
      activePollId: event.record.activePollId,
    };
  }

  results(poll: LivePoll): Results {
    return poll.tally.results(poll.record);
  }

  // ------------------------------------------------------------------- events

  createEvent(title: string, { demo = false } = {}): { event: LiveEvent; hostKey: string } {
    const hostKey = newSecret();
    const record = this.store.events.insert({
      code: this.freshCode(),
      title,
      hostKeyHash: hashSecret(hostKey),
      isDemo: demo,
      createdAt: this.now(),
    });
    const event: LiveEvent = { record, polls: new Map(), deleted: false };
    this.events.set(record.code, event);
    return { event, hostKey };
  }

  demoEvent(): LiveEvent | undefined {
    for (const event of this.events.values()) if (event.record.isDemo) return event;
    return undefined;
  }

  /** A new host key for the event; the old one stops working at once. */
  renewHostKey(event: LiveEvent): string {
    const hostKey = newSecret();
    const hash = hashSecret(hostKey);
    this.store.events.setHostKeyHash(event.record.id, hash);
    event.record.hostKeyHash = hash;
    return hostKey;
  }

  private freshCode(): string {
    for (;;) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      if (!this.events.has(code) && !this.store.events.isCodeTaken(code)) return code;
    }
  }

  changeEvent(event: LiveEvent, patch: PatchEventBody): LiveEvent {
    const next = { ...event.record };
    if (patch.title !== undefined) next.title = patch.title;
    if (patch.showStats !== undefined) next.showStats = patch.showStats;
    this.store.events.update(next);
    event.record = next;
    this.publisher.eventChanged(event);
    return event;
  }

  deleteEvent(event: LiveEvent): void {
    this.store.events.delete(event.record.id);
    this.events.delete(event.record.code);
    event.deleted = true;
    event.polls.clear();
    this.publisher.eventDeleted(event);
  }

  setActivePoll(event: LiveEvent, pollId: number | null): Decision<number | null> {
    if (pollId !== null && !event.polls.has(pollId)) return deny('poll_not_found');
    if (event.record.activePollId !== pollId) {
      this.store.events.setActivePoll(event.record.id, pollId);
      event.record.activePollId = pollId;
      this.publisher.activeChanged(event);
    }
    return allow(pollId);
  }

  // -------------------------------------------------------------------- polls

  createPoll(event: LiveEvent, body: CreatePollBody): Decision<LivePoll> {
    const settings = settleNewPoll(body);
    if (!settings.ok) return settings;
    const record = this.store.polls.create(event.record.id, settings.value, this.now());
    const poll: LivePoll = { record, tally: new PollTally(record.options.length) };
    event.polls.set(record.id, poll);
    this.publisher.pollChanged(event, poll);
    return allow(poll);
  }

  changePoll(event: LiveEvent, pollId: number, patch: PatchPollBody): Decision<LivePoll> {
    // Votes decided but not yet committed count: whether the poll has votes
    // decides what may change.
    this.store.settle();
    const poll = event.polls.get(pollId);
    if (!poll) return deny('poll_not_found');
    const change = planPollChange(poll.record, patch, poll.tally.voters > 0, this.now());
    if (!change.ok) return change;
    const resultsShown = !poll.record.showResults && change.value.poll.showResults;
    poll.record = this.store.polls.update(change.value.poll, change.value.options);
    if (change.value.options) poll.tally.reset(poll.record.options.length);
    this.publisher.pollChanged(event, poll);
    if (resultsShown) this.publisher.tallyChanged(event, poll);
    return allow(poll);
  }

  resetPoll(event: LiveEvent, pollId: number): Decision<LivePoll> {
    const poll = event.polls.get(pollId);
    if (!poll) return deny('poll_not_found');
    this.store.votes.deleteForPoll(pollId);
    poll.tally.reset();
    this.publisher.pollChanged(event, poll);
    this.publisher.tallyChanged(event, poll);
    return allow(poll);
  }

  deletePoll(event: LiveEvent, pollId: number): Decision<null> {
    if (!event.polls.has(pollId)) return deny('poll_not_found');
    this.store.transaction(() => {
      this.store.polls.delete(pollId);
      if (event.record.activePollId === pollId)
        this.store.events.setActivePoll(event.record.id, null);
    });
    event.polls.delete(pollId);
    this.publisher.pollDeleted(event, pollId);
    if (event.record.activePollId === pollId) {
      event.record.activePollId = null;
      this.publisher.activeChanged(event);
    }
    return allow(null);
  }

  // ------------------------------------------------------------- participants

  /** A new participant, durable before its token is handed out. */
  async addParticipant(event: LiveEvent): Promise<{ id: number; token: string }> {
    const token = newSecret();
    const hash = hashSecret(token);
    const gone = () => new DomainError('event_not_found', 'the event was deleted');
    if (event.deleted) throw gone();
    const id = await new Promise<number>((resolve, reject) =>
      this.store.participants.add(event.record.id, hash, this.now(), (error, id) => {
        if (error === null) resolve(id!);
        else reject(error instanceof WriterClosedError ? new DomainError('shutting_down') : error);
      }),
    );
    // A DELETE of the event commits the group first: a participant queued
    // before it is committed, then deleted with the event. Its token is no use.
    if (event.deleted) throw gone();
    return { id, token };
  }

  findParticipant(event: LiveEvent, token: string): number | null {
    return this.store.participants.findByTokenHash(event.record.id, hashSecret(token));
  }

  /** `{ "<pollId>": [optionId, ...] }` for one participant. */
  votesOf(event: LiveEvent, participantId: number): Record<string, number[]> {
    const votes: Record<string, number[]> = {};
    for (const row of this.store.votes.ofParticipant(participantId)) {
      const poll = event.polls.get(row.poll_id);
      if (poll) votes[row.poll_id] = kindRules(poll.record.kind).choicesOf(poll.record, row.ballot);
    }
    return votes;
  }

  // -------------------------------------------------------------------- votes

  /**
   * Decide a vote now, against the poll as it is and the participant's vote
   * as last decided (writes not yet committed included), and store it through
   * the writer. `done` is called once the vote is durable, or with why it was
   * refused, in the order votes were cast: a refusal never overtakes the ack
   * of an earlier vote. The tally moves when the vote commits, so live
   * results only ever show durable votes.
   */
  vote(
    event: LiveEvent,
    participantId: number,
    pollId: number,
    choices: readonly number[],
    ref: string | undefined,
    done: (outcome: Decision<CastVote>) => void,
  ): void {
    const poll = event.polls.get(pollId);
    if (!poll) return this.answerInLine(deny('poll_not_found'), done);
    const previous = this.store.votes.find(pollId, participantId);
    const decision = decideVote(poll.record, choices, previous, ref);
    if (!decision.ok) return this.answerInLine(decision, done);
    const { value } = decision;
    if (value.action === 'repeat') {
      // Already stored (or queued): answered once what it repeats is durable.
      // A repeat always has a previous vote; it keeps that vote's time.
      const repeat = allow({ poll, ballot: value.ballot, votedAt: previous!.votedAt });
      const answer = (error: Error | null) => done(error ? refusal(error) : repeat);
      if (value.ref === undefined) this.store.writer.submit(null, answer);
      else this.store.votes.setRef(pollId, participantId, value.ref, answer);
      return;
    }
    const votedAt = this.now();
    this.store.votes.put(pollId, participantId, value.ballot, ref ?? null, votedAt, (error) => {
      if (error) return done(refusal(error));
      poll.tally.move(value.previous, value.ballot);
      this.publisher.tallyChanged(event, poll);
      done(allow({ poll, ballot: value.ballot, votedAt }));
    });
  }

  /** Answer a refused vote in line: after the acks of the votes cast before it. */
  private answerInLine(refused: Decision<never>, done: (outcome: Decision<CastVote>) => void) {
    this.store.writer.submit(null, (error) => done(error ? refusal(error) : refused));
  }

  /** `vote`, answered with the stored vote (HTTP). */
  castVote(
    event: LiveEvent,
    participantId: number,
    pollId: number,
    choices: readonly number[],
    ref?: string,
  ): Promise<Decision<Vote>> {
    return new Promise((resolve) =>
      this.vote(event, participantId, pollId, choices, ref, (outcome) =>
        resolve(
          outcome.ok
            ? allow(
                this.voteView(
                  outcome.value.poll.record,
                  participantId,
                  outcome.value.ballot,
                  outcome.value.votedAt,
                ),
              )
            : outcome,
        ),
      ),
    );
  }

  private voteView(poll: PollRecord, participantId: number, ballot: Ballot, votedAt: string): Vote {
    return {
      pollId: poll.id,
      participantId,
      choices: kindRules(poll.kind).choicesOf(poll, ballot),
      votedAt,
    };
  }

  // ------------------------------------------------------------------- backup

  /**
   * An online copy of the whole database into `file` (a path the server
   * chose, never one a request named), taken on the writing connection so it
   * includes every commit made before it ends.
   */
  backup(file: string): Promise<void> {
    return this.store.backup(file);
  }

  // ------------------------------------------------------------------- export

  /** Every vote of the event, a page at a time (each page read in one go). */
  *exportPages(event: LiveEvent, pageSize = 5000): Generator<ExportedVote[]> {
    const after = { pollId: 0, participantId: 0 };
    for (;;) {
      const rows = this.store.votes.pageOfEvent(event.record.id, after, pageSize);
      if (rows.length === 0) return;
      const page: ExportedVote[] = [];
      for (const row of rows) {
        const poll = event.polls.get(row.poll_id);
        if (!poll) continue;
        const { record } = poll;
        page.push({
          pollId: record.id,
          question: record.question,
          participantId: row.participant_id,
          choices: kindRules(record.kind)
            .choicesOf(record, row.ballot)
            .map((id) => record.options.find((o) => o.id === id)!.label),
          votedAt: row.voted_at,
        });
      }
      const last = rows[rows.length - 1]!;
      after.pollId = last.poll_id;
      after.participantId = last.participant_id;
      yield page;
    }
  }
}

/** A vote the writer could not commit: the server is stopping, or the disk failed. */
function refusal(error: Error): Decision<never> {
  return error instanceof WriterClosedError
    ? deny('shutting_down')
    : deny('internal_error', 'the vote could not be stored; send it again');
}
