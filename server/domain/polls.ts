/**
 * The rules of a poll's life, for every kind: defaults on creation, which
 * edits are allowed, and how its state moves (draft -> open <-> closed). What
 * a kind owns (its options, its scale) its module decides.
 */
import {
  describeIssues,
  WIRE_KINDS,
  type CreatePollBody,
  type PollKind,
  type PollPatch,
  type PollState,
  type Translations,
} from '../../shared/protocol.js';
import type { PollRecord } from './types.js';
import { allow, deny, type Decision } from './errors.js';
import { rulesOf } from './kinds/index.js';
import { checkTranslations } from './translations.js';

/** A poll as it is created: everything but what the store assigns (ids, times). */
export interface NewPoll {
  question: string;
  kind: PollKind;
  /** Option labels, for kinds with options. */
  options: string[];
  settings: unknown;
  allowChange: boolean;
  showResults: boolean;
  translations: Translations;
}

export function settleNewPoll(body: CreatePollBody): Decision<NewPoll> {
  const shape = rulesOf(body.kind).settle(body);
  if (!shape.ok) return shape;
  const translations = checkTranslations(body.translations ?? {}, {
    optionCount: shape.value.options.length,
    endLabels: rulesOf(body.kind).endLabels === true,
  });
  if (!translations.ok) return translations;
  return allow({
    question: body.question,
    kind: body.kind,
    options: shape.value.options,
    settings: shape.value.settings,
    allowChange: rulesOf(body.kind).finalAnswers ? false : (body.allowChange ?? true),
    showResults: true,
    translations: translations.value,
  });
}

/**
 * A change body checked against the poll's kind: the common fields were
 * checked on arrival, the kind's own (options, scale...) are checked here.
 */
export function parsePollPatch(kind: PollKind, body: Record<string, unknown>): Decision<PollPatch> {
  const own = WIRE_KINDS[kind].patch.safeParse(body);
  if (!own.success) return deny('invalid_body', describeIssues(own.error));
  const patch = { ...body, ...own.data } as PollPatch;
  const common = ['state', 'showResults', 'question', 'allowChange', 'translations'] as const;
  const changes =
    common.some((field) => body[field] !== undefined) ||
    Object.values(own.data).some((value) => value !== undefined);
  return changes ? allow(patch) : deny('invalid_body', 'give at least one field to change');
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
  patch: PollPatch,
  hasAnswers: boolean,
  now: string,
): Decision<PollChange> {
  const next: PollRecord = { ...poll };

  const rules = rulesOf(poll.kind);
  if (patch.state !== undefined && patch.state !== poll.state) {
    if (!canMove(poll.state, patch.state)) {
      return deny('invalid_state', `a poll cannot go from ${poll.state} back to ${patch.state}`);
    }
    if (rules.closesForGood && poll.state === 'closed') {
      return deny(
        'invalid_state',
        `a closed ${poll.kind} poll cannot open again; reset it to play it again`,
      );
    }
    next.state = patch.state;
    // Opened or closed, a poll is no longer the host's private draft.
    next.published = true;
    if (patch.state === 'open') {
      next.openedAt = now;
      next.closedAt = null;
    }
    if (patch.state === 'closed') next.closedAt = now;
  }
  if (patch.question !== undefined) next.question = patch.question;
  if (patch.showResults !== undefined) next.showResults = patch.showResults;
  if (patch.allowChange !== undefined) {
    if (patch.allowChange && rules.finalAnswers) {
      return deny('invalid_body', `allowChange: answers to a ${poll.kind} poll are final`);
    }
    next.allowChange = patch.allowChange;
  }

  const own = rules.change(poll, patch, hasAnswers);
  if (!own.ok) return own;
  next.settings = own.value.settings;
  // Translations follow the options: new labels with the old translations must still pair up.
  if (patch.translations !== undefined || own.value.options) {
    const translations = checkTranslations(patch.translations ?? poll.translations, {
      optionCount: own.value.options?.length ?? poll.options.length,
      endLabels: rules.endLabels === true,
    });
    if (!translations.ok) return translations;
    next.translations = translations.value;
  }
  return allow(own.value.options ? { poll: next, options: own.value.options } : { poll: next });
}
