/**
 * Quiz: one option chosen, final, timed. An answer is stored as a choice
 * poll's (a bit mask over option positions) and counted the same way; what
 * the quiz adds is the clock (the poll closes `timeLimit` seconds after it
 * opened, and an answer from then on is too late), the answer key (the
 * host's alone until the close) and each answer's points, kept with it.
 */
import { largestRemainderPercents } from '../../../shared/kinds/choice.js';
import { QUIZ_LIMITS, quizPoints } from '../../../shared/kinds/quiz-limits.js';
import { allow, deny, type Decision } from '../errors.js';
import type { PollRecord } from '../types.js';
import {
  choicesOf,
  choiceText,
  countChoices,
  encodeChoices,
  keysOf,
  parseChoices,
} from './choice.js';
import { defineRules, optionsChanged } from './kind.js';

export interface QuizSettings {
  /** The correct options, by position (0-based): option ids are the store's to give. */
  correct: number[];
  /** Seconds to answer. */
  timeLimit: number;
  /** What a correct answer given at once earns. */
  points: number;
}

type QuizPoll = PollRecord<'quiz', QuizSettings>;

/** The correct positions, or why they are not: each names an option, once. */
function checkCorrect(correct: readonly number[], optionCount: number): Decision<number[]> {
  for (const index of correct) {
    if (index >= optionCount) {
      return deny(
        'invalid_body',
        `correct: ${index} is not an option index (0 to ${optionCount - 1})`,
      );
    }
  }
  if (new Set(correct).size !== correct.length) {
    return deny('invalid_body', 'correct: an option is listed twice');
  }
  return allow([...correct].sort((a, b) => a - b));
}

/** When the open poll closes, in epoch ms. */
const closesAtMs = (poll: QuizPoll) => Date.parse(poll.openedAt!) + poll.settings.timeLimit * 1000;

/** The correct options' ids. */
const correctIds = (poll: QuizPoll) => poll.settings.correct.map((i) => poll.options[i]!.id);

const isCorrect = (poll: QuizPoll, ballot: number) =>
  poll.settings.correct.some((i) => (ballot >>> i) & 1);

export const quiz = defineRules<'quiz', QuizSettings, number>({
  kind: 'quiz',
  settle(body) {
    const correct = checkCorrect(body.correct, body.options.length);
    if (!correct.ok) return correct;
    return allow({
      options: body.options,
      settings: {
        correct: correct.value,
        timeLimit: body.timeLimit ?? QUIZ_LIMITS.defaultTimeLimit,
        points: body.points ?? QUIZ_LIMITS.defaultPoints,
      },
    });
  },
  change(poll, patch, hasAnswers) {
    const labels = patch.options;
    const optionsChange = optionsChanged(poll, labels);
    const optionCount = labels?.length ?? poll.options.length;
    const correct = checkCorrect(patch.correct ?? poll.settings.correct, optionCount);
    if (!correct.ok) return correct;
    const settings: QuizSettings = {
      correct: correct.value,
      timeLimit: patch.timeLimit ?? poll.settings.timeLimit,
      points: patch.points ?? poll.settings.points,
    };
    const same =
      !optionsChange &&
      settings.timeLimit === poll.settings.timeLimit &&
      settings.points === poll.settings.points &&
      settings.correct.join() === poll.settings.correct.join();
    // Answers were scored by this key, limit and stake: they stay until a reset.
    if (!same && hasAnswers) return deny('poll_has_votes');
    return allow(optionsChange ? { settings, options: labels } : { settings });
  },
  parse: parseChoices,
  encode(poll, { choices }) {
    if (choices.length !== 1) return deny('invalid_choice', 'choose exactly one option');
    return encodeChoices(poll, choices, 1);
  },
  count: countChoices,
  results(poll, counters, role) {
    // Nothing of the answers leaks before the close: how many answered (the total) only.
    if (role !== 'host' && poll.state !== 'closed') return {};
    const counts = keysOf(poll).map((key) => counters.get(key));
    const shares = largestRemainderPercents(counts);
    const correct = new Set(poll.settings.correct);
    return {
      options: poll.options.map((o, i) => ({
        id: o.id,
        label: o.label,
        count: counts[i]!,
        percent: shares[i]!,
        correct: correct.has(i),
      })),
    };
  },
  resultsAlwaysShown: true,
  answerOf: (poll, ballot) => ({ choices: choicesOf(poll, ballot) }),
  text: choiceText,
  choices: choicesOf,
  view(poll, role) {
    const open = poll.state === 'open' && poll.openedAt !== null;
    return {
      options: poll.options.map((o) => ({ id: o.id, label: o.label })),
      ...(role === 'host' || poll.state === 'closed' ? { correct: correctIds(poll) } : {}),
      timeLimit: poll.settings.timeLimit,
      points: poll.settings.points,
      ...(open ? { closesAt: new Date(closesAtMs(poll)).toISOString() } : {}),
    };
  },
  closesAt: (poll) =>
    poll.state === 'open' && poll.openedAt !== null
      ? new Date(closesAtMs(poll)).toISOString()
      : null,
  finalAnswers: true,
  closesForGood: true,
  score: (poll, ballot, votedAt) =>
    quizPoints(
      isCorrect(poll, ballot),
      poll.settings.points,
      Date.parse(votedAt) - Date.parse(poll.openedAt!),
      poll.settings.timeLimit,
    ),
});
