/** Use cases of a poll, for every kind: create, change (state, text, the kind's settings), reset, delete. */
import type { CreatePollBody } from '../../shared/protocol.js';
import { Counters } from '../domain/counters.js';
import { allow, deny, type Decision } from '../domain/errors.js';
import { parsePollPatch, planPollChange, settleNewPoll } from '../domain/polls.js';
import type { Store } from '../store/port.js';
import type { AnswerService } from './answers.js';
import type { Announcer } from './announcer.js';
import type { Catalog, LiveEvent, LivePoll } from './catalog.js';
import type { Clock } from './clock.js';
import type { ClusterSync } from './cluster.js';

export class PollService {
  constructor(
    private readonly store: Store,
    private readonly catalog: Catalog,
    private readonly announcer: Announcer,
    private readonly answers: AnswerService,
    private readonly now: Clock,
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
      poll.record = await this.store.polls.update(change.value.poll, change.value.options);
      if (change.value.options) poll.counters.clear();
      this.announcer.pollChanged(event, poll);
      if (resultsShown) this.announcer.tallyChanged(event, poll);
      return allow(poll);
    });
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
      // In a cluster the reset began a new epoch of the poll's shards: learn it now.
      await this.cluster?.resync([poll]);
      this.announcer.pollChanged(event, poll);
      this.announcer.pollReset(event, poll);
      this.announcer.tallyChanged(event, poll);
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
      this.announcer.pollDeleted(event, poll);
      if (wasActive) this.announcer.activeChanged(event);
      return allow(null);
    });
  }
}
