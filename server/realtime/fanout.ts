/**
 * Writes one serialised message to many sockets. Small audiences get it at
 * once; a large one is written in slices of `sliceSize` sockets per
 * event-loop turn, so acks and joins are never stuck behind a fan-out to
 * 10,000 phones. Messages leave in the order they were given, per socket.
 *
 * A socket whose unsent output has grown past `maxBufferedBytes` is a phone
 * that stopped reading: it is terminated (its client will reconnect and
 * re-sync) rather than allowed to grow the server's memory.
 */
import type { PeerSocket } from './socket.js';

export interface FanoutOptions {
  sliceSize: number;
  maxBufferedBytes: number;
  onSlowConsumer?: (socket: PeerSocket) => void;
}

interface Job {
  targets: PeerSocket[];
  /** One payload for every target, or each target's own (`payloads[i]` for `targets[i]`). */
  payload: string | Buffer;
  payloads?: string[];
  next: number;
}

/**
 * A payload sent to more sockets than this is encoded to UTF-8 once, and
 * the same bytes are written to each: a string would be measured and
 * encoded again for every socket (5,000 phones getting a 12 KB Q&A list
 * every second are 60 MB of encoding a second).
 */
const ENCODE_ONCE_FROM = 8;

export class Fanout {
  private readonly queue: Job[] = [];
  private draining = false;

  constructor(private readonly options: FanoutOptions) {}

  /** Send to every socket in `targets` (copied now: later joiners are not included). */
  send(targets: Iterable<PeerSocket>, text: string): void {
    // With nothing queued, the first slice is written at once and only the
    // rest is copied: the common small push allocates nothing.
    let budget = this.queue.length === 0 ? this.options.sliceSize : 0;
    let rest: PeerSocket[] | null = null;
    let payload: string | Buffer = text;
    let count = 0;
    for (const socket of targets) {
      if (++count === ENCODE_ONCE_FROM) payload = Buffer.from(text);
      if (budget > 0) {
        budget--;
        this.write(socket, payload);
      } else (rest ??= []).push(socket);
    }
    if (rest === null) return;
    this.queue.push({ targets: rest, payload, next: 0 });
    this.schedule();
  }

  /**
   * Send each socket its own message (`payloads[i]` to `targets[i]`), in
   * slices as `send` does, in order with anything already queued.
   */
  sendEach(targets: PeerSocket[], payloads: string[]): void {
    if (targets.length === 0) return;
    this.queue.push({ targets, payload: '', payloads, next: 0 });
    this.schedule();
  }

  /** Send to one socket, in order with anything already queued for it. */
  sendOne(socket: PeerSocket, payload: string): void {
    if (this.queue.length === 0) this.write(socket, payload);
    else this.send([socket], payload);
  }

  /** Fan-outs still being written (tests wait for this to reach 0). */
  get pending(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.draining) return;
    this.draining = true;
    setImmediate(() => this.drain());
  }

  private drain(): void {
    this.draining = false;
    let budget = this.options.sliceSize;
    while (budget > 0 && this.queue.length > 0) {
      const job = this.queue[0]!;
      const end = Math.min(job.targets.length, job.next + budget);
      const { payloads } = job;
      for (let i = job.next; i < end; i++)
        this.write(job.targets[i]!, payloads ? payloads[i]! : job.payload);
      budget -= end - job.next;
      job.next = end;
      if (job.next === job.targets.length) this.queue.shift();
    }
    if (this.queue.length > 0) this.schedule();
  }

  private write(socket: PeerSocket, payload: string | Buffer): void {
    if (!socket.isOpen) return;
    if (socket.bufferedAmount > this.options.maxBufferedBytes) {
      this.options.onSlowConsumer?.(socket);
      socket.terminate();
      return;
    }
    socket.send(payload);
  }
}
