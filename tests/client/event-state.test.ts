/**
 * The one event-state reducer every page shares (client/src/lib/event-state.ts):
 * stale tallies never overwrite newer numbers, a restarted server's fresh
 * sequence numbers are accepted after its welcome, hidden results are
 * forgotten rather than left on screen, a deleted poll leaves, and results
 * of any kind go through the same rules.
 */
import { describe, expect, it } from 'vitest';
import {
  activePoll,
  eventReducer,
  initialEventState,
  resultsOf,
  type EventAction,
  type EventState,
} from '../../client/src/lib/event-state.js';
import type { Poll, ServerMessage } from '../../shared/protocol.js';
import { choiceResults, choiceTally, EVENT, pollWith, ratingPoll } from './fixtures.js';

const LABELS = ['Yes', 'No', 'Not sure'];
const poll = (id: number, patch: Partial<Extract<Poll, { kind: 'single' }>> = {}) =>
  pollWith(LABELS, id, patch);
const results = (id: number, counts: number[]) => choiceResults(id, counts, LABELS);
const tally = (pollId: number, seq: number, counts: number[]) =>
  choiceTally(pollId, seq, counts, LABELS);

const welcome: ServerMessage = {
  type: 'welcome',
  role: 'presenter',
  protocol: 2,
  event: EVENT,
  // Out of creation order on purpose: pages list polls by id.
  polls: [
    poll(2, { results: results(2, [0, 0, 0]) }),
    poll(1, { results: results(1, [81, 15, 4]) }),
  ],
  activePollId: 1,
  attendees: 100,
};

const run = (state: EventState, ...actions: EventAction[]) => actions.reduce(eventReducer, state);
const counts = (state: EventState, id = 1) => {
  const r = state.results[id];
  return r && 'options' in r && r.options
    ? r.options.map((o) => ('count' in o ? o.count : null))
    : undefined;
};

const live = run(initialEventState(), welcome);

describe('event state', () => {
  it('connects, then goes live on the welcome with the polls in creation order and the active one', () => {
    expect(initialEventState().phase).toBe('connecting');
    expect(initialEventState('missing').phase).toBe('missing');
    expect(live.phase).toBe('live');
    expect(live.event?.title).toBe('Forum on peace-building');
    expect(live.attendees).toBe(100);
    expect(live.polls.map((p) => p.id)).toEqual([1, 2]);
    expect(activePoll(live)?.id).toBe(1);
    expect(resultsOf(live, activePoll(live)!)).toMatchObject({ total: 100, seq: -1 });
  });

  it('applies tallies in seq order and drops a stale or repeated one', () => {
    const state = run(
      live,
      tally(1, 3, [82, 15, 4]),
      tally(1, 2, [1, 1, 1]),
      tally(1, 3, [0, 0, 9]),
    );
    expect(counts(state)).toEqual([82, 15, 4]);
    expect(counts(run(state, tally(1, 4, [82, 16, 4])))).toEqual([82, 16, 4]);
  });

  it('a welcome after a server restart forgets the seqs: the new server’s low numbers apply', () => {
    const before = run(live, tally(1, 5000, [90, 5, 5]));
    const after = run(before, welcome, tally(1, 1, [82, 15, 4]));
    expect(counts(after)).toEqual([82, 15, 4]);
  });

  it('a poll push with results keeps the last seq: an older tally cannot undo it', () => {
    const state = run(
      live,
      tally(1, 7, [82, 15, 4]),
      { type: 'poll', poll: poll(1, { state: 'closed', results: results(1, [83, 15, 4]) }) },
      tally(1, 6, [1, 1, 1]),
    );
    expect(counts(state)).toEqual([83, 15, 4]);
    expect(activePoll(state)?.state).toBe('closed');
  });

  it('hidden results are forgotten, not left on screen; shown again, only new numbers come back', () => {
    const hidden = run(live, { type: 'poll', poll: poll(1, { showResults: false }) });
    expect(hidden.results[1]).toBeUndefined();
    expect(resultsOf(hidden, activePoll(hidden)!)).toBeNull();
    const shown = run(hidden, { type: 'poll', poll: poll(1, { showResults: true }) });
    expect(resultsOf(shown, activePoll(shown)!)).toBeNull();
    expect(counts(run(shown, tally(1, 1, [90, 6, 4])))).toEqual([90, 6, 4]);
  });

  it('takes the zeroed results of a reset poll, then later tallies again', () => {
    const reset = run(live, tally(1, 9, [2, 0, 0]), {
      type: 'poll',
      poll: poll(1, { state: 'draft', results: results(1, [0, 0, 0]) }),
    });
    expect(reset.results[1]?.total).toBe(0);
    expect(run(reset, tally(1, 10, [1, 0, 0])).results[1]?.total).toBe(1);
  });

  it('a deleted active poll leaves the screen and its numbers go; deleting another one does not', () => {
    const other = run(live, { type: 'poll_deleted', pollId: 2 });
    expect(activePoll(other)?.id).toBe(1);
    expect(other.polls.map((p) => p.id)).toEqual([1]);
    const gone = run(live, { type: 'poll_deleted', pollId: 1 });
    expect(gone.activePollId).toBeNull();
    expect(activePoll(gone)).toBeNull();
    expect(gone.results[1]).toBeUndefined();
  });

  it('a new poll is added in creation order, then put on screen by an active push', () => {
    const state = run(
      live,
      { type: 'poll', poll: poll(3, { results: results(3, [0, 0, 0]) }) },
      { type: 'active', pollId: 3 },
    );
    expect(state.polls.map((p) => p.id)).toEqual([1, 2, 3]);
    expect(activePoll(state)?.id).toBe(3);
    expect(run(state, { type: 'active', pollId: null }).activePollId).toBeNull();
  });

  it('results of any kind follow the same rules, and are given only for a poll of their kind', () => {
    const rating = ratingPoll(5);
    const distribution = [0, 0, 1, 2, 1].map((count, i) => ({
      value: i + 1,
      count,
      percent: 25 * count,
    }));
    const rated = run(
      live,
      { type: 'poll', poll: rating },
      {
        type: 'tally',
        pollId: 5,
        seq: 2,
        kind: 'rating',
        state: 'open',
        total: 4,
        distribution,
        average: 4,
        median: 4,
      },
      {
        type: 'tally',
        pollId: 5,
        seq: 1,
        kind: 'rating',
        state: 'open',
        total: 1,
        distribution,
        average: 1,
        median: 1,
      },
    );
    expect(resultsOf(rated, rating)).toMatchObject({
      kind: 'rating',
      total: 4,
      average: 4,
      seq: 2,
    });
    // Numbers of another kind under this poll's id (a deleted and re-used id, a bug) are not shown.
    expect(resultsOf(rated, { id: 5, kind: 'single' })).toBeNull();
  });

  it('presence changes the attendee count; the same count keeps the same state object', () => {
    expect(run(live, { type: 'presence', attendees: 120 }).attendees).toBe(120);
    expect(run(live, { type: 'presence', attendees: 100 })).toBe(live);
  });

  it('the event deleted while watching ends it; a fatal close says why', () => {
    expect(run(live, { type: 'event_deleted' }).phase).toBe('ended');
    expect(run(live, { type: 'fatal', code: 'event_deleted' }).phase).toBe('ended');
    expect(run(initialEventState(), { type: 'fatal', code: 'event_not_found' }).phase).toBe(
      'missing',
    );
  });

  it('an event push renames the event', () => {
    expect(run(live, { type: 'event', event: { ...EVENT, title: 'Renamed' } }).event?.title).toBe(
      'Renamed',
    );
  });

  it('acks, errors, pongs and poll_reset change nothing', () => {
    const same = run(
      live,
      { type: 'ack', pollId: 1 },
      { type: 'error', code: 'rate_limited', message: 'later', retryAfter: 1 },
      { type: 'pong' },
      { type: 'poll_reset', pollId: 1 },
    );
    expect(same).toBe(live);
  });
});
