/**
 * The store: the only module that speaks SQL. One SQLite file, two
 * connections: this one on the event loop reads and makes the host's writes;
 * the writer thread's commits votes and participants in groups (writer.ts).
 * Every write here first drains the writer, so the two never interleave out
 * of order.
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
  /** Wait until the writer has committed every write decided so far and run its callbacks. */
  settle(): void;
  /** Run several writes as one transaction (host actions), after the writer drains. */
  transaction<T>(fn: () => T): T;
  /** journal_mode and synchronous, read back from SQLite (the writer thread checks its own at start). */
  durability(): DurabilitySettings;
  /** Online backup to `file`, taken by the writer thread between its commits. */
  backup(file: string): Promise<void>;
  close(): void;
}

export function openStore(path: string): Store {
  const db = openDatabase(path); // migrates before the writer thread opens its connection
  let votes: VoteStore | undefined;
  const writer = new GroupCommitWriter(path, undefined, () => votes?.forgetCached());
  votes = new VoteStore(db, writer);
  const settle = () => writer.drain();
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
    backup: (file) => writer.backup(file),
    close: () => {
      writer.close();
      db.close();
    },
  };
}

export type { Db, DurabilitySettings };
