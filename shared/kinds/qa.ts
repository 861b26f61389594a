/**
 * Audience Q&A: while the poll is open, attendees ask questions (1–280
 * characters, at most 10 each) and upvote any visible one (once each; an
 * upvote can be taken back). Under `moderation: "post"` a question is
 * visible at once; under `"pre"` it is pending until the host approves it.
 * The host hides, marks answered and highlights (one at a time).
 *
 * Order for everyone: upvotes descending, then asked first; answered ones
 * after the rest. The results list the top of that order: a push stays
 * bounded however many questions there are, and `total` says how many the
 * role can see.
 */
import { z } from 'zod';
import { Id, Ref, Timestamp } from '../schema.js';
import { defineKind } from './kind.js';
import { Moderation } from './text.js';
import { QA_LIMITS } from './qa-limits.js';

export { QA_LIMITS, questionOrder } from './qa-limits.js';

export const QUESTION_STATUSES = ['pending', 'visible', 'hidden', 'answered'] as const;
export const QuestionStatus = z.enum(QUESTION_STATUSES);
export type QuestionStatus = z.infer<typeof QuestionStatus>;

const settings = z.object({ moderation: Moderation.optional() });

export const Question = z.object({
  id: Id,
  text: z.string(),
  upvotes: z.int().min(0),
  /** Non-hosts see `visible` and `answered` questions only. */
  status: QuestionStatus,
  highlighted: z.boolean(),
  askedAt: Timestamp,
});
export type Question = z.infer<typeof Question>;

/** What `welcome.myAnswers` holds for a Q&A poll: the participant's questions and upvotes. */
export const QaAnswer = z.object({
  asked: z.array(Id),
  upvoted: z.array(Id),
});
export type QaAnswer = z.infer<typeof QaAnswer>;

const QuestionText = z.string().max(QA_LIMITS.textLength * 4, 'the question is too long');

/** `{"type":"ask","ref"?,"pollId","text"}`: a question (its length is the kind's rule: 422). */
export const AskMessage = z.object({
  type: z.literal('ask'),
  ref: Ref.optional(),
  pollId: Id,
  text: QuestionText,
});
export type AskMessage = z.infer<typeof AskMessage>;

/** `{"type":"upvote","ref"?,"pollId","questionId","on"}`: upvote a question, or take it back. */
export const UpvoteMessage = z.object({
  type: z.literal('upvote'),
  ref: Ref.optional(),
  pollId: Id,
  questionId: Id,
  on: z.boolean(),
});
export type UpvoteMessage = z.infer<typeof UpvoteMessage>;

/** `POST …/polls/:pollId/questions`. */
export const AskBody = z.object({ ref: Ref.optional(), text: QuestionText });

/** `PATCH …/polls/:pollId/questions/:questionId` (host). */
export const PatchQuestionBody = z
  .object({
    status: z
      .enum(['visible', 'hidden', 'answered'], {
        error: 'status must be "visible", "hidden" or "answered"',
      })
      .optional(),
    highlighted: z.boolean().optional(),
  })
  .refine((b) => b.status !== undefined || b.highlighted !== undefined, {
    message: 'give status or highlighted',
  });
export type PatchQuestionBody = z.infer<typeof PatchQuestionBody>;

const Count = z.int().min(0);

export const qa = defineKind({
  kind: 'qa',
  create: settings,
  patch: settings,
  answer: QaAnswer,
  poll: z.object({ moderation: Moderation }),
  results: z.object({
    questions: z.array(Question),
    /** Host only (an addition): how many questions there are of each status. */
    counts: z.object({ pending: Count, visible: Count, hidden: Count, answered: Count }).optional(),
  }),
  badAnswer: 'invalid_answer',
});
