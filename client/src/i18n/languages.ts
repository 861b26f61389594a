/**
 * The languages voxpop's pages speak. Adding one: a line here and a folder
 * under locales/ with the same files as locales/en (the catalogue test and
 * the type checker both say what is missing).
 */
export const LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'ru', name: 'Русский' },
  { tag: 'ka', name: 'ქართული' },
  { tag: 'hy', name: 'Հայերեն' },
  { tag: 'az', name: 'Azərbaycan dili' },
  { tag: 'de', name: 'Deutsch' },
  { tag: 'fr', name: 'Français' },
  { tag: 'es', name: 'Español' },
  { tag: 'uk', name: 'Українська' },
  { tag: 'tr', name: 'Türkçe' },
] as const;

export type Language = (typeof LANGUAGES)[number]['tag'];

/** How long each of an event's languages stays on the presenter screen when they alternate. */
export const ALTERNATE_SECONDS = 8;
export const DEFAULT_LANGUAGE: Language = 'en';

const TAGS: readonly string[] = LANGUAGES.map((l) => l.tag);
/** Scripts written right to left; none of today's ten, but a new one may be. */
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb']);

export const isLanguage = (tag: unknown): tag is Language =>
  typeof tag === 'string' && TAGS.includes(tag);

export const languageName = (tag: string): string =>
  LANGUAGES.find((l) => l.tag === tag)?.name ?? tag;

/** The primary subtag, lower-cased: "pt-BR" → "pt", "az-Latn-AZ" → "az". */
export const baseOf = (tag: string): string => tag.split(/[-_]/)[0]!.toLowerCase();

export const directionOf = (tag: string): 'ltr' | 'rtl' => (RTL.has(baseOf(tag)) ? 'rtl' : 'ltr');

/**
 * The first of the reader's preferred languages (most wanted first, as
 * navigator.languages lists them) that voxpop speaks, matched on the primary
 * subtag; null when none is.
 */
export function matchLanguage(preferred: readonly string[]): Language | null {
  for (const tag of preferred) {
    const base = baseOf(tag);
    if (isLanguage(base)) return base;
  }
  return null;
}

/**
 * Of a poll's translations, the one for this reader: an exact tag first,
 * then one with the same primary subtag. Null when there is none (the
 * original is shown).
 */
export function pickTranslation<T>(
  translations: Readonly<Record<string, T>> | undefined,
  language: string,
): { tag: string; value: T } | null {
  if (!translations) return null;
  const exact = translations[language];
  if (exact) return { tag: language, value: exact };
  const base = baseOf(language);
  for (const [tag, value] of Object.entries(translations))
    if (baseOf(tag) === base) return { tag, value };
  return null;
}
