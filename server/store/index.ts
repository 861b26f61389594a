/**
 * The store: the only module that speaks SQL. One SQLite file, one
 * connection. Votes and participants are committed in groups (writer.ts);
 * every other write first commits what the group commit holds, so writes
 * land in the order they were decided.
 */
import { durabilitySettings, openDatabase, type Db, type DurabilitySettings } from './db.js';
import { EventStore } from './events.js';
import { PollStore } from './polls.js';
import { ParticipantStore } from './participants.js';
import { VoteStore } from './votes.js';
import { GroupCommitWriter } from './writer.js';

export interface Store {
  readonly db: Db;
  readonly path: string;
  readonly events: EventStore;
  readonly polls: PollStore;
  readonly participants: ParticipantStore;
  readonly votes: VoteStore;
  readonly writer: GroupCommitWriter;
  /** Commit every write decided so far and run its callbacks (the barrier before other writes). */
  settle(): void;
  /** Run several writes as one transaction (host actions), after the group commit. */
  transaction<T>(fn: () => T): T;
  /** journal_mode and synchronous of the connection, read back from SQLite. */
  durability(): DurabilitySettings;
  /** Online backup to `file` from this connection, while it keeps serving. */
  backup(file: string): Promise<void>;
  close(): void;
}

export function openStore(path: string): Store {
  const db = openDatabase(path);
  let votes: VoteStore | undefined;
  const writer = new GroupCommitWriter(db, undefined, () => votes?.forgetCached());
  votes = new VoteStore(db, writer);
  const settle = () => writer.flush();
  return {
    db,
    path,
    events: new EventStore(db, settle),
    polls: new PollStore(db, settle),
    participants: new ParticipantStore(db, writer),
    votes,
    writer,
    settle,
    transaction: (fn) => {
      settle();
      return db.transaction(fn)();
    },
    durability: () => durabilitySettings(db),
    backup: async (file) => {
      writer.flush();
      await db.backup(file);
    },
    close: () => {
      writer.close();
      db.close();
    },
  };
}

export type { Db, DurabilitySettings };
