/**
 * Rating on the phone: the scale's numbers as big tap targets (stars on a
 * 1–5 scale) with the end labels under them. One tap votes, as for a
 * choice: the step shows "sending…" until the server's ack, then the answer
 * stays marked and can be changed while the poll allows it.
 */
import './rating.css';
import { formatNumber, t } from '../../i18n/i18n.js';
import { ballotHint, type BallotKind, type BallotProps } from '../kind.js';
import {
  ratingRule,
  scaleColumns,
  scaleSteps,
  usesStars,
  valueName,
  type RatingPoll,
} from './scale.js';

function Star() {
  return (
    <svg class="rating-step__star" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M12 2.6l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.5l-5.9 3.1 1.2-6.5L2.5 9.5l6.6-.9z" />
    </svg>
  );
}

function RatingBallot({
  poll,
  counted,
  sending,
  canVote,
  vote,
  labelledBy,
}: BallotProps<'rating'>) {
  const steps = scaleSteps(poll, counted?.value, sending?.value);
  const stars = usesStars(poll.max);
  const choose = (value: number) => {
    if (!canVote) return;
    // Tapping the answer already counted again sends nothing.
    if (sending === undefined && counted?.value === value) return;
    vote({ value });
  };
  return (
    <div class="vote-form rating-ballot">
      <div
        class={`rating-scale${stars ? ' rating-scale--stars' : ''}`}
        role="group"
        aria-labelledby={labelledBy}
        aria-describedby="vote-hint"
        style={`--columns: ${scaleColumns(poll.max)}`}
      >
        {steps.map((step) => (
          <button
            key={step.value}
            type="button"
            class="vote-tile rating-step"
            data-value={step.value}
            data-lit={step.lit ? '' : undefined}
            data-mark={step.mark}
            aria-pressed={step.mark !== 'none' ? 'true' : 'false'}
            aria-label={step.name}
            disabled={!canVote}
            onClick={() => choose(step.value)}
          >
            {stars && <Star />}
            <span class="rating-step__number">{formatNumber(step.value)}</span>
          </button>
        ))}
      </div>
      {(poll.labels?.min || poll.labels?.max) && (
        <div class="rating-ends" aria-hidden="true">
          <span>{poll.labels?.min ? `${formatNumber(1)} · ${poll.labels.min}` : ''}</span>
          <span>{poll.labels?.max ? `${formatNumber(poll.max)} · ${poll.labels.max}` : ''}</span>
        </div>
      )}
      <p class="rating-answer" aria-hidden="true" data-testid="rating-answer">
        {sending !== undefined
          ? t('rating.sending', { value: valueName(sending.value, poll) })
          : counted !== undefined
            ? t('rating.yours', { value: valueName(counted.value, poll) })
            : ''}
      </p>
      <p id="vote-hint" class="vote-hint">
        {hintText(poll, counted !== undefined, canVote)}
      </p>
    </div>
  );
}

function hintText(poll: RatingPoll, voted: boolean, canVote: boolean): string {
  const stars = usesStars(poll.max);
  return ballotHint(poll, canVote, voted, {
    final: t('vote.voteFinal'),
    change: t('rating.canChange'),
    how: stars ? t('rating.howStars') : t('rating.howNumbers'),
    howOnce: stars ? t('rating.howStarsOnce') : t('rating.howNumbersOnce'),
  });
}

export const ratingBallot: BallotKind<'rating'> = {
  Ballot: RatingBallot,
  rule: ratingRule,
  describe: (poll, answer) => valueName(answer.value, poll),
};
