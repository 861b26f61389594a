/**
 * Languages on the wire (additive to v2): an event's language, the further
 * languages it offers, and a poll's translations. A translation is read
 * beside the original; the poll keeps one set of option ids and one tally.
 * A client that does not know `translations` ignores it.
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';
import { RATING_LIMITS } from './kinds/rating-limits.js';
import { text } from './schema.js';

export const TRANSLATION_LIMITS = {
  /** Languages an event offers beside its own, and translations a poll may carry. */
  maxLanguages: 16,
  tagLength: 35,
} as const;

/** The tag in its canonical form ("pt-br" → "pt-BR"), or null when it is not BCP 47. */
export function canonicalTag(tag: string): string | null {
  if (tag.length === 0 || tag.length > TRANSLATION_LIMITS.tagLength) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** A BCP 47 language tag, given back in its canonical form. */
export const LanguageTag = z
  .string()
  .max(TRANSLATION_LIMITS.tagLength, 'a language tag is at most 35 characters')
  .refine((tag) => canonicalTag(tag) !== null, {
    message: 'a language is a BCP 47 tag such as "en", "ka" or "pt-BR"',
  })
  .transform((tag) => canonicalTag(tag)!);

/** The event's further languages: distinct, not more than the limit. */
export const LanguageList = z
  .array(LanguageTag)
  .max(
    TRANSLATION_LIMITS.maxLanguages,
    `at most ${TRANSLATION_LIMITS.maxLanguages} further languages`,
  )
  .refine((tags) => new Set(tags).size === tags.length, 'a language is listed twice');

const label = (what: string) => text(LIMITS.optionLength, what);
const endLabel = text(RATING_LIMITS.labelLength, 'a translated scale label');

/** One language's texts of a poll: the question, the options in the poll's order, a scale's ends. */
export const PollTranslation = z.strictObject({
  question: text(LIMITS.questionLength, 'a translated question'),
  options: z.array(label('a translated option')).max(LIMITS.maxOptions).optional(),
  labels: z.strictObject({ min: endLabel.optional(), max: endLabel.optional() }).optional(),
});
export type PollTranslation = z.infer<typeof PollTranslation>;

/**
 * `{"<tag>": PollTranslation}`. Tags are checked and made canonical; two
 * spellings of one tag ("pt-br", "pt-BR") are refused as a repeat.
 */
export const Translations = z
  .record(z.string(), PollTranslation)
  .superRefine((map, ctx) => {
    const tags = Object.keys(map);
    if (tags.length > TRANSLATION_LIMITS.maxLanguages)
      ctx.addIssue({
        code: 'custom',
        message: `at most ${TRANSLATION_LIMITS.maxLanguages} translations`,
      });
    const seen = new Set<string>();
    for (const tag of tags) {
      const canonical = canonicalTag(tag);
      if (canonical === null)
        ctx.addIssue({
          code: 'custom',
          path: [tag],
          message: `"${tag.slice(0, 40)}" is not a language tag (BCP 47, such as "ka" or "pt-BR")`,
        });
      else if (seen.has(canonical))
        ctx.addIssue({ code: 'custom', path: [tag], message: `${canonical} is translated twice` });
      else seen.add(canonical);
    }
  })
  .transform((map) =>
    Object.fromEntries(Object.entries(map).map(([tag, value]) => [canonicalTag(tag)!, value])),
  );
export type Translations = Record<string, PollTranslation>;
