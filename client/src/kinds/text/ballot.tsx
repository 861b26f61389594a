/**
 * Open text on the phone: a text box labelled by the question, a live count
 * of characters as the server counts them (code points of the trimmed text)
 * that warns near the limit and stops the send past it, and one Send. The
 * answer shows "sending…" until the server's ack, then stays on the card
 * with an Edit while the poll allows a change. The attendee is told whether
 * it waits for the host's approval, and once the wall on their phone shows
 * it, that it is on the wall.
 */
import './text.css';
import { useRef, useState } from 'hono/jsx/dom';
import { codePoints } from '../../../../shared/limits.js';
import { formatNumber, t } from '../../i18n/i18n.js';
import { ballotHint, type BallotKind, type BallotProps } from '../kind.js';
import { useWall } from './on-wall.js';
import type { TextPoll } from './settings.js';

/** The count turns to a warning from this share of the limit on. */
const NEAR = 0.9;

function TextBallot({ poll, counted, sending, canVote, vote, labelledBy }: BallotProps<'text'>) {
  // What the box holds: kept through a send, so a refused answer is not lost.
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState(false);
  const [emptyTried, setEmptyTried] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const wall = useWall(poll.id);

  const length = codePoints(draft.trim());
  const max = poll.maxLength;
  const over = length > max;
  const near = !over && length >= Math.ceil(max * NEAR);
  const writing = canVote && sending === undefined && (counted === undefined || editing);

  const submit = (event: Event) => {
    event.preventDefault();
    const text = draft.trim();
    if (text.length === 0) {
      setEmptyTried(true);
      box.current?.focus();
      return;
    }
    if (over || !canVote) return;
    setEditing(false);
    // The same answer again sends nothing.
    if (text !== counted?.text) vote({ text });
  };

  const problem = over
    ? t('text.tooLong', { count: length - max, max })
    : emptyTried && length === 0
      ? t('text.empty')
      : null;

  if (!writing) {
    const mine = sending ?? counted;
    return (
      <div class="vote-form text-ballot">
        {mine && (
          <Mine
            poll={poll}
            text={mine.text}
            sending={sending !== undefined}
            onWall={sending === undefined && wall !== null && wall.includes(mine.text)}
          />
        )}
        {canVote && counted !== undefined && sending === undefined && (
          <button
            type="button"
            class="btn btn-secondary text-edit"
            onClick={() => {
              setDraft(counted.text);
              setEmptyTried(false);
              setEditing(true);
              requestAnimationFrame(() => box.current?.focus());
            }}
          >
            {t('text.edit')}
          </button>
        )}
        <p id="vote-hint" class="vote-hint">
          {hintText(poll, counted !== undefined || sending !== undefined, canVote)}
        </p>
      </div>
    );
  }

  return (
    <form class="vote-form text-ballot" onSubmit={submit} novalidate>
      <textarea
        ref={box}
        id="text-answer"
        class="text-input"
        rows={4}
        value={draft}
        placeholder={t('text.placeholder')}
        aria-labelledby={labelledBy}
        aria-describedby={`text-count${problem ? ' text-problem' : ''} vote-hint`}
        aria-invalid={problem ? 'true' : undefined}
        onInput={(e: Event) => {
          setDraft((e.target as HTMLTextAreaElement).value);
          setEmptyTried(false);
        }}
      />
      <p
        id="text-count"
        class="text-count"
        data-state={over ? 'over' : near ? 'near' : undefined}
        data-testid="text-count"
      >
        {formatNumber(length)} / {formatNumber(max)}
        <span class="visually-hidden"> {t('common.characters', { count: max })}</span>
      </p>
      {problem && (
        <p id="text-problem" class="text-problem" role="alert" data-testid="text-problem">
          {problem}
        </p>
      )}
      <p id="vote-hint" class="vote-hint">
        {hintText(poll, false, canVote)}
      </p>
      <div class="vote-submit text-submit">
        {editing && (
          <button
            type="button"
            class="btn btn-secondary vote-submit__button"
            onClick={() => setEditing(false)}
          >
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" class="btn vote-submit__button" disabled={over}>
          {editing ? t('text.update') : t('text.send')}
        </button>
      </div>
    </form>
  );
}

/** The answer on record (or on its way), and where it stands. */
function Mine(props: { poll: TextPoll; text: string; sending: boolean; onWall: boolean }) {
  const { poll, sending, onWall } = props;
  const standing = sending
    ? t('common.sending')
    : onWall
      ? t('text.onWall')
      : poll.moderation === 'pre'
        ? t('text.awaitingApproval')
        : t('text.shownAtOnce');
  return (
    <div class="text-mine" data-state={sending ? 'sending' : onWall ? 'on-wall' : 'sent'}>
      <p class="text-mine__label">{sending ? t('text.mineSending') : t('text.mineSent')}</p>
      <p class="text-mine__text" data-testid="text-mine">
        {props.text}
      </p>
      <p class="text-mine__standing" aria-live="polite" data-testid="text-standing">
        {standing}
      </p>
    </div>
  );
}

function hintText(poll: TextPoll, answered: boolean, canVote: boolean): string {
  const pre = poll.moderation === 'pre';
  return ballotHint(poll, canVote, answered, {
    final: t('text.final'),
    change: t('text.canChange'),
    how: pre ? t('text.howPre') : t('text.howPost'),
    howOnce: pre ? t('text.howPreOnce') : t('text.howPostOnce'),
  });
}

export const textBallot: BallotKind<'text'> = {
  Ballot: TextBallot,
  rule: () => t('text.rule'),
  describe: (_poll, answer) => t('text.quoted', { text: answer.text }),
};
