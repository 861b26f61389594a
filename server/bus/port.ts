/**
 * The bus port: what the service tells every process serving an event, as
 * data addressed by event code. The in-process adapter (local.ts) hands it
 * to this process's sockets; a Redis adapter can carry the same messages
 * between processes, because nothing in them is a live object.
 *
 * Pushes are rendered once, by whoever made the change, for each audience
 * (`null`: that audience is not told). Tallies also carry their absolute
 * counters and version, so a receiver that missed one loses nothing.
 */
import type { ShardState } from '../store/port.js';

export interface Audiences {
  /** The encoded message for hosts, for presenter screens and for attendees. */
  hosts: string | null;
  screens: string | null;
  attendees: string | null;
}

export type BusMessage =
  /** Sent to every socket of the event at once (poll changes, the active poll, deletes...). */
  | ({ type: 'push'; event: string } & Audiences)
  /**
   * A poll's tally after a change. Hosts and screens get it at once;
   * attendees at most once a second (the receiver coalesces).
   */
  | ({
      type: 'tally';
      event: string;
      pollId: number;
      /** Rises with every change of the poll's tally. */
      seq: number;
      voters: number;
      counters: Record<string, number>;
    } & Audiences)
  /**
   * A quiz question closed: hosts and screens get `leaderboard`; each
   * attendee who answered gets their own `score` message, made from
   * `scores`, flat [participantId, points, score, rank, ...] (correct: points > 0).
   */
  | { type: 'scores'; event: string; pollId: number; leaderboard: string; scores: number[] }
  /** The event is gone: its sockets get `payload` and are closed. */
  | { type: 'event_deleted'; event: string; payload: string }
  // ---- between processes only (a cluster); never handed to sockets ----
  /** One process's shard of a poll's tally after its commit (absolute, versioned). */
  | { type: 'shard'; event: string; state: ShardState }
  /** Something of the event changed in the store: re-read it (`pollId`: that poll; none: the event). */
  | { type: 'changed'; event: string; pollId: number | null; origin: string }
  /** How many distinct attendees of the event one process holds, as of `at` (ms). */
  | { type: 'presence'; event: string; origin: string; attendees: number; at: number };

/**
 * Messages that stay in the process that published them: a tally is
 * rendered by each process from its own sum of the shards.
 */
export const LOCAL_ONLY: ReadonlySet<BusMessage['type']> = new Set(['tally']);

export type BusListener = (message: BusMessage) => void;

export interface Bus {
  /** Delivered to this process's listeners before it returns; to other processes' when there are any. */
  publish(message: BusMessage): void;
  /** Hear the messages of one event; returns the unsubscribe. */
  subscribe(event: string, listener: BusListener): () => void;
  /** Whether the link to the other processes is up; null where there are none (one process). */
  linkState(): 'up' | 'down' | null;
  /**
   * Called on every (re)connection of the link to the other processes:
   * whatever was missed while it was down must be re-read from the store.
   */
  onReady(listener: () => void): void;
  close(): Promise<void>;
}
