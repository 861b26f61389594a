/**
 * The host's parts of a quiz question: 2–6 options each with a "Correct"
 * toggle, the time limit and the points; the card's label ("Quiz · 20 s ·
 * 1000 pts") and its mini result: live counts (the host alone sees them
 * while the question runs) with the correct option(s) marked by a ✓ and the
 * word, the countdown while it runs. All fixed once anyone has answered.
 */
import './quiz.css';
import './quiz-host.css';
import { QUIZ_LIMITS } from '../../../../shared/kinds/quiz-limits.js';
import { MiniBars, voteShareRows } from '../../host/mini-bars.js';
import type { EditorKind, FieldsProps } from '../kind.js';
import { OptionFields } from '../options/option-rows.js';
import { limitText } from './clock.js';
import { Countdown } from './countdown.js';
import { quizRows } from './rows.js';
import {
  answeredText,
  QUIZ_OPTION_LIMITS,
  quizLabel,
  quizSettings,
  TIME_LIMITS,
  type QuizFields,
} from './settings.js';

function QuizFieldsView(props: FieldsProps<QuizFields>) {
  const { fields, change, problems, locked, uid } = props;
  const limits = TIME_LIMITS.includes(fields.timeLimit as (typeof TIME_LIMITS)[number])
    ? [...TIME_LIMITS]
    : [...TIME_LIMITS, fields.timeLimit].sort((a, b) => a - b);
  const toggle = (key: number, on: boolean) =>
    change((f) => ({
      ...f,
      correct: on
        ? [...f.correct.filter((k) => k !== key), key]
        : f.correct.filter((k) => k !== key),
    }));
  return (
    <>
      <OptionFields
        {...props}
        limits={QUIZ_OPTION_LIMITS}
        rowExtra={(row, index) => (
          <label class="quiz-correct-toggle">
            <input
              type="checkbox"
              checked={fields.correct.includes(row.key)}
              disabled={locked}
              aria-describedby={problems.correct ? `${uid}-correct-error` : undefined}
              onChange={(e: Event) => toggle(row.key, (e.target as HTMLInputElement).checked)}
            />
            <span aria-hidden="true" class="quiz-correct-toggle__mark">
              ✓
            </span>
            <span class="quiz-correct-toggle__text">
              Correct<span class="visually-hidden">: option {index + 1}</span>
            </span>
          </label>
        )}
      />
      {problems.correct && (
        <p id={`${uid}-correct-error`} class="field-error" role="alert">
          {problems.correct}
        </p>
      )}
      <div class="quiz-settings-fields">
        <div class="field">
          <label class="field-label" for={`${uid}-time`}>
            Time to answer
          </label>
          <select
            id={`${uid}-time`}
            class="input select"
            disabled={locked}
            value={String(fields.timeLimit)}
            aria-invalid={problems.timeLimit ? 'true' : undefined}
            onChange={(e: Event) => {
              const timeLimit = Number((e.target as HTMLSelectElement).value);
              change((f) => ({ ...f, timeLimit }));
            }}
          >
            {limits.map((n) => (
              <option value={String(n)} selected={fields.timeLimit === n}>
                {limitText(n)}
              </option>
            ))}
          </select>
          {problems.timeLimit && <p class="field-error">{problems.timeLimit}</p>}
        </div>
        <div class="field">
          <label class="field-label" for={`${uid}-points`}>
            Points for a right answer
          </label>
          <input
            id={`${uid}-points`}
            class="input"
            type="number"
            inputMode="numeric"
            min={QUIZ_LIMITS.minPoints}
            max={QUIZ_LIMITS.maxPoints}
            step={100}
            value={fields.points}
            readOnly={locked}
            aria-invalid={problems.points ? 'true' : undefined}
            aria-describedby={`${uid}-points-hint${problems.points ? ` ${uid}-points-error` : ''}`}
            onInput={(e: Event) => {
              const points = (e.target as HTMLInputElement).value;
              change((f) => ({ ...f, points }));
            }}
          />
          <p id={`${uid}-points-hint`} class="field-hint">
            At once; half of them at the last second. A wrong answer earns 0.
          </p>
          {problems.points && (
            <p id={`${uid}-points-error`} class="field-error">
              {problems.points}
            </p>
          )}
        </div>
      </div>
      {locked && (
        <p class="field-hint">
          People have answered: the options, the right answer, the time and the points are fixed
          until you reset the question.
        </p>
      )}
    </>
  );
}

export const quizEditor: EditorKind<'quiz', QuizFields> = {
  title: 'A quiz',
  hint: 'Timed, scored',
  label: quizLabel,
  ...quizSettings,
  Fields: QuizFieldsView,
  Mini({ poll, results, labelledBy }) {
    const rows = quizRows(poll, results);
    return (
      <>
        {poll.state === 'open' && (
          <Countdown closesAt={poll.closesAt} timeLimit={poll.timeLimit} size="mini" />
        )}
        <MiniBars
          labelledBy={labelledBy}
          rows={voteShareRows(rows, results?.total ?? 0).map((row, i) => ({
            ...row,
            label: rows[i]!.correct ? `${row.label} (correct)` : row.label,
          }))}
        />
      </>
    );
  },
  footnote: (poll) =>
    poll.state === 'open' ? 'Only you see the counts and the right answer until time is up.' : null,
  totalText: answeredText,
  changeRule: false,
  hidesResults: false,
  reopens: false,
};
