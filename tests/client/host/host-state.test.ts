/** The host state follows the server's pushes and drops stale tallies. */
import { describe, expect, it } from 'vitest';
import {
  hostReducer,
  initialHostState,
  resultRows,
  type HostAction,
} from '../../../client/src/host/host-state.js';
import type { EventInfo, Poll } from '../../../shared/protocol.js';

const event: EventInfo = {
  code: '123456',
  joinUrl: 'http://192.168.1.20:3000/e/123456',
  title: 'Forum',
  createdAt: '2026-01-01T00:00:00.000Z',
  showStats: false,
};
const poll = (id: number, patch: Partial<Poll> = {}): Poll => ({
  id,
  question: `Q${id}`,
  kind: 'single',
  options: [
    { id: id * 10 + 1, label: 'A' },
    { id: id * 10 + 2, label: 'B' },
  ],
  state: 'draft',
  showResults: true,
  allowChange: true,
  maxChoices: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...patch,
});

const welcome = hostReducer(initialHostState, {
  type: 'welcome',
  role: 'host',
  protocol: 1,
  event,
  polls: [poll(2), poll(1)],
  activePollId: 2,
  attendees: 4,
});

describe('hostReducer', () => {
  it('starts from the welcome, polls in creation order', () => {
    expect(welcome.polls.map((p) => p.id)).toEqual([1, 2]);
    expect(welcome.activePollId).toBe(2);
    expect(welcome.attendees).toBe(4);
  });

  it('applies tallies in sequence order and ignores an older one', () => {
    const tally = (seq: number, count: number): HostAction => ({
      type: 'tally',
      pollId: 1,
      total: count,
      seq,
      options: [{ id: 11, count, percent: 100 }],
    });
    const newer = hostReducer(hostReducer(welcome, tally(5, 3)), tally(4, 2));
    expect(newer.tallies[1]!.total).toBe(3);
    expect(resultRows(newer.polls[0]!, newer.tallies[1])).toEqual([
      { id: 11, label: 'A', count: 3, percent: 100 },
      { id: 12, label: 'B', count: 0, percent: 0 },
    ]);
  });

  it('takes the zeroed results of a reset poll, then later tallies again', () => {
    const counted = hostReducer(welcome, {
      type: 'tally',
      pollId: 1,
      total: 2,
      seq: 9,
      options: [],
    });
    const reset = hostReducer(counted, {
      type: 'poll',
      poll: poll(1, { results: { pollId: 1, state: 'draft', total: 0, options: [] } }),
    });
    expect(reset.tallies[1]!.total).toBe(0);
    expect(
      hostReducer(reset, { type: 'tally', pollId: 1, total: 1, seq: 10, options: [] }).tallies[1]!
        .total,
    ).toBe(1);
  });

  it('forgets a deleted poll and takes it off screen', () => {
    const next = hostReducer(welcome, { type: 'poll_deleted', pollId: 2 });
    expect(next.polls.map((p) => p.id)).toEqual([1]);
    expect(next.activePollId).toBeNull();
  });
});
