/**
 * What the service tells the sockets of an event, through the bus: every
 * change rendered once per audience (hosts, screens, attendees), as data
 * addressed by event code. A private draft is told to hosts only.
 *
 * Tallies are coalesced here: an answer marks its poll, and a ticker
 * publishes each marked poll's absolute counters and rendered results at most
 * every `intervalMs`, so the cost follows ticks, never answers.
 */
import type { Role, ServerMessage } from '../../shared/protocol.js';
import { canSeePoll, canSeeResults, isPrivateDraft } from '../domain/permissions.js';
import { eventInfo, pollView, resultsView } from '../domain/wire.js';
import type { Audiences, Bus } from '../bus/port.js';
import type { LiveEvent, LivePoll } from './catalog.js';

export const encode = (message: ServerMessage): string => JSON.stringify(message);

/** The same message for every audience that may see the poll; hosts always. */
function toEveryoneWhoSees(poll: LivePoll, message: string): Audiences {
  const open = !isPrivateDraft(poll.record);
  return { hosts: message, screens: open ? message : null, attendees: open ? message : null };
}

export class Announcer {
  private readonly dirty = new Map<LivePoll, LiveEvent>();
  private readonly timer: NodeJS.Timeout;

  /**
   * `origin`: in a cluster, this process's name; every change is then also
   * announced as `changed`, for the other processes to re-read it.
   */
  constructor(
    private readonly bus: Bus,
    private readonly publicUrl: () => string,
    intervalMs = 100,
    private readonly origin: string | null = null,
  ) {
    this.timer = setInterval(() => this.flushTallies(), intervalMs);
    this.timer.unref();
  }

  private push(event: LiveEvent, audiences: Audiences): void {
    this.bus.publish({ type: 'push', event: event.record.code, ...audiences });
  }

  /** The other processes of a cluster are to re-read the event (and the poll) from the store. */
  stored(event: LiveEvent, pollId: number | null = null): void {
    if (this.origin === null) return;
    this.bus.publish({ type: 'changed', event: event.record.code, pollId, origin: this.origin });
  }

  eventChanged(event: LiveEvent): void {
    this.stored(event);
    const message = encode({ type: 'event', event: eventInfo(event.record, this.publicUrl()) });
    this.push(event, { hosts: message, screens: message, attendees: message });
  }

  eventDeleted(event: LiveEvent): void {
    for (const poll of event.polls.values()) this.dirty.delete(poll);
    this.bus.publish({
      type: 'event_deleted',
      event: event.record.code,
      payload: encode({ type: 'event_deleted' }),
    });
  }

  /** Created, edited, opened, closed, reset or published. */
  pollChanged(event: LiveEvent, poll: LivePoll): void {
    this.stored(event, poll.record.id);
    const view = (role: Role) =>
      canSeePoll(role, poll.record)
        ? encode({ type: 'poll', poll: pollView(poll.record, poll.counters, role) })
        : null;
    const screens = view('presenter');
    this.push(event, { hosts: view('host'), screens, attendees: screens && view('attendee') });
    // Results just hidden: a tally held back for attendees must not follow.
    if (!canSeeResults('attendee', poll.record)) this.publishTally(event, poll);
  }

  /** After its `pollChanged`: the poll's answers are gone; phones forget theirs. */
  pollReset(event: LiveEvent, poll: LivePoll): void {
    this.push(
      event,
      toEveryoneWhoSees(poll, encode({ type: 'poll_reset', pollId: poll.record.id })),
    );
  }

  /** `poll` as it was when deleted. */
  pollDeleted(event: LiveEvent, poll: LivePoll): void {
    this.stored(event, poll.record.id);
    this.dirty.delete(poll);
    this.retractTally(event, poll);
    this.push(
      event,
      toEveryoneWhoSees(poll, encode({ type: 'poll_deleted', pollId: poll.record.id })),
    );
  }

  activeChanged(event: LiveEvent): void {
    this.stored(event);
    const message = encode({ type: 'active', pollId: event.record.activePollId });
    this.push(event, { hosts: message, screens: message, attendees: message });
  }

  /** A committed answer or a reset moved this poll's counters. */
  tallyChanged(event: LiveEvent, poll: LivePoll): void {
    this.dirty.set(poll, event);
  }

  /** Publish every marked poll's tally now (the ticker calls this). */
  flushTallies(): void {
    for (const [poll, event] of this.dirty) {
      if (!event.deleted && event.polls.get(poll.record.id) === poll)
        this.publishTally(event, poll);
    }
    this.dirty.clear();
  }

  private publishTally(event: LiveEvent, poll: LivePoll): void {
    const { record, counters } = poll;
    const tally = (role: Role) =>
      canSeeResults(role, record)
        ? encode({ type: 'tally', ...resultsView(record, counters, role), seq: counters.seq })
        : null;
    const screens = tally('presenter');
    this.bus.publish({
      type: 'tally',
      event: event.record.code,
      pollId: record.id,
      seq: counters.seq,
      voters: counters.voters,
      counters: counters.snapshot(),
      hosts: tally('host'),
      screens,
      attendees: screens && tally('attendee'),
    });
  }

  /** Nobody is to get this poll's tally any more (a tally held for attendees is dropped). */
  private retractTally(event: LiveEvent, poll: LivePoll): void {
    this.bus.publish({
      type: 'tally',
      event: event.record.code,
      pollId: poll.record.id,
      seq: poll.counters.seq,
      voters: 0,
      counters: {},
      hosts: null,
      screens: null,
      attendees: null,
    });
  }

  /**
   * A quiz question closed: the leaderboard for hosts and screens, and
   * flat [participantId, points, score, rank, ...] for each player's own push.
   */
  scores(
    event: LiveEvent,
    poll: LivePoll,
    entries: readonly { participantId: number; name: string; score: number; rank: number }[],
    scores: number[],
  ): void {
    this.bus.publish({
      type: 'scores',
      event: event.record.code,
      pollId: poll.record.id,
      leaderboard: encode({
        type: 'leaderboard',
        entries: entries.map(({ participantId, name, score, rank }) => ({
          participantId,
          name,
          score,
          rank,
        })),
      }),
      scores,
    });
  }

  close(): void {
    clearInterval(this.timer);
  }
}
