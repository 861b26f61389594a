/**
 * The poll editor's translations as the host types them, and what is sent:
 * a language whose question is blank is left out; option labels left blank
 * take the original's (names often stay as they are), and none typed sends
 * none; a scale's words only where the poll has a scale. Pure, for tests.
 */
import { codePoints, LIMITS } from '../../../shared/limits.js';
import { RATING_LIMITS } from '../../../shared/kinds/rating-limits.js';
import type { PollTranslation, Translations } from '../../../shared/protocol.js';
import { t } from '../i18n/i18n.js';

export interface TranslationDraft {
  question: string;
  options: string[];
  labels: { min: string; max: string };
}
export type TranslationDrafts = Record<string, TranslationDraft>;

/** What a translation is of: the poll's option labels, and whether it has scale words. */
export interface Originals {
  options: readonly string[];
  scale: boolean;
}

export function draftsOf(translations: Translations | undefined): TranslationDrafts {
  const drafts: TranslationDrafts = {};
  for (const [tag, value] of Object.entries(translations ?? {}))
    drafts[tag] = {
      question: value.question,
      options: [...(value.options ?? [])],
      labels: { min: value.labels?.min ?? '', max: value.labels?.max ?? '' },
    };
  return drafts;
}

export const emptyDraft = (): TranslationDraft => ({
  question: '',
  options: [],
  labels: { min: '', max: '' },
});

/** The translations to send. */
export function translationsOf(drafts: TranslationDrafts, originals: Originals): Translations {
  const out: Translations = {};
  for (const [tag, draft] of Object.entries(drafts)) {
    const question = draft.question.trim();
    if (!question) continue;
    const value: PollTranslation = { question };
    const typed = originals.options.map((_, i) => draft.options[i]?.trim() ?? '');
    if (typed.some(Boolean))
      value.options = typed.map((label, i) => label || originals.options[i]!);
    if (originals.scale) {
      const min = draft.labels.min.trim();
      const max = draft.labels.max.trim();
      if (min || max) value.labels = { ...(min ? { min } : {}), ...(max ? { max } : {}) };
    }
    out[tag] = value;
  }
  return out;
}

/** Per language, what stops it being sent as typed (in the host's words); empty when nothing. */
export function translationProblems(
  drafts: TranslationDrafts,
  originals: Originals,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [tag, draft] of Object.entries(drafts)) {
    const question = draft.question.trim();
    const typedAny =
      draft.options.some((o) => o.trim()) || draft.labels.min.trim() || draft.labels.max.trim();
    if (!question && typedAny) problems[tag] = t('host.translations.needQuestion');
    else if (codePoints(question) > LIMITS.questionLength)
      problems[tag] = t('host.translations.questionTooLong', { limit: LIMITS.questionLength });
    else if (
      originals.options.some(
        (_, i) => codePoints(draft.options[i]?.trim() ?? '') > LIMITS.optionLength,
      )
    )
      problems[tag] = t('host.translations.optionTooLong', { limit: LIMITS.optionLength });
    else if (
      originals.scale &&
      [draft.labels.min, draft.labels.max].some(
        (word) => codePoints(word.trim()) > RATING_LIMITS.labelLength,
      )
    )
      problems[tag] = t('host.translations.scaleTooLong', { limit: RATING_LIMITS.labelLength });
  }
  return problems;
}

/** Whether the translations to send differ from the poll's (order of languages aside). */
export function sameTranslations(a: Translations | undefined, b: Translations): boolean {
  const sorted = (x: Translations | undefined) =>
    JSON.stringify(Object.entries(x ?? {}).sort(([p], [q]) => (p < q ? -1 : 1)));
  return sorted(a) === sorted(b);
}
