/**
 * The active poll as the attendee sees it: the question, the answers as big
 * buttons, and one polite status line that follows the vote from "sending…"
 * to "Your vote is counted". Single choice votes on tap; multiple choice
 * collects up to maxChoices and votes on Submit. Results appear once the
 * attendee has voted (so they do not sway the vote) or voting has closed.
 */
import { useState } from 'hono/jsx';
import type { Poll } from '../../../shared/protocol.js';
import type { ConnectionStatus } from '../lib/live-socket.js';
import { OptionButton, type OptionMark } from './option-button.js';
import { PollResults } from './poll-results.js';
import { refusalText } from './vote-messages.js';
import { resultsOf, type VoteState } from './vote-state.js';

export interface PollCardProps {
  poll: Poll;
  state: VoteState;
  connection: ConnectionStatus;
  vote(pollId: number, choices: number[]): void;
}

export function PollCard({ poll, state, connection, vote }: PollCardProps) {
  // Multiple choice only: the attendee's unsent selection; null mirrors the vote on record.
  const [edited, setEdited] = useState<number[] | null>(null);

  const counted = state.counted[poll.id];
  const sending = state.sending[poll.id];
  const failure = state.failures[poll.id];
  const open = poll.state === 'open';
  const multiple = poll.kind === 'multiple';
  const max = Math.min(poll.maxChoices, poll.options.length);
  const canVote = open && (poll.allowChange || (counted === undefined && sending === undefined));
  const onRecord = sending ?? counted ?? [];
  const shown = multiple ? (edited ?? onRecord) : onRecord;
  const results = resultsOf(state, poll);
  const showResults = results !== null && (!open || counted !== undefined);

  const markOf = (id: number): OptionMark => {
    if (sending?.includes(id) && (!multiple || edited === null)) return 'sending';
    if (multiple && edited !== null) return edited.includes(id) ? 'selected' : 'none';
    if (sending === undefined && counted?.includes(id)) return 'counted';
    return 'none';
  };

  const choose = (id: number) => {
    if (!canVote) return;
    if (!multiple) {
      if (sending === undefined && counted?.length === 1 && counted[0] === id) return;
      vote(poll.id, [id]);
      return;
    }
    const next = shown.includes(id) ? shown.filter((c) => c !== id) : [...shown, id];
    setEdited(next.length > max ? shown : next);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (!submittable) return;
    // Options in poll order, so a re-vote with the same set is recognisably the same.
    vote(
      poll.id,
      poll.options.map((o) => o.id).filter((id) => edited!.includes(id)),
    );
    setEdited(null);
  };

  const submittable =
    canVote &&
    edited !== null &&
    edited.length >= 1 &&
    edited.length <= max &&
    !sameSet(edited, onRecord);
  const atLimit = multiple && shown.length >= max;

  return (
    <article class="vote-card card" aria-labelledby="vote-question">
      <div class="vote-card__meta">
        <StateBadge poll={poll} />
        {open && <span class="vote-card__rule">{ruleText(poll, max)}</span>}
      </div>
      <h1 id="vote-question" class="vote-question" data-length={lengthClass(poll.question)}>
        {poll.question}
      </h1>

      {(!showResults || open) && (
        <form class="vote-form" onSubmit={submit} aria-labelledby="vote-question">
          <div
            class="vote-options"
            role="group"
            aria-labelledby="vote-question"
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
              counted !== undefined,
              canVote,
              atLimit && edited !== null && max < poll.options.length,
            )}
          </p>
          {multiple && canVote && (
            <div class="vote-submit">
              <p class="vote-submit__count" aria-hidden="true">
                {shown.length} of {max} chosen
              </p>
              <button type="submit" class="btn vote-submit__button" disabled={!submittable}>
                {counted !== undefined || sending !== undefined ? 'Update my vote' : 'Submit vote'}
              </button>
            </div>
          )}
        </form>
      )}

      <div class="vote-status" role="status" aria-live="polite" data-testid="vote-status">
        <VoteStatus
          poll={poll}
          counted={counted}
          sending={sending}
          failure={failure ? refusalText(failure.code, failure.message) : null}
          offline={connection !== 'online'}
          showChoice={showResults && !open}
        />
      </div>

      {showResults && results && (
        <PollResults rows={results.rows} total={results.total} live={open} />
      )}
      {!open && !results && counted !== undefined && poll.showResults === false && (
        <p class="vote-hint">The moderator has not shared the results.</p>
      )}
    </article>
  );
}

function StateBadge({ poll }: { poll: Poll }) {
  if (poll.state === 'open') return <span class="vote-badge vote-badge--open">Voting open</span>;
  if (poll.state === 'closed')
    return <span class="vote-badge vote-badge--closed">Voting closed</span>;
  return <span class="vote-badge">Not open yet</span>;
}

function ruleText(poll: Poll, max: number): string {
  if (poll.kind === 'single') return 'Choose one';
  return max >= poll.options.length ? 'Choose any' : `Choose up to ${max}`;
}

function hintText(
  poll: Poll,
  max: number,
  voted: boolean,
  canVote: boolean,
  atLimit: boolean,
): string {
  if (poll.state !== 'open')
    return poll.state === 'closed' ? 'Voting has closed.' : 'Voting has not opened yet.';
  if (!canVote) return 'Your vote is final.';
  if (poll.kind === 'multiple') {
    if (atLimit)
      return `That is ${max}, the most you can choose. To pick another, unselect one first.`;
    if (voted && poll.allowChange) return 'You can change your vote until voting closes.';
    const rule =
      max >= poll.options.length ? 'Choose as many as you like,' : `Choose up to ${max},`;
    return `${rule} then tap Submit vote.${poll.allowChange ? '' : ' Your vote is final once sent.'}`;
  }
  if (voted) return 'You can change your vote until voting closes.';
  return poll.allowChange
    ? 'Tap an answer to vote.'
    : 'Tap an answer to vote. Your vote is final once sent.';
}

interface VoteStatusProps {
  poll: Poll;
  counted: number[] | undefined;
  sending: number[] | undefined;
  failure: string | null;
  offline: boolean;
  showChoice: boolean;
}

function VoteStatus(props: VoteStatusProps) {
  if (props.sending !== undefined) {
    return (
      <p class="vote-status__line vote-status__line--sending">
        <span class="spinner" aria-hidden="true" />
        {props.offline ? 'Not sent yet: waiting for the connection…' : 'Sending your vote…'}
      </p>
    );
  }
  if (props.failure !== null) {
    return <p class="vote-status__line vote-status__line--error">{props.failure}</p>;
  }
  if (props.counted !== undefined) {
    const labels = props.poll.options
      .filter((o) => props.counted!.includes(o.id))
      .map((o) => o.label);
    return (
      <div class="vote-status__line vote-status__line--counted">
        <span class="vote-status__tick" aria-hidden="true" />
        <div>
          <p class="vote-status__title">
            {props.poll.state === 'closed' ? 'Your vote was counted' : 'Your vote is counted'}
          </p>
          {props.showChoice && labels.length > 0 && (
            <p class="vote-status__choice">You chose: {labels.join(', ')}</p>
          )}
        </div>
      </div>
    );
  }
  if (props.poll.state === 'closed') {
    return (
      <p class="vote-status__line vote-status__line--quiet">You did not vote on this question.</p>
    );
  }
  return null;
}

/** Long questions step down in size so the answers still start on the first screen. */
function lengthClass(question: string): string {
  if (question.length > 200) return 'long';
  if (question.length > 110) return 'medium';
  return 'short';
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
