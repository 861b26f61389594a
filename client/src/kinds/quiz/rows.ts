/** A quiz question's options as rows of numbers, for the screen's chart, a table and the host's card. */
import type { ResultRow } from '../../lib/result-row.js';
import type { ResultsFor } from '../kind.js';
import { letter, type QuizPoll } from './settings.js';

/** Every option, in order, with its numbers (zeros while unknown) and whether it is correct. */
export function quizRows(
  poll: QuizPoll,
  results: ResultsFor<'quiz'> | null,
): (ResultRow & { correct: boolean })[] {
  const byId = new Map(results?.options?.map((o) => [o.id, o]));
  return poll.options.map((option, i) => {
    const result = byId.get(option.id);
    const correct = result?.correct ?? poll.correct?.includes(option.id) ?? false;
    return {
      id: option.id,
      // The chart draws the label: the ✓ marks the correct bars in shape, not only in colour.
      label: `${correct ? '✓ ' : ''}${letter(i)}. ${option.label}`,
      count: result?.count ?? 0,
      percent: result?.percent ?? 0,
      correct,
    };
  });
}
