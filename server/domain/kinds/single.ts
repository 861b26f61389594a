import { largestRemainderPercents } from '../../../shared/tally.js';
import type { PollKindRules } from './index.js';
import { decodeChoices, encodeChoices } from './choice-ballot.js';

/** One option per voter; percents are integers summing to exactly 100. */
export const single: PollKindRules = {
  kind: 'single',
  defaultMaxChoices: () => 1,
  checkMaxChoices: (maxChoices) =>
    maxChoices === 1 ? null : 'a single-choice poll has maxChoices 1',
  ballotFor: encodeChoices,
  choicesOf: decodeChoices,
  percents: (counts) => largestRemainderPercents(counts),
};
