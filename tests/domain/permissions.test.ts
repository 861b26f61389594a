import { expect, test } from 'vitest';
import {
  canSeePoll,
  canSeeResults,
  canVote,
  isPrivateDraft,
} from '../../server/domain/permissions.js';

const ROLES = ['host', 'presenter', 'attendee'] as const;
const publicPoll = { state: 'open', published: true, kind: 'single' } as const;

test('the host always sees results; others only while they are shown', () => {
  expect(canSeeResults('host', { ...publicPoll, showResults: false })).toBe(true);
  expect(canSeeResults('host', { ...publicPoll, showResults: true })).toBe(true);
  expect(canSeeResults('presenter', { ...publicPoll, showResults: false })).toBe(false);
  expect(canSeeResults('attendee', { ...publicPoll, showResults: false })).toBe(false);
  expect(canSeeResults('presenter', { ...publicPoll, showResults: true })).toBe(true);
  expect(canSeeResults('attendee', { ...publicPoll, showResults: true })).toBe(true);
});

test('a Q&A poll’s list reaches everyone who sees the poll, whatever showResults says', () => {
  const qa = { ...publicPoll, kind: 'qa', showResults: false } as const;
  expect(ROLES.filter((role) => canSeeResults(role, qa))).toEqual(ROLES);
  const secret = { ...qa, state: 'draft', published: false } as const;
  expect(ROLES.filter((role) => canSeeResults(role, secret))).toEqual(['host']);
});

test('a draft never opened or on screen is the host’s alone: the poll and its results', () => {
  const secret = { state: 'draft', published: false, showResults: true, kind: 'single' } as const;
  expect(isPrivateDraft(secret)).toBe(true);
  expect(ROLES.filter((role) => canSeePoll(role, secret))).toEqual(['host']);
  expect(ROLES.filter((role) => canSeeResults(role, secret))).toEqual(['host']);
});

test('a published poll stays public, even back in draft (a quiz reset)', () => {
  for (const state of ['draft', 'open', 'closed'] as const) {
    const poll = { state, published: true, showResults: true, kind: 'single' } as const;
    expect(isPrivateDraft(poll)).toBe(false);
    expect(ROLES.filter((role) => canSeePoll(role, poll))).toEqual(ROLES);
    expect(ROLES.filter((role) => canSeeResults(role, poll))).toEqual(ROLES);
  }
});

test('only attendees vote', () => {
  expect(canVote('attendee')).toBe(true);
  expect(canVote('presenter')).toBe(false);
  expect(canVote('host')).toBe(false);
});
