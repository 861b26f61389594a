/**
 * Word cloud on the phone: a field at the top (the on-screen keyboard leaves
 * it in view) where Enter or Add turns the typed word into a chip, each chip
 * removable, up to the poll's number of words. A word is read by the
 * server's rules as it is added, so an empty, over-long, letterless or
 * repeated word is refused on the spot, saying why. One submit sends the
 * words; "sending…" until the server's ack, then they stay as the counted
 * chips, changeable while the poll allows it.
 */
import './wordcloud.css';
import { useRef, useState } from 'hono/jsx/dom';
import { t } from '../../i18n/i18n.js';
import { listOf } from '../../lib/words.js';
import { ballotHint, type BallotKind, type BallotProps } from '../kind.js';
import { addWord, fullText, sameWords, wordRule, type WordcloudPoll } from './chips.js';

const FIELD = 'wordcloud-word';
const PROBLEM = 'wordcloud-problem';

function WordcloudBallot({
  poll,
  counted,
  sending,
  canVote,
  vote,
  labelledBy,
}: BallotProps<'wordcloud'>) {
  const onRecord = sending?.words ?? counted?.words;
  // The attendee's unsent words; null mirrors the answer on record.
  const [edited, setEdited] = useState<string[] | null>(null);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const chips = edited ?? onRecord ?? [];
  const max = poll.maxWords;
  const full = chips.length >= max;
  const changed = chips.length > 0 && !sameWords(chips, onRecord);
  const submittable = canVote && (typed.trim() !== '' || changed);

  const focus = (selector: string) =>
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(selector)?.focus());

  /** The typed word added; the words then, or null when it was refused (and why is shown). */
  const add = (): string[] | null => {
    const added = addWord(chips, typed, max);
    if (!added.ok) {
      setProblem(added.problem);
      focus(`#${FIELD}`);
      return null;
    }
    setEdited(added.chips);
    setTyped('');
    setProblem(null);
    // Keep the keyboard up for the next word; once full, on to sending.
    focus(added.chips.length >= max ? '.vote-submit__button' : `#${FIELD}`);
    return added.chips;
  };

  const remove = (index: number) => {
    if (!canVote) return;
    const next = chips.filter((_, i) => i !== index);
    setEdited(next);
    setProblem(null);
    // The keyboard stays on the words: the next chip's button, else the field.
    focus(
      next.length > 0
        ? `.wordcloud-chip:nth-child(${Math.min(index, next.length - 1) + 1}) button`
        : `#${FIELD}`,
    );
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (!submittable) return;
    // A word typed and not yet added goes with the others.
    const words = typed.trim() !== '' ? add() : chips;
    if (words === null || words.length === 0 || sameWords(words, onRecord)) return;
    vote({ words });
    setEdited(null);
  };

  const state = sending !== undefined && edited === null ? 'sending' : undefined;

  return (
    <form
      class="vote-form wordcloud-ballot"
      ref={form}
      onSubmit={submit}
      aria-labelledby={labelledBy}
    >
      {canVote && (
        <div class="wordcloud-entry">
          <label class="visually-hidden" for={FIELD}>
            {t('wordcloud.wordLabel')}
          </label>
          <input
            id={FIELD}
            class="wordcloud-input"
            type="text"
            value={typed}
            placeholder={full ? t('wordcloud.placeholderFull') : t('wordcloud.placeholder')}
            autocomplete="off"
            enterkeyhint="enter"
            disabled={full}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={`${PROBLEM} vote-hint`}
            onInput={(e: Event) => {
              setTyped((e.target as HTMLInputElement).value);
              setProblem(null);
            }}
            onKeyDown={(e: KeyboardEvent) => {
              // Enter adds the word (not the form's submit); not while an IME is composing.
              if (e.key !== 'Enter' || e.isComposing) return;
              e.preventDefault();
              add();
            }}
          />
          <button type="button" class="btn wordcloud-add" disabled={full} onClick={() => add()}>
            {t('wordcloud.add')}
          </button>
        </div>
      )}
      <p id={PROBLEM} class="wordcloud-problem" aria-live="polite" data-testid="word-problem">
        {problem ?? ''}
      </p>
      {canVote && full && (
        <p class="wordcloud-full" data-testid="words-full">
          {fullText(max)}
        </p>
      )}
      {chips.length > 0 && (
        <ul class="wordcloud-chips" aria-label={t('wordcloud.yourWords')} data-testid="word-chips">
          {chips.map((word, index) => (
            <li key={word} class="wordcloud-chip" data-state={state}>
              <span class="wordcloud-chip__text">{word}</span>
              {canVote && (
                <button
                  type="button"
                  class="wordcloud-chip__remove"
                  aria-label={t('wordcloud.remove', { word })}
                  onClick={() => remove(index)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="wordcloud-answer" aria-hidden="true" data-testid="words-answer">
        {state === 'sending' ? t('wordcloud.sending', { words: listOf(chips) }) : ''}
      </p>
      <p id="vote-hint" class="vote-hint">
        {hintText(poll, onRecord !== undefined, canVote)}
      </p>
      {canVote && (
        <div class="vote-submit">
          <p class="vote-submit__count" aria-hidden="true">
            {t('wordcloud.count', { chosen: chips.length, count: max })}
          </p>
          <button type="submit" class="btn vote-submit__button" disabled={!submittable}>
            {onRecord !== undefined ? t('wordcloud.update') : t('wordcloud.submit')}
          </button>
        </div>
      )}
    </form>
  );
}

function hintText(poll: WordcloudPoll, voted: boolean, canVote: boolean): string {
  return ballotHint(poll, canVote, voted, {
    final: t('wordcloud.final'),
    change: t('wordcloud.canChange'),
    how: t('wordcloud.how', { count: poll.maxWords }),
    howOnce: t('wordcloud.howOnce', { count: poll.maxWords }),
  });
}

export const wordcloudBallot: BallotKind<'wordcloud'> = {
  Ballot: WordcloudBallot,
  rule: (poll) => wordRule(poll.maxWords),
  describe: (_poll, answer) => listOf(answer.words),
};
