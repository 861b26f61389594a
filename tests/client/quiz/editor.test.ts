/**
 * What the host's editor sends for a quiz question (client/src/kinds/quiz/settings.ts):
 * the correct options as 0-based indexes among the filled ones, the time
 * limit and points checked against the server's limits, and a patch with
 * only what changed.
 */
import { describe, expect, it } from 'vitest';
import {
  quizLabel,
  quizSettings,
  type QuizFields,
} from '../../../client/src/kinds/quiz/settings.js';
import { optionRows } from '../../../client/src/kinds/options/option-list.js';
import type { PollOf } from '../../../shared/protocol.js';

const poll: PollOf<'quiz'> = {
  id: 4,
  question: 'Capital of Australia?',
  kind: 'quiz',
  options: [
    { id: 41, label: 'Sydney' },
    { id: 42, label: 'Canberra' },
    { id: 43, label: 'Melbourne' },
  ],
  correct: [42],
  timeLimit: 20,
  points: 1000,
  state: 'draft',
  showResults: true,
  allowChange: false,
  createdAt: '2026-12-06T12:00:00.000Z',
};

/** Fields with these labels ('' for an empty row), the rows at `correct` marked. */
function fields(labels: string[], correct: number[], patch: Partial<QuizFields> = {}): QuizFields {
  const base = quizSettings.empty(labels);
  const options = base.options.slice(0, Math.max(labels.length, 2));
  return { ...base, options, correct: correct.map((i) => options[i]!.key), ...patch };
}

describe('the quiz editor', () => {
  it('starts with four empty options, none correct, 20 s and 1000 points', () => {
    const empty = quizSettings.empty();
    expect(empty.options).toHaveLength(4);
    expect([empty.correct, empty.timeLimit, empty.points]).toEqual([[], 20, '1000']);
  });

  it('sends the correct options as indexes among the filled ones, skipping empty rows', () => {
    const f = fields(['Sydney', '', 'Canberra', 'Melbourne'], [2]);
    expect(quizSettings.settings(f)).toEqual({
      options: ['Sydney', 'Canberra', 'Melbourne'],
      correct: [1],
      timeLimit: 20,
      points: 1000,
    });
  });

  it('asks for a correct option, a time limit and points within the server’s limits', () => {
    expect(quizSettings.check(fields(['a', 'b'], []))).toEqual({
      correct: 'Mark at least one option as correct.',
    });
    // A correct mark on an empty row does not count.
    expect(quizSettings.check(fields(['a', 'b', ''], [2])).correct).toBeDefined();
    expect(quizSettings.check(fields(['a', 'b'], [0, 1]))).toEqual({});
    const bad = quizSettings.check(fields(['a', 'b'], [0], { timeLimit: 3, points: '50' }));
    expect(Object.keys(bad).sort()).toEqual(['points', 'timeLimit']);
    expect(quizSettings.check(fields(['a', 'b'], [0], { points: '12.5' })).points).toMatch(
      /whole number/,
    );
    const seven = optionRows(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(
      quizSettings.check({ ...fields(['a', 'b'], []), options: seven, correct: [seven[0]!.key] })
        .optionList,
    ).toBe('A poll has at most 6 options.');
    // Switched from a choice poll of seven options: the first six come along.
    expect(quizSettings.empty(['a', 'b', 'c', 'd', 'e', 'f', 'g']).options).toHaveLength(6);
  });

  it('reads a poll back (the host’s, which lists the correct ids) and patches only what changed', () => {
    const f = quizSettings.fieldsOf(poll);
    expect(quizSettings.settings(f)).toEqual({
      options: ['Sydney', 'Canberra', 'Melbourne'],
      correct: [1],
      timeLimit: 20,
      points: 1000,
    });
    expect(quizSettings.patch(poll, f)).toEqual({});
    expect(quizSettings.patch(poll, { ...f, timeLimit: 30, points: '2000' })).toEqual({
      timeLimit: 30,
      points: 2000,
    });
    expect(quizSettings.patch(poll, { ...f, correct: [f.options[0]!.key] })).toEqual({
      correct: [0],
    });
    // New options carry the correct marks with them (indexes mean nothing without them).
    const renamed = {
      ...f,
      options: f.options.map((o, i) => (i === 0 ? { ...o, label: 'Perth' } : o)),
    };
    expect(quizSettings.patch(poll, renamed)).toEqual({
      options: ['Perth', 'Canberra', 'Melbourne'],
      correct: [1],
    });
  });

  it('labels the host’s card with the time and the stakes', () => {
    expect(quizLabel(poll)).toBe('Quiz · 20 s · 1000 pts');
    expect(quizLabel({ timeLimit: 90, points: 500 })).toBe('Quiz · 1 min 30 s · 500 pts');
  });
});
