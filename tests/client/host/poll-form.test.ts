/** The poll editor's checks mirror the server's limits, and an edit sends only what changed. */
import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  createBody,
  draftOf,
  emptyDraft,
  hasProblems,
  optionRow,
  patchBody,
  type PollDraft,
} from '../../../client/src/host/poll-form.js';
import type { Poll } from '../../../shared/protocol.js';

const draft = (patch: Partial<PollDraft> = {}): PollDraft => ({
  ...emptyDraft(),
  question: 'Lunch?',
  options: [optionRow('Soup'), optionRow('Salad'), optionRow('')],
  ...patch,
});

const poll: Poll = {
  id: 7,
  question: 'Lunch?',
  kind: 'multiple',
  options: [
    { id: 1, label: 'Soup' },
    { id: 2, label: 'Salad' },
    { id: 3, label: 'Bread' },
  ],
  state: 'open',
  showResults: true,
  allowChange: true,
  maxChoices: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('checkDraft', () => {
  it('accepts a question with two options and ignores empty rows', () => {
    expect(hasProblems(checkDraft(draft()))).toBe(false);
    expect(createBody(draft()).options).toEqual(['Soup', 'Salad']);
  });

  it('names each problem', () => {
    const long = optionRow('x'.repeat(121));
    const problems = checkDraft(draft({ question: ' '.repeat(3), options: [long, optionRow('')] }));
    expect(problems.question).toMatch(/Write the question/);
    expect(problems.options[long.key]).toMatch(/121 characters; an option is at most 120/);
    expect(checkDraft(draft({ question: 'q'.repeat(301) })).question).toMatch(
      /301 characters; the limit is 300/,
    );
    expect(checkDraft(draft({ options: [optionRow('A'), optionRow('')] })).optionList).toMatch(
      /at least 2/,
    );
    expect(
      checkDraft(draft({ options: [optionRow('Yes'), optionRow('yes ')] })).optionList,
    ).toMatch(/listed twice/);
    const many = Array.from({ length: 21 }, (_, i) => optionRow(`Option ${i}`));
    expect(checkDraft(draft({ options: many })).optionList).toMatch(/at most 20/);
  });
});

describe('patchBody', () => {
  it('is null when nothing changed', () => {
    expect(patchBody(poll, draftOf(poll))).toBeNull();
  });

  it('sends a new question without the unchanged options (a poll with votes accepts it)', () => {
    expect(patchBody(poll, { ...draftOf(poll), question: 'Lunch today?' })).toEqual({
      question: 'Lunch today?',
    });
  });

  it('keeps "any number of options" meaning all options when one is added', () => {
    const edited = draftOf(poll);
    edited.options.push(optionRow('Pasta'));
    expect(patchBody(poll, edited)).toEqual({
      options: ['Soup', 'Salad', 'Bread', 'Pasta'],
      maxChoices: 4,
    });
  });
});
