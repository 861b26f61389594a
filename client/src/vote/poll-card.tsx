/**
 * The active poll as the attendee sees it: the question, the kind's input
 * (kinds/), and one polite status line that follows the answer from
 * "sending…" to "Your vote is counted". Results appear once the attendee has
 * voted (so they do not sway the vote) or voting has closed. A kind whose
 * input is its results (Q&A's list of questions) gets them at once and
 * keeps its own status lines.
 */
import type { Child } from 'hono/jsx';
import type { Answer, Poll, PollKind } from '../../../shared/protocol.js';
import { t } from '../i18n/i18n.js';
import { withLabelsOf } from '../i18n/poll-text.js';
import { BALLOTS, BUNDLED_BALLOTS } from '../kinds/index.js';
import type { BallotKind } from '../kinds/kind.js';
import { kindParts, useKindPart, type Loaders } from '../kinds/loader.js';
import { resultsOf } from '../lib/event-state.js';
import type { ConnectionStatus } from '../lib/live-socket.js';
import { PollResults } from './poll-results.js';
import { refusalText } from './vote-messages.js';
import type { VoteState } from './vote-state.js';

export interface PollCardProps {
  poll: Poll;
  state: VoteState;
  connection: ConnectionStatus;
  vote(pollId: number, answer: Answer): void;
  ask(pollId: number, text: string): Promise<number | null>;
  upvote(pollId: number, questionId: number, on: boolean): Promise<void>;
  /** Under the question: that it is translated, and the way to the original. */
  translation?: Child;
}

const ballots = kindParts(
  BALLOTS as Loaders<BallotKind<PollKind>>,
  BUNDLED_BALLOTS as { [K in PollKind]?: BallotKind<PollKind> },
);

export function PollCard(props: PollCardProps) {
  const { poll, state, connection, vote, ask, upvote, translation } = props;
  const kind = useKindPart(ballots, poll.kind);
  if (kind === null || kind === 'failed') {
    return (
      <article class="vote-card card" aria-labelledby="vote-question">
        <h1 id="vote-question" class="vote-question" data-length={lengthClass(poll.question)}>
          {poll.question}
        </h1>
        {translation}
        <p class="vote-hint" role={kind === 'failed' ? 'alert' : undefined}>
          {kind === null ? t('common.loading') : t('vote.kindUnsupported')}
        </p>
      </article>
    );
  }
  const counted = state.counted[poll.id];
  const sending = state.sending[poll.id];
  const failure = state.failures[poll.id];
  const open = poll.state === 'open';
  if (kind.listsResults) {
    return (
      <article class="vote-card card" aria-labelledby="vote-question">
        <CardHead poll={poll} kind={kind} translation={translation} />
        <kind.Ballot
          poll={poll}
          counted={counted}
          sending={sending}
          canVote={open}
          vote={(answer) => vote(poll.id, answer)}
          labelledBy="vote-question"
          results={withLabelsOf(resultsOf(state.live, poll), poll)}
          ask={(text) => ask(poll.id, text)}
          upvote={(questionId, on) => upvote(poll.id, questionId, on)}
          failure={failure ? refusalText(failure.code, failure.message) : null}
          score={state.scores[poll.id]}
        />
      </article>
    );
  }
  const canVote = open && (poll.allowChange || (counted === undefined && sending === undefined));
  // In the reader's language: the poll is localised, its results take its labels.
  const results = poll.showResults ? withLabelsOf(resultsOf(state.live, poll), poll) : null;
  const showResults = results !== null && (!open || counted !== undefined);

  return (
    <article class="vote-card card" aria-labelledby="vote-question">
      <CardHead poll={poll} kind={kind} translation={translation} />

      {(!showResults || open) && (
        <kind.Ballot
          poll={poll}
          counted={counted}
          sending={sending}
          canVote={canVote}
          vote={(answer) => vote(poll.id, answer)}
          labelledBy="vote-question"
        />
      )}

      <div class="vote-status" role="status" aria-live="polite" data-testid="vote-status">
        <VoteStatus
          poll={poll}
          counted={counted === undefined ? undefined : kind.describe(poll, counted)}
          sending={sending !== undefined}
          failure={failure ? refusalText(failure.code, failure.message) : null}
          offline={connection !== 'online'}
          showChoice={showResults && !open}
        />
      </div>

      {showResults && results && <PollResults poll={poll} results={results} live={open} />}
      {!open && !results && counted !== undefined && poll.showResults === false && (
        <p class="vote-hint">{t('vote.resultsNotShared')}</p>
      )}
    </article>
  );
}

/** The card's top: whether the poll is open, what to do, and the question (the input's label). */
function CardHead({
  poll,
  kind,
  translation,
}: {
  poll: Poll;
  kind: BallotKind<PollKind>;
  translation: Child | undefined;
}) {
  return (
    <>
      <div class="vote-card__meta">
        <StateBadge poll={poll} badges={kind.badges} />
        {poll.state === 'open' && <span class="vote-card__rule">{kind.rule(poll)}</span>}
      </div>
      <h1 id="vote-question" class="vote-question" data-length={lengthClass(poll.question)}>
        {poll.question}
      </h1>
      {translation}
    </>
  );
}

function StateBadge({
  poll,
  badges,
}: {
  poll: Poll;
  badges?: { open: string; closed: string } | undefined;
}) {
  if (poll.state === 'open')
    return <span class="vote-badge vote-badge--open">{badges?.open ?? t('vote.badgeOpen')}</span>;
  if (poll.state === 'closed')
    return (
      <span class="vote-badge vote-badge--closed">{badges?.closed ?? t('vote.badgeClosed')}</span>
    );
  return <span class="vote-badge">{t('vote.badgeNotOpen')}</span>;
}

interface VoteStatusProps {
  poll: Poll;
  /** The counted answer in words, or undefined with none on record. */
  counted: string | undefined;
  sending: boolean;
  failure: string | null;
  offline: boolean;
  showChoice: boolean;
}

function VoteStatus(props: VoteStatusProps) {
  if (props.sending) {
    return (
      <p class="vote-status__line vote-status__line--sending">
        <span class="spinner" aria-hidden="true" />
        {props.offline ? t('vote.sendingOffline') : t('vote.sending')}
      </p>
    );
  }
  if (props.failure !== null) {
    return <p class="vote-status__line vote-status__line--error">{props.failure}</p>;
  }
  if (props.counted !== undefined) {
    return (
      <div class="vote-status__line vote-status__line--counted">
        <span class="vote-status__tick" aria-hidden="true" />
        <div>
          <p class="vote-status__title">
            {props.poll.state === 'closed' ? t('vote.countedClosed') : t('vote.counted')}
          </p>
          {props.showChoice && props.counted.length > 0 && (
            <p class="vote-status__choice">{t('vote.youChose', { choice: props.counted })}</p>
          )}
        </div>
      </div>
    );
  }
  if (props.poll.state === 'closed') {
    return <p class="vote-status__line vote-status__line--quiet">{t('vote.didNotVote')}</p>;
  }
  return null;
}

/** Long questions step down in size so the answers still start on the first screen. */
function lengthClass(question: string): string {
  if (question.length > 200) return 'long';
  if (question.length > 110) return 'medium';
  return 'short';
}
