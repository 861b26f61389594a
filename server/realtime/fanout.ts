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
  payload: string;
  next: number;
}

export class Fanout {
  private readonly queue: Job[] = [];
  private draining = false;

  constructor(private readonly options: FanoutOptions) {}

  /** Send to every socket in `targets` (copied now: later joiners are not included). */
  send(targets: Iterable<PeerSocket>, payload: string): void {
    // With nothing queued, the first slice is written at once and only the
    // rest is copied: the common small push allocates nothing.
    let budget = this.queue.length === 0 ? this.options.sliceSize : 0;
    let rest: PeerSocket[] | null = null;
    for (const socket of targets) {
      if (budget > 0) {
        budget--;
        this.write(socket, payload);
      } else (rest ??= []).push(socket);
    }
    if (rest === null) return;
    this.queue.push({ targets: rest, payload, next: 0 });
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
      for (let i = job.next; i < end; i++) this.write(job.targets[i]!, job.payload);
      budget -= end - job.next;
      job.next = end;
      if (job.next === job.targets.length) this.queue.shift();
    }
    if (this.queue.length > 0) this.schedule();
  }

  private write(socket: PeerSocket, payload: string): void {
    if (!socket.isOpen) return;
    if (socket.bufferedAmount > this.options.maxBufferedBytes) {
      this.options.onSlowConsumer?.(socket);
      socket.terminate();
      return;
    }
    socket.send(payload);
  }
}
