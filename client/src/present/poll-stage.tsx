/**
 * The active poll on the big screen: its question as large as it fits, then
 * the live bars (or, while results are hidden or voting has not begun, the
 * options without numbers), then who has voted. The join card stays beside it.
 */
import { useEffect, useRef } from 'hono/jsx';
import type { Poll } from '../../../shared/protocol.js';
import { ResultsList } from '../lib/results-list.js';
import { keepFitted } from './fit-text.js';
import { marginLine, plural, turnout } from './format.js';
import { JoinCard } from './join.js';
import { ResultsChart } from './results-chart.js';
import type { ActiveView, ResultRow } from './state.js';
import { useThrottled } from './use-throttled.js';

interface PollStageProps {
  code: string;
  joinUrl: string;
  view: ActiveView;
  attendees: number;
  showStats: boolean;
}

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

function Tags({ poll }: { poll: Poll }) {
  const multiple = poll.kind === 'multiple';
  if (poll.state !== 'closed' && !multiple) return null;
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
          Voting closed
        </span>
      )}
      {multiple && (
        <span class="tag">
          {poll.maxChoices >= poll.options.length
            ? 'Choose all that apply'
            : `Choose up to ${poll.maxChoices}`}
        </span>
      )}
    </div>
  );
}

/** The options without numbers: before voting opens, or while the host keeps results hidden. */
function OptionsPreview({ poll, note }: { poll: Poll; note: string }) {
  const list = useRef<HTMLOListElement>(null);
  const labels = poll.options.map((o) => o.label).join('\n');
  useEffect(() => {
    if (!list.current || innerWidth <= 760) return; // phones scroll instead
    return keepFitted(list.current, () => ({ min: 12, max: Math.round(rem() * 1.4) }));
  }, [labels]);
  return (
    <div class="preview">
      <ol
        ref={list}
        class={`preview-list${poll.options.length > 6 ? ' preview-list-many' : ''}`}
        data-testid="options-preview"
      >
        {poll.options.map((option, i) => (
          <li key={option.id} class="preview-item" style={`--swatch: var(--bar-${(i % 8) + 1})`}>
            <span class="preview-swatch" aria-hidden="true"></span>
            <span class="preview-label">{option.label}</span>
          </li>
        ))}
      </ol>
      <p class="preview-note" data-testid="results-note">
        <svg viewBox="0 0 24 24" aria-hidden="true" class="note-icon">
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2.2" />
          <path
            d="M12 7v5l3 2"
            fill="none"
            stroke="currentColor"
            stroke-width="2.2"
            stroke-linecap="round"
          />
        </svg>
        {note}
      </p>
    </div>
  );
}

function Meta({ view, attendees, showStats }: Omit<PollStageProps, 'code' | 'joinUrl'>) {
  const present = attendees > 0 ? `${attendees.toLocaleString('en')} present` : null;
  // No numbers on screen: while results are hidden, and before voting opens.
  if (!view.rows || view.poll.state === 'draft') {
    return present ? (
      <footer class="meta">
        <p class="turnout">{present}</p>
      </footer>
    ) : null;
  }
  const share = turnout(view.total, attendees);
  const stats = showStats ? marginLine(view.rows, view.total) : null;
  return (
    <footer class="meta">
      <p class="turnout" data-testid="turnout">
        <strong>{view.total === 0 ? 'No votes yet' : plural(view.total, 'voter', 'voters')}</strong>
        {share && <span class="turnout-share"> · {share}</span>}
      </p>
      {stats && (
        <p class="stats" title={stats.method} data-testid="stats">
          {plural(view.total, 'voter', 'voters')} · {stats.margin} at 95% confidence
          <span class="visually-hidden"> ({stats.method})</span>
        </p>
      )}
    </footer>
  );
}

/** The same numbers as text for screen readers, announced at most once a second. */
function ResultsText(props: { rows: ResultRow[]; total: number; caption: string }) {
  const shown = useThrottled(props, 1000, props.rows.map((r) => r.id).join());
  return <ResultsList rows={shown.rows} total={shown.total} live hidden caption={shown.caption} />;
}

export function PollStage({ code, joinUrl, view, attendees, showStats }: PollStageProps) {
  const { poll, rows } = view;
  const body =
    poll.state === 'draft' ? (
      <OptionsPreview poll={poll} note="Voting opens soon" />
    ) : rows === null ? (
      <OptionsPreview poll={poll} note="Results will be shown soon" />
    ) : (
      <div class="results">
        <ResultsChart rows={rows} />
        <ResultsText rows={rows} total={view.total} caption={poll.question} />
      </div>
    );
  return (
    <main
      class="stage stage-poll"
      data-state={poll.state}
      data-results={rows ? 'shown' : 'hidden'}
      data-many={poll.options.length > 6 ? '' : undefined}
    >
      <section class="poll" aria-labelledby="question">
        <div class="poll-head">
          <Tags poll={poll} />
          <Question text={poll.question} />
        </div>
        {body}
        <Meta view={view} attendees={attendees} showStats={showStats} />
      </section>
      <JoinCard code={code} joinUrl={joinUrl} />
    </main>
  );
}
