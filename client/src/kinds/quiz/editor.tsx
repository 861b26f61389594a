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
import { t } from '../../i18n/i18n.js';
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
            <span class="quiz-correct-toggle__text" aria-hidden="true">
              {t('editor.quiz.correct')}
            </span>
            <span class="visually-hidden">
              {t('editor.quiz.correctOption', { number: index + 1 })}
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
            {t('editor.quiz.time')}
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
            {t('editor.quiz.points')}
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
            {t('editor.quiz.pointsHint')}
          </p>
          {problems.points && (
            <p id={`${uid}-points-error`} class="field-error">
              {problems.points}
            </p>
          )}
        </div>
      </div>
      {locked && <p class="field-hint">{t('editor.quiz.locked')}</p>}
    </>
  );
}

export const quizEditor: EditorKind<'quiz', QuizFields> = {
  get title() {
    return t('editor.quiz.title');
  },
  get hint() {
    return t('editor.quiz.hint');
  },
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
            label: rows[i]!.correct
              ? t('editor.quiz.correctLabel', { label: row.label })
              : row.label,
          }))}
        />
      </>
    );
  },
  footnote: (poll) => (poll.state === 'open' ? t('editor.quiz.footnote') : null),
  totalText: answeredText,
  changeRule: false,
  hidesResults: false,
  reopens: false,
};
