/**
 * The poll editor's draft and its checks, mirroring the server's limits
 * (shared LIMITS) so the moderator hears about a problem before sending, in
 * words that point at the field. Empty option rows are ignored: "Enter adds
 * the next option" leaves one behind more often than not.
 */
import { LIMITS } from '../../../shared/limits.js';
import type { CreatePollBody, PatchPollBody, Poll, PollKind } from '../../../shared/protocol.js';

export interface PollDraft {
  question: string;
  kind: PollKind;
  /** One entry per option row; `key` keeps each input's identity while rows come and go. */
  options: { key: number; label: string }[];
  /** Only meaningful for multiple choice; null means "as many as there are options". */
  maxChoices: number | null;
  allowChange: boolean;
}

export interface DraftProblems {
  question?: string;
  /** By row key. */
  options: Record<number, string>;
  /** About the list as a whole (too few, too many, duplicates). */
  optionList?: string;
  maxChoices?: string;
}

let nextKey = 1;
export const optionRow = (label = '') => ({ key: nextKey++, label });

export function emptyDraft(): PollDraft {
  return {
    question: '',
    kind: 'single',
    options: [optionRow(), optionRow(), optionRow()],
    maxChoices: null,
    allowChange: true,
  };
}

export function draftOf(poll: Poll): PollDraft {
  return {
    question: poll.question,
    kind: poll.kind,
    options: poll.options.map((o) => optionRow(o.label)),
    maxChoices:
      poll.kind === 'multiple' && poll.maxChoices < poll.options.length ? poll.maxChoices : null,
    allowChange: poll.allowChange,
  };
}

const filled = (draft: PollDraft) =>
  draft.options.map((o) => o.label.trim()).filter((l) => l.length > 0);

export function checkDraft(draft: PollDraft): DraftProblems {
  const problems: DraftProblems = { options: {} };
  const question = draft.question.trim();
  if (question.length === 0) problems.question = 'Write the question attendees will answer.';
  else if (question.length > LIMITS.questionLength) {
    problems.question = `The question is ${question.length} characters; the limit is ${LIMITS.questionLength}.`;
  }

  for (const option of draft.options) {
    const length = option.label.trim().length;
    if (length > LIMITS.optionLength) {
      problems.options[option.key] =
        `${length} characters; an option is at most ${LIMITS.optionLength}.`;
    }
  }
  const labels = filled(draft);
  if (labels.length < LIMITS.minOptions)
    problems.optionList = `Give at least ${LIMITS.minOptions} options.`;
  else if (labels.length > LIMITS.maxOptions)
    problems.optionList = `A poll has at most ${LIMITS.maxOptions} options.`;
  else {
    const seen = new Set<string>();
    const duplicate = labels.find((l) => {
      const folded = l.toLocaleLowerCase();
      if (seen.has(folded)) return true;
      seen.add(folded);
      return false;
    });
    if (duplicate !== undefined)
      problems.optionList = `"${duplicate}" is listed twice; each option must be different.`;
  }

  if (draft.kind === 'multiple' && draft.maxChoices !== null && draft.maxChoices > labels.length) {
    problems.maxChoices = `Attendees cannot pick ${draft.maxChoices} of ${labels.length} options.`;
  }
  return problems;
}

export const hasProblems = (p: DraftProblems) =>
  p.question !== undefined ||
  p.optionList !== undefined ||
  p.maxChoices !== undefined ||
  Object.keys(p.options).length > 0;

function maxChoicesOf(draft: PollDraft, optionCount: number): number {
  if (draft.kind === 'single') return 1;
  return draft.maxChoices === null ? optionCount : Math.min(draft.maxChoices, optionCount);
}

export function createBody(draft: PollDraft): CreatePollBody {
  const options = filled(draft);
  return {
    question: draft.question.trim(),
    kind: draft.kind,
    options,
    maxChoices: maxChoicesOf(draft, options.length),
    allowChange: draft.allowChange,
  };
}

/**
 * Only what changed: a poll with votes accepts a new question or vote-change
 * rule, and refuses option edits, so unchanged options must not be sent as if
 * they were edits. Null when nothing changed. The kind cannot change (the
 * server keeps a poll's kind for life), so the editor locks it.
 */
export function patchBody(poll: Poll, draft: PollDraft): PatchPollBody | null {
  const patch: PatchPollBody = {};
  const question = draft.question.trim();
  if (question !== poll.question) patch.question = question;
  const options = filled(draft);
  const sameOptions =
    options.length === poll.options.length && options.every((l, i) => l === poll.options[i]!.label);
  if (!sameOptions) patch.options = options;
  const maxChoices = maxChoicesOf(draft, options.length);
  if (maxChoices !== poll.maxChoices) patch.maxChoices = maxChoices;
  if (draft.allowChange !== poll.allowChange) patch.allowChange = draft.allowChange;
  return Object.keys(patch).length === 0 ? null : patch;
}
