/**
 * The catalogues (client/src/i18n/locales): every language has exactly
 * English's keys, in every file; each message has English's placeholders;
 * a counted message has every plural form its language's rules use, and
 * nothing but placeholders in braces. t() picks plural forms by the
 * language's rules and formats numbers its way.
 */
import { describe, expect, it } from 'vitest';
import {
  placeholdersOf,
  type Catalogue,
  type Message,
} from '../../../client/src/i18n/catalogue.js';
import { formatPercent, setLanguage, startI18n, t } from '../../../client/src/i18n/i18n.js';
import { LANGUAGES } from '../../../client/src/i18n/languages.js';

const files = import.meta.glob<{ default: Catalogue }>('../../../client/src/i18n/locales/*/*.ts', {
  eager: true,
});
const catalogue = (tag: string, part: string): Catalogue | undefined =>
  files[`../../../client/src/i18n/locales/${tag}/${part}.ts`]?.default;
const PARTS = ['attendee', 'kinds', 'staff'] as const;

/** What is wrong with one language's catalogues, against English's: empty when nothing. */
function problemsOf(tag: string, part: string, other = catalogue(tag, part)): string[] {
  const english = catalogue('en', part)!;
  if (!other) return [`${tag}/${part}.ts is missing`];
  const problems: string[] = [];
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  for (const key of Object.keys(english)) {
    const message: Message | undefined = other[key];
    if (message === undefined) {
      problems.push(`${tag}/${part}: missing "${key}"`);
      continue;
    }
    const want = placeholdersOf(english[key]!);
    const have = placeholdersOf(message);
    if (want.join() !== have.join())
      problems.push(`${tag}/${part} "${key}": placeholders {${have}} where English has {${want}}`);
    if (typeof english[key] !== 'string') {
      if (typeof message === 'string') problems.push(`${tag}/${part} "${key}": needs plural forms`);
      else
        for (const category of categories)
          if (!(category in message))
            problems.push(`${tag}/${part} "${key}": no "${category}" form`);
    }
    const forms = typeof message === 'string' ? [message] : Object.values(message);
    for (const form of forms) {
      if (!form?.trim()) problems.push(`${tag}/${part} "${key}": empty`);
      else if (/[{}]/.test(form.replace(/\{\w+\}/g, '')))
        problems.push(`${tag}/${part} "${key}": a stray brace`);
    }
  }
  for (const key of Object.keys(other))
    if (!(key in english)) problems.push(`${tag}/${part}: "${key}" is not an English key`);
  return problems;
}

describe('the catalogues', () => {
  for (const { tag } of LANGUAGES)
    for (const part of PARTS)
      it(`${tag}/${part}.ts: every English key, the same placeholders, every plural form`, () => {
        expect(problemsOf(tag, part)).toEqual([]);
      });

  it('a missing key, a lost placeholder or a missing plural form is named', () => {
    const russian: Record<string, Message> = { ...catalogue('ru', 'attendee') };
    delete russian['language.label'];
    russian['vote.answersCount'] = { one: '{count} ответ', few: '{n} ответа', other: '{count}' };
    expect(problemsOf('ru', 'attendee', russian)).toEqual([
      'ru/attendee: missing "language.label"',
      'ru/attendee "vote.answersCount": placeholders {count,n} where English has {count}',
      'ru/attendee "vote.answersCount": no "many" form',
    ]);
  });
});

describe('t()', () => {
  it('picks the plural form by the language: Russian one / few / many', async () => {
    await startI18n({ parts: ['attendee', 'kinds', 'staff'], language: 'ru' });
    try {
      const forms = [1, 2, 5, 21, 1000].map((count) => t('vote.answersCount', { count }));
      expect(new Set(forms).size).toBeGreaterThanOrEqual(3);
      expect(forms[0]).toBe(t('vote.answersCount', { count: 21 }).replace('21', '1'));
      expect(forms[4]).toContain('1 000'.replace(' ', '\u00a0'));
    } finally {
      await setLanguage('en');
    }
  });

  it('English: one and other; numbers and percentages by Intl', async () => {
    expect(t('vote.answersCount', { count: 1 })).toBe('1 answer');
    expect(t('vote.answersCount', { count: 1234 })).toBe('1,234 answers');
    expect(formatPercent(45)).toBe('45%');
    await setLanguage('fr');
    try {
      expect(formatPercent(45)).toMatch(/^45\s%$/);
    } finally {
      await setLanguage('en');
    }
  });
});
