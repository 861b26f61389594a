/** Wire shapes the page reducers' tests start from: an event and polls as the server sends them. */
import type { EventInfo, PollOf, ResultsOf, ServerMessage } from '../../shared/protocol.js';

export const EVENT: EventInfo = {
  code: '123456',
  title: 'Forum on peace-building',
  createdAt: '2026-01-01T00:00:00.000Z',
  showStats: false,
  leaderboard: false,
  language: 'en',
  languages: [],
  alternateLanguages: false,
  joinUrl: 'http://192.168.1.20:3000/e/123456',
};

/** A single-choice poll; its options are numbered id*10+1, id*10+2, … after `labels`. */
export function pollWith(
  labels: readonly string[],
  id: number,
  patch: Partial<PollOf<'single'>> = {},
): PollOf<'single'> {
  return {
    id,
    question: `Question ${id}?`,
    kind: 'single',
    options: labels.map((label, i) => ({ id: id * 10 + i + 1, label })),
    state: 'open',
    showResults: true,
    allowChange: true,
    maxChoices: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}

/** A single-choice poll's results: option i (id*10+i+1) has counts[i]; percents roughly right. */
export function choiceResults(
  id: number,
  counts: readonly number[],
  labels: readonly string[],
): ResultsOf<'single'> {
  const total = counts.reduce((a, b) => a + b, 0);
  return {
    pollId: id,
    kind: 'single',
    state: 'open',
    total,
    options: counts.map((count, i) => ({
      id: id * 10 + i + 1,
      label: labels[i]!,
      count,
      percent: total ? Math.round((100 * count) / total) : 0,
    })),
  };
}

/** A `tally` push of those results. */
export const choiceTally = (
  id: number,
  seq: number,
  counts: readonly number[],
  labels: readonly string[],
): ServerMessage => ({ type: 'tally', seq, ...choiceResults(id, counts, labels) });

/** A rating poll 1..max, and its results from counts per value. */
export function ratingPoll(id: number, max = 5, patch: Partial<PollOf<'rating'>> = {}) {
  const poll: PollOf<'rating'> = {
    id,
    question: `Rate ${id}?`,
    kind: 'rating',
    max,
    labels: { min: 'Poor', max: 'Great' },
    state: 'open',
    showResults: true,
    allowChange: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
  return poll;
}
