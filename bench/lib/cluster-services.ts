/**
 * What the cluster scenario runs voxpop on, and what it reads from it: a
 * fresh PostgreSQL database per round on the machine's server (dropped
 * after), a redis-server of its own on a free port (so its INFO counts are
 * the cluster's alone), and the counters both keep: PostgreSQL's
 * statistics views, Redis's command counts, the CPU time of their
 * processes (/proc/PID/stat). Everything on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Redis } from 'ioredis';
import pg from 'pg';
import { cpuSecondsOf, freePort } from './proc.js';
import { sleep } from './stats.js';

/** The PostgreSQL server's maintenance database, where the bench creates and drops its own. */
export const BENCH_POSTGRES_URL =
  process.env.VOXPOP_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_SERVER_PATH = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

export interface BenchDatabase {
  name: string;
  url: string;
  /** Drop it, whoever is still connected. */
  drop(): Promise<void>;
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({
    connectionString: BENCH_POSTGRES_URL,
    connectionTimeoutMillis: 5000,
  });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A new, empty database `voxpop_bench_<random>`. */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `voxpop_bench_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(BENCH_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export interface RedisCounts {
  /** PUBLISH commands Redis ran. */
  publishes: number;
  /** Every command it ran (the bench's own INFO and PUBSUB included: a few). */
  commands: number;
}

export interface BenchRedis {
  url: string;
  pid: number;
  counts(): Promise<RedisCounts>;
  /** How many connections are subscribed to `channel`. */
  subscribers(channel: string): Promise<number>;
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** Start a redis-server of the bench's own, saving nothing; resolves once it answers. */
export async function startBenchRedis(): Promise<BenchRedis> {
  if (!existsSync(REDIS_SERVER_PATH))
    throw new Error(`redis-server not found at ${REDIS_SERVER_PATH} (set REDIS_SERVER_PATH)`);
  const port = await freePort();
  const child = spawn(
    REDIS_SERVER_PATH,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  let client: Redis;
  for (;;) {
    client = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => {});
    try {
      await client.connect();
      break;
    } catch {
      client.disconnect();
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`redis-server did not start on port ${port}:\n${output}`);
      }
      await sleep(50);
    }
  }
  return {
    url,
    pid: child.pid!,
    counts: async () => {
      const commandStats = await client.info('commandstats');
      const stats = await client.info('stats');
      const publishes = /^cmdstat_publish:calls=(\d+)/m.exec(commandStats);
      const commands = /^total_commands_processed:(\d+)/m.exec(stats);
      return { publishes: Number(publishes?.[1] ?? 0), commands: Number(commands?.[1] ?? NaN) };
    },
    subscribers: async (channel) => {
      const reply = (await client.pubsub('NUMSUB', channel)) as [string, number];
      return Number(reply[1]);
    },
    cpuSeconds: () => cpuSecondsOf(child.pid!),
    stop: async () => {
      client.disconnect();
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** PostgreSQL's counts for the bench's database, as its statistics views give them. */
export interface PostgresCounts {
  /** Transactions committed in the database: writes and reads alike. */
  commits: number;
  /** Rows of `answers` inserted and updated. */
  answerRows: number;
  /** Rows of `tally_shards` inserted and updated. */
  shardRows: number;
}

/**
 * A connection of the bench's own to its database, for the statistics and
 * the checks. PostgreSQL's statistics lag: a backend sends its counts at
 * most once a second, and one that goes idle with counts unsent sends them
 * ten seconds later. So `settledCounts` first has each voxpop process's
 * writer commit once more (`nudge`: a phone joins, a participant row),
 * more than a second after its last commit, which sends everything it
 * holds; it then waits until the views agree with the tables themselves
 * (rows inserted equal to rows present) before it reads.
 */
export class PostgresProbe {
  private constructor(private readonly client: pg.Client) {}

  static async connect(url: string): Promise<PostgresProbe> {
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => {});
    await client.connect();
    return new PostgresProbe(client);
  }

  query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]> {
    return this.client.query<T>(text, values).then((r) => r.rows);
  }

  /**
   * The counts once every writer has sent its statistics: at most `timeoutMs`,
   * then it throws (a run whose PostgreSQL figures cannot be trusted).
   */
  async settledCounts(nudge: () => Promise<void>, timeoutMs = 15_000): Promise<PostgresCounts> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await sleep(1100);
      await nudge();
      await sleep(100);
      const [seen] = await this.query<{
        commits: number;
        answerRows: number;
        shardRows: number;
        answersInserted: number;
        participantsInserted: number;
        answers: number;
        participants: number;
      }>(
        `SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database())::float8 AS commits,
                (SELECT n_tup_ins + n_tup_upd FROM pg_stat_user_tables WHERE relname = 'answers')::float8 AS "answerRows",
                (SELECT n_tup_ins + n_tup_upd FROM pg_stat_user_tables WHERE relname = 'tally_shards')::float8 AS "shardRows",
                (SELECT n_tup_ins FROM pg_stat_user_tables WHERE relname = 'answers')::float8 AS "answersInserted",
                (SELECT n_tup_ins FROM pg_stat_user_tables WHERE relname = 'participants')::float8 AS "participantsInserted",
                (SELECT count(*) FROM answers)::float8 AS answers,
                (SELECT count(*) FROM participants)::float8 AS participants`,
      );
      if (
        seen &&
        seen.answersInserted === seen.answers &&
        seen.participantsInserted === seen.participants
      )
        return { commits: seen.commits, answerRows: seen.answerRows, shardRows: seen.shardRows };
      if (Date.now() > deadline)
        throw new Error(
          `PostgreSQL's statistics did not catch up within ${timeoutMs} ms: ${JSON.stringify(seen)}`,
        );
    }
  }

  /** CPU seconds of each backend connected to this database (this connection's excepted). */
  async backendCpu(): Promise<Map<number, number>> {
    const pids = await this.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    const cpu = new Map<number, number>();
    for (const { pid } of pids) {
      try {
        cpu.set(pid, cpuSecondsOf(pid));
      } catch {
        /* gone since, or not visible from here */
      }
    }
    return cpu;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/**
 * CPU seconds the backends used between two readings: the ones still there
 * count from their first reading (a new one from its start); one that
 * exited in between is lost, so this is a floor.
 */
export function backendCpuBetween(before: Map<number, number>, after: Map<number, number>) {
  let seconds = 0;
  for (const [pid, cpu] of after) seconds += cpu - (before.get(pid) ?? 0);
  return seconds;
}

/** A process's open-files limit (soft), from /proc/PID/limits. */
export function openFilesLimit(pid: number): number {
  const limits = readFileSync(`/proc/${pid}/limits`, 'utf8');
  const match = /^Max open files\s+(\d+)/m.exec(limits);
  return match ? Number(match[1]) : NaN;
}

/** The machine's CPU time since boot, every core: busy (all but idle and iowait) and in all, in ticks. */
export function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1);
  const ticks = fields.slice(0, 8).map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  return { busy: total - ticks[3]! - ticks[4]!, total };
}

/** TCP connections established to this local port, from /proc/net/tcp and tcp6 (IPv4 and IPv6). */
export function establishedOn(port: number): number {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  let count = 0;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state === '01' && local?.endsWith(hex)) count++;
    }
  }
  return count;
}
