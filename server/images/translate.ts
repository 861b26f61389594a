/**
 * A poll and its results read in one of the poll's translations: the
 * question, option labels (by the poll's order, matched into the results by
 * id) and a rating's scale words. Attendees' own texts are never touched.
 * Pure; which translation is asked for is the route's to decide.
 */
import type { Poll, PollTranslation, Results } from '../../shared/protocol.js';

type Labelled = { id: number; label: string };

export function translated(
  poll: Poll,
  results: Results,
  translation: PollTranslation,
): { poll: Poll; results: Results } {
  const next: Record<string, unknown> = { ...poll, question: translation.question };
  const labels = new Map<number, string>();
  if (translation.options && 'options' in poll) {
    next.options = (poll.options as Labelled[]).map((option, i) => {
      const label = translation.options![i] ?? option.label;
      labels.set(option.id, label);
      return { ...option, label };
    });
  }
  if (translation.labels && poll.kind === 'rating')
    next.labels = { ...poll.labels, ...translation.labels };
  const relabelled =
    'options' in results && results.options
      ? {
          ...results,
          options: (results.options as Labelled[]).map((o) => ({
            ...o,
            label: labels.get(o.id) ?? o.label,
          })),
        }
      : results;
  return { poll: next as Poll, results: relabelled as Results };
}
