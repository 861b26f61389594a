/**
 * Audience Q&A: questions and upvotes instead of one answer per
 * participant. A question is an *item* the store keeps (with its moderation
 * status), an upvote a *mark* of one participant on one item (UNIQUE in the
 * store); the upvotes of a question add up under its counter (`upvoteKey`).
 * The poll's own settings hold the moderation mode and the highlighted
 * question (at most one).
 *
 * The decisions of asking and upvoting are pure functions here; the service
 * (service/questions.ts) holds each participant's questions and upvotes and
 * writes what these allow.
 */
import { codePoints } from '../../../shared/limits.js';
import { QA_LIMITS, QaAnswer, type QuestionStatus } from '../../../shared/kinds/qa.js';
import type { Moderation } from '../../../shared/kinds/text.js';
import { wellFormed } from '../../../shared/schema.js';
import { allow, deny, type Decision } from '../errors.js';
import type { PollRecord } from '../types.js';
import { defineRules } from './kind.js';
import { isProfane } from './profanity.js';
import { questionsOf, upvoteKey, type QuestionRecord } from './question-index.js';

export interface QaSettings {
  moderation: Moderation;
  /** The question shown big on the presenter screen, if any. */
  highlighted: number | null;
}

export type QaPoll = PollRecord<'qa', QaSettings>;

/** One participant's questions and upvotes in one poll, as last decided. */
export interface Asker {
  /** In the order asked; `id` is null while the question is being written. */
  asked: { id: number | null; ref: string | null }[];
  upvoted: Set<number>;
}

export type AskDecision =
  /** Already asked with this ref: acknowledge that question (its id once it is durable). */
  { action: 'repeat'; index: number } | { action: 'ask'; text: string; status: QuestionStatus };

const isOpen = (poll: PollRecord): Decision<true> =>
  poll.state === 'draft'
    ? deny('poll_not_open', 'questions can be asked once the Q&A is open')
    : poll.state === 'closed'
      ? deny('poll_closed', 'this Q&A is closed')
      : allow(true);

/** Whether this question may be asked now, and with which status. */
export function decideAsk(
  poll: QaPoll,
  asker: Asker,
  raw: unknown,
  ref: string | undefined,
): Decision<AskDecision> {
  if (ref !== undefined) {
    const index = asker.asked.findIndex((question) => question.ref === ref);
    if (index >= 0) return allow({ action: 'repeat', index });
  }
  const open = isOpen(poll);
  if (!open.ok) return open;
  const text = readQuestion(raw);
  if (!text.ok) return text;
  if (asker.asked.length >= QA_LIMITS.perParticipant) {
    return deny(
      'question_limit',
      `you have asked ${QA_LIMITS.perParticipant} questions, as many as this Q&A allows`,
    );
  }
  const status: QuestionStatus =
    poll.settings.moderation === 'pre' || isProfane(text.value) ? 'pending' : 'visible';
  return allow({ action: 'ask', text: text.value, status });
}

/** The question's text: trimmed, 1–280 characters (code points), well-formed. */
export function readQuestion(raw: unknown): Decision<string> {
  const value = (raw as { text?: unknown } | null)?.text;
  if (typeof value !== 'string') {
    return deny('invalid_answer', 'a question is a text: send {"text": "..."}');
  }
  const text = value.trim();
  if (text.length === 0) return deny('invalid_answer', 'the question must not be empty');
  if (text.length > QA_LIMITS.textLength * 4 || codePoints(text) > QA_LIMITS.textLength) {
    return deny('invalid_answer', `a question is at most ${QA_LIMITS.textLength} characters`);
  }
  if (!wellFormed(text)) {
    return deny('invalid_answer', 'the question must be well-formed Unicode (no lone surrogates)');
  }
  return allow(text);
}

export type UpvoteDecision = { action: 'repeat' } | { action: 'mark'; on: boolean };

/**
 * Whether this upvote (or its taking back) may be given now. `shown`: the
 * question is one a participant can see (visible or answered).
 */
export function decideUpvote(
  poll: QaPoll,
  asker: Asker,
  questionId: number,
  on: boolean,
  shown: boolean,
): Decision<UpvoteDecision> {
  const open = isOpen(poll);
  if (!open.ok) return open;
  if (!shown) return deny('question_not_found');
  if (asker.upvoted.has(questionId) === on) return allow({ action: 'repeat' });
  return allow({ action: 'mark', on });
}

/** The host's change of a question: a status, the highlight, or both. */
export function highlightAfter(
  poll: QaPoll,
  questionId: number,
  highlighted: boolean | undefined,
): number | null {
  if (highlighted === undefined) return poll.settings.highlighted;
  if (highlighted) return questionId;
  return poll.settings.highlighted === questionId ? null : poll.settings.highlighted;
}

export const qa = defineRules<'qa', QaSettings, string>({
  kind: 'qa',
  settle: (body) =>
    allow({
      options: [],
      settings: { moderation: body.moderation ?? 'post', highlighted: null },
    }),
  change: (poll, patch) =>
    allow({
      settings: { ...poll.settings, moderation: patch.moderation ?? poll.settings.moderation },
    }),
  parse: () =>
    deny(
      'invalid_answer',
      'a Q&A poll takes questions and upvotes, not votes: send {"type":"ask"} or {"type":"upvote"}',
    ),
  encode: () => deny('invalid_answer'),
  count: () => {},
  items: {
    keep: null,
    load(counters, newest) {
      questionsOf(counters).reload(newest as readonly QuestionRecord[]);
    },
    marked(counters, itemId, n) {
      counters.add(upvoteKey(itemId), n);
    },
    exported: true,
  },
  results(poll, counters, role) {
    const index = questionsOf(counters);
    const { questions, total } = index.list(role, counters, poll.settings.highlighted);
    return { total, questions, ...(role === 'host' ? { counts: index.counts() } : {}) };
  },
  resultsAlwaysShown: true,
  // Q&A keeps no answer row: a participant's questions and upvotes are items and marks.
  answerOf: () => ({ asked: [], upvoted: [] }),
  text: () => '',
  view: (poll) => ({ moderation: poll.settings.moderation }),
});

/** `welcome.myAnswers` of a Q&A poll. */
export function answerOfAsker(asker: Asker): QaAnswer {
  const asked: number[] = [];
  for (const question of asker.asked) if (question.id !== null) asked.push(question.id);
  return { asked, upvoted: [...asker.upvoted] };
}
