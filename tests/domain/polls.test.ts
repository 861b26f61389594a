/**
 * A poll's life for every kind: the settings of a new poll, a host's change
 * body checked against the poll's kind, state moves and their stamps, and
 * edits (the kind decides on its own fields).
 */
import { describe, expect, test } from 'vitest';
import {
  canMove,
  parsePollPatch,
  planPollChange,
  settleNewPoll,
} from '../../server/domain/polls.js';
import { CreatePollBody, type PollState } from '../../shared/protocol.js';
import { multiplePoll, rankingPoll, ratingPoll, singlePoll } from './fixtures.js';

const NOW = '2026-02-02T12:00:00.000Z';

/** A create body as the edge checks it, then settled. */
const settle = (body: Record<string, unknown>) =>
  settleNewPoll(CreatePollBody.parse({ question: 'Q?', ...body }));

describe('a new poll', () => {
  test('single choice: maxChoices 1, changes allowed, results shown', () => {
    expect(settle({ kind: 'single', options: ['A', 'B', 'C'] })).toEqual({
      ok: true,
      value: {
        question: 'Q?',
        kind: 'single',
        options: ['A', 'B', 'C'],
        settings: { maxChoices: 1 },
        allowChange: true,
        showResults: true,
        translations: {},
      },
    });
  });

  test('multiple choice: maxChoices defaults to the number of options; given values are kept', () => {
    expect(settle({ kind: 'multiple', options: ['A', 'B', 'C', 'D'] })).toMatchObject({
      ok: true,
      value: { settings: { maxChoices: 4 } },
    });
    expect(
      settle({ kind: 'multiple', options: ['A', 'B', 'C'], maxChoices: 2, allowChange: false }),
    ).toMatchObject({ ok: true, value: { settings: { maxChoices: 2 }, allowChange: false } });
  });

  test('rating: a scale and its labels, no options', () => {
    expect(settle({ kind: 'rating', max: 10, labels: { min: 'Never', max: 'Always' } })).toEqual({
      ok: true,
      value: {
        question: 'Q?',
        kind: 'rating',
        options: [],
        settings: { max: 10, labels: { min: 'Never', max: 'Always' } },
        allowChange: true,
        showResults: true,
        translations: {},
      },
    });
  });

  test('ranking: its options, no settings', () => {
    expect(settle({ kind: 'ranking', options: ['A', 'B', 'C'] })).toEqual({
      ok: true,
      value: {
        question: 'Q?',
        kind: 'ranking',
        options: ['A', 'B', 'C'],
        settings: {},
        allowChange: true,
        showResults: true,
        translations: {},
      },
    });
  });

  test.each([
    ['single with maxChoices 2', { kind: 'single', options: ['A', 'B', 'C'], maxChoices: 2 }],
    [
      'multiple with more than its options',
      { kind: 'multiple', options: ['A', 'B'], maxChoices: 3 },
    ],
  ])('refuses %s (invalid_body)', (_what, body) => {
    expect(settle(body)).toMatchObject({ ok: false, code: 'invalid_body' });
  });
});

describe('a change body, checked against the poll’s kind', () => {
  test('common fields pass for every kind', () => {
    for (const kind of ['single', 'multiple', 'rating', 'ranking'] as const) {
      expect(parsePollPatch(kind, { state: 'open', question: 'Now?' })).toEqual({
        ok: true,
        value: { state: 'open', question: 'Now?' },
      });
    }
  });

  test('a kind’s own fields are checked by that kind’s schema (trimmed, limits)', () => {
    expect(parsePollPatch('single', { options: [' Oui ', 'Non'] })).toEqual({
      ok: true,
      value: { options: ['Oui', 'Non'] },
    });
    expect(parsePollPatch('multiple', { maxChoices: 2 })).toEqual({
      ok: true,
      value: { maxChoices: 2 },
    });
    expect(parsePollPatch('rating', { max: 7, labels: { min: 'Low' } })).toEqual({
      ok: true,
      value: { max: 7, labels: { min: 'Low' } },
    });
    expect(parsePollPatch('ranking', { options: ['A', 'B'] })).toEqual({
      ok: true,
      value: { options: ['A', 'B'] },
    });
    for (const [kind, body] of [
      ['single', { options: ['only one'] }],
      ['multiple', { maxChoices: 0 }],
      ['rating', { max: 11 }],
      ['rating', { max: 2 }],
      ['rating', { labels: { max: 'x'.repeat(41) } }],
      ['ranking', { options: Array.from({ length: 11 }, (_, i) => `O${i}`) }],
    ] as const) {
      expect(parsePollPatch(kind, body), `${kind} ${JSON.stringify(body)}`).toMatchObject({
        ok: false,
        code: 'invalid_body',
      });
    }
  });

  test('a body that changes nothing this kind knows is refused', () => {
    expect(parsePollPatch('single', {})).toMatchObject({
      ok: false,
      code: 'invalid_body',
      message: expect.stringMatching(/at least one field/),
    });
    // Another kind's field is no change to this one.
    expect(parsePollPatch('rating', { options: ['A', 'B'] })).toMatchObject({
      ok: false,
      code: 'invalid_body',
    });
    expect(parsePollPatch('ranking', { max: 5 })).toMatchObject({
      ok: false,
      code: 'invalid_body',
    });
  });
});

describe('state transitions', () => {
  const allowed: [PollState, PollState][] = [
    ['draft', 'open'],
    ['open', 'closed'],
    ['closed', 'open'],
    ['draft', 'closed'],
  ];
  const refused: [PollState, PollState][] = [
    ['open', 'draft'],
    ['closed', 'draft'],
  ];

  test.each(allowed)('%s -> %s is allowed', (from, to) => {
    expect(canMove(from, to)).toBe(true);
    for (const poll of [singlePoll({ state: from }), ratingPoll(5, undefined, { state: from })]) {
      expect(planPollChange(poll, { state: to }, false, NOW)).toMatchObject({
        ok: true,
        value: { poll: { state: to } },
      });
    }
  });

  test.each(refused)('%s -> %s is refused with invalid_state', (from, to) => {
    expect(canMove(from, to)).toBe(false);
    expect(planPollChange(singlePoll({ state: from }), { state: to }, false, NOW)).toMatchObject({
      ok: false,
      code: 'invalid_state',
    });
  });

  test('opening or closing a private draft publishes it, for good', () => {
    const draft = rankingPoll(3, { state: 'draft', openedAt: null, published: false });
    for (const to of ['open', 'closed'] as const) {
      expect(planPollChange(draft, { state: to }, false, NOW)).toMatchObject({
        ok: true,
        value: { poll: { state: to, published: true } },
      });
    }
    // An edit that leaves it a draft keeps it private.
    expect(planPollChange(draft, { question: 'Reworded?' }, false, NOW)).toMatchObject({
      ok: true,
      value: { poll: { published: false } },
    });
  });

  test('staying in the same state is not an error', () => {
    for (const state of ['draft', 'open', 'closed'] as const) {
      expect(planPollChange(singlePoll({ state }), { state }, true, NOW).ok).toBe(true);
    }
  });

  test('opening stamps openedAt and clears closedAt; closing stamps closedAt', () => {
    const draft = singlePoll({ state: 'draft', openedAt: null });
    expect(planPollChange(draft, { state: 'open' }, false, NOW)).toMatchObject({
      ok: true,
      value: { poll: { openedAt: NOW, closedAt: null } },
    });
    expect(planPollChange(singlePoll(), { state: 'closed' }, true, NOW)).toMatchObject({
      ok: true,
      value: { poll: { state: 'closed', closedAt: NOW } },
    });
    const later = '2026-02-02T13:00:00.000Z';
    expect(
      planPollChange(
        singlePoll({ state: 'closed', closedAt: NOW }),
        { state: 'open' },
        true,
        later,
      ),
    ).toMatchObject({
      ok: true,
      value: { poll: { state: 'open', closedAt: null, openedAt: later } },
    });
  });

  test('a refused change leaves the poll as it was', () => {
    for (const [poll, patch] of [
      [singlePoll(), { state: 'draft', question: 'changed' }],
      [ratingPoll(5), { max: 7, question: 'changed' }],
    ] as const) {
      const before = structuredClone(poll);
      expect(planPollChange(poll, patch, true, NOW).ok).toBe(false);
      expect(poll).toEqual(before);
    }
  });
});

describe('edits', () => {
  test('question, showResults and allowChange can change while answers exist, for every kind', () => {
    for (const poll of [singlePoll(), multiplePoll(3), ratingPoll(5), rankingPoll(3)]) {
      const change = planPollChange(
        poll,
        { question: 'New?', showResults: false, allowChange: false },
        true,
        NOW,
      );
      expect(change).toEqual({
        ok: true,
        value: {
          poll: { ...poll, question: 'New?', showResults: false, allowChange: false },
        },
      });
    }
  });

  test('choice options: new labels to store before the first answer, poll_has_votes after', () => {
    expect(planPollChange(singlePoll(), { options: ['Oui', 'Non'] }, false, NOW)).toMatchObject({
      ok: true,
      value: { options: ['Oui', 'Non'] },
    });
    expect(planPollChange(singlePoll(), { options: ['Oui', 'Non'] }, true, NOW)).toMatchObject({
      ok: false,
      code: 'poll_has_votes',
    });
  });

  test('the kind’s settings come back in the changed poll', () => {
    expect(
      planPollChange(multiplePoll(4, 4), { options: ['A', 'B', 'C', 'D', 'E'] }, false, NOW),
    ).toMatchObject({
      ok: true,
      value: { poll: { settings: { maxChoices: 5 } }, options: ['A', 'B', 'C', 'D', 'E'] },
    });
    expect(planPollChange(ratingPoll(5), { max: 3 }, false, NOW)).toMatchObject({
      ok: true,
      value: { poll: { settings: { max: 3 } } },
    });
    expect(planPollChange(ratingPoll(5), { labels: { max: 'Loved it' } }, true, NOW)).toMatchObject(
      { ok: true, value: { poll: { settings: { max: 5, labels: { max: 'Loved it' } } } } },
    );
  });

  test('a rating’s scale is fixed by the first answer; a ranking’s options too', () => {
    expect(planPollChange(ratingPoll(5), { max: 10 }, true, NOW)).toMatchObject({
      ok: false,
      code: 'poll_has_votes',
    });
    expect(planPollChange(rankingPoll(3), { options: ['A', 'B'] }, true, NOW)).toMatchObject({
      ok: false,
      code: 'poll_has_votes',
    });
  });
});
