/**
 * A poll's tally in a cluster: each process (a shard) counts the answers it
 * commits under its own counters, and the tally is their sum. A process
 * learns the other shards' absolute counters, each with a version, from the
 * bus and from re-reads of the store, in any order and any number of times;
 * a `ShardBook` folds each into the poll's Counters by the difference from
 * what it last knew of that shard, so a late, lost or repeated message
 * costs nothing once a newer one is in. A reset starts a new epoch of the
 * poll: everything of an older epoch is void.
 */
import type { Counters } from './counters.js';

/** The counter under which a shard keeps how many participants it counted. */
export const VOTERS_KEY = '';

/** The shard of a state that only says a poll's epoch (a poll with nothing counted since its reset). */
export const NO_SHARD = '';

/** One process's share of one poll's tally. */
export interface ShardState {
  pollId: number;
  /** Rises with every reset of the poll; a newer epoch makes every older shard state void. */
  epoch: number;
  shard: string;
  /** Rises with every commit that moves this shard's counters of the poll (within an epoch). */
  version: number;
  /** Absolute values: every counter of the shard when `complete`, else only the ones a commit moved. */
  counters: Record<string, number>;
  complete: boolean;
}

/** What folding one state did: nothing (it was old news), moved counters, or began a new epoch. */
export type Folded = 'stale' | 'applied' | 'new_epoch';

export class ShardBook {
  /** The newest epoch seen; -1 before the first state. */
  epoch = -1;
  private readonly shards = new Map<string, { version: number; values: Map<string, number> }>();

  /**
   * Fold one shard's state into the poll's counters. On a new epoch the
   * counters are cleared first (the caller drops whatever else it kept of
   * the old epoch's answers).
   */
  fold(state: ShardState, counters: Counters): Folded {
    if (state.epoch < this.epoch) return 'stale';
    let folded: Folded = 'applied';
    if (state.epoch > this.epoch) {
      if (this.epoch !== -1) {
        counters.clear();
        folded = 'new_epoch';
      }
      this.shards.clear();
      this.epoch = state.epoch;
    }
    // A state of no shard says an epoch: news only if the epoch was.
    if (state.shard === NO_SHARD) return folded === 'new_epoch' ? folded : 'stale';
    let shard = this.shards.get(state.shard);
    if (shard && state.version <= shard.version) return folded === 'new_epoch' ? folded : 'stale';
    if (!shard) this.shards.set(state.shard, (shard = { version: 0, values: new Map() }));
    const move = (key: string, delta: number) => {
      if (delta === 0) return;
      if (key === VOTERS_KEY) counters.voters += delta;
      else counters.add(key, delta);
    };
    for (const [key, value] of Object.entries(state.counters)) {
      move(key, value - (shard.values.get(key) ?? 0));
      if (value === 0) shard.values.delete(key);
      else shard.values.set(key, value);
    }
    if (state.complete) {
      for (const [key, value] of shard.values) {
        if (key in state.counters) continue;
        move(key, -value);
        shard.values.delete(key);
      }
    }
    shard.version = state.version;
    counters.seq++;
    return folded;
  }

  /** How many shards have counted something of this epoch (tests, diagnostics). */
  get size(): number {
    return this.shards.size;
  }
}
