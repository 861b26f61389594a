/**
 * The word cloud's pure rules on the client (client/src/kinds/wordcloud/
 * chips.ts, settings.ts, layout.ts's sizes): a phone reads a typed word by
 * the server's own rules and refuses it saying why, counts spellings of one
 * word as one, and the host's editor sends only what changed; counts map to
 * a few size steps, the most given the top one.
 */
import { describe, expect, it } from 'vitest';
import { addWord, fullText, sameWords } from '../../../client/src/kinds/wordcloud/chips.js';
import { sizeOfStep, STEPS, stepOf } from '../../../client/src/kinds/wordcloud/layout.js';
import { wordcloudSettings } from '../../../client/src/kinds/wordcloud/settings.js';
import { spellingsOf } from '../../../server/domain/kinds/wordcloud.js';

const poll = (maxWords = 3, filterProfanity = true) =>
  ({ maxWords, filterProfanity }) as Parameters<typeof wordcloudSettings.patch>[0];

describe('words on a phone', () => {
  it('adds the word as the server will spell it, and refuses what the server would, saying why', () => {
    expect(addWord([], '  Peace! ', 3)).toEqual({ ok: true, chips: ['Peace'] });
    expect(addWord(['Peace'], 'ｈｏｐｅ', 3)).toEqual({ ok: true, chips: ['Peace', 'hope'] });
    for (const [typed, problem] of [
      ['', 'A word must not be empty.'],
      ['   ', 'A word must not be empty.'],
      ['x'.repeat(26), 'A word is at most 25 characters; this one has 26.'],
      ['!!!', 'A word needs at least one letter or digit.'],
      ['two\nlines', 'A word is one line, without control characters.'],
    ]) {
      expect(addWord([], typed!, 3), JSON.stringify(typed)).toEqual({ ok: false, problem });
      // The server refuses the same words.
      expect(spellingsOf([typed!], 3).ok, JSON.stringify(typed)).toBe(false);
    }
    // 25 code points is a word (an emoji counts as one).
    expect(addWord([], `${'é'.repeat(24)}🙂`, 3).ok).toBe(true);
  });

  it('refuses a word already there under another spelling, and a word past the limit', () => {
    expect(addWord(['Peace'], 'PEACE!', 3)).toEqual({
      ok: false,
      problem: 'You already added “Peace”.',
    });
    expect(addWord(['new  york'], 'New York', 3).ok).toBe(false);
    expect(addWord(['a', 'b'], 'c', 2)).toEqual({ ok: false, problem: fullText(2) });
    expect(fullText(1)).toBe(
      'That is 1 word, the most you can give. To add another, remove one first.',
    );
  });

  it('knows the same words in another order and spelling', () => {
    expect(sameWords(['Peace', 'hope'], ['hope', 'peace'])).toBe(true);
    expect(sameWords(['Peace', 'hope'], ['peace'])).toBe(false);
    expect(sameWords(['Peace'], undefined)).toBe(false);
  });
});

describe("the host's word cloud fields", () => {
  it('start at 3 words with the filter on, and check the number of words', () => {
    const fields = wordcloudSettings.empty();
    expect(fields).toMatchObject({ maxWords: 3, filterProfanity: true });
    expect(wordcloudSettings.settings(fields)).toEqual({ maxWords: 3, filterProfanity: true });
    expect(wordcloudSettings.check(fields)).toEqual({});
    expect(wordcloudSettings.check({ ...fields, maxWords: 6 })).toHaveProperty('maxWords');
  });

  it('send only what changed', () => {
    const before = poll(3, true);
    const fields = wordcloudSettings.fieldsOf(before as never);
    expect(wordcloudSettings.patch(before, fields)).toEqual({});
    expect(wordcloudSettings.patch(before, { ...fields, maxWords: 5 })).toEqual({ maxWords: 5 });
    expect(wordcloudSettings.patch(before, { ...fields, filterProfanity: false })).toEqual({
      filterProfanity: false,
    });
  });
});

describe('word sizes', () => {
  it('map counts to a few steps, the most given the top one, growing with the count', () => {
    expect(stepOf(12, 12)).toBe(STEPS);
    expect(stepOf(1, 12)).toBe(1);
    expect(stepOf(1, 1)).toBe(STEPS);
    let last = 0;
    for (let count = 1; count <= 40; count++) {
      const step = stepOf(count, 40);
      expect(step).toBeGreaterThanOrEqual(last);
      last = step;
    }
    // A vote more on a word given 20 times of 40 rarely changes its step: few layouts.
    const changes = Array.from({ length: 39 }, (_, i) => stepOf(i + 2, 40) !== stepOf(i + 1, 40));
    expect(changes.filter(Boolean).length).toBe(STEPS - 1);
    expect(sizeOfStep(1, { min: 36, max: 144 })).toBe(36);
    expect(sizeOfStep(STEPS, { min: 36, max: 144 })).toBeCloseTo(144);
  });
});
