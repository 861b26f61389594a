/**
 * The host's parts of Q&A as plain rules: the editor's fields and what they
 * send (client/src/kinds/qa/settings.ts), and what each key and button of
 * the desk does to a question (client/src/kinds/qa/moderation.ts).
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../../client/src/i18n/i18n.js';
import type { Question } from '../../../client/src/kinds/qa/list.js';
import { doing, keyChange, KEYS } from '../../../client/src/kinds/qa/moderation.js';
import { moderationName, qaSettings } from '../../../client/src/kinds/qa/settings.js';
import type { PollOf } from '../../../shared/protocol.js';

const poll = (moderation: 'pre' | 'post'): PollOf<'qa'> => ({
  id: 4,
  kind: 'qa',
  question: 'Questions for the panel',
  state: 'open',
  showResults: true,
  allowChange: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  moderation,
});

const question = (highlighted = false): Question => ({
  id: 9,
  text: 'Who funds it?',
  upvotes: 3,
  status: 'visible',
  highlighted,
  askedAt: '2026-01-01T10:00:00.000Z',
});

describe('the editor’s fields', () => {
  it('a new poll shows questions at once; the moderation goes into the create body', () => {
    expect(qaSettings.empty()).toEqual({ moderation: 'post' });
    expect(qaSettings.settings({ moderation: 'pre' })).toEqual({ moderation: 'pre' });
    expect(qaSettings.check({ moderation: 'pre' })).toEqual({});
    expect(qaSettings.labels({ moderation: 'post' })).toEqual([]);
  });

  it('an edit sends the moderation only when it changed', () => {
    expect(qaSettings.fieldsOf(poll('pre'))).toEqual({ moderation: 'pre' });
    expect(qaSettings.patch(poll('pre'), { moderation: 'pre' })).toEqual({});
    expect(qaSettings.patch(poll('pre'), { moderation: 'post' })).toEqual({ moderation: 'post' });
  });

  it('names the moderation on the card in the host’s words', () => {
    expect(moderationName('pre')).toBe('approve first');
    expect(moderationName('post')).toBe('shown at once');
  });
});

describe('the desk’s keys', () => {
  it('A approves a waiting question, and brings back an answered or hidden one', () => {
    expect(keyChange('pending', 'a', question())).toEqual({ status: 'visible' });
    expect(keyChange('hidden', 'a', question())).toEqual({ status: 'visible' });
    expect(keyChange('answered', 'a', question())).toEqual({ status: 'visible' });
    expect(keyChange('visible', 'a', question())).toBeNull();
  });

  it('H hides, D marks answered; both take the question off the spotlight', () => {
    expect(keyChange('visible', 'h', question(true))).toEqual({
      status: 'hidden',
      highlighted: false,
    });
    expect(keyChange('visible', 'd', question(true))).toEqual({
      status: 'answered',
      highlighted: false,
    });
    expect(keyChange('pending', 'd', question())).toBeNull();
    expect(keyChange('hidden', 'h', question())).toBeNull();
  });

  it('S toggles the spotlight of an open or answered question', () => {
    expect(keyChange('visible', 's', question(false))).toEqual({ highlighted: true });
    expect(keyChange('visible', 's', question(true))).toEqual({ highlighted: false });
    expect(keyChange('pending', 's', question())).toBeNull();
  });

  it('each list announces the keys it takes, and failures say what was tried', () => {
    expect(KEYS.pending).toBe('A H J K');
    expect(KEYS.visible).toBe('D H S J K');
    expect(t(doing({ status: 'answered', highlighted: false }))).toBe(
      'Could not mark the question answered',
    );
    expect(t(doing({ highlighted: true }))).toBe('Could not highlight the question');
  });
});
