/**
 * A poll's translations against the poll they translate: one label per
 * option, in the poll's order, and scale words only where the kind has a
 * scale. Pure; the wire checked each text's length and the tags.
 */
import type { Translations } from '../../shared/protocol.js';
import { allow, deny, type Decision } from './errors.js';

/** What a poll offers to translate besides its question. */
export interface Translatable {
  optionCount: number;
  /** The kind has words for its scale's ends (a rating). */
  endLabels: boolean;
}

export function checkTranslations(
  translations: Translations,
  poll: Translatable,
): Decision<Translations> {
  for (const [tag, translation] of Object.entries(translations)) {
    const where = `translations.${tag}`;
    if (translation.options !== undefined) {
      if (poll.optionCount === 0)
        return deny('invalid_body', `${where}.options: this poll has no options to translate`);
      if (translation.options.length !== poll.optionCount)
        return deny(
          'invalid_body',
          `${where}.options: give ${poll.optionCount} labels, one per option in the poll's order (${translation.options.length} given)`,
        );
    }
    if (translation.labels !== undefined && !poll.endLabels)
      return deny('invalid_body', `${where}.labels: only a rating's scale has end labels`);
  }
  return allow(translations);
}

/** The event's further languages: distinct, without the event's own. */
export function furtherLanguages(language: string, languages: readonly string[]): string[] {
  return [...new Set(languages)].filter((tag) => tag !== language);
}
