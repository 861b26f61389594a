/**
 * A quiz question as the host's editor keeps it, and what it sends: 2–6
 * options, which of them are correct (at least one), the time limit and the
 * points. Apart from the editor's markup so it can be tested without a page.
 */
import { QUIZ_LIMITS } from '../../../../shared/kinds/quiz-limits.js';
import { formatNumber, t } from '../../i18n/i18n.js';
import type { EditorKind, PollFor } from '../kind.js';
import {
  checkOptions,
  filledLabels,
  optionRows,
  optionsChanged,
  type OptionRow,
} from '../options/option-list.js';
import { limitText } from './clock.js';

export type QuizPoll = PollFor<'quiz'>;

export const QUIZ_OPTION_LIMITS = { min: QUIZ_LIMITS.minOptions, max: QUIZ_LIMITS.maxOptions };

/** The time limits the editor offers (a poll's own, if another, is added). */
export const TIME_LIMITS = [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300] as const;

export interface QuizFields {
  options: OptionRow[];
  /** The keys of the rows marked correct. */
  correct: number[];
  timeLimit: number;
  /** As typed: a number input may hold anything. */
  points: string;
}

type Settings = Pick<
  EditorKind<'quiz', QuizFields>,
  'empty' | 'fieldsOf' | 'labels' | 'check' | 'settings' | 'patch'
>;

/** The 0-based indexes, among the filled options, of those marked correct. */
export function correctIndexes(fields: QuizFields): number[] {
  const filled = fields.options.filter((o) => o.label.trim() !== '');
  return filled.flatMap((o, i) => (fields.correct.includes(o.key) ? [i] : []));
}

/** The poll's correct options as indexes (the host's poll lists their ids). */
const pollCorrect = (poll: QuizPoll) =>
  poll.options.flatMap((o, i) => (poll.correct?.includes(o.id) ? [i] : []));

const sameList = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export const quizSettings: Settings = {
  empty: (labels = []) => ({
    options: optionRows(labels.slice(0, QUIZ_LIMITS.maxOptions), 4),
    correct: [],
    timeLimit: QUIZ_LIMITS.defaultTimeLimit,
    points: String(QUIZ_LIMITS.defaultPoints),
  }),
  fieldsOf(poll) {
    const options = optionRows(
      poll.options.map((o) => o.label),
      0,
    );
    const correct = pollCorrect(poll).map((i) => options[i]!.key);
    return { options, correct, timeLimit: poll.timeLimit, points: String(poll.points) };
  },
  labels: (fields) => filledLabels(fields.options),
  check(fields) {
    const problems = checkOptions(fields.options, QUIZ_OPTION_LIMITS);
    if (!problems.optionList && correctIndexes(fields).length === 0)
      problems.correct = t('editor.quiz.noCorrect');
    const { minTimeLimit: lo, maxTimeLimit: hi } = QUIZ_LIMITS;
    if (!Number.isInteger(fields.timeLimit) || fields.timeLimit < lo || fields.timeLimit > hi)
      problems.timeLimit = t('editor.quiz.timeProblem', { min: lo, max: hi });
    const points = Number(fields.points.trim());
    const { minPoints, maxPoints } = QUIZ_LIMITS;
    if (fields.points.trim() === '' || !Number.isInteger(points))
      problems.points = t('editor.quiz.pointsNotWhole', { min: minPoints, max: maxPoints });
    else if (points < minPoints || points > maxPoints)
      problems.points = t('editor.quiz.pointsRange', { min: minPoints, max: maxPoints });
    return problems;
  },
  settings: (fields) => ({
    options: filledLabels(fields.options),
    correct: correctIndexes(fields),
    timeLimit: fields.timeLimit,
    points: Number(fields.points.trim()),
  }),
  /** Only what changed: a question with answers refuses every change to what they mean. */
  patch(poll, fields) {
    const patch: { options?: string[]; correct?: number[]; timeLimit?: number; points?: number } =
      {};
    const changedOptions = optionsChanged(poll, fields.options);
    if (changedOptions) patch.options = filledLabels(fields.options);
    const correct = correctIndexes(fields);
    if (changedOptions || !sameList(correct, pollCorrect(poll))) patch.correct = correct;
    if (fields.timeLimit !== poll.timeLimit) patch.timeLimit = fields.timeLimit;
    const points = Number(fields.points.trim());
    if (points !== poll.points) patch.points = points;
    return patch;
  },
};

/** "Quiz · 20 s · 1000 pts": the host card's label and the screen's tag. */
export const quizLabel = (poll: { timeLimit: number; points: number }) =>
  t('editor.quiz.label', {
    time: limitText(poll.timeLimit),
    points: formatNumber(poll.points, { useGrouping: 'min2' }),
  });

/** "1 answered", "12 answered". */
export const answeredText = (n: number) => t('editor.quiz.answered', { count: n });

/** Option letters, A to F: how the room says an answer aloud. */
export const letter = (i: number) => String.fromCharCode(65 + i);
