/**
 * Open text: one answer per participant, stored as its text. Each answer is
 * also an *entry*, a row the store keeps beside it with an id and a
 * moderation status; a changed answer replaces its entry with a new one. The
 * wall is read from an EntryIndex kept beside the poll's counters.
 */
import { describeIssues } from '../../../shared/protocol.js';
import { codePoints } from '../../../shared/limits.js';
import {
  TEXT_LIMITS,
  TextAnswer,
  type EntryStatus,
  type Moderation,
} from '../../../shared/kinds/text.js';
import { wellFormed } from '../../../shared/schema.js';
import { allow, deny, type Decision } from '../errors.js';
import { entriesOf, type EntryRecord } from './entry-index.js';
import { defineRules } from './kind.js';
import { isProfane } from './profanity.js';

export interface TextSettings {
  maxLength: number;
  moderation: Moderation;
}

function parse(raw: unknown): Decision<TextAnswer> {
  const text = (raw as { text?: unknown } | null)?.text;
  if (typeof text === 'string' && text.length <= TEXT_LIMITS.maxLength * 4) {
    return allow(raw as TextAnswer);
  }
  if (text === undefined) {
    return deny('invalid_answer', 'this poll takes a text: answer with {"text": "..."}');
  }
  const parsed = TextAnswer.safeParse(raw);
  return parsed.success
    ? allow(parsed.data)
    : deny('invalid_answer', `the answer is a text: ${describeIssues(parsed.error)}`);
}

export const text = defineRules<'text', TextSettings, string>({
  kind: 'text',
  settle: (body) =>
    allow({
      options: [],
      settings: {
        maxLength: body.maxLength ?? TEXT_LIMITS.defaultMaxLength,
        moderation: body.moderation ?? 'post',
      },
    }),
  change(poll, patch, hasAnswers) {
    const maxLength = patch.maxLength ?? poll.settings.maxLength;
    if (maxLength < poll.settings.maxLength && hasAnswers) {
      return deny('poll_has_votes', 'the length limit can only go down before the first answer');
    }
    return allow({
      settings: { maxLength, moderation: patch.moderation ?? poll.settings.moderation },
    });
  },
  parse,
  encode(poll, answer) {
    const text = answer.text.trim();
    if (text.length === 0) return deny('invalid_answer', 'the answer must not be empty');
    const { maxLength } = poll.settings;
    if (codePoints(text) > maxLength) {
      return deny('invalid_answer', `an answer to this poll is at most ${maxLength} characters`);
    }
    if (!wellFormed(text)) {
      return deny('invalid_answer', 'the answer must be well-formed Unicode (no lone surrogates)');
    }
    return allow(text);
  },
  // Entries move the index when they are stored (AnswerService), with their ids.
  count: () => {},
  entry: (poll, value): EntryStatus =>
    poll.settings.moderation === 'pre' || isProfane(value) ? 'pending' : 'visible',
  items: {
    keep: TEXT_LIMITS.hostEntries,
    load(counters, newest, counts) {
      const { pending = 0, visible = 0, hidden = 0 } = counts;
      entriesOf(counters).reload(newest as readonly EntryRecord[], { pending, visible, hidden });
    },
  },
  results(_poll, counters, role) {
    const index = entriesOf(counters);
    const forHost = role === 'host';
    return {
      entries: index
        .list(forHost)
        .map(({ id, text, at, status }) => (forHost ? { id, text, at, status } : { id, text, at })),
      ...(forHost ? { counts: { ...index.counts } } : {}),
    };
  },
  answerOf: (_poll, value) => ({ text: value }),
  text: (_poll, value) => value,
  view: (poll) => ({ maxLength: poll.settings.maxLength, moderation: poll.settings.moderation }),
});
