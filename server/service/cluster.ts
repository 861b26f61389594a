/**
 * One process of a cluster: what it must learn from the others, who share
 * the store (PostgreSQL) and the bus (Redis).
 *
 * - The tally: this process's commits move its own shard rows in the store
 *   (the store calls `moves` inside each commit, with the value an answer
 *   really replaced) and hands back the shard's absolute counters; they are
 *   folded into the poll's counters here and published for the others, at
 *   most every 100 ms per poll.
 *   Others' shard states arrive from the bus; every open poll's shards are
 *   also re-read from the store every `resyncMs` and whenever the bus
 *   reconnects, so a lost message heals and nothing drifts.
 * - The catalog: a host action on any process is announced as `changed`;
 *   the others re-read that event from the store. An event made elsewhere is
 *   loaded on first use (`resolve`).
 *
 * The bus messages to sockets (polls, the active poll, deletes) are rendered
 * by the process that made the change and cross the bus as they are; each
 * process renders tallies for its own sockets from its own sum.
 */
import { Counters } from '../domain/counters.js';
import { rulesOf } from '../domain/kinds/index.js';
import { ShardBook, VOTERS_KEY, type ShardState } from '../domain/shards.js';
import type { ItemCounts, PollRecord, StoredValue } from '../domain/types.js';
import type { Bus, BusMessage } from '../bus/port.js';
import type { Store, TallyShards } from '../store/port.js';
import type { AnswerService } from './answers.js';
import type { Announcer } from './announcer.js';
import type { Catalog, LiveEvent, LivePoll } from './catalog.js';

export interface ClusterOptions {
  /** Open polls' shards are re-read from the store at least this often (ms). */
  resyncMs: number;
  /** Where something went wrong in the background (a re-read that failed). */
  log: (message: string, error: unknown) => void;
  /** The event's polls were read again: time the closes of those that close by themselves. */
  watch?: (event: LiveEvent) => void;
}

/** This process's shard of a poll is published at most this often (ms). */
const PUBLISH_MS = 100;

/** A poll of a cluster: its counters are the sum of its shards. */
const booksOf = new WeakMap<LivePoll, ShardBook>();
const bookOf = (poll: LivePoll): ShardBook => {
  let book = booksOf.get(poll);
  if (!book) booksOf.set(poll, (book = new ShardBook()));
  return book;
};

export class ClusterSync {
  private readonly subscriptions = new Map<string, () => void>();
  private readonly loading = new Map<string, Promise<LiveEvent | undefined>>();
  /** Polls whose items are to be re-read (another process added or moderated some). */
  private readonly staleItems = new Map<LivePoll, LiveEvent>();
  private timer: NodeJS.Timeout | undefined;
  private itemsTimer: NodeJS.Timeout | undefined;
  /** This process's shard states not yet published, by poll (merged). */
  private readonly outbox = new Map<LivePoll, { event: LiveEvent; state: ShardState }>();
  private outboxTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: Store,
    private readonly shards: TallyShards,
    private readonly bus: Bus,
    private readonly catalog: Catalog,
    private readonly announcer: Announcer,
    private readonly answers: AnswerService,
    private readonly options: ClusterOptions,
  ) {}

  /** This process's shard, and its name on the bus. */
  get origin(): string {
    return this.shards.id;
  }

  /** Load every event's tally from the shards and start listening (once, at start). */
  async start(): Promise<void> {
    this.shards.setMoves((pollId, previous, value) => this.moves(pollId, previous, value));
    this.shards.onCommit((states) => {
      for (const state of states) this.committed(state);
    });
    this.catalog.watch({
      added: (event) => this.track(event),
      removed: (event) => this.untrack(event),
    });
    for (const event of this.catalog.all()) this.track(event);
    await this.resync([...this.catalog.all()].flatMap((event) => [...event.polls.values()]));
    this.bus.onReady(() => void this.refreshAll());
    this.timer = setInterval(() => void this.resyncOpen(), this.options.resyncMs);
    this.timer.unref();
  }

  /** The event with this code, loaded from the store if another process made it. */
  resolve(code: string): Promise<LiveEvent | undefined> {
    const known = this.catalog.find(code);
    if (known) return Promise.resolve(known);
    let loading = this.loading.get(code);
    if (!loading) {
      loading = this.load(code).finally(() => this.loading.delete(code));
      this.loading.set(code, loading);
    }
    return loading;
  }

  /** What one answer moves in its poll's tally (the store calls this inside its commit). */
  private moves(pollId: number, previous: StoredValue | null, value: StoredValue) {
    const poll = this.catalog.findPoll(pollId);
    if (!poll) return [];
    const rules = rulesOf(poll.record.kind);
    const moved = new Counters();
    if (previous !== null) rules.count(poll.record, previous, -1, moved);
    rules.count(poll.record, value, 1, moved);
    const pairs: [string, number][] = [...moved.entries()];
    if (previous === null) pairs.push([VOTERS_KEY, 1]);
    return pairs;
  }

  /** This process's commit moved its shard of a poll: count it here, tell the others. */
  private committed(state: ShardState): void {
    const poll = this.catalog.findPoll(state.pollId);
    const event = poll && this.catalog.eventOf(poll);
    if (!poll || !event) return;
    this.fold(event, poll, state);
    this.toPublish(event, poll, state);
  }

  /**
   * Tell the others, at most every PUBLISH_MS per poll: the commits in
   * between are merged into one state (the newest value of each counter
   * moved, the newest version). Their screens take at most 10 tallies a
   * second anyway, and the bus's deliveries then follow the processes,
   * not the votes.
   */
  private toPublish(event: LiveEvent, poll: LivePoll, state: ShardState): void {
    const waiting = this.outbox.get(poll);
    if (waiting && waiting.state.epoch === state.epoch) {
      Object.assign(waiting.state.counters, state.counters);
      waiting.state.version = state.version;
    } else {
      // A new epoch voids what waited of the old one.
      this.outbox.set(poll, { event, state: { ...state, counters: { ...state.counters } } });
    }
    this.outboxTimer ??= setTimeout(() => this.publishWaiting(), PUBLISH_MS);
  }

  private publishWaiting(): void {
    this.outboxTimer = undefined;
    for (const { event, state } of this.outbox.values()) {
      this.bus.publish({ type: 'shard', event: event.record.code, state });
    }
    this.outbox.clear();
  }

  private fold(event: LiveEvent, poll: LivePoll, state: ShardState): void {
    const folded = bookOf(poll).fold(state, poll.counters);
    if (folded === 'stale') return;
    if (folded === 'new_epoch') this.answers.forgetPoll(poll.record.id);
    if (state.shard !== this.origin && rulesOf(poll.record.kind).items) {
      this.itemsChanged(event, poll);
    }
    this.announcer.tallyChanged(event, poll);
  }

  // ------------------------------------------------------------ the bus

  private track(event: LiveEvent): void {
    if (this.subscriptions.has(event.record.code)) return;
    const code = event.record.code;
    this.subscriptions.set(
      code,
      this.bus.subscribe(code, (message) => this.hear(code, message)),
    );
  }

  private untrack(event: LiveEvent): void {
    this.subscriptions.get(event.record.code)?.();
    this.subscriptions.delete(event.record.code);
  }

  private hear(code: string, message: BusMessage): void {
    const event = this.catalog.find(code);
    if (!event) return;
    switch (message.type) {
      case 'shard': {
        if (message.state.shard === this.origin) return;
        const poll = event.polls.get(message.state.pollId);
        // A poll this process has not heard of yet: its `changed` is on the way.
        if (poll) this.fold(event, poll, message.state);
        else void this.refresh(event);
        return;
      }
      case 'changed':
        if (message.origin !== this.origin) void this.refresh(event, message.pollId);
        return;
      case 'event_deleted':
        this.forget(event);
        return;
      default:
        return;
    }
  }

  // ---------------------------------------------------- re-reading the store

  /** An event made by another process: its record, polls and tallies. */
  private async load(code: string): Promise<LiveEvent | undefined> {
    const record = await this.store.events.byCode(code);
    if (!record) return undefined;
    // Another load of the same code may have finished while this one read.
    const known = this.catalog.find(code);
    if (known) return known;
    const event = this.catalog.add(record);
    for (const poll of await this.store.polls.ofEvent(record.id)) {
      event.polls.set(poll.id, { record: poll, counters: new Counters() });
    }
    await this.resync([...event.polls.values()]);
    this.options.watch?.(event);
    return event;
  }

  /**
   * Re-read an event after another process changed it (`pollId`: that
   * poll), in line with this process's host actions.
   */
  private refresh(event: LiveEvent, pollId: number | null = null): Promise<void> {
    return this.catalog
      .exclusive(event, async () => {
        if (event.deleted) return;
        const record = await this.store.events.byCode(event.record.code);
        if (!record) return this.forget(event);
        event.record = record;
        const fresh = await this.store.polls.ofEvent(record.id);
        const seen = new Set<number>();
        for (const poll of fresh) {
          seen.add(poll.id);
          const live = event.polls.get(poll.id);
          if (live) live.record = mergeRecord(live.record, poll);
          else event.polls.set(poll.id, { record: poll, counters: new Counters() });
        }
        for (const pollId of [...event.polls.keys()]) {
          if (seen.has(pollId)) continue;
          event.polls.delete(pollId);
          this.answers.forgetPoll(pollId);
        }
        await this.resync([...event.polls.values()]);
        this.options.watch?.(event);
        // The change reached this process's sockets as the other process
        // rendered it, results included: this process's own sum follows.
        const changed = pollId === null ? undefined : event.polls.get(pollId);
        if (changed) {
          changed.counters.seq++;
          this.announcer.tallyChanged(event, changed);
        }
      })
      .catch((error: unknown) => this.options.log(`re-reading event ${event.record.code}`, error));
  }

  /** The bus came back: anything may have changed while it was away. */
  private async refreshAll(): Promise<void> {
    await Promise.all([...this.catalog.all()].map((event) => this.refresh(event)));
  }

  /** Every open poll's shards, read again (the periodic resync). */
  private async resyncOpen(): Promise<void> {
    const open: LivePoll[] = [];
    for (const event of this.catalog.all()) {
      for (const poll of event.polls.values()) if (poll.record.state === 'open') open.push(poll);
    }
    try {
      await this.resync(open);
    } catch (error) {
      this.options.log('re-reading the open polls’ tallies', error);
    }
  }

  /** Fold the stored shards of these polls, and read again the items of polls that have them. */
  async resync(polls: readonly LivePoll[]): Promise<void> {
    if (polls.length === 0) return;
    const byId = new Map(polls.map((poll) => [poll.record.id, poll]));
    for (const state of await this.shards.read([...byId.keys()])) {
      const poll = byId.get(state.pollId);
      const event = poll && this.catalog.eventOf(poll);
      if (poll && event) this.fold(event, poll, state);
    }
    for (const poll of polls) {
      const event = this.catalog.eventOf(poll);
      if (event && rulesOf(poll.record.kind).items) await this.readItems(event, poll);
    }
  }

  /** Another process added or moderated items of this poll: read them again, soon. */
  private itemsChanged(event: LiveEvent, poll: LivePoll): void {
    this.staleItems.set(poll, event);
    this.itemsTimer ??= setTimeout(() => void this.reloadItems(), 200);
  }

  private async reloadItems(): Promise<void> {
    const due = [...this.staleItems];
    this.staleItems.clear();
    for (const [poll, event] of due) {
      try {
        await this.readItems(event, poll);
      } catch (error) {
        this.options.log(`re-reading the items of poll ${poll.record.id}`, error);
      }
    }
    this.itemsTimer = undefined;
    if (this.staleItems.size > 0) {
      this.itemsTimer = setTimeout(() => void this.reloadItems(), 200);
    }
  }

  /** A poll's newest items and its counts by status, as stored now. */
  private async readItems(event: LiveEvent, poll: LivePoll): Promise<void> {
    const items = rulesOf(poll.record.kind).items;
    if (!items) return;
    const pollId = poll.record.id;
    const counts: ItemCounts = {};
    for (const row of await this.store.entries.countsByStatus(pollId)) counts[row.status] = row.n;
    items.load(poll.counters, await this.store.entries.newest(pollId, items.keep), counts);
    poll.counters.seq++;
    this.announcer.tallyChanged(event, poll);
  }

  private forget(event: LiveEvent): void {
    if (event.deleted) return;
    for (const pollId of event.polls.keys()) this.answers.forgetPoll(pollId);
    this.catalog.remove(event);
  }

  close(): void {
    clearInterval(this.timer);
    clearTimeout(this.itemsTimer);
    clearTimeout(this.outboxTimer);
    this.publishWaiting();
    for (const unsubscribe of this.subscriptions.values()) unsubscribe();
    this.subscriptions.clear();
  }
}

/** The stored record, keeping the object when nothing changed (a kind keys its caches on settings). */
function mergeRecord(current: PollRecord, stored: PollRecord): PollRecord {
  const settings =
    JSON.stringify(current.settings) === JSON.stringify(stored.settings)
      ? current.settings
      : stored.settings;
  return { ...stored, settings };
}
