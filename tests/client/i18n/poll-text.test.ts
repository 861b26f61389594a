/**
 * A poll in the reader's language (client/src/i18n/poll-text.ts): the
 * translation for the exact tag, else the primary subtag's, else the
 * original; question, option labels (in the poll and its results, by option
 * id) and a rating's scale words replaced; ids and counts untouched.
 */
import { describe, expect, it } from 'vitest';
import { localisePoll, readerTranslation } from '../../../client/src/i18n/poll-text.js';
import { matchLanguage, pickTranslation } from '../../../client/src/i18n/languages.js';
import type { PollOf } from '../../../shared/protocol.js';
import { choiceResults, pollWith } from '../fixtures.js';

const LABELS = ['Yes', 'No', 'Not sure'];
const KA = { question: 'კითხვა?', options: ['დიახ', 'არა', 'არ ვიცი'] };
const translated = pollWith(LABELS, 4, {
  translations: { ka: KA, 'pt-BR': { question: 'Pergunta?' } },
  results: choiceResults(4, [5, 3, 1], LABELS),
});

describe('localisePoll', () => {
  it('replaces the question and every label, in the poll and its results, keeping ids and counts', () => {
    const ka = localisePoll(translated, 'ka');
    expect(ka.question).toBe('კითხვა?');
    expect(ka.options).toEqual([
      { id: 41, label: 'დიახ' },
      { id: 42, label: 'არა' },
      { id: 43, label: 'არ ვიცი' },
    ]);
    expect(ka.results!.options.map((o) => [o.id, o.label, o.count])).toEqual([
      [41, 'დიახ', 5],
      [42, 'არა', 3],
      [43, 'არ ვიცი', 1],
    ]);
    // The poll itself is not changed: the original is still there to show.
    expect(translated.question).toBe('Question 4?');
  });

  it('the original where there is no translation; the primary subtag matches; labels kept when only the question is translated', () => {
    expect(localisePoll(translated, 'ru')).toBe(translated);
    const pt = localisePoll(translated, 'pt');
    expect(pt.question).toBe('Pergunta?');
    expect(pt.options.map((o) => o.label)).toEqual(LABELS);
    expect(pickTranslation(translated.translations, 'ka-GE')?.tag).toBe('ka');
  });

  it("a rating's scale words", () => {
    const rating: PollOf<'rating'> = {
      id: 9,
      kind: 'rating',
      question: 'Useful?',
      state: 'open',
      showResults: true,
      allowChange: true,
      createdAt: '2026-01-01T00:00:00.000Z',
      max: 5,
      labels: { min: 'Not at all', max: 'Very' },
      translations: { ru: { question: 'Полезно?', labels: { max: 'Очень' } } },
    };
    expect(localisePoll(rating, 'ru')).toMatchObject({
      question: 'Полезно?',
      labels: { min: 'Not at all', max: 'Очень' },
    });
  });
});

describe('readerTranslation', () => {
  it('goes down the reader’s languages: the original’s language means the original, else the first translation', () => {
    const tagOf = (prefs: string[], original = 'en') =>
      readerTranslation(translated, prefs, original)?.tag ?? null;
    expect(tagOf(['ka-GE', 'en'])).toBe('ka');
    // A reader of English, the original's language, reads the original even if Georgian is their second.
    expect(tagOf(['en-US', 'ka'])).toBeNull();
    // A language the pages do not speak but the poll is translated into: the page's own comes after.
    expect(tagOf(['pt-PT', 'en'])).toBe('pt-BR');
    expect(tagOf(['nl', 'ru'])).toBeNull();
    // The event's language is Georgian: a Georgian reader gets the original.
    expect(tagOf(['ka', 'pt'], 'ka')).toBeNull();
  });
});

describe('matchLanguage', () => {
  it("the first of the browser's languages the pages speak, by primary subtag", () => {
    expect(matchLanguage(['nl-NL', 'ka-GE', 'en'])).toBe('ka');
    expect(matchLanguage(['az-Latn-AZ'])).toBe('az');
    expect(matchLanguage(['nl', 'zh'])).toBeNull();
  });
});
