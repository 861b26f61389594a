/**
 * The SQLite adapter of the store port: one file, one connection, the only
 * module that speaks SQL. Answers and participants are committed in groups
 * (writer.ts); every other write first commits what the group holds, so
 * writes land in the order they were decided.
 */
import { durabilitySettings, openDatabase, type Db } from './db.js';
import { SqliteEvents } from './events.js';
import { SqlitePolls } from './polls.js';
import { ParticipantReads } from './participants.js';
import { AnswerReads } from './answers.js';
import { EntryReads } from './items.js';
import { GroupCommitWriter } from './writer.js';
import { SqliteWebhooks } from './webhooks.js';
import { queuedWrites } from '../queued-writes.js';
import type { Store } from '../port.js';
import type { WriterObservers } from '../../observability/metrics.js';

/** The port, and what only SQLite has (the connection, for tests and the backup). */
export interface SqliteStore extends Store {
  readonly db: Db;
  readonly path: string;
  readonly writer: GroupCommitWriter;
}

/** `observers`: where the group commit reports its commit times and failures. */
export function openSqliteStore(path: string, observers: WriterObservers = {}): SqliteStore {
  const db = openDatabase(path);
  const writer = new GroupCommitWriter(db, undefined, observers);
  const queued = queuedWrites(writer);
  const settle = () => writer.flush();
  const answers = new AnswerReads(db);
  const participants = new ParticipantReads(db);
  const entries = new EntryReads(db);
  return {
    db,
    path,
    writer,
    events: new SqliteEvents(db, settle),
    polls: new SqlitePolls(db, settle, (pollId) => answers.unscorePoll(pollId)),
    participants: {
      ...queued.participants,
      findByTokenHash: async (eventId, tokenHash) =>
        participants.findByTokenHash(eventId, tokenHash),
      findNamed: async (eventId, tokenHash) => participants.findNamed(eventId, tokenHash),
    },
    answers: {
      ...queued.answers,
      ofParticipant: async (participantId) => answers.ofParticipant(participantId),
      countsByValue: async () => answers.countsByValue(),
      standings: async (eventId, pollId) => {
        settle();
        return answers.standings(eventId, pollId);
      },
      deleteForPoll: async (pollId) => {
        settle();
        const run = db.transaction(() => {
          answers.deleteForPoll(pollId);
          entries.deleteForPoll(pollId);
        });
        run();
      },
      pageOfEvent: async (eventId, after, limit) => answers.pageOfEvent(eventId, after, limit),
    },
    entries: {
      ...queued.entries,
      newest: async (pollId, limit) => entries.newest(pollId, limit),
      find: async (pollId, itemId) => entries.find(pollId, itemId),
      countsByStatus: async (pollId) => entries.countsByStatus(pollId),
      ofParticipant: async (participantId) => entries.ofParticipant(participantId),
      ofPoll: async (pollId) => {
        settle();
        return entries.ofPoll(pollId);
      },
      setStatus: async (pollId, entryId, status) => {
        settle();
        return entries.setStatus(pollId, entryId, status);
      },
    },
    webhooks: new SqliteWebhooks(db),
    marks: {
      ...queued.marks,
      counts: async () => entries.markCounts(),
      ofParticipant: async (participantId) => entries.marksOf(participantId),
    },
    // One process: the tally is kept in memory, not as shard rows.
    shards: null,
    health: async () => ({ ...durabilitySettings(db) }),
    // On the writing connection, after the group commit: the copy holds every
    // answer acknowledged before it began.
    backup: async (file) => {
      settle();
      await db.backup(file);
    },
    drain: async () => writer.close(),
    close: async () => {
      writer.close();
      if (db.open) db.close();
    },
  };
}

export type { Db };
