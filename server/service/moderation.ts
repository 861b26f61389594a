/**
 * The host's moderation: words hidden from a word cloud, entries of an
 * open-text poll approved or hidden. Each changes what everyone but the host
 * sees of the results, so each is announced as a tally change.
 */
import type { EntryStatus } from '../../shared/kinds/text.js';
import { entriesOf, type EntryRecord } from '../domain/kinds/entry-index.js';
import { rulesOf } from '../domain/kinds/index.js';
import { withHiddenWord, type WordcloudSettings } from '../domain/kinds/wordcloud.js';
import { allow, deny, type Decision } from '../domain/errors.js';
import type { PollRecord } from '../domain/types.js';
import type { Store } from '../store/port.js';
import type { AnswerService } from './answers.js';
import type { Announcer } from './announcer.js';
import type { Catalog, LiveEvent, LivePoll } from './catalog.js';

export class ModerationService {
  constructor(
    private readonly store: Store,
    private readonly catalog: Catalog,
    private readonly announcer: Announcer,
    private readonly answers: AnswerService,
  ) {}

  /** Hide a word cloud's word (by its key) from everyone but the host, or show it again. */
  hideWord(
    event: LiveEvent,
    pollId: number,
    text: string,
    hide: boolean,
  ): Promise<Decision<LivePoll>> {
    return this.catalog.exclusive(event, async () => {
      const poll = event.polls.get(pollId);
      if (!poll) return deny('poll_not_found');
      if (poll.record.kind !== 'wordcloud') {
        return deny('not_found', 'only a word cloud has hidden words');
      }
      const record = poll.record as PollRecord<'wordcloud', WordcloudSettings>;
      const settings = withHiddenWord(record.settings, text, hide);
      if (!settings.ok) return settings;
      // Counted answers first: the tally that shows the change includes them.
      await this.answers.settled();
      poll.record = await this.store.polls.update({ ...record, settings: settings.value });
      poll.counters.seq++;
      this.announcer.pollChanged(event, poll);
      this.announcer.tallyChanged(event, poll);
      return allow(poll);
    });
  }

  /** Approve (visible) or hide an entry of a poll whose kind has entries. */
  setEntryStatus(
    event: LiveEvent,
    pollId: number,
    entryId: number,
    status: EntryStatus,
  ): Promise<Decision<EntryRecord>> {
    return this.catalog.exclusive(event, async () => {
      const poll = event.polls.get(pollId);
      if (!poll) return deny('poll_not_found');
      if (!rulesOf(poll.record.kind).entry)
        return deny('entry_not_found', 'this poll has no entries');
      const changed = await this.store.entries.setStatus(pollId, entryId, status);
      if (!changed) return deny('entry_not_found');
      // An open-text poll's entries have an entry's statuses only.
      const entry = changed.entry as EntryRecord;
      const previous = changed.previous as EntryStatus;
      if (previous !== status) {
        entriesOf(poll.counters).setStatus(entryId, previous, status);
        poll.counters.seq++;
        this.announcer.tallyChanged(event, poll);
        this.announcer.stored(event, pollId);
      }
      return allow(entry);
    });
  }
}
