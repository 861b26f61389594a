/**
 * The active poll on the big screen: its question as large as it fits, then
 * the kind's live results (or, while results are hidden or voting has not
 * begun, the poll without numbers), then who has voted. The join card stays
 * beside it, except on an overlay that was not asked for it.
 */
import { useEffect, useRef } from 'hono/jsx/dom';
import type { Poll, PollKind } from '../../../shared/protocol.js';
import { t } from '../i18n/i18n.js';
import type { ResultsKind } from '../kinds/kind.js';
import { ResultsView, useResultsKind } from '../kinds/results-view.js';
import { keepFitted } from '../lib/fit-text.js';
import { turnout } from './format.js';
import { JoinCard } from './join.js';
import type { ActiveView } from './state.js';

/** The root size the stylesheet scales with the viewport (24 px on a 1920x1080 projector). */
const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/** Question sizes in px: 72 px on a 1920x1080 projector. */
const questionSizes = () => {
  const phone = innerWidth <= 760;
  return {
    min: Math.round(rem() * (phone ? 1.15 : 1.3)),
    max: Math.round(rem() * (phone ? 1.75 : 3)),
  };
};

function Question({ text }: { text: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const element = heading.current;
    if (!element) return;
    // A new question rises in; the rest of the stage stays put (the chart keeps its canvas).
    if (!matchMedia('(prefers-reduced-motion: reduce)').matches) {
      element.animate(
        [
          { opacity: 0, transform: 'translateY(0.5rem)' },
          { opacity: 1, transform: 'none' },
        ],
        { duration: 400, easing: 'ease-out' },
      );
    }
    return keepFitted(element, questionSizes);
  }, [text]);
  return (
    <h1 class="question" id="question" ref={heading} data-testid="question">
      {text}
    </h1>
  );
}

function Tags({ poll, tag, closed }: { poll: Poll; tag: string | null; closed: string }) {
  if (poll.state !== 'closed' && !tag) return null;
  return (
    <div class="tags">
      {poll.state === 'closed' && (
        <span class="tag tag-closed" data-testid="closed-badge">
          <svg viewBox="0 0 24 24" aria-hidden="true" class="tag-icon">
            <path
              d="M7 11V8a5 5 0 0 1 10 0v3"
              fill="none"
              stroke="currentColor"
              stroke-width="2.4"
            />
            <rect x="4.5" y="11" width="15" height="10" rx="2.5" fill="currentColor" />
          </svg>
          {closed}
        </span>
      )}
      {tag && <span class="tag">{tag}</span>}
    </div>
  );
}

function Meta(props: {
  view: ActiveView;
  kind: ResultsKind<PollKind> | null;
  attendees: number;
  showStats: boolean;
}) {
  const { view, kind, attendees } = props;
  const present = attendees > 0 ? t('present.present', { count: attendees }) : null;
  // No numbers on screen: while results are hidden, and before voting opens.
  if (view.hidden || view.poll.state === 'draft') {
    return present ? (
      <footer class="meta">
        <p class="turnout">{present}</p>
      </footer>
    ) : null;
  }
  // A kind that counts something else (questions) has no share of those present.
  const share = kind?.totalText ? null : turnout(view.total, attendees);
  const counted = kind?.totalText
    ? kind.totalText(view.total)
    : view.total === 0
      ? t('present.noVotes')
      : t('present.voters', { count: view.total });
  const stats =
    props.showStats && kind && view.results ? kind.stats(view.poll, view.results) : null;
  return (
    <footer class="meta">
      <p class="turnout" data-testid="turnout">
        <strong>{counted}</strong>
        {share && <span class="turnout-share"> · {share}</span>}
      </p>
      {stats && (
        <p class="stats" title={stats.method} data-testid="stats">
          {t('present.voters', { count: view.total })} · {stats.text}
          <span class="visually-hidden"> ({stats.method})</span>
        </p>
      )}
    </footer>
  );
}

interface PollStageProps {
  code: string;
  joinUrl: string;
  view: ActiveView;
  attendees: number;
  showStats: boolean;
  join: boolean;
}

export function PollStage({ code, joinUrl, view, attendees, showStats, join }: PollStageProps) {
  const { poll } = view;
  const loaded = useResultsKind(poll.kind);
  const kind = loaded === 'failed' ? null : loaded;
  const body = !kind ? null : poll.state === 'draft' ? (
    <kind.Preview poll={poll} note={t('present.opensSoon')} />
  ) : view.hidden ? (
    <kind.Preview poll={poll} note={t('present.resultsSoon')} />
  ) : (
    <ResultsView
      poll={poll}
      results={view.results}
      size="large"
      live={poll.state === 'open'}
      caption={poll.question}
    />
  );
  return (
    <main
      class="stage stage-poll"
      data-state={poll.state}
      data-kind={poll.kind}
      data-results={view.hidden ? 'hidden' : 'shown'}
      data-many={kind && kind.lines(poll) > 6 ? '' : undefined}
      data-join={join ? '' : undefined}
    >
      <section class="poll" aria-labelledby="question">
        <div class="poll-head">
          <Tags
            poll={poll}
            tag={kind?.tag(poll) ?? null}
            closed={kind?.closedTag ?? t('present.votingClosed')}
          />
          <Question text={poll.question} />
        </div>
        {body}
        <Meta view={view} kind={kind} attendees={attendees} showStats={showStats} />
      </section>
      {join && <JoinCard code={code} joinUrl={joinUrl} />}
    </main>
  );
}
