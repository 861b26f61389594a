import { expect, test } from 'vitest';
import { canSeeResults, canVote } from '../../server/domain/permissions.js';

test('the host always sees results; others only while they are shown', () => {
  expect(canSeeResults('host', { showResults: false })).toBe(true);
  expect(canSeeResults('host', { showResults: true })).toBe(true);
  expect(canSeeResults('presenter', { showResults: false })).toBe(false);
  expect(canSeeResults('attendee', { showResults: false })).toBe(false);
  expect(canSeeResults('presenter', { showResults: true })).toBe(true);
  expect(canSeeResults('attendee', { showResults: true })).toBe(true);
});

test('only attendees vote', () => {
  expect(canVote('attendee')).toBe(true);
  expect(canVote('presenter')).toBe(false);
  expect(canVote('host')).toBe(false);
});
