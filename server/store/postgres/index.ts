/**
 * The PostgreSQL adapter of the store port: the store several processes
 * share (a cluster). Answers and participants are committed in groups on
 * the writer's own connection (writer.ts); every other write first awaits
 * what the group holds, so writes land in the order they were decided.
 * Host actions and reads share a small pool. With shards set up by the
 * service, each commit also moves this process's shard of the tally.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { queuedWrites } from '../queued-writes.js';
import { StoreUnavailableError, type Store } from '../port.js';
import { AnswerReads, deleteForPoll } from './answers.js';
import {
  asStoreError,
  connectionConfig,
  CONNECT_TIMEOUT_MS,
  Db,
  MIGRATION_TIMEOUT_MS,
} from './db.js';
import { PostgresEvents } from './events.js';
import { EntryReads } from './items.js';
import { migrate } from './migrations.js';
import { ParticipantReads } from './participants.js';
import { PostgresPolls } from './polls.js';
import { ShardRows } from './shards.js';
import { PostgresWebhooks } from './webhooks.js';
import { GroupCommitWriter } from './writer.js';
import type { WriterObservers } from '../../observability/metrics.js';

export interface PostgresOptions {
  /** postgres://user@host:port/database */
  url: string;
  /** This process's shard of the tally; a new random id by default. */
  shard?: string;
  /** Refuse (PollNotOpenError) answers to polls no longer open at commit. */
  answersOnlyWhileOpen?: boolean;
  /** Connections for host actions and reads (the writer has its own); 4 by default. */
  poolSize?: number;
  /** Where the group commit reports its commit times and failures. */
  observers?: WriterObservers;
}

/** The port, and what only PostgreSQL has (the pool, the writer, for tests and tools). */
export interface PostgresStore extends Store {
  readonly pool: pg.Pool;
  readonly writer: GroupCommitWriter;
  readonly shards: ShardRows;
}

/** Connect, migrate (one process at a time), and start the group commit. */
export async function openPostgresStore(options: PostgresOptions): Promise<PostgresStore> {
  const shard = options.shard ?? randomBytes(4).toString('hex');
  const name = `voxpop ${shard}`;
  const migrating = new pg.Client(connectionConfig(options.url, MIGRATION_TIMEOUT_MS, name));
  migrating.on('error', () => {});
  try {
    await migrating.connect();
    await migrate(migrating);
  } catch (error) {
    throw asStoreError(error);
  } finally {
    await migrating.end().catch(() => {});
  }

  const db = new Db(options.url, options.poolSize ?? 4, name);

  const shards = new ShardRows(shard, db);
  const writer = new GroupCommitWriter({
    url: options.url,
    name: `${name} writer`,
    shards,
    answersOnlyWhileOpen: options.answersOnlyWhileOpen ?? false,
    ...(options.observers ? { observers: options.observers } : {}),
  });
  const queued = queuedWrites(writer);
  const settle = () => writer.flush();
  let closing: Promise<void> | undefined;
  const answers = new AnswerReads(db);
  const participants = new ParticipantReads(db);
  const entries = new EntryReads(db);
  return {
    pool: db.pool,
    writer,
    shards,
    events: new PostgresEvents(db, settle),
    polls: new PostgresPolls(db, settle),
    participants: {
      ...queued.participants,
      findByTokenHash: (eventId, tokenHash) => participants.findByTokenHash(eventId, tokenHash),
      findNamed: (eventId, tokenHash) => participants.findNamed(eventId, tokenHash),
    },
    answers: {
      ...queued.answers,
      ofParticipant: (participantId) => answers.ofParticipant(participantId),
      countsByValue: () => answers.countsByValue(),
      standings: async (eventId, pollId) => {
        await settle();
        return answers.standings(eventId, pollId);
      },
      deleteForPoll: async (pollId) => {
        await settle();
        await db.transaction((client) => deleteForPoll(client, pollId));
      },
      pageOfEvent: (eventId, after, limit) => answers.pageOfEvent(eventId, after, limit),
    },
    entries: {
      ...queued.entries,
      newest: (pollId, limit) => entries.newest(pollId, limit),
      find: (pollId, itemId) => entries.find(pollId, itemId),
      countsByStatus: (pollId) => entries.countsByStatus(pollId),
      ofParticipant: (participantId) => entries.ofParticipant(participantId),
      ofPoll: async (pollId) => {
        await settle();
        return entries.ofPoll(pollId);
      },
      setStatus: async (pollId, entryId, status) => {
        await settle();
        return entries.setStatus(pollId, entryId, status);
      },
    },
    webhooks: new PostgresWebhooks(db),
    marks: {
      ...queued.marks,
      counts: () => entries.markCounts(),
      ofParticipant: (participantId) => entries.marksOf(participantId),
    },
    // Read back from the server, not assumed; rejects within the connect
    // timeout when PostgreSQL cannot be reached.
    health: () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new StoreUnavailableError(new Error('no answer to the health check'))),
          CONNECT_TIMEOUT_MS,
        );
        db.query<{ server_version: string; synchronous_commit: string }>(
          `SELECT current_setting('server_version') AS server_version,
                  current_setting('synchronous_commit') AS synchronous_commit`,
        ).then(
          ([row]) => {
            clearTimeout(timer);
            resolve({ engine: 'postgresql', ...row!, shard });
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(error);
          },
        );
      }),
    backup: null,
    drain: () => writer.close(),
    close: () =>
      (closing ??= (async () => {
        await writer.end();
        await db.close();
      })()),
  };
}
