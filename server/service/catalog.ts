/**
 * The in-memory picture of events, polls and tallies that the service keeps:
 * loaded from the store at start (tallies rebuilt from one count per poll and
 * distinct answer), then changed only by the use cases, after their writes.
 */
import { Counters } from '../domain/counters.js';
import { rulesOf } from '../domain/kinds/index.js';
import type { EventRecord, ItemCounts, PollRecord } from '../domain/types.js';
import type { Store } from '../store/port.js';

export interface LivePoll {
  record: PollRecord;
  counters: Counters;
}

export interface LiveEvent {
  record: EventRecord;
  /** In creation order (Map keeps insertion order). */
  polls: Map<number, LivePoll>;
  deleted: boolean;
  /** The host actions of this event, one after another (see `Catalog.exclusive`). */
  queue: Promise<unknown>;
}

/** Told when an event comes into the catalog or leaves it (a cluster follows each event's bus). */
export interface CatalogWatcher {
  added(event: LiveEvent): void;
  removed(event: LiveEvent): void;
}

export class Catalog {
  private readonly events = new Map<string, LiveEvent>();
  /** Where each poll was last found: a poll's event, by poll id. */
  private readonly eventOfPoll = new Map<number, LiveEvent>();
  private watcher: CatalogWatcher | null = null;

  static async load(store: Store): Promise<Catalog> {
    const catalog = new Catalog();
    const byId = new Map<number, LiveEvent>();
    for (const record of await store.events.all()) byId.set(record.id, catalog.add(record));
    const polls = new Map<number, LivePoll>();
    for (const record of await store.polls.all()) {
      const live: LivePoll = { record, counters: new Counters() };
      byId.get(record.eventId)?.polls.set(record.id, live);
      polls.set(record.id, live);
    }
    // In a cluster the tallies are the sums of the stored shards (ClusterSync loads them).
    if (store.shards) return catalog;
    for (const row of await store.answers.countsByValue()) {
      const poll = polls.get(row.pollId);
      if (!poll) continue;
      rulesOf(poll.record.kind).count(poll.record, row.value, row.voters, poll.counters);
      poll.counters.voters += row.voters;
    }
    await loadItems(store, polls);
    return catalog;
  }

  add(record: EventRecord): LiveEvent {
    const live: LiveEvent = { record, polls: new Map(), deleted: false, queue: Promise.resolve() };
    this.events.set(record.code, live);
    this.watcher?.added(live);
    return live;
  }

  watch(watcher: CatalogWatcher): void {
    this.watcher = watcher;
  }

  find(code: string): LiveEvent | undefined {
    return this.events.get(code);
  }

  remove(event: LiveEvent): void {
    this.events.delete(event.record.code);
    event.deleted = true;
    this.watcher?.removed(event);
  }

  /** Undo `remove` (the store refused the delete). */
  restore(event: LiveEvent): void {
    event.deleted = false;
    this.events.set(event.record.code, event);
    this.watcher?.added(event);
  }

  /** A live poll by id, whichever event it is in. */
  findPoll(pollId: number): LivePoll | undefined {
    const known = this.eventOfPoll.get(pollId);
    const poll = known && !known.deleted ? known.polls.get(pollId) : undefined;
    if (poll) return poll;
    for (const event of this.events.values()) {
      const found = event.polls.get(pollId);
      if (found) {
        this.eventOfPoll.set(pollId, event);
        return found;
      }
    }
    this.eventOfPoll.delete(pollId);
    return undefined;
  }

  /** The live event a poll is in, if it still is. */
  eventOf(poll: LivePoll): LiveEvent | undefined {
    const id = poll.record.id;
    if (this.findPoll(id) !== poll) return undefined;
    return this.eventOfPoll.get(id);
  }

  get size(): number {
    return this.events.size;
  }

  all(): IterableIterator<LiveEvent> {
    return this.events.values();
  }

  /**
   * Run a host action after the event's previous ones have finished: each
   * decides on the state the one before it left, even when its write waits
   * for the store.
   */
  exclusive<T>(event: LiveEvent, action: () => Promise<T>): Promise<T> {
    const run = event.queue.then(action, action);
    event.queue = run.catch(() => {});
    return run;
  }
}

/**
 * The items of the polls whose kind has them (open text's entries, Q&A's
 * questions): each poll's newest as its kind keeps them, its counts by
 * status, and how many marked each item (Q&A's upvotes).
 */
async function loadItems(store: Store, polls: ReadonlyMap<number, LivePoll>): Promise<void> {
  const counts = new Map<number, ItemCounts>();
  for (const { pollId, status, n } of await store.entries.countsByStatus()) {
    let poll = counts.get(pollId);
    if (!poll) counts.set(pollId, (poll = {}));
    poll[status] = n;
  }
  for (const [pollId, count] of counts) {
    const poll = polls.get(pollId);
    const items = poll && rulesOf(poll.record.kind).items;
    if (!poll || !items) continue;
    items.load(poll.counters, await store.entries.newest(pollId, items.keep), count);
  }
  for (const { pollId, itemId, n } of await store.marks.counts()) {
    const poll = polls.get(pollId);
    if (poll) rulesOf(poll.record.kind).items?.marked?.(poll.counters, itemId, n);
  }
}
