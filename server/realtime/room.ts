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

export class Room {
  readonly hosts = new Set<PeerSocket>();
  readonly presenters = new Set<PeerSocket>();
  readonly attendees = new Set<PeerSocket>();
  /** participant id -> open sockets: presence counts people, not tabs. */
  private readonly participants = new Map<number, number>();

  /** The latest attendee tally of each poll not yet sent (attendees get at most one a second). */
  readonly slowTallies = new Map<number, string>();
  readonly lastSlowPush = new Map<number, number>();
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
    if (member.participantId !== null) {
      const n = this.participants.get(member.participantId) ?? 0;
      this.participants.set(member.participantId, n + 1);
      if (n === 0) this.presenceDirty = true;
    }
  }

  remove(member: Member): void {
    if (!this.setOf(member.role).delete(member.socket)) return;
    if (member.participantId !== null) {
      const n = this.participants.get(member.participantId) ?? 0;
      if (n <= 1) {
        this.participants.delete(member.participantId);
        this.presenceDirty = true;
      } else this.participants.set(member.participantId, n - 1);
    }
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
