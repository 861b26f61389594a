/** Use cases of a poll, for every kind: create, change (state, text, the kind's settings), reset, delete. */
import type { CreatePollBody } from '../../shared/protocol.js';
import { Counters } from '../domain/counters.js';
import { allow, deny, type Decision } from '../domain/errors.js';
import { parsePollPatch, planPollChange, settleNewPoll } from '../domain/polls.js';
import { rulesOf } from '../domain/kinds/index.js';
import type { Store } from '../store/port.js';
import type { AnswerService } from './answers.js';
import type { Announcer } from './announcer.js';
import type { Catalog, LiveEvent, LivePoll } from './catalog.js';
import type { Clock } from './clock.js';
import type { ClusterSync } from './cluster.js';
import type { PollTimers } from './poll-timers.js';
import type { Scoreboard } from './scoreboard.js';
import type { WebhookService } from './webhooks.js';

export class PollService {
  constructor(
    private readonly store: Store,
    private readonly catalog: Catalog,
    private readonly announcer: Announcer,
    private readonly answers: AnswerService,
    private readonly now: Clock,
    private readonly timers: PollTimers,
    private readonly scoreboard: Scoreboard,
    private readonly webhooks: WebhookService,
    private readonly cluster: ClusterSync | null = null,
  ) {}

  create(event: LiveEvent, body: CreatePollBody): Promise<Decision<LivePoll>> {
    return this.catalog.exclusive(event, async () => {
      const settled = settleNewPoll(body);
      if (!settled.ok) return settled;
      const record = await this.store.polls.create(event.record.id, settled.value, this.now());
      const poll: LivePoll = { record, counters: new Counters() };
      event.polls.set(record.id, poll);
      this.announcer.pollChanged(event, poll);
      return allow(poll);
    });
  }

  /** `body` has passed the common patch schema; the kind's own fields are checked here. */
  change(
    event: LiveEvent,
    pollId: number,
    body: Record<string, unknown>,
  ): Promise<Decision<LivePoll>> {
    return this.catalog.exclusive(event, async () => {
      const poll = event.polls.get(pollId);
      if (!poll) return deny('poll_not_found');
      const patch = parsePollPatch(poll.record.kind, body);
      if (!patch.ok) return patch;
      // Answers decided but not yet durable count: whether the poll has
      // answers decides what may change.
      await this.answers.settled();
      const change = planPollChange(poll.record, patch.value, poll.counters.voters > 0, this.now());
      if (!change.ok) return change;
      const resultsShown = !poll.record.showResults && change.value.poll.showResults;
      const closed = poll.record.state !== 'closed' && change.value.poll.state === 'closed';
      const opened = poll.record.state !== 'open' && change.value.poll.state === 'open';
      poll.record = await this.store.polls.update(change.value.poll, change.value.options);
      if (change.value.options) poll.counters.clear();
      this.timers.watch(event, poll);
      this.announcer.pollChanged(event, poll);
      if (resultsShown) this.announcer.tallyChanged(event, poll);
      if (closed) await this.closed(event, poll);
      if (opened) await this.webhooks.notify('poll.opened', event, poll);
      return allow(poll);
    });
  }

  /**
   * A poll that closes by itself (a quiz question), at its closing time.
   * Answers decided before then are made durable first, so that they
   * count; of processes racing to close it, the store lets one do it.
   */
  closeOnTime(event: LiveEvent, poll: LivePoll): Promise<void> {
    const { openedAt } = poll.record;
    return this.catalog.exclusive(event, async () => {
      const record = poll.record;
      const closesAt = rulesOf(record.kind).closesAt?.(record) ?? null;
      // Closed by hand, reset or deleted since the timer was set: nothing to do.
      if (closesAt === null || record.openedAt !== openedAt || event.polls.get(record.id) !== poll)
        return;
      await this.answers.settled();
      if (!(await this.store.polls.closeIfOpen(record, closesAt))) return;
      poll.record = { ...record, state: 'closed', closedAt: closesAt, published: true };
      this.announcer.pollChanged(event, poll);
      await this.closed(event, poll);
    });
  }

  /**
   * After a close: the results are everyone's now; a scored poll's players
   * learn their scores; the webhooks that asked hear of it.
   */
  private async closed(event: LiveEvent, poll: LivePoll): Promise<void> {
    this.announcer.tallyChanged(event, poll);
    if (rulesOf(poll.record.kind).score) await this.scoreboard.announce(event, poll);
    await this.webhooks.notify('poll.closed', event, poll);
  }

  reset(event: LiveEvent, pollId: number): Promise<Decision<LivePoll>> {
    return this.catalog.exclusive(event, async () => {
      const poll = event.polls.get(pollId);
      if (!poll) return deny('poll_not_found');
      // The memory follows the write at once, before anything else can be
      // decided against it (the write has started; with SQLite it is done).
      const written = this.store.answers.deleteForPoll(pollId);
      this.answers.forgetPoll(pollId);
      poll.counters.clear();
      await written;
      const rules = rulesOf(poll.record.kind);
      if (rules.closesForGood && poll.record.state !== 'draft') {
        // Its points are gone: it is played again from the start.
        poll.record = await this.store.polls.update({
          ...poll.record,
          state: 'draft',
          openedAt: null,
          closedAt: null,
        });
        this.timers.watch(event, poll);
      }
      // In a cluster the reset began a new epoch of the poll's shards: learn it now.
      await this.cluster?.resync([poll]);
      this.announcer.pollChanged(event, poll);
      this.announcer.pollReset(event, poll);
      this.announcer.tallyChanged(event, poll);
      if (rules.score) await this.scoreboard.announceBoard(event, poll);
      return allow(poll);
    });
  }

  delete(event: LiveEvent, pollId: number): Promise<Decision<null>> {
    return this.catalog.exclusive(event, async () => {
      const poll = event.polls.get(pollId);
      if (!poll) return deny('poll_not_found');
      const wasActive = event.record.activePollId === pollId;
      const written = this.store.polls.delete(poll.record, wasActive);
      event.polls.delete(pollId);
      this.answers.forgetPoll(pollId);
      if (wasActive) event.record.activePollId = null;
      try {
        await written;
      } catch (error) {
        event.polls.set(pollId, poll);
        if (wasActive) event.record.activePollId = pollId;
        throw error;
      }
      this.timers.forget(pollId);
      this.announcer.pollDeleted(event, poll);
      if (wasActive) this.announcer.activeChanged(event);
      if (rulesOf(poll.record.kind).score) await this.scoreboard.announceBoard(event, poll);
      return allow(null);
    });
  }
}
