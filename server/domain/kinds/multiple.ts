import { shareOfVotersPercents } from '../../../shared/tally.js';
import type { PollKindRules } from './index.js';
import { decodeChoices, encodeChoices } from './choice-ballot.js';

/** Up to maxChoices options per voter; each percent is a share of voters. */
export const multiple: PollKindRules = {
  kind: 'multiple',
  defaultMaxChoices: (optionCount) => optionCount,
  checkMaxChoices: (maxChoices, optionCount) =>
    maxChoices >= 1 && maxChoices <= optionCount
      ? null
      : `maxChoices must be between 1 and the number of options (${optionCount})`,
  ballotFor: encodeChoices,
  choicesOf: decodeChoices,
  percents: shareOfVotersPercents,
};
