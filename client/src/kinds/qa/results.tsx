/**
 * Audience Q&A on the presenter's screen: the question the host highlights,
 * big, alone; otherwise the most upvoted open questions (as many of the top
 * six as fit whole), each with its count, read from the back of the room.
 * Answered questions leave the screen. A change of the highlighted question
 * is announced politely. On a phone (compact), the list as plain text; the
 * vote page shows its own list (ballot.tsx).
 */
import './qa-screen.css';
import { useLayoutEffect, useRef } from 'hono/jsx/dom';
import { formatNumber, t } from '../../i18n/i18n.js';
import { useDedupedEffect } from '../../lib/deduped-effect.js';
import { keepFitted } from '../../lib/fit-text.js';
import type { ResultsKind, ResultsProps } from '../kind.js';
import { PreviewNote } from '../options/preview.js';
import { attendeeList, type Question } from './list.js';
import type { QaPoll } from './settings.js';

/** Questions on the board at most, when none is highlighted. */
export const BOARD_QUESTIONS = 6;

/** The root size the stylesheet scales with the viewport (24 px on a 1920x1080 projector). */
const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

function Arrow({ class: className }: { class: string }) {
  return (
    <svg class={className} viewBox="0 0 24 24" aria-hidden="true">
      <path d="M12 4 4 13h5v7h6v-7h5z" fill="currentColor" />
    </svg>
  );
}

function Spotlight({ question }: { question: Question }) {
  const text = useRef<HTMLParagraphElement>(null);
  useDedupedEffect(() => {
    if (!text.current || innerWidth <= 760) return;
    return keepFitted(text.current, () => ({
      min: Math.round(rem() * 1.5),
      max: Math.round(rem() * 3.4),
    }));
  }, [question.text]);
  return (
    <figure class="qa-spotlight" data-testid="qa-spotlight" data-question-id={question.id}>
      <figcaption class="qa-spotlight__label">{t('qa.fromAudience')}</figcaption>
      <p ref={text} class="qa-spotlight__text">
        {question.text}
      </p>
      <p class="qa-spotlight__votes">
        <Arrow class="qa-spotlight__icon" />
        {t('qa.upvotes', { count: question.upvotes })}
      </p>
    </figure>
  );
}

/** The top open questions, as many as fit whole (the rest are set aside, not cut). */
function Board({ questions }: { questions: readonly Question[] }) {
  const board = useRef<HTMLOListElement>(null);
  const key = questions.map((q) => `${q.id}:${q.upvotes}:${q.text.length}`).join();
  useLayoutEffect(() => {
    const element = board.current;
    if (!element) return;
    const fit = () => {
      const items = [...element.children] as HTMLElement[];
      for (const item of items) item.hidden = false;
      if (innerWidth <= 760) return; // phones scroll instead
      const bottom = element.getBoundingClientRect().bottom;
      // The first always stays; after it, whatever would spill over the board's bottom goes.
      let spilled = false;
      items.forEach((item, i) => {
        if (i > 0 && (spilled || item.getBoundingClientRect().bottom > bottom + 1)) {
          spilled = true;
          item.hidden = true;
        }
      });
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [key]);
  return (
    <ol ref={board} class="qa-board" data-testid="qa-board">
      {questions.map((question, i) => (
        <li
          key={question.id}
          class="qa-board__item"
          data-question-id={question.id}
          style={`--accent: var(--bar-${(i % 8) + 1})`}
        >
          <span class="qa-board__votes" data-testid="qa-board-votes">
            <Arrow class="qa-board__icon" />
            <span>{formatNumber(question.upvotes)}</span>
            <span class="visually-hidden"> {t('qa.upvoteWord', { count: question.upvotes })}</span>
          </span>
          <p class="qa-board__text">{question.text}</p>
        </li>
      ))}
    </ol>
  );
}

function Empty({ poll, answered }: { poll: QaPoll; answered: number }) {
  return (
    <div class="qa-empty-screen" data-testid="qa-empty">
      <p class="qa-empty-screen__title">
        {answered > 0 ? t('qa.allAnswered') : t('qa.noQuestions')}
      </p>
      <p class="qa-empty-screen__detail">
        {poll.moderation === 'pre' ? t('qa.screenEmptyPre') : t('qa.screenEmptyPost')}
      </p>
    </div>
  );
}

function PhoneList({ results, caption }: ResultsProps<'qa'>) {
  const questions = attendeeList(results?.questions ?? []);
  if (questions.length === 0) return <p class="qa-empty">{t('qa.noQuestionsPhone')}</p>;
  return (
    <ol class="qa-list" aria-label={t('qa.listLabel', { caption })}>
      {questions.map((q) => (
        <li key={q.id} class="qa-item" data-question-id={q.id} data-status={q.status}>
          <p class="qa-item__text">{q.text}</p>
          <span class="qa-item__count">
            {q.status === 'answered'
              ? t('qa.upvotesAnswered', { count: q.upvotes })
              : t('qa.upvotes', { count: q.upvotes })}
          </span>
        </li>
      ))}
    </ol>
  );
}

function QaResults(props: ResultsProps<'qa'>) {
  if (props.size === 'compact') return <PhoneList {...props} />;
  const all = attendeeList(props.results?.questions ?? []);
  const spotlight = all.find((q) => q.highlighted) ?? null;
  const open = all.filter((q) => q.status !== 'answered').slice(0, BOARD_QUESTIONS);
  const answered = all.length - all.filter((q) => q.status !== 'answered').length;
  const said = spotlight ? t('qa.onScreenNow', { text: spotlight.text }) : '';
  return (
    <div
      class="results qa-results qa-results--large"
      data-view={spotlight ? 'spotlight' : 'board'}
      data-testid="qa-results"
    >
      {spotlight ? (
        <Spotlight question={spotlight} />
      ) : open.length > 0 ? (
        <Board questions={open} />
      ) : (
        <Empty poll={props.poll} answered={answered} />
      )}
      <p class="visually-hidden" aria-live="polite" data-testid="qa-announcement">
        {props.live ? said : ''}
      </p>
    </div>
  );
}

function Preview({ poll, note }: { poll: QaPoll; note: string }) {
  return (
    <div class="preview qa-preview" data-testid="options-preview">
      <div class="qa-preview__box">
        <p class="qa-preview__title">{t('qa.previewTitle')}</p>
        <p class="qa-preview__detail">
          {poll.moderation === 'pre' ? t('qa.previewPre') : t('qa.previewPost')}
        </p>
      </div>
      <PreviewNote note={note} />
    </div>
  );
}

export const qaResults: ResultsKind<'qa'> = {
  Results: QaResults,
  Preview,
  tag: (poll) => (poll.moderation === 'pre' ? t('qa.tagPre') : t('qa.tag')),
  // The board wants the height: the question yields room as for a long list.
  lines: () => 8,
  stats: () => null,
  totalText: (total) => t('qa.questions', { count: total }),
};
