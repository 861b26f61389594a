/**
 * The live side of one process: rooms of sockets per event code, each
 * hearing its event on the bus. Pushes arrive rendered per audience and go
 * out at once; attendees' tallies are held back to at most one a second per
 * poll (in a room of 1,000 attendees or more, sent to a tenth of them per
 * tick, so that the fan-out is spread over the second), and presence is
 * counted here and pushed at most once a second.
 *
 * In a cluster each process counts its own attendees and tells the others
 * on the bus (on a change, and every few seconds while the room is open);
 * the presence pushed is the sum, and a process not heard from for 10 s
 * (it died) stops counting.
 *
 * Phones and screens are written through two fan-outs: a push to 10,000
 * phones takes a second of slices, and a presenter's or host's tally queued
 * behind it would wait that second and then arrive in a burst with the ones
 * after it. Each socket has one role, so each still gets its messages in order.
 */
import { CLOSE } from '../../shared/codes.js';
import type { Role } from '../../shared/protocol.js';
import type { Bus, BusMessage } from '../bus/port.js';
import { NO_METRICS, type FanoutMetrics } from '../observability/metrics.js';
import { Fanout } from './fanout.js';
import type { PeerSocket } from './socket.js';
import { ATTENDEE_GROUPS, Room, type Member } from './room.js';

export interface HubOptions {
  /** Attendees get a changed tally at most this often. */
  slowIntervalMs: number;
  /** Presence is pushed at most this often. */
  presenceIntervalMs: number;
  /** How often the hub looks for held tallies and presence that are due. */
  tickMs: number;
  /**
   * Sockets written per event-loop turn in a large fan-out. 500 keeps a
   * turn near 6 ms here, so acks wait for at most a slice or two (storm ack
   * p99 21–37 ms, against 39–68 ms with slices of 1,000, same minutes).
   */
  sliceSize: number;
  maxBufferedBytes: number;
  /** In a cluster: this process's name on the bus (presence is summed across processes); null alone. */
  origin: string | null;
  /** Told how long each push or tally took to hand to the room's sockets. */
  metrics: FanoutMetrics;
}

/** From this many attendees in a room, their held tallies go out a group per tick (Room's groups). */
const SPREAD_FROM = 1000;

/** In a cluster: how often a process repeats its attendees' count, and when others' counts expire. */
const PRESENCE_REPEAT_MS = 3000;
const PRESENCE_EXPIRES_MS = 10_000;

export const DEFAULT_HUB_OPTIONS: HubOptions = {
  slowIntervalMs: 1000,
  presenceIntervalMs: 1000,
  tickMs: 100,
  sliceSize: 500,
  maxBufferedBytes: 1024 * 1024,
  origin: null,
  metrics: NO_METRICS,
};

export class Hub {
  private readonly rooms = new Map<string, Room>();
  /** Rooms with something held for a later tick. */
  private readonly busy = new Set<Room>();
  private readonly timer: NodeJS.Timeout;
  /** Attendees' sockets: the big audience, written in slices. */
  readonly phones: Fanout;
  /** Hosts' and presenters' sockets: a few, in a queue of their own. */
  readonly screens: Fanout;
  slowConsumersDropped = 0;

  constructor(
    private readonly bus: Bus,
    private readonly options: HubOptions = DEFAULT_HUB_OPTIONS,
    private readonly now: () => number = Date.now,
  ) {
    const fanout = () =>
      new Fanout({
        sliceSize: options.sliceSize,
        maxBufferedBytes: options.maxBufferedBytes,
        onSlowConsumer: () => this.slowConsumersDropped++,
      });
    this.phones = fanout();
    this.screens = fanout();
    this.timer = setInterval(() => this.tick(), options.tickMs);
    this.timer.unref();
  }

  /** The fan-out a socket of this role is written through (in order with everything else it gets). */
  fanoutOf(role: Role): Fanout {
    return role === 'attendee' ? this.phones : this.screens;
  }

  /** Fan-outs still being written (tests wait for this to reach 0). */
  get pending(): number {
    return this.phones.pending + this.screens.pending;
  }

  // ---------------------------------------------------------------- membership

  /** Add a socket to its event's room (opened, and subscribed to the bus, on first use). */
  join(event: string, member: Member): Room {
    let room = this.rooms.get(event);
    if (!room) {
      const opened = new Room(event);
      opened.unsubscribe = this.bus.subscribe(event, (message) => this.hear(opened, message));
      this.rooms.set(event, (room = opened));
    }
    room.add(member);
    if (room.presenceDirty) this.busy.add(room);
    return room;
  }

  leave(room: Room, member: Member): void {
    room.remove(member);
    if (room.size === 0) this.closeRoom(room);
    else if (room.presenceDirty) this.busy.add(room);
  }

  /** Sockets and streams of every room on this process, by role (counted when asked: /metrics). */
  membersByRole(): Record<Role, number> {
    const counts = { attendee: 0, presenter: 0, host: 0 };
    for (const room of this.rooms.values()) {
      counts.attendee += room.attendees.size;
      counts.presenter += room.presenters.size;
      counts.host += room.hosts.size;
    }
    return counts;
  }

  /** Sockets and streams in the event's room on this process (0: no room). */
  membersIn(event: string): number {
    return this.rooms.get(event)?.size ?? 0;
  }

  private closeRoom(room: Room): void {
    room.unsubscribe();
    if (this.rooms.get(room.event) === room) this.rooms.delete(room.event);
    this.busy.delete(room);
  }

  // ----------------------------------------------------------------- the bus

  private hear(room: Room, message: BusMessage): void {
    const started = performance.now();
    switch (message.type) {
      case 'push':
        if (message.hosts) this.screens.send(room.hosts, message.hosts);
        if (message.screens) this.screens.send(room.presenters, message.screens);
        if (message.attendees) this.phones.send(room.attendees, message.attendees);
        this.options.metrics.fannedOut((performance.now() - started) / 1000);
        return;
      case 'tally':
        if (message.hosts) this.screens.send(room.hosts, message.hosts);
        if (message.screens) this.screens.send(room.presenters, message.screens);
        room.holdTally(message.pollId, message.attendees);
        if (message.attendees) this.busy.add(room);
        this.options.metrics.fannedOut((performance.now() - started) / 1000);
        return;
      case 'presence':
        if (message.origin === this.options.origin) return;
        // A process not heard from before (it just opened this room, or
        // started): it gets this process's count at once, not in 3 s.
        if (!room.elsewhere.has(message.origin)) room.lastPresenceShared = -1;
        room.elsewhere.set(message.origin, { attendees: message.attendees, heardAt: this.now() });
        room.presenceDirty = true;
        this.busy.add(room);
        return;
      case 'scores':
        this.sendScores(room, message.pollId, message.leaderboard, message.scores);
        return;
      case 'event_deleted':
        this.closeRoom(room);
        for (const socket of room.everyone()) {
          if (!socket.isOpen) continue;
          socket.send(message.payload);
          socket.close(CLOSE.normal, 'event deleted');
        }
        return;
    }
  }

  /** A quiz question closed: the leaderboard to hosts and screens, each player's score to them. */
  private sendScores(room: Room, pollId: number, leaderboard: string, scores: number[]): void {
    this.screens.send(room.hosts, leaderboard);
    this.screens.send(room.presenters, leaderboard);
    const scoreOf = new Map<number, number>();
    for (let i = 0; i < scores.length; i += 4) scoreOf.set(scores[i]!, i);
    const targets: PeerSocket[] = [];
    const payloads: string[] = [];
    for (const [socket, participantId] of room.participantOf) {
      const at = scoreOf.get(participantId);
      if (at === undefined) continue;
      const points = scores[at + 1]!;
      targets.push(socket);
      payloads.push(
        `{"type":"score","pollId":${pollId},"points":${points},"correct":${points > 0},` +
          `"score":${scores[at + 2]!},"rank":${scores[at + 3]!}}`,
      );
    }
    this.phones.sendEach(targets, payloads);
  }

  // -------------------------------------------------------------------- ticker

  /** One step: every busy room's held tallies and presence that are due. */
  tick(): void {
    const now = this.now();
    if (this.options.origin !== null) {
      // Tell the others again now and then; others' counts may have expired.
      for (const room of this.rooms.values()) {
        if (now - room.lastPresenceSharedAt < PRESENCE_REPEAT_MS) continue;
        room.lastPresenceShared = -1;
        room.presenceDirty = true;
        this.busy.add(room);
      }
    }
    for (const room of this.busy) {
      if (this.flushRoom(room, now)) this.busy.delete(room);
    }
  }

  /** Push what is due; true when nothing is left waiting. */
  private flushRoom(room: Room, now: number): boolean {
    // A big room's attendees get a held tally a group per tick, so the
    // second's fan-out to them is spread over the second rather than one
    // burst that acks wait behind; each still gets at most one a second.
    const groupsPerTick = room.attendees.size >= SPREAD_FROM ? 1 : ATTENDEE_GROUPS;
    for (const held of room.slowTallies.values()) {
      let budget = groupsPerTick;
      for (let group = 0; group < ATTENDEE_GROUPS && budget > 0; group++) {
        if (!held.waiting[group] || now - held.lastPush[group]! < this.options.slowIntervalMs)
          continue;
        this.phones.send(room.attendeeGroups[group]!, held.payload!);
        held.waiting[group] = false;
        held.lastPush[group] = now;
        budget--;
      }
    }
    if (room.presenceDirty && now - room.lastPresencePush >= this.options.presenceIntervalMs) {
      room.presenceDirty = false;
      const attendees = this.presenceOf(room, now);
      if (attendees !== room.lastPresenceSent) {
        room.lastPresenceSent = attendees;
        room.lastPresencePush = now;
        const presence = JSON.stringify({ type: 'presence', attendees });
        this.screens.send(room.hosts, presence);
        this.screens.send(room.presenters, presence);
        this.phones.send(room.attendees, presence);
      }
    }
    return !room.tallyWaiting && !room.presenceDirty;
  }

  /** Distinct attendees: this process's, plus in a cluster what each other process last said. */
  private presenceOf(room: Room, now: number): number {
    const { origin } = this.options;
    if (origin === null) return room.attendeeCount;
    if (room.attendeeCount !== room.lastPresenceShared) {
      room.lastPresenceShared = room.attendeeCount;
      room.lastPresenceSharedAt = now;
      this.bus.publish({
        type: 'presence',
        event: room.event,
        origin,
        attendees: room.attendeeCount,
        at: now,
      });
    }
    for (const [other, { heardAt }] of room.elsewhere) {
      if (now - heardAt > PRESENCE_EXPIRES_MS) room.elsewhere.delete(other);
    }
    return this.attendeesIn(room);
  }

  /** Distinct attendees of the room's event as this process knows now (a welcome's count). */
  attendeesIn(room: Room): number {
    const now = this.now();
    let sum = room.attendeeCount;
    for (const { attendees, heardAt } of room.elsewhere.values()) {
      if (now - heardAt <= PRESENCE_EXPIRES_MS) sum += attendees;
    }
    return sum;
  }

  close(): void {
    clearInterval(this.timer);
    for (const room of this.rooms.values()) room.unsubscribe();
  }
}
