/**
 * Ballots of the choice kinds (single, multiple): a set of option indexes
 * stored as a bit mask. Shared by the two kinds, not by kinds to come (a
 * rating or a word cloud brings its own ballot).
 */
import type { Ballot, PollRecord } from '../types.js';
import { allow, deny, type Decision } from '../errors.js';

export function encodeChoices(poll: PollRecord, choices: readonly number[]): Decision<Ballot> {
  if (choices.length === 0) return deny('invalid_choice', 'choose at least one option');
  if (choices.length > poll.maxChoices) {
    return deny(
      'invalid_choice',
      poll.maxChoices === 1
        ? 'choose exactly one option'
        : `choose at most ${poll.maxChoices} options`,
    );
  }
  let ballot = 0;
  for (const id of choices) {
    let index = poll.options.length - 1;
    while (index >= 0 && poll.options[index]!.id !== id) index--;
    if (index < 0) return deny('invalid_choice', `option ${id} is not an option of this poll`);
    const bit = 2 ** index;
    if (ballot & bit) return deny('invalid_choice', `option ${id} is chosen twice`);
    ballot |= bit;
  }
  return allow(ballot >>> 0);
}

/** Option ids of a ballot, in the poll's display order. */
export function decodeChoices(poll: PollRecord, ballot: Ballot): number[] {
  const ids: number[] = [];
  poll.options.forEach((option, index) => {
    if (ballot & (2 ** index)) ids.push(option.id);
  });
  return ids;
}

/** Option indexes of a ballot; used to move the tally. */
export function ballotIndexes(ballot: Ballot, optionCount: number): number[] {
  const indexes: number[] = [];
  for (let i = 0; i < optionCount; i++) if (ballot & (2 ** i)) indexes.push(i);
  return indexes;
}
