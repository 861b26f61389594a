/**
 * The sockets of one event, by role, and what is waiting to be pushed to
 * them. A room knows nothing of SQL, HTTP or polls: the hub fills it from the
 * bus and its ticker empties what waits.
 */
import type { Role } from '../../shared/protocol.js';
import type { PeerSocket } from './socket.js';

export interface Member {
  socket: PeerSocket;
  role: Role;
  participantId: number | null;
}

/** A big room's attendees are written in this many groups (round-robin as they join). */
export const ATTENDEE_GROUPS = 10;

/** One poll's attendee tally held back: attendees get at most one a second. */
export interface HeldTally {
  /** The latest, or null when nothing is to follow (the poll left their view). */
  payload: string | null;
  /** By group: the latest is not yet sent to it. */
  waiting: boolean[];
  /** By group: when it was last sent this poll's tally (ms). */
  lastPush: number[];
}

export class Room {
  readonly hosts = new Set<PeerSocket>();
  readonly presenters = new Set<PeerSocket>();
  readonly attendees = new Set<PeerSocket>();
  /** participant id -> open sockets: presence counts people, not tabs. */
  private readonly participants = new Map<number, number>();

  /** The attendees by group, for a big room's tallies to go out a group at a time. */
  readonly attendeeGroups: Set<PeerSocket>[] = Array.from(
    { length: ATTENDEE_GROUPS },
    () => new Set<PeerSocket>(),
  );
  private readonly groupOf = new Map<PeerSocket, number>();
  /** Each attendee socket's participant (a quiz's scores go to each their own). */
  readonly participantOf = new Map<PeerSocket, number>();
  private nextGroup = 0;
  /** Each poll's attendee tally, as held back and sent by group. */
  readonly slowTallies = new Map<number, HeldTally>();
  presenceDirty = false;
  lastPresencePush = 0;
  lastPresenceSent = -1;
  /** In a cluster: the distinct attendees each other process holds, and when it last said so (ms). */
  readonly elsewhere = new Map<string, { attendees: number; heardAt: number }>();
  /** In a cluster: what this process last told the others, and when. */
  lastPresenceShared = -1;
  lastPresenceSharedAt = 0;
  /** Stops hearing the bus (set by the hub when it opens the room). */
  unsubscribe: () => void = () => {};

  constructor(readonly event: string) {}

  add(member: Member): void {
    this.setOf(member.role).add(member.socket);
    if (member.role === 'attendee' && !this.groupOf.has(member.socket)) {
      const group = this.nextGroup++ % ATTENDEE_GROUPS;
      this.attendeeGroups[group]!.add(member.socket);
      this.groupOf.set(member.socket, group);
    }
    if (member.participantId !== null) {
      this.participantOf.set(member.socket, member.participantId);
      const n = this.participants.get(member.participantId) ?? 0;
      this.participants.set(member.participantId, n + 1);
      if (n === 0) this.presenceDirty = true;
    }
  }

  remove(member: Member): void {
    if (!this.setOf(member.role).delete(member.socket)) return;
    const group = this.groupOf.get(member.socket);
    if (group !== undefined) {
      this.attendeeGroups[group]!.delete(member.socket);
      this.groupOf.delete(member.socket);
    }
    if (member.participantId !== null) {
      this.participantOf.delete(member.socket);
      const n = this.participants.get(member.participantId) ?? 0;
      if (n <= 1) {
        this.participants.delete(member.participantId);
        this.presenceDirty = true;
      } else this.participants.set(member.participantId, n - 1);
    }
  }

  /** Hold the poll's latest attendee tally for every group (null: drop what was held). */
  holdTally(pollId: number, payload: string | null): void {
    let held = this.slowTallies.get(pollId);
    if (!held) {
      if (payload === null) return;
      held = {
        payload,
        waiting: new Array<boolean>(ATTENDEE_GROUPS).fill(true),
        lastPush: new Array<number>(ATTENDEE_GROUPS).fill(-Infinity),
      };
      this.slowTallies.set(pollId, held);
    }
    held.payload = payload;
    held.waiting.fill(payload !== null);
  }

  /** Some group still waits for a held tally. */
  get tallyWaiting(): boolean {
    for (const held of this.slowTallies.values()) if (held.waiting.includes(true)) return true;
    return false;
  }

  /** Distinct attendee participants connected. */
  get attendeeCount(): number {
    return this.participants.size;
  }

  get size(): number {
    return this.hosts.size + this.presenters.size + this.attendees.size;
  }

  *everyone(): Iterable<PeerSocket> {
    yield* this.hosts;
    yield* this.presenters;
    yield* this.attendees;
  }

  private setOf(role: Role): Set<PeerSocket> {
    switch (role) {
      case 'host':
        return this.hosts;
      case 'presenter':
        return this.presenters;
      case 'attendee':
        return this.attendees;
    }
  }
}
