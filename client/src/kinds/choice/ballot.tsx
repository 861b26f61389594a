/**
 * Single and multiple choice on the phone: the answers as big buttons.
 * Single choice votes on tap; multiple choice collects up to maxChoices and
 * votes on Submit. Each button says "sending…" until the server's ack, then
 * "Your vote".
 */
import { useState } from 'hono/jsx/dom';
import { t } from '../../i18n/i18n.js';
import { listOf } from '../../lib/words.js';
import { lockedHint, type BallotKind, type BallotProps } from '../kind.js';
import { OptionButton, type OptionMark } from './option-button.js';
import type { ChoiceKind, ChoicePoll } from './rows.js';

function ChoiceBallot({
  poll,
  counted,
  sending,
  canVote,
  vote,
  labelledBy,
}: BallotProps<ChoiceKind>) {
  // Multiple choice only: the attendee's unsent selection; null mirrors the vote on record.
  const [edited, setEdited] = useState<number[] | null>(null);
  const countedIds = counted?.choices;
  const sendingIds = sending?.choices;
  const multiple = poll.kind === 'multiple';
  const max = maxOf(poll);
  const onRecord = sendingIds ?? countedIds ?? [];
  const shown = multiple ? (edited ?? onRecord) : onRecord;

  const markOf = (id: number): OptionMark => {
    if (sendingIds?.includes(id) && (!multiple || edited === null)) return 'sending';
    if (multiple && edited !== null) return edited.includes(id) ? 'selected' : 'none';
    if (sendingIds === undefined && countedIds?.includes(id)) return 'counted';
    return 'none';
  };

  const choose = (id: number) => {
    if (!canVote) return;
    if (!multiple) {
      if (sendingIds === undefined && countedIds?.length === 1 && countedIds[0] === id) return;
      vote({ choices: [id] });
      return;
    }
    const next = shown.includes(id) ? shown.filter((c) => c !== id) : [...shown, id];
    setEdited(next.length > max ? shown : next);
  };

  const submittable =
    canVote &&
    edited !== null &&
    edited.length >= 1 &&
    edited.length <= max &&
    !sameSet(edited, onRecord);
  const atLimit = multiple && shown.length >= max;

  const submit = (event: Event) => {
    event.preventDefault();
    if (!submittable) return;
    // Options in poll order, so a re-vote with the same set is recognisably the same.
    vote({ choices: poll.options.map((o) => o.id).filter((id) => edited!.includes(id)) });
    setEdited(null);
  };

  return (
    <form class="vote-form" onSubmit={submit} aria-labelledby={labelledBy}>
      <div
        class="vote-options"
        role="group"
        aria-labelledby={labelledBy}
        aria-describedby="vote-hint"
      >
        {poll.options.map((option) => (
          <OptionButton
            key={option.id}
            label={option.label}
            shape={multiple ? 'check' : 'radio'}
            mark={markOf(option.id)}
            disabled={!canVote}
            unavailable={canVote && atLimit && !shown.includes(option.id)}
            onChoose={() => choose(option.id)}
          />
        ))}
      </div>
      <p id="vote-hint" class="vote-hint">
        {hintText(
          poll,
          max,
          countedIds !== undefined,
          canVote,
          atLimit && edited !== null && max < poll.options.length,
        )}
      </p>
      {multiple && canVote && (
        <div class="vote-submit">
          <p class="vote-submit__count" aria-hidden="true">
            {t('choice.chosenCount', { count: shown.length, max })}
          </p>
          <button type="submit" class="btn vote-submit__button" disabled={!submittable}>
            {counted !== undefined || sending !== undefined
              ? t('choice.update')
              : t('choice.submit')}
          </button>
        </div>
      )}
    </form>
  );
}

const maxOf = (poll: ChoicePoll) => Math.min(poll.maxChoices, poll.options.length);

function hintText(
  poll: ChoicePoll,
  max: number,
  voted: boolean,
  canVote: boolean,
  atLimit: boolean,
): string {
  const locked = lockedHint(poll, canVote, t('vote.voteFinal'));
  if (locked !== null) return locked;
  if (poll.kind === 'multiple') {
    if (atLimit) return t('choice.atLimit', { count: max });
    if (voted && poll.allowChange) return t('vote.canChange');
    if (max >= poll.options.length)
      return poll.allowChange ? t('choice.howAny') : t('choice.howAnyOnce');
    return t(poll.allowChange ? 'choice.howUpTo' : 'choice.howUpToOnce', { count: max });
  }
  if (voted) return t('vote.canChange');
  return poll.allowChange ? t('choice.howSingle') : t('choice.howSingleOnce');
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

export const choiceBallot: BallotKind<ChoiceKind> = {
  Ballot: ChoiceBallot,
  rule(poll) {
    if (poll.kind === 'single') return t('choice.ruleOne');
    const max = maxOf(poll);
    return max >= poll.options.length ? t('choice.ruleAny') : t('choice.ruleUpTo', { count: max });
  },
  describe: (poll, answer) =>
    listOf(poll.options.filter((o) => answer.choices.includes(o.id)).map((o) => o.label)),
};
