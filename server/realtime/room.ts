/**
 * The sockets of one event, by role, and what is waiting to be pushed to
 * them. A room knows nothing of SQL or HTTP; the hub fills it and the ticker
 * empties its dirty sets.
 */
import type { Role } from '../../shared/protocol.js';
import type { LiveEvent } from '../service/live.js';
import type { LiveSocket } from './socket.js';

export interface Member {
  socket: LiveSocket;
  role: Role;
  participantId: number | null;
}

export class Room {
  readonly hosts = new Set<LiveSocket>();
  readonly presenters = new Set<LiveSocket>();
  readonly attendees = new Set<LiveSocket>();
  /** participant id -> open sockets: presence counts people, not tabs. */
  private readonly participants = new Map<number, number>();

  /** Polls whose tally changed since the last fast (presenter/host) push. */
  readonly dirtyFast = new Set<number>();
  /** Polls whose tally changed since the last attendee push. */
  readonly dirtySlow = new Set<number>();
  readonly lastSlowPush = new Map<number, number>();
  presenceDirty = false;
  lastPresencePush = 0;
  lastPresenceSent = -1;

  constructor(readonly event: LiveEvent) {}

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

  *everyone(): Iterable<LiveSocket> {
    yield* this.hosts;
    yield* this.presenters;
    yield* this.attendees;
  }

  private setOf(role: Role): Set<LiveSocket> {
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
