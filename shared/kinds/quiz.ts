/**
 * Quiz: a timed question with one or more correct options. Opening it starts
 * the clock (`closesAt = openedAt + timeLimit`) and the server closes it by
 * itself then. Each attendee gives one final answer; a correct one earns
 * points by how fast it arrived (server time), a wrong one 0. Points add up
 * over the event's quiz questions into a leaderboard.
 *
 * Nothing about the answers leaks while the question is open: attendees and
 * screens learn how many answered, and neither the counts nor which options
 * are correct until the close. The host sees everything live.
 */
import { z } from 'zod';
import { Id, OptionLabels, Ref, text, Timestamp, WireOption } from '../schema.js';
import { ChoiceAnswer } from './choice.js';
import { defineKind } from './kind.js';
import { QUIZ_LIMITS } from './quiz-limits.js';

export { QUIZ_LIMITS, quizPoints, playerName } from './quiz-limits.js';

const Options = OptionLabels(QUIZ_LIMITS.minOptions, QUIZ_LIMITS.maxOptions);
/** 0-based indexes into `options` in a create or patch body; option ids on the wire. */
const CorrectIndexes = z
  .array(z.int().min(0, 'correct lists option indexes (0-based)'))
  .min(1, 'mark at least one option as correct')
  .max(QUIZ_LIMITS.maxOptions);
const TimeLimit = z
  .int()
  .min(QUIZ_LIMITS.minTimeLimit, `timeLimit is at least ${QUIZ_LIMITS.minTimeLimit} seconds`)
  .max(QUIZ_LIMITS.maxTimeLimit, `timeLimit is at most ${QUIZ_LIMITS.maxTimeLimit} seconds`);
const Points = z
  .int()
  .min(QUIZ_LIMITS.minPoints, `points is at least ${QUIZ_LIMITS.minPoints}`)
  .max(QUIZ_LIMITS.maxPoints, `points is at most ${QUIZ_LIMITS.maxPoints}`);

const settings = z.object({
  options: Options,
  correct: CorrectIndexes,
  timeLimit: TimeLimit.optional(),
  points: Points.optional(),
});

export const QuizOptionResult = z.object({
  id: Id,
  label: z.string(),
  count: z.int().min(0),
  percent: z.int().min(0),
  correct: z.boolean(),
});

export const quiz = defineKind({
  kind: 'quiz',
  create: settings,
  patch: settings.partial(),
  answer: ChoiceAnswer,
  poll: z.object({
    options: z.array(WireOption),
    /** The correct options' ids: the host's only, until the question closes. */
    correct: z.array(Id).optional(),
    timeLimit: TimeLimit,
    points: Points,
    /** While open: when the server closes it (`openedAt + timeLimit`). */
    closesAt: Timestamp.optional(),
  }),
  results: z.object({
    /** Once closed (the host's: always): the distribution, the correct options marked. */
    options: z.array(QuizOptionResult).optional(),
  }),
  badAnswer: 'invalid_choice',
});

// ------------------------------------------------------------ names, scores

/** A display name: 1–24 characters, trimmed (offensive ones are the server's to refuse). */
export const PlayerName = text(QUIZ_LIMITS.nameLength, 'a name');

/** `{"type":"name","ref"?,"name"}`: set or change the attendee's display name; acked like a vote. */
export const NameMessage = z.object({
  type: z.literal('name'),
  ref: Ref.optional(),
  name: PlayerName,
});
export type NameMessage = z.infer<typeof NameMessage>;

/** `POST …/participants` (an optional body). */
export const ParticipantBody = z.object({ name: PlayerName.optional() });

export const LeaderboardEntry = z.object({
  participantId: Id,
  name: z.string(),
  score: z.int().min(0),
  /** Competition rank: ties share one (1, 2, 2, 4). */
  rank: z.int().min(1),
});
export type LeaderboardEntry = z.infer<typeof LeaderboardEntry>;

/** `GET …/leaderboard`, and the `leaderboard` push (with `type`). */
export const Leaderboard = z.object({ entries: z.array(LeaderboardEntry) });
export type Leaderboard = z.infer<typeof Leaderboard>;

/** To each attendee who answered, once a quiz question closes. */
export const ScoreMessage = z.object({
  type: z.literal('score'),
  pollId: Id,
  /** What this question earned. */
  points: z.int().min(0),
  correct: z.boolean(),
  /** Points over the event's quiz questions so far, and the rank they give. */
  score: z.int().min(0),
  rank: z.int().min(1),
});
export type ScoreMessage = z.infer<typeof ScoreMessage>;
