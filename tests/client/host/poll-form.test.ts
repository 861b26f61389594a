/**
 * The poll editor's draft (client/src/host/poll-form.ts with each kind's
 * fields): its checks mirror the server's limits, an edit sends only what
 * changed, and switching kind keeps what was typed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkDraft,
  createBody,
  draftOf,
  emptyDraft,
  hasProblems,
  loadEditors,
  patchBody,
  switchKind,
  type PollDraft,
} from '../../../client/src/host/poll-form.js';
import type { AnyEditor } from '../../../client/src/host/poll-form.js';
import type { ChoiceFields } from '../../../client/src/kinds/choice/rows.js';
import { choiceSettings } from '../../../client/src/kinds/choice/settings.js';
import { optionRow } from '../../../client/src/kinds/options/option-list.js';
import { ratingSettings } from '../../../client/src/kinds/rating/settings.js';
import type { Poll } from '../../../shared/protocol.js';

/**
 * The kinds' editor rules (kinds/<kind>/settings.ts) as the registry hands
 * them over; their markup (fields, mini results) plays no part here.
 */
const rulesOnly = (rules: object) => async () =>
  ({
    title: '',
    hint: '',
    label: () => '',
    Fields: () => null,
    Mini: () => null,
    footnote: () => null,
    ...rules,
  }) as unknown as AnyEditor;

beforeAll(() =>
  loadEditors({
    single: rulesOnly(choiceSettings('single')),
    multiple: rulesOnly(choiceSettings('multiple')),
    rating: rulesOnly(ratingSettings),
  }),
);

const draft = (options = ['Soup', 'Salad', ''], patch: Partial<PollDraft> = {}): PollDraft => ({
  ...emptyDraft('single'),
  question: 'Lunch?',
  fields: { options: options.map((l) => optionRow(l)), maxChoices: null } satisfies ChoiceFields,
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
    expect(createBody(draft())).toEqual({
      question: 'Lunch?',
      kind: 'single',
      allowChange: true,
      options: ['Soup', 'Salad'],
      maxChoices: 1,
    });
  });

  it('names each problem', () => {
    const long = optionRow('x'.repeat(121));
    const problems = checkDraft({
      ...draft(),
      question: ' '.repeat(3),
      fields: { options: [long, optionRow('')], maxChoices: null },
    });
    expect(problems.question).toMatch(/Write the question/);
    expect(problems.fields[`option:${long.key}`]).toMatch(
      /121 characters; an option is at most 120/,
    );
    expect(checkDraft(draft(['A'], { question: 'q'.repeat(301) })).question).toMatch(
      /301 characters; the limit is 300/,
    );
    expect(checkDraft(draft(['A', ''])).fields.optionList).toMatch(/at least 2/);
    expect(checkDraft(draft(['Yes', 'yes '])).fields.optionList).toMatch(/listed twice/);
    const many = Array.from({ length: 21 }, (_, i) => `Option ${i}`);
    expect(checkDraft(draft(many)).fields.optionList).toMatch(/at most 20/);
  });

  it('switching kind keeps the question and the option labels typed', () => {
    const multiple = switchKind(draft(['Soup', 'Salad', 'Bread']), 'multiple');
    expect(createBody(multiple)).toMatchObject({
      question: 'Lunch?',
      kind: 'multiple',
      options: ['Soup', 'Salad', 'Bread'],
      maxChoices: 3,
    });
    // Through a rating (no options) and back to a choice, the options are still there.
    const rating = switchKind(multiple, 'rating');
    expect(createBody(rating)).toEqual({
      question: 'Lunch?',
      kind: 'rating',
      allowChange: true,
      max: 5,
    });
    expect(createBody(switchKind(rating, 'single'))).toMatchObject({
      kind: 'single',
      options: ['Soup', 'Salad', 'Bread'],
    });
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
    (edited.fields as ChoiceFields).options.push(optionRow('Pasta'));
    expect(patchBody(poll, edited)).toEqual({
      options: ['Soup', 'Salad', 'Bread', 'Pasta'],
      maxChoices: 4,
    });
  });
});
