/**
 * A poll's results on the phone, under the vote: a heading, the number of
 * voters, and the kind's results view in its compact size. The view is
 * fetched on demand (it carries the chart library, far too big for the first
 * load, and most attendees never see results).
 */
import type { Poll, PollKind } from '../../../shared/protocol.js';
import { t } from '../i18n/i18n.js';
import { ResultsView } from '../kinds/results-view.js';
import type { ResultsFor } from '../lib/event-state.js';

export interface PollResultsProps {
  poll: Poll;
  results: ResultsFor<PollKind>;
  live: boolean;
}

export function PollResults({ poll, results, live }: PollResultsProps) {
  const voters = t('results.voters', { count: results.total });
  const title = live ? t('results.liveTitle') : t('results.title');
  return (
    <section class="vote-results" aria-labelledby="vote-results-title">
      <div class="vote-results__head">
        <h2 id="vote-results-title">{title}</h2>
        <span class="vote-results__total">{voters}</span>
      </div>
      <ResultsView poll={poll} results={results} size="compact" live={live} caption={title} />
    </section>
  );
}
