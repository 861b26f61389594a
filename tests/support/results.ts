/** Narrowing for tests of choice polls: the per-option results of a tally or results answer. */
import type { ResultsOf } from '../../shared/protocol.js';

type ChoiceResults = ResultsOf<'single'> | ResultsOf<'multiple'>;

/** The options of choice results; throws (failing the test) for any other kind. */
export function optionsOf(results: { kind: string }): ChoiceResults['options'] {
  if (!['single', 'multiple', 'quiz'].includes(results.kind)) {
    throw new Error(`expected the results of a choice poll or a quiz, got kind ${results.kind}`);
  }
  // A quiz's results while open (for anyone but the host) have no options yet.
  return (results as ChoiceResults).options ?? [];
}
