/**
 * The rules of a poll's life: defaults on creation, which edits are allowed,
 * and how its state moves (draft -> open <-> closed).
 */
import type { CreatePollBody, PatchPollBody, PollKind, PollState } from '../../shared/protocol.js';
import type { PollRecord } from './types.js';
import { allow, deny, type Decision } from './errors.js';
import { kindRules } from './kinds/index.js';

export interface NewPollSettings {
  question: string;
  kind: PollKind;
  options: string[];
  maxChoices: number;
  allowChange: boolean;
  showResults: boolean;
}

export function settleNewPoll(body: CreatePollBody): Decision<NewPollSettings> {
  const rules = kindRules(body.kind);
  const maxChoices = body.maxChoices ?? rules.defaultMaxChoices(body.options.length);
  const problem = rules.checkMaxChoices(maxChoices, body.options.length);
  if (problem) return deny('invalid_body', `maxChoices: ${problem}`);
  return allow({
    question: body.question,
    kind: body.kind,
    options: body.options,
    maxChoices,
    allowChange: body.allowChange ?? true,
    showResults: true,
  });
}

const TRANSITIONS: Record<PollState, readonly PollState[]> = {
  draft: ['open', 'closed'],
  open: ['closed'],
  closed: ['open'],
};

export function canMove(from: PollState, to: PollState): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

/** The poll after a host's edit, or why the edit is refused. */
export interface PollChange {
  poll: PollRecord;
  /** New option labels to store (ids are assigned by the store). */
  options?: string[];
}

export function planPollChange(
  poll: PollRecord,
  patch: PatchPollBody,
  hasVotes: boolean,
  now: string,
): Decision<PollChange> {
  const next: PollRecord = { ...poll };
  const rules = kindRules(poll.kind);

  if (patch.state !== undefined && patch.state !== poll.state) {
    if (!canMove(poll.state, patch.state)) {
      return deny('invalid_state', `a poll cannot go from ${poll.state} back to ${patch.state}`);
    }
    next.state = patch.state;
    if (patch.state === 'open') {
      next.openedAt = now;
      next.closedAt = null;
    }
    if (patch.state === 'closed') next.closedAt = now;
  }
  if (patch.question !== undefined) next.question = patch.question;
  if (patch.showResults !== undefined) next.showResults = patch.showResults;
  if (patch.allowChange !== undefined) next.allowChange = patch.allowChange;

  const optionCount = patch.options?.length ?? poll.options.length;
  const optionsChange =
    patch.options !== undefined &&
    (patch.options.length !== poll.options.length ||
      patch.options.some((label, i) => label !== poll.options[i]!.label));
  if (optionsChange && hasVotes) return deny('poll_has_votes');

  if (patch.maxChoices !== undefined || optionsChange) {
    let maxChoices = patch.maxChoices ?? poll.maxChoices;
    if (patch.maxChoices === undefined && poll.kind === 'multiple') {
      // A limit of "all options" keeps that meaning; a limit never exceeds the options.
      maxChoices =
        poll.maxChoices === poll.options.length ? optionCount : Math.min(maxChoices, optionCount);
    }
    if (maxChoices !== poll.maxChoices && hasVotes) return deny('poll_has_votes');
    const problem = rules.checkMaxChoices(maxChoices, optionCount);
    if (problem) return deny('invalid_body', `maxChoices: ${problem}`);
    next.maxChoices = maxChoices;
  }
  return allow(optionsChange ? { poll: next, options: patch.options! } : { poll: next });
}
