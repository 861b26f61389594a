/**
 * A quiz question on the phone: the options as big buttons (one tap is the
 * final answer) under a countdown on the server's clock; once time is up,
 * which option was right, whether the attendee's answer was, what it earned
 * and where that leaves them (the server's `score`). Loaded on first use,
 * like every kind but choice, so the vote page stays small.
 */
import './quiz.css';
import { formatPercent, t, tNodes } from '../../i18n/i18n.js';
import { listOf, ordinal } from '../../lib/words.js';
import type { BallotKind, BallotProps } from '../kind.js';
import { OptionButton, type OptionMark } from '../choice/option-button.js';
import { Countdown, useSecondsLeft } from './countdown.js';
import { letter } from './settings.js';

type Props = BallotProps<'quiz'>;

function QuizBallot(props: Props) {
  const { poll } = props;
  if (poll.state === 'closed') return <Reveal {...props} />;
  return <Question {...props} />;
}

/** Open (or not yet): the countdown and the options. */
function Question({ poll, counted, sending, canVote, vote, labelledBy, failure }: Props) {
  const left = useSecondsLeft(poll.closesAt);
  const timeUp = left === 0;
  const answer = sending?.choices[0] ?? counted?.choices[0];
  const canAnswer = canVote && answer === undefined && !timeUp;
  const mark = (id: number): OptionMark =>
    id !== answer ? 'none' : sending !== undefined ? 'sending' : 'counted';
  return (
    <div class="quiz-ballot">
      {poll.state === 'open' && (
        <Countdown closesAt={poll.closesAt} timeLimit={poll.timeLimit} size="compact" />
      )}
      <div
        class="vote-options quiz-options"
        role="group"
        aria-labelledby={labelledBy}
        aria-describedby="vote-hint"
      >
        {poll.options.map((option, i) => (
          <OptionButton
            key={option.id}
            label={`${letter(i)}. ${option.label}`}
            shape="radio"
            mark={mark(option.id)}
            disabled={!canAnswer}
            onChoose={() => canAnswer && vote({ choices: [option.id] })}
          />
        ))}
      </div>
      <p id="vote-hint" class="vote-hint">
        {poll.state !== 'open'
          ? t('quiz.notStarted')
          : answer !== undefined
            ? t('quiz.answerFinal')
            : timeUp
              ? t('quiz.timesUpHint')
              : t('quiz.how', { count: poll.points })}
      </p>
      <div class="vote-status" role="status" aria-live="polite" data-testid="vote-status">
        {sending !== undefined ? (
          <p class="vote-status__line vote-status__line--sending">
            <span class="spinner" aria-hidden="true" />
            {t('quiz.sending')}
          </p>
        ) : failure ? (
          <p class="vote-status__line vote-status__line--error">{failure}</p>
        ) : counted !== undefined ? (
          <div class="vote-status__line vote-status__line--counted">
            <span class="vote-status__tick" aria-hidden="true" />
            <div>
              <p class="vote-status__title">{t('quiz.locked')}</p>
              <p class="vote-status__choice">{t('quiz.lockedDetail')}</p>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Closed: the right answer, the attendee's, and what it earned. */
function Reveal({ poll, counted, results, score, labelledBy }: Props) {
  const mine = counted?.choices[0];
  const correct = poll.correct ?? results?.options?.filter((o) => o.correct).map((o) => o.id) ?? [];
  const counts = new Map(results?.options?.map((o) => [o.id, o]));
  const right = score ? score.correct : mine !== undefined ? correct.includes(mine) : null;
  return (
    <div class="quiz-ballot quiz-reveal">
      <div
        class={`quiz-outcome quiz-outcome--${right === null ? 'none' : right ? 'right' : 'wrong'}`}
        role="status"
        aria-live="polite"
        data-testid="quiz-outcome"
      >
        <span class="quiz-outcome__icon" aria-hidden="true">
          {right === null ? '–' : right ? '✓' : '✗'}
        </span>
        <div>
          <p class="quiz-outcome__title">
            {right === null ? t('quiz.noAnswer') : right ? t('quiz.correct') : t('quiz.wrong')}
          </p>
          {score ? (
            <p class="quiz-outcome__detail" data-testid="quiz-score">
              <ScoreLine score={score} />
            </p>
          ) : (
            right === false && <p class="quiz-outcome__detail">{t('quiz.zeroPoints')}</p>
          )}
        </div>
      </div>
      <ul class="quiz-answers" aria-labelledby={labelledBy}>
        {poll.options.map((option, i) => {
          const isCorrect = correct.includes(option.id);
          const isMine = option.id === mine;
          const count = counts.get(option.id);
          return (
            <li
              key={option.id}
              class="quiz-answer"
              data-correct={isCorrect ? '' : undefined}
              data-mine={isMine ? '' : undefined}
              data-option-id={option.id}
            >
              <span class="quiz-answer__mark" aria-hidden="true">
                {isCorrect ? '✓' : isMine ? '✗' : ''}
              </span>
              <span class="quiz-answer__label">
                {letter(i)}. {option.label}
              </span>
              {count && (
                <span class="quiz-answer__count">
                  {formatPercent(count.percent)}
                  <span class="visually-hidden"> {t('quiz.ofAnswers')}</span>
                </span>
              )}
              <span class="quiz-answer__tags">
                {isCorrect && (
                  <span class="quiz-tag quiz-tag--correct">{t('quiz.correctTag')}</span>
                )}
                {isMine && <span class="quiz-tag quiz-tag--mine">{t('quiz.yourAnswer')}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** "+820 points · total 1,640 points · 2nd place": what the question earned, and where it leaves them. */
function ScoreLine({ score }: { score: NonNullable<Props['score']> }) {
  const gained = <strong>{t('quiz.gained', { count: score.points })}</strong>;
  const total = t('quiz.points', { count: score.score });
  if (score.rank === null) return <>{tNodes('quiz.score', { gained, total })}</>;
  const place = <strong>{ordinal(score.rank)}</strong>;
  return <>{tNodes('quiz.scoreRanked', { gained, total, place })}</>;
}

export const quizBallot: BallotKind<'quiz'> = {
  Ballot: QuizBallot,
  rule: () => t('quiz.rule'),
  describe: (poll, answer) =>
    listOf(poll.options.filter((o) => answer.choices.includes(o.id)).map((o) => o.label)),
  // The ballot shows its own status, the reveal and the score; the results come with it.
  listsResults: true,
  get badges() {
    return { open: t('quiz.badge'), closed: t('quiz.timesUp') };
  },
};
