/**
 * Small pieces of wording the catalogue's t() does not cover: ordinals
 * ("1st", by the language's ordinal rules) and a plain list of items
 * ("Trade, Dialogue": the language's separator, no "and").
 */
import { currentLanguage, t } from '../i18n/i18n.js';

const ORDINAL_KEYS = {
  one: 'common.ordinal.one',
  two: 'common.ordinal.two',
  few: 'common.ordinal.few',
  many: 'common.ordinal.many',
  other: 'common.ordinal.other',
} as const;

/** "1st", "2nd", "3rd", "11th", "22nd" in English; each language's own way elsewhere. */
export function ordinal(n: number): string {
  const category = new Intl.PluralRules(currentLanguage(), { type: 'ordinal' }).select(n);
  const key =
    category in ORDINAL_KEYS
      ? ORDINAL_KEYS[category as keyof typeof ORDINAL_KEYS]
      : ORDINAL_KEYS.other;
  return t(key, { n });
}

/** "A, B, C": items side by side, as the language separates them (a unit list: no "and"). */
export function listOf(items: readonly string[]): string {
  return new Intl.ListFormat(currentLanguage(), { type: 'unit', style: 'short' }).format(items);
}
