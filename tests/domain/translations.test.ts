/**
 * Translations against the poll they translate (server/domain/translations.ts
 * and planPollChange): one label per option, scale words only on a rating,
 * options and their translations changed together; the event's further
 * languages without its own. The wire's own checks (tags, lengths) are in
 * the integration test.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Translations } from '../../shared/translations.js';
import { planPollChange } from '../../server/domain/polls.js';
import { checkTranslations, furtherLanguages } from '../../server/domain/translations.js';
import { ratingPoll, singlePoll } from './fixtures.js';

const KA = { question: 'კითხვა?', options: ['დიახ', 'არა', 'არ ვიცი'] };

describe('checkTranslations', () => {
  test('one label per option, in any number of languages; the question alone is enough', () => {
    const ok = { ka: KA, ru: { question: 'Вопрос?' } };
    expect(checkTranslations(ok, { optionCount: 3, endLabels: false })).toEqual({
      ok: true,
      value: ok,
    });
  });

  test('a wrong number of labels, options on a poll without any, labels off a rating: named', () => {
    expect(
      checkTranslations({ ka: { ...KA, options: ['დიახ'] } }, { optionCount: 3, endLabels: false }),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^translations\.ka\.options: give 3/),
    });
    expect(checkTranslations({ ka: KA }, { optionCount: 0, endLabels: false })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no options to translate/),
    });
    expect(
      checkTranslations(
        { ka: { question: 'q', labels: { min: 'a' } } },
        { optionCount: 0, endLabels: false },
      ),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/only a rating/) });
    expect(
      checkTranslations(
        { ka: { question: 'q', labels: { min: 'a' } } },
        { optionCount: 0, endLabels: true },
      ).ok,
    ).toBe(true);
  });

  test('accepted exactly when every language lists as many labels as the poll has options', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }), { maxLength: 5 }),
        (optionCount, counts) => {
          const translations = Object.fromEntries(
            counts.map((n, i) => [
              `x${i}`.padEnd(2, 'a'),
              { question: 'q', ...(n === undefined ? {} : { options: Array(n).fill('l') }) },
            ]),
          );
          const ok = counts.every((n) => n === undefined || (optionCount > 0 && n === optionCount));
          expect(checkTranslations(translations, { optionCount, endLabels: false }).ok).toBe(ok);
        },
      ),
    );
  });
});

describe('a change of a translated poll', () => {
  const now = '2026-01-01T10:05:00.000Z';
  const translated = singlePoll({ translations: { ka: KA } });

  test('new options with old translations that no longer pair up are refused; together they pass', () => {
    expect(
      planPollChange(translated, { options: ['Yes', 'No'] } as never, false, now),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/give 2 labels/) });
    const both = planPollChange(
      translated,
      {
        options: ['Yes', 'No'],
        translations: { ka: { question: 'q', options: ['a', 'b'] } },
      } as never,
      false,
      now,
    );
    expect(both).toMatchObject({
      ok: true,
      value: { poll: { translations: { ka: { question: 'q', options: ['a', 'b'] } } } },
    });
  });

  test('translations change under votes (no id moves); {} removes them; other edits keep them', () => {
    const changed = planPollChange(
      translated,
      { translations: { ru: { question: 'В?' } } },
      true,
      now,
    );
    expect(changed).toMatchObject({
      ok: true,
      value: { poll: { translations: { ru: { question: 'В?' } } } },
    });
    expect(planPollChange(translated, { translations: {} }, true, now)).toMatchObject({
      ok: true,
      value: { poll: { translations: {} } },
    });
    expect(planPollChange(translated, { question: 'Reworded?' }, true, now)).toMatchObject({
      ok: true,
      value: { poll: { translations: { ka: KA } } },
    });
  });

  test('a rating keeps its translated scale words when its own change', () => {
    const rating = ratingPoll(
      5,
      { min: 'Bad' },
      {
        translations: { ka: { question: 'q', labels: { min: 'ცუდი' } } },
      },
    );
    expect(planPollChange(rating, { labels: { min: 'Bad' } } as never, true, now).ok).toBe(true);
  });
});

describe('the wire and the event', () => {
  test('tags are made canonical; a repeat in two spellings is refused', () => {
    expect(Translations.parse({ 'PT-br': { question: 'q' } })).toEqual({
      'pt-BR': { question: 'q' },
    });
    expect(
      Translations.safeParse({ 'pt-br': { question: 'q' }, 'pt-BR': { question: 'q' } }).success,
    ).toBe(false);
  });

  test("further languages: no repeats, never the event's own", () => {
    expect(furtherLanguages('ka', ['en', 'ka', 'ru', 'en'])).toEqual(['en', 'ru']);
  });
});
