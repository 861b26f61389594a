/**
 * What a cluster's PostgreSQL holds for one single-choice poll, read by the
 * bench on a connection of its own: the answers the storm oracle judges
 * (oracle.ts), an independent recount of them, and the tally as the
 * processes keep it, the sum of their `tally_shards` rows. A choice is
 * stored as its answer's value, a bit mask: bit i for the option at
 * display position i (as in SQLite).
 */
import type { OracleVerdict, StoredVote } from './oracle.js';
import type { PostgresProbe } from './cluster-services.js';

export interface StoredPoll {
  rows: StoredVote[];
  /** The option ids in display order. */
  optionIds: number[];
  ballotOf: (choice: number) => number;
}

export async function readPostgresVotes(sql: PostgresProbe, pollId: number): Promise<StoredPoll> {
  const rows = await sql.query<StoredVote>(
    `SELECT participant_id AS "participantId", value AS ballot, ref
       FROM answers WHERE poll_id = $1 ORDER BY participant_id`,
    [pollId],
  );
  const optionIds = (
    await sql.query<{ id: number }>('SELECT id FROM options WHERE poll_id = $1 ORDER BY position', [
      pollId,
    ])
  ).map((o) => o.id);
  return {
    rows,
    optionIds,
    ballotOf: (choice) => {
      const index = optionIds.indexOf(choice);
      return index < 0 ? -1 : 2 ** index;
    },
  };
}

/**
 * The stored answers counted here, under the keys the processes count
 * them by: each option's id, and '' for the voters (one per row).
 */
export function recount(poll: StoredPoll): Map<string, number> {
  const counts = new Map<string, number>([['', poll.rows.length]]);
  for (const row of poll.rows)
    poll.optionIds.forEach((id, i) => {
      if ((row.ballot >>> i) & 1) counts.set(String(id), (counts.get(String(id)) ?? 0) + 1);
    });
  return counts;
}

/** Each counter's sum over every process's shard rows of the poll, and how many shards there are. */
export async function shardSums(
  sql: PostgresProbe,
  pollId: number,
): Promise<{ sums: Map<string, number>; shards: number }> {
  const rows = await sql.query<{ key: string; n: number; shards: number }>(
    `SELECT key, sum(n)::float8 AS n, count(DISTINCT shard)::float8 AS shards
       FROM tally_shards WHERE poll_id = $1 GROUP BY key`,
    [pollId],
  );
  return {
    sums: new Map(rows.map((r) => [r.key, r.n])),
    shards: Math.max(0, ...rows.map((r) => r.shards)),
  };
}

const describe = (counts: Map<string, number>) =>
  [...counts]
    .filter(([, n]) => n !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, n]) => `${key === '' ? 'voters' : key}: ${n}`)
    .join(', ');

/** The shards' sums against the recount, key by key (a key missing on one side counts as 0). */
export function checkShards(
  sums: Map<string, number>,
  counted: Map<string, number>,
  shards: number,
): OracleVerdict {
  const keys = new Set([...sums.keys(), ...counted.keys()]);
  const disagreeing = [...keys].filter((k) => (sums.get(k) ?? 0) !== (counted.get(k) ?? 0));
  return {
    ok: disagreeing.length === 0,
    checked: keys.size,
    disagreeing: disagreeing.length,
    detail:
      `the shard rows of ${shards} process${shards === 1 ? '' : 'es'} sum to ${describe(sums)}; ` +
      `the recount of answers gives ${describe(counted)}`,
  };
}

/** A presenter's last tally against the recount of the stored answers. */
export function checkAgainstRecount(
  tally: { total: number; options: { id: number; count: number }[] } | undefined,
  counted: Map<string, number>,
  optionIds: readonly number[],
): boolean {
  if (!tally || tally.total !== (counted.get('') ?? 0)) return false;
  return optionIds.every(
    (id) => (tally.options.find((o) => o.id === id)?.count ?? 0) === (counted.get(String(id)) ?? 0),
  );
}
