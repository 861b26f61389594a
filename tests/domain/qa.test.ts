/**
 * Q&A's rules as pure functions: what may be asked and with which status,
 * when an upvote is new, repeated or refused, the one highlight, and the
 * lists each role gets (order, bounds, the highlighted question, totals).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { QA_LIMITS, questionOrder, type QuestionStatus } from '../../shared/kinds/qa.js';
import { Counters } from '../../server/domain/counters.js';
import {
  decideAsk,
  decideUpvote,
  highlightAfter,
  readQuestion,
  type Asker,
  type QaPoll,
} from '../../server/domain/kinds/qa.js';
import {
  QuestionIndex,
  upvoteKey,
  type QuestionRecord,
} from '../../server/domain/kinds/question-index.js';
import { qaPoll } from './fixtures.js';

const open = (moderation: 'pre' | 'post' = 'post', highlighted: number | null = null) =>
  qaPoll(moderation, highlighted, { state: 'open' }) as QaPoll;
const asker = (asked = 0, upvoted: number[] = []): Asker => ({
  asked: Array.from({ length: asked }, (_, i) => ({ id: i + 1, ref: `r${i + 1}` })),
  upvoted: new Set(upvoted),
});

describe('asking', () => {
  test('a question is trimmed, 1–280 characters counted in code points, well-formed', () => {
    expect(readQuestion({ text: '  Why?  ' })).toEqual({ ok: true, value: 'Why?' });
    expect(readQuestion({ text: '🙂'.repeat(280) }).ok).toBe(true);
    for (const text of ['', '   ', 'x'.repeat(281), '🙂'.repeat(281), 'a\ud800', 42, null]) {
      expect(readQuestion({ text }), JSON.stringify(text)).toMatchObject({
        ok: false,
        code: 'invalid_answer',
      });
    }
    expect(readQuestion(null)).toMatchObject({ code: 'invalid_answer' });
  });

  test('post: visible at once; pre: pending; a profane question waits for the host either way', () => {
    expect(decideAsk(open('post'), asker(), { text: 'Why?' }, 'r')).toEqual({
      ok: true,
      value: { action: 'ask', text: 'Why?', status: 'visible' },
    });
    expect(decideAsk(open('pre'), asker(), { text: 'Why?' }, 'r')).toMatchObject({
      value: { status: 'pending' },
    });
    expect(decideAsk(open('post'), asker(), { text: 'what the sh1t' }, 'r')).toMatchObject({
      value: { status: 'pending' },
    });
  });

  test('a ref already used is a repeat of that question, before any other rule (even once closed or full)', () => {
    const full = asker(QA_LIMITS.perParticipant);
    const closed = { ...open(), state: 'closed' } as QaPoll;
    expect(decideAsk(closed, full, { text: '' }, 'r3')).toEqual({
      ok: true,
      value: { action: 'repeat', index: 2 },
    });
  });

  test('the 11th question is question_limit; a draft poll_not_open; a closed poll poll_closed', () => {
    expect(decideAsk(open(), asker(10), { text: 'More?' }, 'new')).toMatchObject({
      code: 'question_limit',
    });
    expect(decideAsk(open(), asker(9), { text: 'More?' }, 'new').ok).toBe(true);
    const draft = { ...open(), state: 'draft' } as QaPoll;
    const closed = { ...open(), state: 'closed' } as QaPoll;
    expect(decideAsk(draft, asker(), { text: 'Hi' }, undefined)).toMatchObject({
      code: 'poll_not_open',
    });
    expect(decideAsk(closed, asker(), { text: 'Hi' }, undefined)).toMatchObject({
      code: 'poll_closed',
    });
  });
});

describe('upvoting', () => {
  test('new, repeated, taken back; a question not shown is question_not_found; only while open', () => {
    expect(decideUpvote(open(), asker(), 7, true, true)).toEqual({
      ok: true,
      value: { action: 'mark', on: true },
    });
    expect(decideUpvote(open(), asker(0, [7]), 7, true, true)).toEqual({
      ok: true,
      value: { action: 'repeat' },
    });
    expect(decideUpvote(open(), asker(0, [7]), 7, false, true)).toEqual({
      ok: true,
      value: { action: 'mark', on: false },
    });
    expect(decideUpvote(open(), asker(), 7, false, true).ok && 'repeat').toBe('repeat');
    expect(decideUpvote(open(), asker(), 7, true, false)).toMatchObject({
      code: 'question_not_found',
    });
    const closed = { ...open(), state: 'closed' } as QaPoll;
    expect(decideUpvote(closed, asker(), 7, true, true)).toMatchObject({ code: 'poll_closed' });
  });

  test('one highlight: highlighting moves it, un-highlighting only clears one’s own', () => {
    expect(highlightAfter(open('post', null), 5, true)).toBe(5);
    expect(highlightAfter(open('post', 4), 5, true)).toBe(5);
    expect(highlightAfter(open('post', 4), 5, false)).toBe(4);
    expect(highlightAfter(open('post', 5), 5, false)).toBeNull();
    expect(highlightAfter(open('post', 4), 5, undefined)).toBe(4);
  });
});

describe('the lists', () => {
  const question = (id: number, status: QuestionStatus = 'visible'): QuestionRecord => ({
    id,
    participantId: id,
    text: `Q${id}`,
    at: `2026-12-06T10:00:${String(id % 60).padStart(2, '0')}.000Z`,
    status,
  });

  function room(statuses: QuestionStatus[], upvotes: number[]) {
    const counters = new Counters();
    const index = new QuestionIndex();
    index.reload(statuses.map((status, i) => question(i + 1, status)));
    upvotes.forEach((n, i) => n && counters.add(upvoteKey(i + 1), n));
    return { counters, index };
  }

  test('order: answered last, then upvotes desc, then asked first; pending and hidden for the host only', () => {
    const { counters, index } = room(
      ['visible', 'answered', 'visible', 'pending', 'hidden', 'visible'],
      [1, 9, 5, 7, 3, 5],
    );
    const ids = (role: 'attendee' | 'presenter' | 'host') =>
      index.list(role, counters, null).questions.map((q) => q.id);
    expect(ids('attendee')).toEqual([3, 6, 1, 2]);
    expect(ids('presenter')).toEqual([3, 6, 1, 2]);
    // The host: the queue (pending, oldest first), then everything else in the order.
    expect(ids('host')).toEqual([4, 3, 6, 5, 1, 2]);
    expect(index.list('attendee', counters, null).total).toBe(4);
    expect(index.list('host', counters, null).total).toBe(6);
    expect(index.counts()).toEqual({ pending: 1, visible: 3, hidden: 1, answered: 1 });
  });

  test('bounded per role, the highlighted question always listed; a negative count (a cluster’s moment) shows 0', () => {
    const n = 600;
    const { counters, index } = room(
      Array.from({ length: n }, () => 'visible'),
      Array.from({ length: n }, (_, i) => n - i),
    );
    const last = index.list('attendee', counters, n);
    expect(last.questions).toHaveLength(QA_LIMITS.attendeeQuestions + 1);
    expect(last.questions.at(-1)).toMatchObject({ id: n, highlighted: true });
    expect(last.total).toBe(n);
    expect(index.list('presenter', counters, 1).questions).toHaveLength(QA_LIMITS.screenQuestions);
    expect(index.list('host', counters, null).questions).toHaveLength(QA_LIMITS.hostQuestions);
    const small = room(['visible'], [0]);
    small.counters.add(upvoteKey(1), -1);
    expect(small.index.list('attendee', small.counters, null).questions[0]!.upvotes).toBe(0);
  });

  test('questionOrder is a total order consistent with the rule (property)', () => {
    const item = fc.record({
      id: fc.integer({ min: 1, max: 1000 }),
      upvotes: fc.integer({ min: 0, max: 50 }),
      status: fc.constantFrom('visible', 'answered'),
      askedAt: fc.constant(''),
    });
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (q) => q.id, maxLength: 40 }), (items) => {
        const sorted = [...items].sort(questionOrder);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          if (a.status !== b.status) expect(a.status).toBe('visible');
          else if (a.upvotes !== b.upvotes) expect(a.upvotes).toBeGreaterThan(b.upvotes);
          else expect(a.id).toBeLessThan(b.id);
        }
      }),
    );
  });
});
