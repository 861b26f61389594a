import { describe, expect, test } from 'vitest';
import { PollTally } from '../../server/domain/tally.js';
import { encodeChoices } from '../../server/domain/kinds/choice-ballot.js';
import type { PollRecord } from '../../server/domain/types.js';
import { multiplePoll, pollRecord } from './fixtures.js';

const ballotOf = (poll: PollRecord, choices: number[]) => {
  const ballot = encodeChoices(poll, choices);
  if (!ballot.ok) throw new Error(ballot.code);
  return ballot.value;
};

const counts = (tally: PollTally, poll: PollRecord) => tally.tallyOptions(poll).map((o) => o.count);

describe('single choice', () => {
  const poll = pollRecord();
  const [yes, no, unsure] = [[11], [12], [13]].map((c) => ballotOf(poll, c)) as [
    number,
    number,
    number,
  ];

  test('with no votes every count and percent is 0', () => {
    const tally = new PollTally(3);
    expect(tally.results(poll)).toEqual({
      pollId: poll.id,
      state: 'open',
      total: 0,
      options: [
        { id: 11, label: 'Yes', count: 0, percent: 0 },
        { id: 12, label: 'No', count: 0, percent: 0 },
        { id: 13, label: 'Not sure', count: 0, percent: 0 },
      ],
    });
  });

  test('a first vote adds a voter and a count', () => {
    const tally = new PollTally(3);
    tally.move(null, yes);
    expect(tally.voters).toBe(1);
    expect(counts(tally, poll)).toEqual([1, 0, 0]);
    expect(tally.tallyOptions(poll)[0]).toEqual({ id: 11, count: 1, percent: 100 });
  });

  test('moving a vote moves its count and keeps the voter count', () => {
    const tally = new PollTally(3);
    tally.move(null, yes);
    tally.move(null, no);
    tally.move(yes, unsure);
    expect(tally.voters).toBe(2);
    expect(counts(tally, poll)).toEqual([0, 1, 1]);
    expect(tally.results(poll).options.map((o) => o.percent)).toEqual([0, 50, 50]);
  });

  test('81 of 100 shows 81%, and the percents sum to 100', () => {
    const tally = new PollTally(3);
    tally.addBallots(yes, 81);
    tally.addBallots(no, 12);
    tally.addBallots(unsure, 7);
    const results = tally.results(poll);
    expect(results.total).toBe(100);
    expect(results.options.map((o) => o.percent)).toEqual([81, 12, 7]);
  });

  test('a thirds split still sums to exactly 100', () => {
    const tally = new PollTally(3);
    for (const b of [yes, no, unsure]) tally.move(null, b);
    const percents = tally.results(poll).options.map((o) => o.percent);
    expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
    expect([...percents].sort()).toEqual([33, 33, 34]);
  });

  test('the same ballot again changes nothing, not even seq', () => {
    const tally = new PollTally(3);
    tally.move(null, yes);
    const seq = tally.seq;
    tally.move(yes, yes);
    expect(tally.seq).toBe(seq);
    expect(counts(tally, poll)).toEqual([1, 0, 0]);
  });

  test('every change bumps seq, so clients can drop stale tallies', () => {
    const tally = new PollTally(3);
    const seen = [tally.seq];
    tally.move(null, yes);
    seen.push(tally.seq);
    tally.move(yes, no);
    seen.push(tally.seq);
    tally.reset();
    seen.push(tally.seq);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
  });

  test('reset empties the counts and voters', () => {
    const tally = new PollTally(3);
    tally.addBallots(yes, 5);
    tally.reset();
    expect(tally.voters).toBe(0);
    expect(counts(tally, poll)).toEqual([0, 0, 0]);
  });

  test('reset to a new option count (options replaced)', () => {
    const tally = new PollTally(3);
    tally.addBallots(yes, 5);
    tally.reset(2);
    expect(tally.counts).toEqual([0, 0]);
  });
});

describe('multiple choice', () => {
  const poll = multiplePoll(3);

  test('a voter with several options counts once in total and once per option', () => {
    const tally = new PollTally(3);
    tally.move(null, ballotOf(poll, [101, 102]));
    tally.move(null, ballotOf(poll, [101]));
    const results = tally.results(poll);
    expect(results.total).toBe(2);
    expect(results.options.map((o) => o.count)).toEqual([2, 1, 0]);
    // Share of voters: 2/2 and 1/2; the percents may sum past 100.
    expect(results.options.map((o) => o.percent)).toEqual([100, 50, 0]);
  });

  test('changing a multiple-choice vote moves every option of it', () => {
    const tally = new PollTally(3);
    const first = ballotOf(poll, [101, 102]);
    tally.move(null, first);
    tally.move(first, ballotOf(poll, [102, 103]));
    expect(tally.voters).toBe(1);
    expect(counts(tally, poll)).toEqual([0, 1, 1]);
  });

  test('the start-up rebuild from grouped ballots equals the votes one by one', () => {
    const ballots = [[101], [101, 102], [101, 102], [103], [101, 102, 103]].map((c) =>
      ballotOf(poll, c),
    );
    const oneByOne = new PollTally(3);
    for (const b of ballots) oneByOne.move(null, b);
    const grouped = new PollTally(3);
    const groups = new Map<number, number>();
    for (const b of ballots) groups.set(b, (groups.get(b) ?? 0) + 1);
    for (const [b, n] of groups) grouped.addBallots(b, n);
    expect(grouped.results(poll)).toEqual(oneByOne.results(poll));
    expect(grouped.voters).toBe(5);
  });
});
