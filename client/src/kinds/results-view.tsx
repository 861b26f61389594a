/**
 * A poll's results view, whatever its kind: the kind's module is fetched the
 * first time one is shown (it carries the chart library), then kept.
 */
import type { Poll, PollKind } from '../../../shared/protocol.js';
import { t } from '../i18n/i18n.js';
import type { ResultsFor } from '../lib/event-state.js';
import { RESULT_VIEWS } from './index.js';
import type { ResultsKind } from './kind.js';
import { kindParts, useKindPart, type Loaders } from './loader.js';

const views = kindParts(RESULT_VIEWS as Loaders<ResultsKind<PollKind>>);

/** The kind's results module once it is here; null while it loads, 'failed' if it could not. */
export const useResultsKind = (kind: PollKind) => useKindPart(views, kind);

export interface ResultsViewProps {
  poll: Poll;
  results: ResultsFor<PollKind> | null;
  size: 'large' | 'compact';
  live: boolean;
  caption: string;
}

/** The kind's results view, or nothing until its module is here. */
export function ResultsView(props: ResultsViewProps) {
  const view = useResultsKind(props.poll.kind);
  if (view === null) return null;
  if (view === 'failed') {
    return <p class="results-failed">{t('results.loadFailed')}</p>;
  }
  return <view.Results {...props} />;
}
