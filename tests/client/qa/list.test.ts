/**
 * The phone's list of questions (client/src/kinds/qa/list.ts): what an
 * attendee sees and in which order (answered last, then most upvoted, then
 * asked first), which of their own questions the list does not show yet,
 * and how many they have asked against the limit of 10.
 */
import { describe, expect, it } from 'vitest';
import {
  askedCount,
  attendeeList,
  notListed,
  ownIds,
  reachedLimit,
  type Asked,
  type Question,
} from '../../../client/src/kinds/qa/list.js';

const question = (
  id: number,
  upvotes: number,
  status: Question['status'] = 'visible',
): Question => ({
  id,
  text: `Question ${id}?`,
  upvotes,
  status,
  highlighted: false,
  askedAt: `2026-01-01T10:00:${String(id).padStart(2, '0')}.000Z`,
});

describe('attendeeList', () => {
  it('most upvoted first, ties by who asked first, answered ones at the end', () => {
    const list = attendeeList([
      question(1, 2),
      question(2, 5, 'answered'),
      question(3, 5),
      question(4, 2),
      question(5, 9, 'answered'),
      question(6, 0),
    ]);
    expect(list.map((q) => q.id)).toEqual([3, 1, 4, 6, 5, 2]);
  });

  it('never shows a pending or hidden question, whatever the push holds', () => {
    const list = attendeeList([
      question(1, 0, 'pending'),
      question(2, 3, 'hidden'),
      question(3, 1),
    ]);
    expect(list.map((q) => q.id)).toEqual([3]);
  });
});

describe('the attendee’s own questions', () => {
  const asked: Asked[] = [
    { key: 'a', text: 'Sent, not acked?', id: null },
    { key: 'b', text: 'Waiting for the host?', id: 12 },
    { key: 'c', text: 'In the list?', id: 13 },
  ];

  it('those the list does not show: on their way, or waiting for moderation', () => {
    const list = [question(13, 0), question(4, 1)];
    expect(notListed(asked, list).map((a) => a.key)).toEqual(['a', 'b']);
  });

  it('are the server’s record and what this phone sent since, counted once', () => {
    expect([...ownIds([12, 7], asked)].sort((a, b) => a - b)).toEqual([7, 12, 13]);
    // 7, 12, 13 and the one still on its way.
    expect(askedCount([12, 7], asked)).toBe(4);
  });

  it('reach the limit at 10', () => {
    expect(reachedLimit(9)).toBe(false);
    expect(reachedLimit(10)).toBe(true);
  });
});
