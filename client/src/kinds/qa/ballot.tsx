/**
 * Audience Q&A on the phone: a box to ask (a live count of characters as
 * the server counts them, Send, and a clear word when a question is empty,
 * too long or one too many), the attendee's questions the list does not show
 * yet ("Waiting for moderation" under approve-first), and the list itself,
 * most upvoted first, answered ones last, each with a one-tap upvote that
 * shows at once (its count follows the server's push) and is taken back by
 * a second tap.
 *
 * The list never reshuffles under a finger (snapshot.ts): while the
 * attendee reads (scrolled into the list, or scrolled or touched the list
 * in the last two seconds) the order on screen holds and a "3 new / updated" pill
 * offers the latest, which a tap applies from the top. At rest at the top,
 * the latest list applies as it comes.
 */
import './qa.css';
import { useRef, useState } from 'hono/jsx/dom';
import { QA_LIMITS } from '../../../../shared/kinds/qa-limits.js';
import { codePoints } from '../../../../shared/limits.js';
import { formatNumber, t, type KindsKey } from '../../i18n/i18n.js';
import { useDedupedEffect } from '../../lib/deduped-effect.js';
import type { VoteFailure } from '../../lib/live-socket.js';
import type { BallotKind, BallotProps } from '../kind.js';
import {
  askedCount,
  attendeeList,
  notListed,
  ownIds,
  reachedLimit,
  type Asked,
  type Question,
} from './list.js';
import { setAsked, useAsked } from './mine.js';
import type { QaPoll } from './settings.js';
import { snapshot, waitingLabel } from './snapshot.js';

/** The count turns to a warning from this share of the limit on. */
const NEAR = 0.9;
/** Touched or scrolled this recently, the attendee is reading: the list holds still. */
export const READING_MS = 2000;

const MAX = QA_LIMITS.textLength;
const limitText = () => t('qa.limit', { count: QA_LIMITS.perParticipant });

/** The server's refusals an attendee can meet here, in words; others say what did not work. */
const REFUSALS: Readonly<Record<string, () => string>> = {
  question_limit: limitText,
  poll_closed: () => t('qa.error.poll_closed'),
  poll_not_open: () => t('qa.error.poll_not_open'),
  question_not_found: () => t('qa.error.question_not_found'),
  invalid_answer: () => t('qa.error.invalid_answer', { max: MAX }),
  rate_limited: () => t('error.rate_limited'),
  event_deleted: () => t('error.event_deleted'),
};
/** `doing`: the sentence for any other refusal, its {reason} the server's message. */
const refusal = (failure: VoteFailure, doing: KindsKey) =>
  REFUSALS[failure.code]?.() ?? t(doing, { reason: failure.message });

let asks = 0;
const newKey = () => `${Date.now().toString(36)}-${++asks}`;

/**
 * False while the attendee reads the list: scrolled past its top, or
 * scrolling, or touching the list, in the last READING_MS. (A finger on the
 * box to ask is not reading: the attendee's own question shows at once.)
 */
function useResting(area: { current: HTMLElement | null }): boolean {
  const [resting, setResting] = useState(true);
  useDedupedEffect(() => {
    const element = area.current;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const atTop = () => (element ? element.getBoundingClientRect().top >= -1 : true);
    const settle = () => {
      timer = null;
      setResting(atTop());
    };
    const reading = () => {
      setResting(false);
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(settle, READING_MS);
    };
    const options = { passive: true, capture: true };
    const onPage = ['scroll', 'wheel'];
    const onList = ['touchstart', 'touchmove', 'pointerdown'];
    for (const type of onPage) addEventListener(type, reading, options);
    for (const type of onList) element?.addEventListener(type, reading, options);
    return () => {
      for (const type of onPage) removeEventListener(type, reading, options);
      for (const type of onList) element?.removeEventListener(type, reading, options);
      if (timer !== null) clearTimeout(timer);
    };
  }, []);
  return resting;
}

function Arrow() {
  return (
    <svg class="qa-upvote__icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M12 4 4 13h5v7h6v-7h5z" fill="currentColor" />
    </svg>
  );
}

interface Tap {
  on: boolean;
  sending: boolean;
}

function QaBallot(props: BallotProps<'qa'>) {
  const { poll, counted, canVote, results } = props;
  const asked = useAsked(poll.id);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [taps, setTaps] = useState<Record<number, Tap>>({});
  const [shown, setShown] = useState<number[] | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const section = useRef<HTMLElement>(null);
  const resting = useResting(section);

  const recorded = counted?.asked ?? [];
  const mine = ownIds(recorded, asked);
  const count = askedCount(recorded, asked);
  const upvotedOnRecord = new Set(counted?.upvoted ?? []);
  const isOn = (id: number) => taps[id]?.on ?? upvotedOnRecord.has(id);

  const latest = attendeeList(results?.questions ?? []);
  const view = snapshot(shown, latest, resting);
  const viewIds = view.questions.map((q) => q.id).join();
  useDedupedEffect(() => {
    setShown(view.questions.map((q) => q.id));
  }, [viewIds]);

  const waitingOwn = notListed(asked, latest);
  const length = codePoints(draft.trim());
  const over = length > MAX;
  const near = !over && length >= Math.ceil(MAX * NEAR);
  const shownProblem = over ? t('qa.tooLong', { count: length - MAX, max: MAX }) : problem;

  const send = (text: string) => {
    const key = newKey();
    setAsked(poll.id, (all) => [...all, { key, text, id: null }]);
    props.ask?.(text).then(
      // An ack that names no question (an older server) still means it is stored.
      (id) =>
        setAsked(poll.id, (all) => all.map((a) => (a.key === key ? { ...a, id: id ?? 0 } : a))),
      (failure: VoteFailure) => {
        setAsked(poll.id, (all) => all.filter((a) => a.key !== key));
        // Given back, so a refused question is not lost.
        setDraft((typed) => (typed.trim() === '' ? text : typed));
        setProblem(refusal(failure, 'qa.askFailed'));
      },
    );
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const text = draft.trim();
    if (text.length === 0) {
      setProblem(t('qa.empty'));
      box.current?.focus();
      return;
    }
    if (over || !canVote) return;
    if (reachedLimit(count)) {
      setProblem(limitText());
      return;
    }
    setProblem(null);
    setDraft('');
    send(text);
  };

  const toggle = (question: Question) => {
    const on = !isOn(question.id);
    setNotice(null);
    setTaps((all) => ({ ...all, [question.id]: { on, sending: true } }));
    props.upvote?.(question.id, on).then(
      () =>
        setTaps((all) =>
          all[question.id]?.on === on ? { ...all, [question.id]: { on, sending: false } } : all,
        ),
      (failure: VoteFailure) => {
        // A newer tap on the same question took this one's place.
        if (failure.code === 'superseded') return;
        setTaps((all) => {
          const rest = { ...all };
          delete rest[question.id];
          return rest;
        });
        setNotice(refusal(failure, on ? 'qa.upvoteFailed' : 'qa.unvoteFailed'));
      },
    );
  };

  const applyLatest = () => {
    setShown(latest.map((q) => q.id));
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    section.current?.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  };

  const total = results?.total ?? latest.length;
  const limited = reachedLimit(count);

  return (
    <div class="vote-form qa-ballot">
      {canVote && !limited && (
        <form class="qa-ask" onSubmit={submit} novalidate>
          <label class="qa-ask__label" for="qa-text">
            {t('qa.label')}
          </label>
          <textarea
            ref={box}
            id="qa-text"
            class="qa-input"
            rows={3}
            value={draft}
            placeholder={t('qa.placeholder')}
            aria-describedby={`qa-count${shownProblem ? ' qa-problem' : ''} vote-hint`}
            aria-invalid={shownProblem ? 'true' : undefined}
            onInput={(e: Event) => {
              setDraft((e.target as HTMLTextAreaElement).value);
              setProblem(null);
            }}
          />
          <p
            id="qa-count"
            class="qa-count"
            data-state={over ? 'over' : near ? 'near' : undefined}
            data-testid="qa-count"
          >
            {formatNumber(length)} / {formatNumber(MAX)}
            <span class="visually-hidden"> {t('common.characters', { count: MAX })}</span>
          </p>
          {shownProblem && (
            <p id="qa-problem" class="qa-problem" role="alert" data-testid="qa-problem">
              {shownProblem}
            </p>
          )}
          <div class="vote-submit">
            <button type="submit" class="btn vote-submit__button" disabled={over}>
              {t('qa.send')}
            </button>
          </div>
        </form>
      )}
      {canVote && limited && (
        <p class="qa-limit" data-testid="qa-limit">
          {limitText()}
        </p>
      )}
      <p id="vote-hint" class="vote-hint">
        {hintText(poll, canVote, count)}
      </p>

      {waitingOwn.length > 0 && (
        <section class="qa-mine" aria-labelledby="qa-mine-title" data-testid="qa-mine">
          <h2 id="qa-mine-title" class="qa-section-title">
            {t('qa.mineTitle')}
          </h2>
          <ul class="qa-mine__list">
            {waitingOwn.map((a) => (
              <MineItem key={a.key} asked={a} poll={poll} />
            ))}
          </ul>
        </section>
      )}

      <section
        ref={section}
        class="qa-list-section"
        aria-labelledby="qa-list-title"
        data-testid="qa-list-section"
      >
        <h2 id="qa-list-title" class="qa-section-title">
          {t('qa.listTitle')}{' '}
          <span class="qa-section-title__count" data-testid="qa-total">
            {total > latest.length
              ? t('qa.topOf', { shown: latest.length, count: total })
              : t('qa.total', { count: total })}
          </span>
        </h2>
        <div class="qa-pill-slot" aria-live="polite">
          {view.waiting > 0 && (
            <button type="button" class="qa-pill" data-testid="qa-pill" onClick={applyLatest}>
              <svg viewBox="0 0 24 24" aria-hidden="true" class="qa-pill__icon">
                <path d="M12 5 5 12h4v7h6v-7h4z" fill="currentColor" />
              </svg>
              {waitingLabel(view.waiting)}
            </button>
          )}
        </div>
        <p class="qa-notice" role="status" data-testid="qa-notice">
          {notice}
        </p>
        {view.questions.length === 0 ? (
          <p class="qa-empty" data-testid="qa-empty">
            {poll.moderation === 'pre' ? t('qa.emptyPre') : t('qa.emptyPost')}
          </p>
        ) : (
          <ol class="qa-list" aria-labelledby="qa-list-title" data-testid="qa-list">
            {view.questions.map((question) => (
              <QuestionItem
                key={question.id}
                question={question}
                mine={mine.has(question.id)}
                on={isOn(question.id)}
                sending={taps[question.id]?.sending ?? false}
                canVote={canVote}
                onToggle={() => toggle(question)}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function QuestionItem(props: {
  question: Question;
  mine: boolean;
  on: boolean;
  sending: boolean;
  canVote: boolean;
  onToggle: () => void;
}) {
  const { question, mine, on, sending } = props;
  const textId = `qa-question-${question.id}`;
  const answered = question.status === 'answered';
  return (
    <li
      class="qa-item"
      data-question-id={question.id}
      data-status={question.status}
      data-highlighted={question.highlighted ? '' : undefined}
      data-mine={mine ? '' : undefined}
    >
      <div class="qa-item__body">
        {(question.highlighted || answered || mine) && (
          <p class="qa-item__marks">
            {question.highlighted && (
              <span class="qa-mark qa-mark--screen">{t('qa.onScreen')}</span>
            )}
            {answered && <span class="qa-mark qa-mark--answered">{t('qa.answered')}</span>}
            {mine && <span class="qa-mark qa-mark--mine">{t('qa.yours')}</span>}
          </p>
        )}
        <p id={textId} class="qa-item__text">
          {question.text}
        </p>
      </div>
      <div class="qa-item__vote">
        <button
          type="button"
          class="qa-upvote"
          aria-pressed={on ? 'true' : 'false'}
          aria-label={t('qa.upvoteLabel', { count: question.upvotes })}
          aria-describedby={textId}
          disabled={!props.canVote}
          data-sending={sending ? '' : undefined}
          onClick={props.onToggle}
        >
          <Arrow />
          <span class="qa-upvote__count" data-testid="qa-upvotes">
            {formatNumber(question.upvotes)}
          </span>
        </button>
        {sending && <span class="qa-item__sending">{t('common.sending')}</span>}
      </div>
    </li>
  );
}

function MineItem({ asked, poll }: { asked: Asked; poll: QaPoll }) {
  const sending = asked.id === null;
  return (
    <li class="qa-mine__item" data-state={sending ? 'sending' : 'waiting'}>
      <p class="qa-item__marks">
        <span class="qa-mark qa-mark--mine">{t('qa.yours')}</span>
      </p>
      <p class="qa-mine__text">{asked.text}</p>
      <p class="qa-mine__standing" data-testid="qa-standing">
        {sending
          ? t('common.sending')
          : poll.moderation === 'pre'
            ? t('qa.awaitingModeration')
            : t('qa.sent')}
      </p>
    </li>
  );
}

function hintText(poll: QaPoll, canVote: boolean, count: number): string {
  if (poll.state === 'draft') return t('qa.hintDraft');
  if (poll.state === 'closed') return t('qa.hintClosed');
  if (!canVote) return t('qa.hintNotOpen');
  const left = QA_LIMITS.perParticipant - count;
  const pre = poll.moderation === 'pre';
  if (left <= 0) return pre ? t('qa.howPre') : t('qa.howPost');
  return t(pre ? 'qa.howPreLeft' : 'qa.howPostLeft', { count: left });
}

export const qaBallot: BallotKind<'qa'> = {
  Ballot: QaBallot,
  rule: () => t('qa.rule'),
  describe: (_poll, answer) => t('qa.asked', { count: answer.asked.length }),
  listsResults: true,
  get badges() {
    return { open: t('qa.badgeOpen'), closed: t('qa.badgeClosed') };
  },
};
