import { describe, expect, test } from 'vitest';
import { canMove, planPollChange, settleNewPoll } from '../../server/domain/polls.js';
import type { PollState } from '../../shared/protocol.js';
import { multiplePoll, pollRecord } from './fixtures.js';

const NOW = '2026-02-02T12:00:00.000Z';

describe('a new poll', () => {
  test('single choice: maxChoices 1, changes allowed, results shown', () => {
    expect(settleNewPoll({ question: 'Q?', kind: 'single', options: ['A', 'B', 'C'] })).toEqual({
      ok: true,
      value: {
        question: 'Q?',
        kind: 'single',
        options: ['A', 'B', 'C'],
        maxChoices: 1,
        allowChange: true,
        showResults: true,
      },
    });
  });

  test('multiple choice: maxChoices defaults to the number of options', () => {
    const settled = settleNewPoll({
      question: 'Q?',
      kind: 'multiple',
      options: ['A', 'B', 'C', 'D'],
    });
    expect(settled).toMatchObject({ ok: true, value: { maxChoices: 4 } });
  });

  test('keeps the given maxChoices and allowChange', () => {
    expect(
      settleNewPoll({
        question: 'Q?',
        kind: 'multiple',
        options: ['A', 'B', 'C'],
        maxChoices: 2,
        allowChange: false,
      }),
    ).toMatchObject({ ok: true, value: { maxChoices: 2, allowChange: false } });
  });

  test.each([
    ['single with maxChoices 2', { kind: 'single', options: ['A', 'B', 'C'], maxChoices: 2 }],
    [
      'multiple with more than its options',
      { kind: 'multiple', options: ['A', 'B'], maxChoices: 3 },
    ],
  ] as const)('refuses %s (invalid_body)', (_what, body) => {
    expect(settleNewPoll({ question: 'Q?', ...body, options: [...body.options] })).toMatchObject({
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
    const change = planPollChange(pollRecord({ state: from }), { state: to }, false, NOW);
    expect(change).toMatchObject({ ok: true, value: { poll: { state: to } } });
  });

  test.each(refused)('%s -> %s is refused with invalid_state', (from, to) => {
    expect(canMove(from, to)).toBe(false);
    expect(planPollChange(pollRecord({ state: from }), { state: to }, false, NOW)).toMatchObject({
      ok: false,
      code: 'invalid_state',
    });
  });

  test('staying in the same state is not an error', () => {
    for (const state of ['draft', 'open', 'closed'] as const) {
      expect(planPollChange(pollRecord({ state }), { state }, true, NOW).ok).toBe(true);
    }
  });

  test('opening stamps openedAt and clears closedAt; closing stamps closedAt', () => {
    const draft = pollRecord({ state: 'draft', openedAt: null });
    const opened = planPollChange(draft, { state: 'open' }, false, NOW);
    expect(opened).toMatchObject({ ok: true, value: { poll: { openedAt: NOW, closedAt: null } } });

    const open = pollRecord({ state: 'open' });
    const closed = planPollChange(open, { state: 'closed' }, true, NOW);
    expect(closed).toMatchObject({ ok: true, value: { poll: { state: 'closed', closedAt: NOW } } });

    const reopened = planPollChange(
      pollRecord({ state: 'closed', closedAt: NOW }),
      { state: 'open' },
      true,
      '2026-02-02T13:00:00.000Z',
    );
    expect(reopened).toMatchObject({
      ok: true,
      value: { poll: { state: 'open', closedAt: null, openedAt: '2026-02-02T13:00:00.000Z' } },
    });
  });

  test('a refused change leaves the poll as it was', () => {
    const poll = pollRecord({ state: 'open' });
    const before = structuredClone(poll);
    planPollChange(poll, { state: 'draft', question: 'changed' }, false, NOW);
    expect(poll).toEqual(before);
  });
});

describe('edits', () => {
  test('question and showResults can change while votes exist', () => {
    const change = planPollChange(
      pollRecord(),
      { question: 'New?', showResults: false },
      true,
      NOW,
    );
    expect(change).toMatchObject({
      ok: true,
      value: { poll: { question: 'New?', showResults: false } },
    });
    expect(change.ok && change.value.options).toBeUndefined();
  });

  test('options can be replaced while the poll has no votes', () => {
    const change = planPollChange(pollRecord(), { options: ['Oui', 'Non'] }, false, NOW);
    expect(change).toMatchObject({ ok: true, value: { options: ['Oui', 'Non'] } });
  });

  test('options cannot change once the poll has votes (poll_has_votes)', () => {
    expect(planPollChange(pollRecord(), { options: ['Oui', 'Non'] }, true, NOW)).toMatchObject({
      ok: false,
      code: 'poll_has_votes',
    });
    expect(
      planPollChange(pollRecord(), { options: ['Yes', 'No', 'Maybe'] }, true, NOW),
    ).toMatchObject({ ok: false, code: 'poll_has_votes' });
  });

  test('sending the same options while votes exist is not a change', () => {
    const change = planPollChange(pollRecord(), { options: ['Yes', 'No', 'Not sure'] }, true, NOW);
    expect(change.ok).toBe(true);
    expect(change.ok && change.value.options).toBeUndefined();
  });

  test('a multiple-choice poll allowing all options keeps allowing all after an edit', () => {
    const change = planPollChange(
      multiplePoll(4),
      { options: ['A', 'B', 'C', 'D', 'E'] },
      false,
      NOW,
    );
    expect(change).toMatchObject({ ok: true, value: { poll: { maxChoices: 5 } } });
  });

  test('a limit never exceeds the number of options', () => {
    const poll = multiplePoll(4, { maxChoices: 3 });
    const change = planPollChange(poll, { options: ['A', 'B'] }, false, NOW);
    expect(change).toMatchObject({ ok: true, value: { poll: { maxChoices: 2 } } });
  });
});
