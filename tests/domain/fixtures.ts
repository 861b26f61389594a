/** Plain domain records for unit tests: polls of every kind as the store would load them. */
import type { PollRecord } from '../../server/domain/types.js';

const common = {
  id: 7,
  eventId: 1,
  question: 'Can the European Union make a difference?',
  state: 'open',
  showResults: true,
  allowChange: true,
  createdAt: '2026-01-01T10:00:00.000Z',
  openedAt: '2026-01-01T10:01:00.000Z',
  closedAt: null,
  published: true,
  translations: {},
} as const;

/** `n` options with ids 101..100+n. */
export const optionsOf = (n: number, firstId = 101) =>
  Array.from({ length: n }, (_, i) => ({ id: firstId + i, label: `Option ${i + 1}` }));

/** The forum's single-choice question: Yes (11), No (12), Not sure (13). */
export function singlePoll(overrides: Partial<PollRecord> = {}): PollRecord {
  return {
    ...common,
    kind: 'single',
    options: [
      { id: 11, label: 'Yes' },
      { id: 12, label: 'No' },
      { id: 13, label: 'Not sure' },
    ],
    settings: { maxChoices: 1 },
    ...overrides,
  };
}

/** A multiple-choice poll of `n` options (ids 101..100+n), by default any number of choices. */
export function multiplePoll(
  n = 4,
  maxChoices = n,
  overrides: Partial<PollRecord> = {},
): PollRecord {
  return {
    ...common,
    kind: 'multiple',
    options: optionsOf(n),
    settings: { maxChoices },
    ...overrides,
  };
}

/** A rating poll on the scale 1..max. */
export function ratingPoll(
  max = 5,
  labels?: { min?: string; max?: string },
  overrides: Partial<PollRecord> = {},
): PollRecord {
  return {
    ...common,
    question: 'How useful was this session?',
    kind: 'rating',
    options: [],
    settings: labels ? { max, labels } : { max },
    ...overrides,
  };
}

/** A ranking poll of `n` options (ids 101..100+n). */
export function rankingPoll(n = 4, overrides: Partial<PollRecord> = {}): PollRecord {
  return {
    ...common,
    question: 'Order these priorities',
    kind: 'ranking',
    options: optionsOf(n),
    settings: {},
    ...overrides,
  };
}

/** A word cloud of up to `maxWords` words a participant, the profanity filter on. */
export function wordcloudPoll(
  maxWords = 3,
  settings: { filterProfanity?: boolean; hidden?: string[] } = {},
  overrides: Partial<PollRecord> = {},
): PollRecord {
  return {
    ...common,
    question: 'One word for this forum?',
    kind: 'wordcloud',
    options: [],
    settings: { maxWords, filterProfanity: true, hidden: [], ...settings },
    ...overrides,
  };
}

/** An open-text poll of answers up to `maxLength` characters. */
export function textPoll(
  maxLength = 280,
  moderation: 'pre' | 'post' = 'post',
  overrides: Partial<PollRecord> = {},
): PollRecord {
  return {
    ...common,
    question: 'What should the next forum change?',
    kind: 'text',
    options: [],
    settings: { maxLength, moderation },
    ...overrides,
  };
}

export function qaPoll(
  moderation: 'pre' | 'post' = 'post',
  highlighted: number | null = null,
  overrides: Partial<PollRecord> = {},
): PollRecord {
  return {
    ...common,
    question: 'Questions for the panel',
    kind: 'qa',
    options: [],
    settings: { moderation, highlighted },
    ...overrides,
  };
}

/** A quiz question of `n` options (ids 101..100+n), the first correct, 20 s, 1000 points; opened at 10:01. */
export function quizPoll(
  n = 4,
  settings: Partial<{ correct: number[]; timeLimit: number; points: number }> = {},
  overrides: Partial<PollRecord> = {},
): PollRecord {
  return {
    ...common,
    allowChange: false,
    kind: 'quiz',
    options: optionsOf(n),
    settings: { correct: [0], timeLimit: 20, points: 1000, ...settings },
    ...overrides,
  };
}
