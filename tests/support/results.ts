/** Narrowing for tests of choice polls: the per-option results of a tally or results answer. */
import type { ResultsOf } from '../../shared/protocol.js';

type ChoiceResults = ResultsOf<'single'> | ResultsOf<'multiple'>;

/** The options of choice results; throws (failing the test) for any other kind. */
export function optionsOf(results: { kind: string }): ChoiceResults['options'] {
  if (results.kind !== 'single' && results.kind !== 'multiple') {
    throw new Error(`expected the results of a choice poll, got kind ${results.kind}`);
  }
  return (results as ChoiceResults).options;
}
