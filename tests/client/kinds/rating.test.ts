/**
 * Rating's pure model (client/src/kinds/rating/scale.ts, settings.ts): which
 * steps a phone lights for an answer (every star up to it on a 1–5 scale,
 * only the number otherwise), what each is called aloud, the results' rows,
 * and what the host's editor sends.
 */
import { describe, expect, it } from 'vitest';
import {
  formatAverage,
  formatMedian,
  ratingRows,
  scaleColumns,
  scaleSteps,
  usesStars,
  valueName,
} from '../../../client/src/kinds/rating/scale.js';
import { ratingSettings } from '../../../client/src/kinds/rating/settings.js';
import { ratingPoll } from '../fixtures.js';

const lit = (steps: { value: number; lit: boolean }[]) =>
  steps.filter((s) => s.lit).map((s) => s.value);
const marks = (steps: { value: number; mark: string }[]) =>
  Object.fromEntries(steps.filter((s) => s.mark !== 'none').map((s) => [s.value, s.mark]));

describe('the rating scale on a phone', () => {
  it('has a step per value; stars only on a 1–5 scale', () => {
    expect(scaleSteps(ratingPoll(1, 7), undefined, undefined).map((s) => s.value)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    expect([3, 4, 5, 6, 10].map(usesStars)).toEqual([false, false, true, false, false]);
  });

  it('lights every star up to the answer, but only the number itself on a numbered scale', () => {
    expect(lit(scaleSteps(ratingPoll(1, 5), 4, undefined))).toEqual([1, 2, 3, 4]);
    expect(lit(scaleSteps(ratingPoll(1, 10), 4, undefined))).toEqual([4]);
    expect(lit(scaleSteps(ratingPoll(1, 5), undefined, undefined))).toEqual([]);
  });

  it('shows the answer being sent over the one counted, marked as sending until the ack', () => {
    const sending = scaleSteps(ratingPoll(1, 5), 2, 5);
    expect(lit(sending)).toEqual([1, 2, 3, 4, 5]);
    expect(marks(sending)).toEqual({ 5: 'sending' });
    expect(marks(scaleSteps(ratingPoll(1, 5), 2, undefined))).toEqual({ 2: 'counted' });
  });

  it('names each step aloud, with the end words where the scale has them', () => {
    const poll = ratingPoll(1, 5);
    expect(valueName(1, poll)).toBe('1 star, Poor');
    expect(valueName(3, poll)).toBe('3 stars');
    expect(valueName(5, poll)).toBe('5 stars, Great');
    expect(valueName(7, ratingPoll(1, 10, { labels: undefined }))).toBe('7 of 10');
    expect(valueName(10, ratingPoll(1, 10))).toBe('10 of 10, Great');
  });

  it('wraps a scale longer than 6 into two even rows', () => {
    expect([3, 5, 6, 7, 8, 10].map(scaleColumns)).toEqual([3, 5, 6, 4, 4, 5]);
  });
});

describe('rating results', () => {
  it('give a row per value in ascending order, zeros where nothing is known', () => {
    const poll = ratingPoll(1, 5);
    expect(ratingRows(poll, null).map((r) => [r.label, r.count, r.percent])).toEqual([
      ['1 ★ · Poor', 0, 0],
      ['2 ★', 0, 0],
      ['3 ★', 0, 0],
      ['4 ★', 0, 0],
      ['5 ★ · Great', 0, 0],
    ]);
    const rows = ratingRows(poll, {
      pollId: 1,
      kind: 'rating',
      state: 'open',
      total: 4,
      distribution: [1, 0, 0, 3, 0].map((count, i) => ({
        value: i + 1,
        count,
        percent: count * 25,
      })),
      average: 3.25,
      median: 4,
    });
    expect(rows.map((r) => [r.id, r.count, r.percent])).toEqual([
      [1, 1, 25],
      [2, 0, 0],
      [3, 0, 0],
      [4, 3, 75],
      [5, 0, 0],
    ]);
  });

  it('show the average to one decimal, the median as given, a dash with no answers', () => {
    expect(formatAverage(4.25)).toBe('4.3');
    expect(formatAverage(4)).toBe('4.0');
    expect(formatAverage(null)).toBe('–');
    expect(formatMedian(3.5)).toBe('3.5');
    expect(formatMedian(null)).toBe('–');
  });
});

describe('the rating editor', () => {
  it('starts at the default scale with no words, and sends only the words given', () => {
    const fields = ratingSettings.empty();
    expect(ratingSettings.settings(fields)).toEqual({ max: 5 });
    expect(ratingSettings.settings({ size: 7, low: '  Not at all ', high: '' })).toEqual({
      max: 7,
      labels: { min: 'Not at all' },
    });
  });

  it('checks the words against the server’s 40 characters', () => {
    expect(ratingSettings.check({ size: 5, low: 'x'.repeat(41), high: 'ok' })).toEqual({
      low: "41 characters; a scale's word is at most 40.",
    });
    expect(ratingSettings.check({ size: 5, low: 'x'.repeat(40), high: '' })).toEqual({});
  });

  it('patches only what changed, and clears the words with an empty object', () => {
    const poll = ratingPoll(1, 5);
    expect(ratingSettings.patch(poll, ratingSettings.fieldsOf(poll))).toEqual({});
    expect(ratingSettings.patch(poll, { size: 7, low: 'Poor', high: 'Great' })).toEqual({ max: 7 });
    expect(ratingSettings.patch(poll, { size: 5, low: '', high: '' })).toEqual({ labels: {} });
    expect(ratingSettings.patch(poll, { size: 5, low: 'Poor', high: 'Superb' })).toEqual({
      labels: { min: 'Poor', max: 'Superb' },
    });
  });
});
