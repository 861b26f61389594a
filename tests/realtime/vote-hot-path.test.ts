/**
 * The WebSocket vote's hot path has two hand-written stand-ins, each checked
 * against what it stands in for on generated inputs. validVote must accept
 * exactly what the VoteMessage schema accepts, votes of every kind, and give
 * the same value (inputs are JSON values: the server only hands it the result
 * of JSON.parse); encodeAck must give exactly the encoded ack message.
 */
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { ClientMessage, LIMITS, validVote } from '../../shared/protocol.js';
import { encodeAck } from '../../server/realtime/connection.js';
import { encode } from '../../server/service/announcer.js';

/** What the schema makes of `json` when it is a vote, else null. */
function bySchema(json: unknown) {
  const parsed = ClientMessage.safeParse(json);
  return parsed.success && parsed.data.type === 'vote' ? parsed.data : null;
}

function agree(json: unknown): void {
  const value = JSON.parse(JSON.stringify(json)) as unknown;
  expect(validVote(value)).toEqual(bySchema(value));
}

// Values near every boundary the schema draws.
const edgyNumber = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(
    0.5,
    -0,
    1e21,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 1,
    -Number.MAX_SAFE_INTEGER - 1,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const edgyString = fc.oneof(
  fc.string({ maxLength: LIMITS.refLength + 2 }),
  fc.constantFrom('', 'a'.repeat(LIMITS.refLength), 'a'.repeat(LIMITS.refLength + 1)),
  fc.constantFrom('\ud800', 'x\udfff', '\ud83d\ude00', 'é'.repeat(LIMITS.refLength)),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const anything = fc.jsonValue({ maxDepth: 2 });
const choices = fc.oneof(
  fc.array(edgyNumber, { maxLength: LIMITS.maxOptions + 2 }),
  fc.array(fc.integer(), { minLength: LIMITS.maxOptions, maxLength: LIMITS.maxOptions + 1 }),
  fc.array(fc.oneof(edgyNumber, edgyString, fc.constant(null)), { maxLength: 4 }),
  anything,
);
const voteLike = fc.record(
  {
    type: fc.oneof(fc.constant('vote'), fc.constantFrom('Vote', 'join', 'ping', ''), anything),
    ref: fc.oneof(edgyString, anything),
    pollId: fc.oneof(edgyNumber, edgyString, anything),
    choices,
    // Other kinds' answers, and fields nobody knows.
    value: fc.oneof(edgyNumber, edgyString, anything),
    order: choices,
    extra: anything,
  },
  { requiredKeys: [] },
);

// A valid vote with exactly one field replaced by an edgy value: each
// boundary is reached with everything else valid.
const validBase = fc.record({
  type: fc.constant('vote'),
  ref: fc.string({ minLength: 1, maxLength: LIMITS.refLength }),
  pollId: fc.integer({ min: 1 }),
  choices: fc.array(fc.integer(), { maxLength: LIMITS.maxOptions }),
});
const oneFieldOff = fc
  .tuple(
    validBase,
    fc.constantFrom('type', 'ref', 'pollId', 'choices'),
    fc.oneof(edgyNumber, edgyString, choices, fc.constant(undefined)),
  )
  .map(([base, key, value]) => ({ ...base, [key]: value }));

test('agrees with the schema on vote-like messages (10,000 generated)', () => {
  fc.assert(fc.property(voteLike, agree), { numRuns: 10_000 });
});

test('agrees with the schema on valid votes with one field off (10,000 generated)', () => {
  fc.assert(fc.property(oneFieldOff, agree), { numRuns: 10_000 });
});

test('agrees with the schema on any JSON value', () => {
  fc.assert(fc.property(anything, agree), { numRuns: 2_000 });
});

test('agrees on the votes real clients send, of every kind, and accepts them', () => {
  for (const json of [
    { type: 'vote', pollId: 1, choices: [3] },
    { type: 'vote', ref: 'r-1', pollId: 7, choices: [1, 2] },
    { type: 'vote', ref: 'r-2', pollId: 7, value: 4 },
    { type: 'vote', pollId: 7, order: [3, 1, 2] },
    { type: 'vote', ref: 'r', pollId: 7, choices: [], extra: true },
  ]) {
    agree(json);
    expect(validVote(json)).not.toBeNull();
  }
  // No answer at all beside the envelope: the schema refuses it, and so does the hot path.
  for (const json of [
    { type: 'vote', pollId: 7 },
    { type: 'vote', ref: 'r', pollId: 7 },
  ]) {
    agree(json);
    expect(validVote(json)).toBeNull();
  }
});

test('the hand-written ack is the encoded ack message, for any ref', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1 }),
      fc.option(fc.string({ unit: 'grapheme' }), { nil: undefined }),
      (pollId, ref) => {
        const expected = encode(
          ref === undefined ? { type: 'ack', pollId } : { type: 'ack', ref, pollId },
        );
        expect(encodeAck(pollId, ref)).toBe(expected);
      },
    ),
  );
});
