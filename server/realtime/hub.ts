/**
 * The live side of one process: rooms of sockets per event, and the pushes
 * that keep them current. As the service's Publisher it hears every change;
 * poll, active and deletion changes go out at once, tallies and presence are
 * coalesced by a ticker and serialised once per tick per audience.
 */
import { CLOSE } from '../../shared/codes.js';
import type { Role, ServerMessage } from '../../shared/protocol.js';
import { canSeeResults } from '../domain/permissions.js';
import type { Publisher } from '../service/publisher.js';
import type { LiveEvent, LivePoll } from '../service/live.js';
import type { Voxpop } from '../service/voxpop.js';
import { Fanout } from './fanout.js';
import { Room, type Member } from './room.js';
import type { LiveSocket } from './socket.js';

export interface HubOptions {
  /** Presenters and hosts get a changed tally at most this often. */
  fastIntervalMs: number;
  /** Attendees get a changed tally at most this often. */
  slowIntervalMs: number;
  /** Presence is pushed at most this often. */
  presenceIntervalMs: number;
  /**
   * Sockets written per event-loop turn in a large fan-out. 500 keeps a
   * turn near 6 ms here, so acks wait for at most a slice or two (storm ack
   * p99 21–37 ms, against 39–68 ms with slices of 1,000, same minutes).
   */
  sliceSize: number;
  maxBufferedBytes: number;
}

export const DEFAULT_HUB_OPTIONS: HubOptions = {
  fastIntervalMs: 100,
  slowIntervalMs: 1000,
  presenceIntervalMs: 1000,
  sliceSize: 500,
  maxBufferedBytes: 1024 * 1024,
};

export const encode = (message: ServerMessage): string => JSON.stringify(message);

export class Hub implements Publisher {
  private readonly rooms = new Map<LiveEvent, Room>();
  /** Rooms with something to push on the next tick. */
  private readonly busy = new Set<Room>();
  private readonly timer: NodeJS.Timeout;
  readonly fanout: Fanout;
  slowConsumersDropped = 0;

  constructor(
    private readonly service: Voxpop,
    private readonly options: HubOptions = DEFAULT_HUB_OPTIONS,
    private readonly now: () => number = Date.now,
  ) {
    this.fanout = new Fanout({
      sliceSize: options.sliceSize,
      maxBufferedBytes: options.maxBufferedBytes,
      onSlowConsumer: () => this.slowConsumersDropped++,
    });
    this.timer = setInterval(() => this.tick(), options.fastIntervalMs);
    this.timer.unref();
  }

  // ---------------------------------------------------------------- membership

  join(event: LiveEvent, member: Member): Room {
    let room = this.rooms.get(event);
    if (!room) this.rooms.set(event, (room = new Room(event)));
    room.add(member);
    if (room.presenceDirty) this.busy.add(room);
    return room;
  }

  leave(room: Room, member: Member): void {
    room.remove(member);
    if (room.size === 0) {
      this.rooms.delete(room.event);
      this.busy.delete(room);
    } else if (room.presenceDirty) this.busy.add(room);
  }

  attendeesOf(event: LiveEvent): number {
    return this.rooms.get(event)?.attendeeCount ?? 0;
  }

  get connections(): number {
    let n = 0;
    for (const room of this.rooms.values()) n += room.size;
    return n;
  }

  // ----------------------------------------------------------------- Publisher

  eventChanged(event: LiveEvent): void {
    const room = this.rooms.get(event);
    if (!room) return;
    this.fanout.send(
      room.everyone(),
      encode({ type: 'event', event: this.service.eventInfo(event) }),
    );
  }

  pollChanged(event: LiveEvent, poll: LivePoll): void {
    const room = this.rooms.get(event);
    if (!room) return;
    const full = encode({ type: 'poll', poll: this.service.pollFor(event, poll, 'host') });
    if (poll.record.showResults) {
      this.fanout.send(room.everyone(), full);
    } else {
      const bare = encode({ type: 'poll', poll: this.service.pollFor(event, poll, 'attendee') });
      this.fanout.send(room.hosts, full);
      this.fanout.send([...room.presenters, ...room.attendees], bare);
    }
  }

  pollDeleted(event: LiveEvent, pollId: number): void {
    const room = this.rooms.get(event);
    if (!room) return;
    room.dirtyFast.delete(pollId);
    room.dirtySlow.delete(pollId);
    room.lastSlowPush.delete(pollId);
    this.fanout.send(room.everyone(), encode({ type: 'poll_deleted', pollId }));
  }

  activeChanged(event: LiveEvent): void {
    const room = this.rooms.get(event);
    if (!room) return;
    this.fanout.send(
      room.everyone(),
      encode({ type: 'active', pollId: event.record.activePollId }),
    );
  }

  tallyChanged(event: LiveEvent, poll: LivePoll): void {
    const room = this.rooms.get(event);
    if (!room) return;
    room.dirtyFast.add(poll.record.id);
    room.dirtySlow.add(poll.record.id);
    this.busy.add(room);
  }

  eventDeleted(event: LiveEvent): void {
    const room = this.rooms.get(event);
    if (!room) return;
    this.rooms.delete(event);
    this.busy.delete(room);
    const goodbye = encode({ type: 'event_deleted' });
    for (const socket of room.everyone()) {
      if (!socket.isOpen) continue;
      socket.send(goodbye);
      socket.close(CLOSE.normal, 'event deleted');
    }
  }

  // -------------------------------------------------------------------- ticker

  /** One coalescing step: every busy room's changed tallies and presence, each serialised once. */
  tick(): void {
    const now = this.now();
    for (const room of this.busy) {
      if (this.flushRoom(room, now)) this.busy.delete(room);
    }
  }

  /** Push what is due; true when nothing is left waiting. */
  private flushRoom(room: Room, now: number): boolean {
    const { event } = room;
    for (const pollId of room.dirtyFast) {
      const poll = event.polls.get(pollId);
      if (!poll) continue;
      const message = this.tallyMessage(poll);
      this.fanout.send(room.hosts, message);
      if (canSeeResults('presenter', poll.record)) this.fanout.send(room.presenters, message);
    }
    room.dirtyFast.clear();

    for (const pollId of room.dirtySlow) {
      const poll = event.polls.get(pollId);
      if (!poll || !canSeeResults('attendee', poll.record)) {
        room.dirtySlow.delete(pollId);
        continue;
      }
      if (now - (room.lastSlowPush.get(pollId) ?? -Infinity) < this.options.slowIntervalMs)
        continue;
      this.fanout.send(room.attendees, this.tallyMessage(poll));
      room.lastSlowPush.set(pollId, now);
      room.dirtySlow.delete(pollId);
    }

    if (room.presenceDirty && now - room.lastPresencePush >= this.options.presenceIntervalMs) {
      room.presenceDirty = false;
      if (room.attendeeCount !== room.lastPresenceSent) {
        room.lastPresenceSent = room.attendeeCount;
        room.lastPresencePush = now;
        this.fanout.send(
          room.everyone(),
          encode({ type: 'presence', attendees: room.attendeeCount }),
        );
      }
    }
    return room.dirtySlow.size === 0 && !room.presenceDirty;
  }

  private tallyMessage(poll: LivePoll): string {
    return encode({
      type: 'tally',
      pollId: poll.record.id,
      total: poll.tally.voters,
      options: poll.tally.tallyOptions(poll.record),
      seq: poll.tally.seq,
    });
  }

  /** Every socket, e.g. to say goodbye on shutdown. */
  *sockets(): Iterable<LiveSocket> {
    for (const room of this.rooms.values()) yield* room.everyone();
  }

  roleCount(role: Role): number {
    let n = 0;
    for (const room of this.rooms.values()) {
      n +=
        role === 'host'
          ? room.hosts.size
          : role === 'presenter'
            ? room.presenters.size
            : room.attendees.size;
    }
    return n;
  }

  close(): void {
    clearInterval(this.timer);
  }
}
