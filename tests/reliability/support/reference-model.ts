/**
 * A reference model of one event, written from the contract (docs/API.md),
 * not from the server's code: what each host and attendee
 * action must answer, and what every tally must then show.
 */
import { largestRemainderPercents, shareOfVotersPercents } from '../../../shared/kinds/choice.js';

export type Kind = 'single' | 'multiple';
export type State = 'draft' | 'open' | 'closed';

export interface ModelVote {
  /** In the poll's display order. */
  choices: number[];
  ref: string | null;
}

export interface ModelPoll {
  id: number;
  kind: Kind;
  optionIds: number[];
  state: State;
  allowChange: boolean;
  maxChoices: number;
  showResults: boolean;
  /** Opened, closed or put on screen at least once: until then only the host sees it. */
  published: boolean;
  /** By person index. */
  votes: Map<number, ModelVote>;
  deleted: boolean;
}

export interface Model {
  polls: ModelPoll[];
  /** The poll on the presenter screen. */
  activePollId: number | null;
  people: number;
  refs: number;
}

export type Outcome = { ok: true } | { ok: false; code: string };

const refuse = (code: string): Outcome => ({ ok: false, code });

/**
 * The answer to a vote, in the contract's order of checks: the poll exists;
 * a re-sent ref that is the stored vote's is acknowledged and changes nothing
 * (even on a closed poll); the poll is open; the choices are valid; a change
 * is allowed. Applies the vote to the model when it is accepted.
 */
export function castVote(
  poll: ModelPoll | undefined,
  person: number,
  choices: readonly number[],
  ref: string | undefined,
): Outcome {
  if (!poll || poll.deleted) return refuse('poll_not_found');
  const previous = poll.votes.get(person);
  if (previous && ref !== undefined && previous.ref === ref) return { ok: true };
  if (poll.state === 'draft') return refuse('poll_not_open');
  if (poll.state === 'closed') return refuse('poll_closed');
  if (choices.length === 0 || choices.length > poll.maxChoices) return refuse('invalid_choice');
  if (new Set(choices).size !== choices.length) return refuse('invalid_choice');
  if (choices.some((id) => !poll.optionIds.includes(id))) return refuse('invalid_choice');
  const ordered = poll.optionIds.filter((id) => choices.includes(id));
  if (previous) {
    if (!poll.allowChange) return refuse('vote_locked');
    if (sameChoices(previous.choices, ordered)) {
      // The same vote again: acknowledged; a new ref is remembered for it.
      if (ref !== undefined) previous.ref = ref;
      return { ok: true };
    }
  }
  poll.votes.set(person, { choices: ordered, ref: ref ?? null });
  return { ok: true };
}

/** A host's state change: draft -> open | closed, open -> closed, closed -> open; same state is a no-op. */
export function moveState(poll: ModelPoll | undefined, to: State): Outcome {
  if (!poll || poll.deleted) return refuse('poll_not_found');
  if (poll.state === to) return { ok: true };
  const allowed: Record<State, State[]> = {
    draft: ['open', 'closed'],
    open: ['closed'],
    closed: ['open'],
  };
  if (!allowed[poll.state].includes(to)) return refuse('invalid_state');
  poll.state = to;
  poll.published = true;
  return { ok: true };
}

/** The host puts a poll on screen (publishing it), or none. */
export function putOnScreen(model: Model, poll: ModelPoll | undefined | null): Outcome {
  if (poll === null) {
    model.activePollId = null;
    return { ok: true };
  }
  if (!poll || poll.deleted) return refuse('poll_not_found');
  poll.published = true;
  model.activePollId = poll.id;
  return { ok: true };
}

/** Whether attendees and presenters may know of the poll (the contract's "drafts are the host's"). */
export function isPublic(poll: ModelPoll): boolean {
  return poll.published || poll.state !== 'draft';
}

/**
 * New option labels (always different from the old ones): refused once the
 * poll has votes. Ids are kept position by position; the store assigns new
 * ones (`newIds`, read from the answer) for positions past the old list.
 */
export function editOptions(poll: ModelPoll | undefined): Outcome {
  if (!poll || poll.deleted) return refuse('poll_not_found');
  if (poll.votes.size > 0) return refuse('poll_has_votes');
  return { ok: true };
}

export function applyOptionEdit(poll: ModelPoll, newIds: number[]): void {
  const oldCount = poll.optionIds.length;
  if (poll.kind === 'multiple') {
    poll.maxChoices =
      poll.maxChoices === oldCount ? newIds.length : Math.min(poll.maxChoices, newIds.length);
  }
  poll.optionIds = newIds;
}

export interface Tally {
  total: number;
  counts: number[];
  percents: number[];
}

export function tallyOf(poll: ModelPoll): Tally {
  const counts = poll.optionIds.map(() => 0);
  for (const vote of poll.votes.values()) {
    for (const id of vote.choices) counts[poll.optionIds.indexOf(id)]!++;
  }
  const total = poll.votes.size;
  const percents =
    poll.kind === 'single'
      ? largestRemainderPercents(counts)
      : shareOfVotersPercents(counts, total);
  return { total, counts, percents };
}

/** The votes of one person, as `welcome.myVotes` shows them. */
export function myVotes(model: Model, person: number): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const poll of model.polls) {
    const vote = poll.votes.get(person);
    if (!poll.deleted && vote) out[poll.id] = vote.choices;
  }
  return out;
}

export function livePolls(model: Model): ModelPoll[] {
  return model.polls.filter((p) => !p.deleted);
}

/** The polls an attendee or a presenter sees, in creation order. */
export function publicPolls(model: Model): ModelPoll[] {
  return livePolls(model).filter(isPublic);
}

function sameChoices(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
