/**
 * Whether an answer counts, and what it changes, for every kind: the order of
 * the contract's checks (a re-sent ref, the poll's state, the answer's shape
 * and fit, a change allowed) with the kind deciding shape and fit.
 */
import type { PollRecord, StoredAnswer, StoredValue } from './types.js';
import { allow, deny, type Decision } from './errors.js';
import { rulesOf } from './kinds/index.js';

export type AnswerDecision =
  /** Store `value` (replacing `previous`) and move the tally. */
  | { action: 'store'; value: StoredValue; previous: StoredValue | null }
  /**
   * The answer is already stored (a re-sent ref, or the same answer again):
   * acknowledge. `ref` is a new ref to remember for it, so that this ref too
   * is recognised if the client re-sends it later.
   */
  | { action: 'repeat'; value: StoredValue; ref?: string };

/**
 * `raw` is the vote as it arrived (the envelope's fields beside the answer's
 * are ignored by the kind); `at`, when it arrived (ISO 8601).
 */
export function decideAnswer(
  poll: PollRecord,
  raw: unknown,
  previous: StoredAnswer | null,
  ref: string | undefined,
  at: string,
): Decision<AnswerDecision> {
  // A re-sent ref the server already acknowledged is acknowledged again and
  // changes nothing, even if the poll has closed since: the answer was counted.
  if (previous && ref !== undefined && previous.ref === ref) {
    return allow({ action: 'repeat', value: previous.value });
  }
  if (poll.state === 'draft') return deny('poll_not_open');
  if (poll.state === 'closed') return deny('poll_closed');

  const rules = rulesOf(poll.kind);
  // A poll that closes by itself is closed from its closing time on, even
  // before its close has run.
  const closesAt = rules.closesAt?.(poll);
  if (closesAt && at >= closesAt) return deny('poll_closed', 'time is up for this question');
  const answer = rules.parse(raw);
  if (!answer.ok) return answer;
  const value = rules.encode(poll, answer.value);
  if (!value.ok) return value;

  if (previous) {
    if (!poll.allowChange) return deny('vote_locked');
    if (previous.value === value.value) {
      const remember = ref !== undefined && ref !== previous.ref ? { ref } : {};
      return allow({ action: 'repeat', value: value.value, ...remember });
    }
  }
  return allow({ action: 'store', value: value.value, previous: previous?.value ?? null });
}
