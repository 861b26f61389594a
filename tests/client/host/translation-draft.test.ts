/**
 * The poll editor's translations (client/src/host/translation-draft.ts):
 * what is sent from what the host typed, what is refused before sending, and
 * when a change sends them at all.
 */
import { describe, expect, it } from 'vitest';
import {
  draftsOf,
  emptyDraft,
  sameTranslations,
  translationProblems,
  translationsOf,
} from '../../../client/src/host/translation-draft.js';

const choice = { options: ['Yes', 'No', 'Not sure'], scale: false };
const rating = { options: [], scale: true };

describe('translationsOf', () => {
  it('a blank question leaves the language out; blank options take the original’s; none typed sends none', () => {
    expect(
      translationsOf(
        {
          ka: { question: ' კითხვა? ', options: ['დიახ', '', ' '], labels: { min: '', max: '' } },
          ru: { question: 'Вопрос?', options: [], labels: { min: '', max: '' } },
          de: emptyDraft(),
        },
        choice,
      ),
    ).toEqual({
      ka: { question: 'კითხვა?', options: ['დიახ', 'No', 'Not sure'] },
      ru: { question: 'Вопрос?' },
    });
  });

  it('scale words only where the poll has a scale, and only those typed', () => {
    const typed = { question: 'Полезно?', options: [], labels: { min: '', max: 'Очень' } };
    expect(translationsOf({ ru: typed }, rating)).toEqual({
      ru: { question: 'Полезно?', labels: { max: 'Очень' } },
    });
    expect(translationsOf({ ru: typed }, { options: [], scale: false })).toEqual({
      ru: { question: 'Полезно?' },
    });
  });

  it('what the poll has comes back as drafts, and unchanged is recognised whatever the order', () => {
    const translations = {
      ru: { question: 'Вопрос?' },
      ka: { question: 'კითხვა?', options: ['დიახ', 'არა', 'არ ვიცი'] },
    };
    const drafts = draftsOf(translations);
    expect(translationsOf(drafts, choice)).toEqual(translations);
    expect(sameTranslations(translations, translationsOf(drafts, choice))).toBe(true);
    expect(sameTranslations(undefined, {})).toBe(true);
    expect(sameTranslations(translations, {})).toBe(false);
  });
});

describe('translationProblems', () => {
  it('options or scale words without a question, and texts past the server’s limits, are named by language', () => {
    expect(
      translationProblems(
        {
          ka: { question: '', options: ['დიახ'], labels: { min: '', max: '' } },
          ru: { question: 'x'.repeat(301), options: [], labels: { min: '', max: '' } },
          de: { question: 'Frage?', options: ['x'.repeat(121)], labels: { min: '', max: '' } },
          fr: { question: 'Question ?', options: [], labels: { min: 'x'.repeat(41), max: '' } },
          es: { question: '¿Pregunta?', options: ['Sí'], labels: { min: '', max: '' } },
        },
        { options: ['Yes'], scale: true },
      ),
    ).toEqual({
      ka: 'Translate the question too, or clear this language.',
      ru: 'The translated question is longer than 300 characters.',
      de: 'A translated option is longer than 120 characters.',
      fr: 'A translated scale word is longer than 40 characters.',
    });
  });
});
