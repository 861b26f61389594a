/**
 * The tally as shard rows: each process adds what its commits move to its
 * own rows of `tally_shards`, in the transaction of the answers that moved
 * them, and hands the new absolute values to its listeners once committed.
 * A poll's tally is the sum of its shards; a reset (a new epoch) deletes them.
 */
import {
  NO_SHARD,
  VOTERS_KEY,
  type CounterMoves,
  type ShardState,
  type TallyShards,
} from '../port.js';
import type { Client, Db } from './db.js';

/** A batch's summed moves: poll → counter key → delta. */
export type Moved = Map<number, Map<string, number>>;

export class ShardRows implements TallyShards {
  /** Null until the service sets it: then no shard row is written. */
  moves: CounterMoves | null = null;
  private readonly listeners: ((changed: ShardState[]) => void)[] = [];

  constructor(
    readonly id: string,
    private readonly db: Db,
  ) {}

  setMoves(moves: CounterMoves): void {
    this.moves = moves;
  }

  onCommit(listener: (changed: ShardState[]) => void): void {
    this.listeners.push(listener);
  }

  /** Called by the group commit after a commit that moved counters. */
  committed(changed: ShardState[]): void {
    for (const listener of this.listeners) listener(changed);
  }

  /**
   * Add a batch's moves to this shard's rows (inside the batch's
   * transaction). Every poll in `moved` gets its voters row written, moved
   * or not, and every row written gets the (poll, shard)'s next version;
   * keys whose moves summed to nothing are left alone. `epochs`: each
   * poll's epoch, read (and locked) earlier in the transaction.
   */
  async add(client: Client, moved: Moved, epochs: Map<number, number>): Promise<ShardState[]> {
    const polls: number[] = [];
    const keys: string[] = [];
    const deltas: number[] = [];
    for (const [pollId, counters] of moved) {
      polls.push(pollId);
      keys.push(VOTERS_KEY);
      deltas.push(counters.get(VOTERS_KEY) ?? 0);
      for (const [key, delta] of counters) {
        if (key === VOTERS_KEY || delta === 0) continue;
        polls.push(pollId);
        keys.push(key);
        deltas.push(delta);
      }
    }
    // The voters row of a (poll, shard) is written at every commit that
    // touches it, so its version is the (poll, shard)'s version.
    const { rows } = await client.query<{
      pollId: number;
      key: string;
      n: number;
      version: number;
    }>(
      `WITH moved AS (
         SELECT * FROM unnest($1::integer[], $2::text[], $3::bigint[]) AS m(poll_id, key, delta)
       ), current AS (
         SELECT poll_id, version FROM tally_shards
          WHERE shard = $4 AND key = '' AND poll_id = ANY($1::integer[])
       )
       INSERT INTO tally_shards (poll_id, key, shard, n, version)
       SELECT m.poll_id, m.key, $4, m.delta, coalesce(c.version, 0) + 1
         FROM moved m LEFT JOIN current c ON c.poll_id = m.poll_id
       ON CONFLICT (poll_id, shard, key)
       DO UPDATE SET n = tally_shards.n + excluded.n, version = excluded.version
       RETURNING poll_id AS "pollId", key, n, version`,
      [polls, keys, deltas, this.id],
    );
    // In the order the batch touched the polls.
    const states = new Map<number, ShardState>();
    for (const pollId of moved.keys()) {
      states.set(pollId, {
        pollId,
        epoch: epochs.get(pollId)!,
        shard: this.id,
        version: 0,
        counters: {},
        complete: false,
      });
    }
    for (const row of rows) {
      const state = states.get(row.pollId)!;
      state.version = row.version;
      state.counters[row.key] = row.n;
    }
    return [...states.values()];
  }

  /**
   * Every shard of these polls, complete, with each poll's current epoch: one
   * statement, one snapshot. A poll with no rows (none counted since its
   * last reset) still gives its epoch, as a state of no shard.
   */
  async read(pollIds: readonly number[]): Promise<ShardState[]> {
    const rows = await this.db.query<{
      pollId: number;
      epoch: number;
      shard: string | null;
      key: string;
      n: number;
      version: number;
    }>(
      `SELECT p.id AS "pollId", p.epoch, s.shard, s.key, s.n, s.version
         FROM polls p LEFT JOIN tally_shards s ON s.poll_id = p.id
        WHERE p.id = ANY($1::integer[])
        ORDER BY p.id, s.shard`,
      [pollIds],
    );
    const states = new Map<string, ShardState>();
    for (const row of rows) {
      const shard = row.shard ?? NO_SHARD;
      const at = `${row.pollId} ${shard}`;
      let state = states.get(at);
      if (!state) {
        state = {
          pollId: row.pollId,
          epoch: row.epoch,
          shard,
          version: 0,
          counters: {},
          complete: true,
        };
        states.set(at, state);
      }
      if (row.shard === null) continue;
      state.version = Math.max(state.version, row.version);
      state.counters[row.key] = row.n;
    }
    return [...states.values()];
  }
}
