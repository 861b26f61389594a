/**
 * The storm oracle on hand-made ledgers and rows: it must accept exactly the
 * stored state the phones' acknowledgements promise, and name what is wrong
 * otherwise (how many participants disagree, and one of them).
 */
import { describe, expect, test } from 'vitest';
import {
  checkStoredVotes,
  checkTally,
  type PhoneLedger,
  type StoredVote,
} from '../../bench/lib/oracle.js';

const OPTIONS = [11, 12, 13];
const ballotOf = (choice: number) => 2 ** OPTIONS.indexOf(choice);

// Participant 1 voted 11; 2 voted 11 then changed to 12; 3 voted 13, its change timed out;
// 4's only vote was refused.
const phones: PhoneLedger[] = [
  { participant: 1, votes: [{ ref: 'a', choice: 11, answer: null }] },
  {
    participant: 2,
    votes: [
      { ref: 'b', choice: 11, answer: null },
      { ref: 'c', choice: 12, answer: null },
    ],
  },
  {
    participant: 3,
    votes: [
      { ref: 'd', choice: 13, answer: null },
      { ref: 'e', choice: 11, answer: 'timeout' },
    ],
  },
  { participant: 4, votes: [{ ref: 'f', choice: 12, answer: 'poll_closed' }] },
];
const stored: StoredVote[] = [
  { participantId: 1, ballot: 1, ref: 'a' },
  { participantId: 2, ballot: 2, ref: 'c' },
  { participantId: 3, ballot: 4, ref: 'd' },
];

describe('stored ballots', () => {
  test('each last acked choice stored, and nothing else: agrees', () => {
    const verdict = checkStoredVotes(phones, stored, ballotOf);
    expect(verdict).toMatchObject({ ok: true, disagreeing: 0 });
    expect(verdict.detail).toBe("3 participants' last acked choices stored, 3 rows, none other");
  });

  test('a changed vote stored as the first choice: disagrees, naming the participant', () => {
    const rows = stored.map((r) => (r.participantId === 2 ? { ...r, ballot: 1, ref: 'b' } : r));
    const verdict = checkStoredVotes(phones, rows, ballotOf);
    expect(verdict.ok).toBe(false);
    expect(verdict.detail).toBe(
      '1 of 4 participants disagree with SQLite; e.g. participant 2: last acked option 12 (ref c) (ballot 2), stored ballot 1 ref b',
    );
  });

  test('the right ballot under another vote’s ref: disagrees', () => {
    const rows = stored.map((r) => (r.participantId === 1 ? { ...r, ref: 'x' } : r));
    expect(checkStoredVotes(phones, rows, ballotOf).disagreeing).toBe(1);
  });

  test('an acked vote missing, a refused vote stored, a stranger’s row: three disagree', () => {
    const rows = [
      ...stored.filter((r) => r.participantId !== 1),
      { participantId: 4, ballot: 2, ref: 'f' },
      { participantId: 99, ballot: 1, ref: 'z' },
    ];
    const verdict = checkStoredVotes(phones, rows, ballotOf);
    expect(verdict.disagreeing).toBe(3);
    expect(verdict.detail).toMatch(
      /^3 of 4 participants disagree with SQLite; e\.g\. participant 1: /,
    );
  });

  test('a phone with an acked vote but no participant id: disagrees', () => {
    const anonymous = [
      ...phones,
      { participant: null, votes: [{ ref: 'g', choice: 11, answer: null }] },
    ];
    expect(checkStoredVotes(anonymous, stored, ballotOf).ok).toBe(false);
  });
});

describe('pushed tally', () => {
  const tally = (counts: number[], total = counts.reduce((a, b) => a + b, 0)) => ({
    total,
    options: OPTIONS.map((id, i) => ({ id, count: counts[i]! })),
  });

  test('the sum of the last acked choices: agrees', () => {
    expect(checkTally(phones, tally([1, 1, 1]), OPTIONS)).toMatchObject({ ok: true });
  });

  test('a change not moved (the first choice counted): disagrees', () => {
    const verdict = checkTally(phones, tally([2, 0, 1]), OPTIONS);
    expect(verdict).toMatchObject({ ok: false, disagreeing: 2 });
    expect(verdict.detail).toBe(
      "pushed 2/0/1 (total 3), the phones' last acked choices 1/1/1 (total 3)",
    );
  });

  test('a wrong total, or no tally at all: disagrees', () => {
    expect(checkTally(phones, tally([1, 1, 1], 4), OPTIONS).ok).toBe(false);
    expect(checkTally(phones, undefined, OPTIONS).ok).toBe(false);
  });
});
