/**
 * The store: the only module that speaks SQL. One SQLite file, one writing
 * connection; durable-before-ack writes go through the group-commit writer.
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
  /** Run several writes as one immediate transaction (host actions). */
  transaction<T>(fn: () => T): T;
  /** journal_mode and synchronous of the writing connection (synchronous is per connection). */
  durability(): DurabilitySettings;
  /** Online backup to `file` from this connection, while it keeps serving. */
  backup(file: string): Promise<void>;
  close(): void;
}

export function openStore(path: string): Store {
  const db = openDatabase(path);
  const votes = new VoteStore(db);
  const writer = new GroupCommitWriter(db, undefined, () => votes.forgetCached());
  return {
    db,
    path,
    events: new EventStore(db),
    polls: new PollStore(db),
    participants: new ParticipantStore(db),
    votes,
    writer,
    transaction: (fn) => db.transaction(fn)(),
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
