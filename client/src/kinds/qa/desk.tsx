/**
 * The host's desk on a Q&A poll's card: how many questions wait, are open,
 * answered and hidden; the queue of questions waiting for approval (under
 * "approve first"), oldest first, each with Approve and Hide; the open
 * questions in the order everyone sees, each with Answered, Hide and
 * Highlight (one at a time: the presenter shows it big); the answered ones,
 * and the hidden ones folded, each able to come back. One click changes a
 * question (PATCH questions/<id>); the lists follow through the next push.
 *
 * Keyboard: each list is one tab stop; the focused question takes A
 * (approve, or back to open), H (hide), D (answered: done), S (spotlight:
 * highlight or not), J / K or the arrow keys (next, previous), Home and End.
 * Keys typed into a field are never taken.
 */
import { useLayoutEffect, useRef, useState } from 'hono/jsx/dom';
import { questionOrder } from '../../../../shared/kinds/qa-limits.js';
import { formatNumber, t, tNodes, type StaffKey } from '../../i18n/i18n.js';
import { ShowAllButton } from '../../lib/show-all.js';
import type { MiniProps } from '../kind.js';
import type { Question } from './list.js';
import { doing, keyChange, KEYS, type Change, type Part } from './moderation.js';
import { upvotesLabel } from './settings.js';

/** The keys the keyboard hint names, the same in every language. */
const kbd = () => ({
  a: <kbd>A</kbd>,
  h: <kbd>H</kbd>,
  d: <kbd>D</kbd>,
  s: <kbd>S</kbd>,
  j: <kbd>J</kbd>,
  k: <kbd>K</kbd>,
});

/** A count for a message that shows it in bold: "<strong>3</strong> waiting". */
const count = (n: number) => ({ count: n, number: <strong>{formatNumber(n)}</strong> });

/** Questions listed before a "Show all", per list. */
const FOLD: Record<Part, number> = { pending: 8, visible: 8, answered: 5, hidden: 5 };

const pathOf = (question: Question) => `questions/${question.id}`;

/** A field the host is typing in: its keys are its own. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

interface ListProps {
  part: Part;
  questions: Question[];
  pollId: number;
  labelledBy: string;
  hintId: string;
  change(question: Question, change: Change): void;
  busy(path: string): boolean;
}

function QuestionList({ part, questions, pollId, labelledBy, hintId, change, busy }: ListProps) {
  const [all, setAll] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  // The place of a question that just left the list under focus: focus goes on from there.
  const refocus = useRef<number | null>(null);
  const shown = all ? questions : questions.slice(0, FOLD[part]);
  const activeId = shown.some((q) => q.id === active) ? active : (shown[0]?.id ?? null);
  const ids = shown.map((q) => q.id).join();

  const items = () => [
    ...(list.current?.querySelectorAll<HTMLElement>('[data-question-id]') ?? []),
  ];
  const focusAt = (index: number) => {
    const every = items();
    const item = every[Math.max(0, Math.min(index, every.length - 1))];
    if (!item) return;
    setActive(Number(item.dataset.questionId));
    item.focus();
  };

  useLayoutEffect(() => {
    const index = refocus.current;
    if (index === null) return;
    const element = list.current;
    // Focus went with the question (to the page's body): put it on the one now in its place.
    if (element && !element.contains(document.activeElement)) {
      refocus.current = null;
      if (document.activeElement === document.body || document.activeElement === null)
        focusAt(index);
    }
  }, [ids]);

  const act = (question: Question, what: Change, index: number) => {
    if (busy(pathOf(question))) return;
    // Only a change that takes it out of this list moves focus on.
    if (what.status !== undefined) refocus.current = index;
    change(question, what);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-question-id]');
    if (!item) return;
    const index = items().indexOf(item);
    const question = shown[index];
    if (!question) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    let handled = true;
    if (key === 'j' || key === 'ArrowDown') focusAt(index + 1);
    else if (key === 'k' || key === 'ArrowUp') focusAt(index - 1);
    else if (key === 'Home') focusAt(0);
    else if (key === 'End') focusAt(shown.length - 1);
    else {
      const what = keyChange(part, key, question);
      if (what && !event.repeat) act(question, what, index);
      handled = what !== null;
    }
    if (handled) event.preventDefault();
  };

  if (questions.length === 0) return null;
  return (
    <>
      <ul
        ref={list}
        class={`qa-desk__list qa-desk__list--${part}`}
        aria-labelledby={labelledBy}
        aria-describedby={hintId}
        data-testid={`qa-desk-${part}`}
        onKeyDown={onKeyDown}
      >
        {shown.map((question, index) => {
          const textId = `qa-desk-${pollId}-${question.id}`;
          const waiting = busy(pathOf(question));
          const button = (label: StaffKey, what: Change, primary = false) => (
            <button
              type="button"
              class={`btn btn-sm${primary ? '' : ' btn-secondary'}`}
              aria-describedby={textId}
              disabled={waiting}
              onClick={() => act(question, what, index)}
            >
              {t(label)}
            </button>
          );
          const spotlight = (
            <button
              type="button"
              class="btn btn-sm btn-secondary qa-desk__spotlight"
              aria-pressed={question.highlighted ? 'true' : 'false'}
              aria-describedby={textId}
              disabled={waiting}
              onClick={() => act(question, { highlighted: !question.highlighted }, index)}
            >
              {t(question.highlighted ? 'desk.qa.onScreen' : 'desk.qa.highlight')}
            </button>
          );
          return (
            <li
              key={question.id}
              class="qa-desk__question"
              data-question-id={question.id}
              data-highlighted={question.highlighted ? '' : undefined}
              tabindex={question.id === activeId ? 0 : -1}
              aria-keyshortcuts={KEYS[part]}
              onFocus={() => setActive(question.id)}
            >
              <p id={textId} class="qa-desk__text">
                {question.text}
              </p>
              <span class="qa-desk__votes">
                {question.highlighted
                  ? t('desk.qa.upvotesOnScreen', { upvotes: upvotesLabel(question.upvotes) })
                  : upvotesLabel(question.upvotes)}
              </span>
              <span class="qa-desk__actions">
                {part === 'pending' && button('desk.approve', { status: 'visible' }, true)}
                {part === 'visible' &&
                  button('desk.qa.answered', { status: 'answered', highlighted: false })}
                {(part === 'answered' || part === 'hidden') &&
                  button(part === 'answered' ? 'desk.qa.notAnswered' : 'desk.showAgain', {
                    status: 'visible',
                  })}
                {(part === 'visible' || part === 'answered') && spotlight}
                {part !== 'hidden' && button('desk.hide', { status: 'hidden', highlighted: false })}
              </span>
            </li>
          );
        })}
      </ul>
      {questions.length > FOLD[part] && (
        <ShowAllButton
          expanded={all}
          all={t('desk.showAll', { count: questions.length })}
          fewer={t('desk.showFewer')}
          onToggle={() => setAll(!all)}
        />
      )}
    </>
  );
}

export function QaDesk({ poll, results, moderate, busy }: MiniProps<'qa'>) {
  const counts = results?.counts ?? { pending: 0, visible: 0, hidden: 0, answered: 0 };
  const questions = results?.questions ?? [];
  const of = (status: Question['status']) => questions.filter((q) => q.status === status);
  // The queue is served in the order it formed, so nobody waits behind later arrivals.
  const queue = of('pending').sort((a, b) => a.id - b.id);
  const open = of('visible').sort(questionOrder);
  const answered = of('answered').sort(questionOrder);
  const hidden = of('hidden').sort((a, b) => b.id - a.id);
  const change = (question: Question, what: Change) =>
    moderate(t(doing(what)), 'PATCH', pathOf(question), what);
  const id = (part: string) => `poll-${poll.id}-qa-${part}`;
  const common = { pollId: poll.id, hintId: id('keys'), change, busy };

  return (
    <div class="qa-desk" data-testid="qa-desk">
      <p class="qa-desk__counts" data-testid="qa-counts">
        <span>{tNodes('desk.waiting', count(counts.pending))}</span> ·{' '}
        <span>{tNodes('desk.qa.open', count(counts.visible))}</span> ·{' '}
        <span>{tNodes('desk.qa.answeredCount', count(counts.answered))}</span> ·{' '}
        <span>{tNodes('desk.hiddenCount', count(counts.hidden))}</span>
      </p>

      {(poll.moderation === 'pre' || queue.length > 0) && (
        <section class="qa-desk__part" aria-labelledby={id('queue')}>
          <h4 id={id('queue')} class="qa-desk__title">
            {t('desk.queue')}
          </h4>
          {queue.length === 0 ? (
            <p class="qa-desk__none">{t('desk.queueEmpty')}</p>
          ) : (
            <QuestionList part="pending" questions={queue} labelledBy={id('queue')} {...common} />
          )}
        </section>
      )}

      <section class="qa-desk__part" aria-labelledby={id('open')}>
        <h4 id={id('open')} class="qa-desk__title">
          {t('desk.qa.openTitle')}
        </h4>
        {open.length === 0 ? (
          <p class="qa-desk__none">{t('desk.qa.openEmpty')}</p>
        ) : (
          <QuestionList part="visible" questions={open} labelledBy={id('open')} {...common} />
        )}
      </section>

      {answered.length > 0 && (
        <section class="qa-desk__part" aria-labelledby={id('answered')}>
          <h4 id={id('answered')} class="qa-desk__title">
            {t('desk.qa.answeredTitle')}
          </h4>
          <QuestionList
            part="answered"
            questions={answered}
            labelledBy={id('answered')}
            {...common}
          />
        </section>
      )}

      {hidden.length > 0 && (
        <details class="qa-desk__part qa-desk__hidden">
          <summary class="qa-desk__title" id={id('hidden')}>
            {t('desk.hiddenTitle', { count: hidden.length })}
          </summary>
          <QuestionList part="hidden" questions={hidden} labelledBy={id('hidden')} {...common} />
        </details>
      )}

      {questions.length > 0 && (
        <p id={id('keys')} class="qa-desk__keys" data-testid="qa-keys">
          {tNodes('desk.qa.keys', kbd())}
        </p>
      )}
    </div>
  );
}
