/**
 * "Your name" on the vote page of an event with a quiz: the name the
 * leaderboard shows for this attendee (optional: without one the server
 * shows "Player 12"). Remembered in this browser and given again to the
 * next event's quiz; sent with a `name` message, and the server's refusal
 * (an offensive name, a wrong length) is shown under the box in its words.
 * Loaded only when the event has a quiz question.
 */
import './quiz.css';
import { useState } from 'hono/jsx/dom';
import { QUIZ_LIMITS } from '../../../../shared/kinds/quiz-limits.js';
import { codePoints } from '../../../../shared/limits.js';
import { t, tNodes } from '../../i18n/i18n.js';
import { useDedupedEffect } from '../../lib/deduped-effect.js';
import type { VoteFailure } from '../../lib/live-socket.js';

const KEY = 'voxpop:name';
const MAX = QUIZ_LIMITS.nameLength;

function remembered(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

function remember(name: string): void {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    /* storage disabled: the name lasts as long as the server keeps it */
  }
}

/** The server's refusal of a name, in words for the attendee (another's reason as the server gives it). */
export function nameRefusal(failure: VoteFailure): string {
  if (failure.code === 'invalid_name') return t('quiz.nameError.invalid_name');
  if (failure.code === 'invalid_message') return t('quiz.nameError.invalid_message', { max: MAX });
  if (failure.code === 'rate_limited') return t('quiz.nameError.rate_limited');
  return t('quiz.nameFailed', { reason: failure.message });
}

export interface NameFieldProps {
  /** The name the server has (the welcome's), or null. */
  current: string | null;
  save(name: string): Promise<void>;
}

export function NameField({ current, save }: NameFieldProps) {
  const [typed, setTyped] = useState(() => current ?? remembered());
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);
  const trimmed = typed.trim();
  const length = codePoints(trimmed);

  const send = (name: string) => {
    setState('saving');
    setError(null);
    save(name).then(
      () => {
        remember(name);
        setState('saved');
      },
      (failure: VoteFailure) => {
        if (failure.code === 'superseded') return;
        setState('idle');
        setError(nameRefusal(failure));
      },
    );
  };

  // A name this browser gave before, and the server has none for this event yet: give it again.
  useDedupedEffect(() => {
    if (current === null && trimmed.length > 0 && trimmed.length <= MAX) send(trimmed);
  }, []);
  // The server's name wins (another tab, a reload) while the box is not being edited.
  useDedupedEffect(() => {
    if (current !== null && state !== 'saving') setTyped(current);
  }, [current]);

  const submit = (e: Event) => {
    e.preventDefault();
    if (length === 0) {
      setError(t('quiz.nameEmpty'));
      return;
    }
    if (length > MAX) {
      setError(t('quiz.nameTooLong', { count: length, max: MAX }));
      return;
    }
    if (trimmed === current) {
      setState('saved');
      return;
    }
    send(trimmed);
  };

  return (
    <form class="quiz-name card" onSubmit={submit} data-testid="quiz-name" novalidate>
      <label class="quiz-name__label" for="quiz-name-input">
        {tNodes('quiz.nameLabel', {
          optional: <span class="quiz-name__optional">{t('quiz.nameOptional')}</span>,
        })}
      </label>
      <div class="quiz-name__row">
        <input
          id="quiz-name-input"
          class="quiz-name__input"
          value={typed}
          autocomplete="nickname"
          maxLength={MAX * 2}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby="quiz-name-status"
          onInput={(e: Event) => {
            setTyped((e.target as HTMLInputElement).value);
            setState('idle');
            setError(null);
          }}
        />
        <button
          type="submit"
          class="btn quiz-name__save"
          disabled={state === 'saving' || (state === 'saved' && trimmed === current)}
        >
          {state === 'saving' ? t('common.saving') : t('common.save')}
        </button>
      </div>
      {error ? (
        <p id="quiz-name-status" class="quiz-name__status quiz-name__status--error" role="alert">
          {error}
        </p>
      ) : (
        <p
          id="quiz-name-status"
          class="quiz-name__status"
          role="status"
          data-testid="quiz-name-status"
        >
          {state === 'saved' && trimmed === current
            ? t('quiz.nameSaved', { name: current })
            : t('quiz.nameHelp', { count: MAX })}
        </p>
      )}
    </form>
  );
}
