/** Use cases of an event: create it, change it, delete it, choose the poll on screen, its host key. */
import { randomInt } from 'node:crypto';
import type { PatchEventBody } from '../../shared/protocol.js';
import { hashSecret, newSecret, secretMatches } from '../domain/credentials.js';
import { allow, deny, type Decision } from '../domain/errors.js';
import { isPrivateDraft } from '../domain/permissions.js';
import { furtherLanguages } from '../domain/translations.js';
import type { Store } from '../store/port.js';
import type { Announcer } from './announcer.js';
import type { Catalog, LiveEvent } from './catalog.js';
import type { ClusterSync } from './cluster.js';
import type { Clock } from './clock.js';
import type { WebhookService } from './webhooks.js';

export class EventService {
  constructor(
    private readonly store: Store,
    private readonly catalog: Catalog,
    private readonly announcer: Announcer,
    private readonly now: Clock,
    private readonly webhooks: WebhookService,
    private readonly cluster: ClusterSync | null = null,
  ) {}

  /** The event with this code, as this process knows it. */
  find(code: string): LiveEvent | undefined {
    return this.catalog.find(code);
  }

  /** The event with this code; in a cluster, read from the store when another process made it. */
  resolve(code: string): Promise<LiveEvent | undefined> {
    return this.cluster ? this.cluster.resolve(code) : Promise.resolve(this.catalog.find(code));
  }

  count(): number {
    return this.catalog.size;
  }

  demo(): LiveEvent | undefined {
    for (const event of this.catalog.all()) if (event.record.isDemo) return event;
    return undefined;
  }

  isHost(event: LiveEvent, hostKey: string): boolean {
    return secretMatches(hostKey, event.record.hostKeyHash);
  }

  /** A new event and its host key: shown once, stored only as a hash. */
  async create(
    title: string,
    { demo = false, language = 'en' } = {},
  ): Promise<{ event: LiveEvent; hostKey: string }> {
    const hostKey = newSecret();
    const record = await this.store.events.insert({
      code: await this.freshCode(),
      title,
      hostKeyHash: hashSecret(hostKey),
      isDemo: demo,
      language,
      createdAt: this.now(),
    });
    return { event: this.catalog.add(record), hostKey };
  }

  private async freshCode(): Promise<string> {
    for (;;) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      if (!this.catalog.find(code) && !(await this.store.events.isCodeTaken(code))) return code;
    }
  }

  /** A new host key for the event; the old one stops working at once. */
  async renewHostKey(event: LiveEvent): Promise<string> {
    const hostKey = newSecret();
    const hash = hashSecret(hostKey);
    await this.store.events.setHostKeyHash(event.record.id, hash);
    event.record.hostKeyHash = hash;
    this.announcer.stored(event);
    return hostKey;
  }

  change(event: LiveEvent, patch: PatchEventBody): Promise<LiveEvent> {
    return this.catalog.exclusive(event, async () => {
      const next = { ...event.record };
      if (patch.title !== undefined) next.title = patch.title;
      if (patch.showStats !== undefined) next.showStats = patch.showStats;
      if (patch.leaderboard !== undefined) next.leaderboard = patch.leaderboard;
      if (patch.language !== undefined) next.language = patch.language;
      if (patch.alternateLanguages !== undefined)
        next.alternateLanguages = patch.alternateLanguages;
      next.languages = furtherLanguages(next.language, patch.languages ?? next.languages);
      await this.store.events.update(next);
      event.record = next;
      this.announcer.eventChanged(event);
      return event;
    });
  }

  delete(event: LiveEvent): Promise<void> {
    return this.catalog.exclusive(event, async () => {
      // The delete takes the event's webhooks with it: their farewell is made first.
      const farewell = await this.webhooks.prepare('event.deleted', event, null);
      // Gone from the moment it is decided: a participant whose write commits
      // just before the delete must not be handed a token of a deleted event.
      this.catalog.remove(event);
      try {
        await this.store.events.delete(event.record.id);
      } catch (error) {
        this.catalog.restore(event);
        throw error;
      }
      this.announcer.eventDeleted(event);
      event.polls.clear();
      await this.webhooks.enqueue(farewell);
    });
  }

  /**
   * Put a poll on the presenter screen (or none). A private draft put on
   * screen is published: everyone is told the poll before they are told it
   * is on screen, so no screen ever points at a poll it does not know.
   * A poll put on screen takes the quiz leaderboard off it.
   */
  setActivePoll(event: LiveEvent, pollId: number | null): Promise<Decision<number | null>> {
    return this.catalog.exclusive(event, async () => {
      const poll = pollId === null ? undefined : event.polls.get(pollId);
      if (pollId !== null && !poll) return deny('poll_not_found');
      const offLeaderboard = pollId !== null && event.record.leaderboard;
      if (offLeaderboard) {
        const next = { ...event.record, leaderboard: false };
        await this.store.events.update(next);
        event.record = next;
        this.announcer.eventChanged(event);
      }
      if (event.record.activePollId === pollId) return allow(pollId);
      const publish = poll !== undefined && isPrivateDraft(poll.record);
      await this.store.events.setActivePoll(event.record.id, pollId, publish);
      if (publish) {
        poll.record = { ...poll.record, published: true };
        this.announcer.pollChanged(event, poll);
      }
      event.record.activePollId = pollId;
      this.announcer.activeChanged(event);
      return allow(pollId);
    });
  }
}
