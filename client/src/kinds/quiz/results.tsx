/**
 * A quiz question's results. While it is open nothing about the answers is
 * shown (the server sends none): the options, lettered, beside a big
 * countdown, and how many have answered (the stage's footer). Once it is
 * closed: the distribution as choice's bar chart, the correct option(s)
 * marked with a ✓ in the chart's labels and named in a banner above it (so
 * never by colour alone), and the same numbers as a table for screen readers.
 */
import './quiz.css';
import './quiz-screen.css';
import { formatPercent, t, tNodes } from '../../i18n/i18n.js';
import { ResultsList } from '../../lib/results-list.js';
import { ScreenChart } from '../../lib/screen-chart.js';
import type { ResultsKind, ResultsProps } from '../kind.js';
import { OptionsPreview, PreviewNote } from '../options/preview.js';
import { Countdown } from './countdown.js';
import { quizRows } from './rows.js';
import { answeredText, letter, quizLabel, type QuizPoll } from './settings.js';

function Running({ poll }: { poll: QuizPoll }) {
  return (
    <div class="quiz-running" data-testid="quiz-running">
      <ol class="quiz-running__options" data-testid="options-preview">
        {poll.options.map((option, i) => (
          <li key={option.id} class="quiz-running__option" style={`--swatch: var(--bar-${i + 1})`}>
            <span class="quiz-running__letter" aria-hidden="true">
              {letter(i)}
            </span>
            <span class="quiz-running__label">{option.label}</span>
          </li>
        ))}
      </ol>
      <Countdown closesAt={poll.closesAt} timeLimit={poll.timeLimit} size="large" />
    </div>
  );
}

function Distribution({ poll, results, size, caption }: ResultsProps<'quiz'>) {
  const rows = quizRows(poll, results);
  const total = results?.total ?? 0;
  const right = rows.filter((r) => r.correct);
  const rightShare = right.reduce((sum, r) => sum + r.count, 0);
  const banner = (
    <p class="quiz-correct-banner" data-testid="quiz-correct">
      <span class="quiz-correct-banner__icon" aria-hidden="true">
        ✓
      </span>
      <span>
        {tNodes('quiz.correctAnswer', {
          count: right.length,
          answer: <strong>{right.map((r) => r.label.replace(/^✓ /, '')).join(' · ')}</strong>,
        })}
        {total > 0 && (
          <span class="quiz-correct-banner__share">
            {' '}
            {t('quiz.gotItRight', {
              percent: formatPercent(Math.round((rightShare / total) * 100)),
            })}
          </span>
        )}
      </span>
    </p>
  );
  if (size === 'large') {
    return (
      <div class="results quiz-results">
        {banner}
        <ScreenChart rows={rows} total={total} caption={caption} />
      </div>
    );
  }
  return (
    <div class="quiz-results quiz-results--compact">
      {banner}
      <ResultsList rows={rows} total={total} caption={caption} />
    </div>
  );
}

function QuizResults(props: ResultsProps<'quiz'>) {
  if (props.poll.state === 'open' && !props.results?.options) return <Running poll={props.poll} />;
  if (props.poll.state === 'draft')
    return <Preview poll={props.poll} note={t('quiz.startsSoon')} />;
  return <Distribution {...props} />;
}

function Preview({ poll, note }: { poll: QuizPoll; note: string }) {
  if (poll.state === 'open') return <Running poll={poll} />;
  if (poll.state === 'closed')
    return (
      <div class="preview">
        <PreviewNote note={note} />
      </div>
    );
  return (
    <OptionsPreview
      options={poll.options.map((o, i) => ({ id: o.id, label: `${letter(i)}. ${o.label}` }))}
      note={note}
    />
  );
}

export const quizResults: ResultsKind<'quiz'> = {
  Results: QuizResults,
  Preview,
  tag: quizLabel,
  lines: (poll) => poll.options.length,
  stats: () => null,
  totalText: answeredText,
  get closedTag() {
    return t('quiz.timesUp');
  },
};
