/**
 * Single and multiple choice, as every part of the kind sees them: their
 * poll and results types, the rows a chart, a table or a mini result shows,
 * and the fields the host's editor keeps.
 */
import type { PollOf, ResultsOf } from '../../../../shared/protocol.js';
import type { ResultRow } from '../../lib/result-row.js';
import type { OptionRow } from '../options/option-list.js';

export type ChoiceKind = 'single' | 'multiple';
export type ChoicePoll = PollOf<'single'> | PollOf<'multiple'>;
export type ChoiceResults = ResultsOf<'single'> | ResultsOf<'multiple'>;

/** Every option of the poll, in its order, with zeros where nothing was counted (or is known yet). */
export function choiceRows(poll: ChoicePoll, results: ChoiceResults | null): ResultRow[] {
  const byId = new Map(results?.options.map((o) => [o.id, o]));
  return poll.options.map((option) => ({
    id: option.id,
    label: option.label,
    count: byId.get(option.id)?.count ?? 0,
    percent: byId.get(option.id)?.percent ?? 0,
  }));
}

/** What the host editor keeps of a choice poll being written. */
export interface ChoiceFields {
  options: OptionRow[];
  /** Multiple choice only; null means "as many as there are options". */
  maxChoices: number | null;
}
