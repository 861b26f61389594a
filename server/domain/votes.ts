/**
 * Whether a vote counts, and what it changes. Called with the poll as it is
 * at the moment of the write, inside the group-commit transaction, so the
 * decision and the write are one atomic step.
 */
import type { Ballot, PollRecord, StoredVote } from './types.js';
import { allow, deny, type Decision } from './errors.js';
import { kindRules } from './kinds/index.js';

export type VoteDecision =
  /** Store `ballot` (replacing `previous`) and move the tally. */
  | { action: 'store'; ballot: Ballot; previous: Ballot | null }
  /**
   * The ballot is already stored (a re-sent ref, or the same choices again):
   * acknowledge. `ref` is a new ref to remember for it, so that this ref too
   * is recognised if the client re-sends it later.
   */
  | { action: 'repeat'; ballot: Ballot; ref?: string };

export function decideVote(
  poll: PollRecord,
  choices: readonly number[],
  previous: StoredVote | null,
  ref: string | undefined,
): Decision<VoteDecision> {
  // A re-sent ref the server already acknowledged is acknowledged again and
  // changes nothing, even if the poll has closed since: the vote was counted.
  if (previous && ref !== undefined && previous.ref === ref) {
    return allow({ action: 'repeat', ballot: previous.ballot });
  }
  if (poll.state === 'draft') return deny('poll_not_open');
  if (poll.state === 'closed') return deny('poll_closed');

  const ballot = kindRules(poll.kind).ballotFor(poll, choices);
  if (!ballot.ok) return ballot;

  if (previous) {
    if (!poll.allowChange) return deny('vote_locked');
    if (previous.ballot === ballot.value) {
      const remember = ref !== undefined && ref !== previous.ref ? { ref } : {};
      return allow({ action: 'repeat', ballot: ballot.value, ...remember });
    }
  }
  return allow({ action: 'store', ballot: ballot.value, previous: previous?.ballot ?? null });
}
