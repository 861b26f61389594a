/** Plain domain records for unit tests: a poll as the store would load it. */
import type { PollRecord } from '../../server/domain/types.js';

export function pollRecord(overrides: Partial<PollRecord> = {}): PollRecord {
  return {
    id: 7,
    eventId: 1,
    question: 'Can the European Union make a difference?',
    kind: 'single',
    options: [
      { id: 11, label: 'Yes' },
      { id: 12, label: 'No' },
      { id: 13, label: 'Not sure' },
    ],
    state: 'open',
    showResults: true,
    allowChange: true,
    maxChoices: 1,
    createdAt: '2026-01-01T10:00:00.000Z',
    openedAt: '2026-01-01T10:01:00.000Z',
    closedAt: null,
    ...overrides,
  };
}

/** A multiple-choice poll of `n` options (ids 101..100+n), any number of choices. */
export function multiplePoll(n = 4, overrides: Partial<PollRecord> = {}): PollRecord {
  return pollRecord({
    kind: 'multiple',
    options: Array.from({ length: n }, (_, i) => ({ id: 101 + i, label: `Option ${i + 1}` })),
    maxChoices: n,
    ...overrides,
  });
}
