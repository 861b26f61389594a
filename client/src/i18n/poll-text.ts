/**
 * A poll in the reader's language: its question, option labels and scale
 * words replaced by the poll's translation for that language, where it has
 * one, everywhere the page reads them (the poll and its results). Option ids
 * and counts are untouched: one poll, one tally, whatever the language.
 * Attendees' own texts (words, entries, questions) are never touched.
 */
import type { Poll, PollTranslation, Results } from '../../../shared/protocol.js';
import { baseOf, pickTranslation } from './languages.js';

/** The translation this reader gets, and its tag; null: the original. */
export function translationFor(
  poll: Poll,
  language: string,
): { tag: string; value: PollTranslation } | null {
  return pickTranslation(poll.translations, language);
}

/**
 * The translation a reader gets, going down their languages (the page's,
 * then the browser's, most wanted first): the first that is the original's
 * language (the event's) means the original, the first the poll is
 * translated into means that translation. Null: the original.
 */
export function readerTranslation(
  poll: Poll,
  preferences: readonly string[],
  originalLanguage: string,
): { tag: string; value: PollTranslation } | null {
  for (const tag of preferences) {
    if (baseOf(tag) === baseOf(originalLanguage)) return null;
    const found = translationFor(poll, tag);
    if (found) return found;
  }
  return null;
}

/**
 * The poll with a translation's texts: its question, its options' labels (in
 * the poll's order) and its scale words; its results take the new labels.
 * The same object when there is no translation.
 */
export function withTranslation<P extends Poll>(
  poll: P,
  translation: { value: PollTranslation } | null,
): P {
  if (!translation) return poll;
  const { question, options, labels } = translation.value;
  const next: Record<string, unknown> = { ...poll, question };
  if (options && 'options' in poll)
    next.options = (poll.options as Labelled[]).map((option, i) => ({
      ...option,
      label: options[i] ?? option.label,
    }));
  if (labels && 'labels' in poll) next.labels = { ...poll.labels, ...labels };
  if (poll.results) next.results = withLabelsOf(poll.results, next as Poll);
  return next as P;
}

/** The poll as it reads in `language` (the same object when there is no translation for it). */
export const localisePoll = <P extends Poll>(poll: P, language: string): P =>
  withTranslation(poll, translationFor(poll, language));

type Labelled = { id: number; label: string };

/**
 * Results read with the labels of `poll` (localised by `localisePoll`),
 * matched by option id; results without options come back as they are.
 */
export function withLabelsOf<R extends Results | null | undefined>(results: R, poll: Poll): R {
  if (!results || !('options' in results) || !('options' in poll)) return results;
  const labels = new Map((poll.options as Labelled[]).map((o) => [o.id, o.label]));
  const options = (results.options as Labelled[]).map((item) => {
    const label = labels.get(item.id);
    return label === undefined ? item : { ...item, label };
  });
  return { ...results, options } as R;
}
