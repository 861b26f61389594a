/**
 * Hostile input for the fuzz test, as fast-check arbitraries: values of every
 * wrong type and edge (huge and negative numbers, NaN-ish strings, long and
 * odd unicode, lone surrogates, prototype keys, deep nesting), whole messages
 * and bodies of every wrong shape, and valid messages carrying them.
 */
import fc from 'fast-check';

/** The real identifiers of the fuzzed event, so that some input reaches deep branches. */
export interface Targets {
  code: string;
  hostKey: string;
  token: string;
  pollIds: number[];
  optionIds: number[];
}

const LONG = 'x'.repeat(70_000);

export function hostileValue(t: Targets): fc.Arbitrary<unknown> {
  const numbers = fc.oneof(
    fc.constantFrom(
      0,
      -0,
      -1,
      1.5,
      0.1,
      2 ** 31,
      2 ** 32,
      2 ** 53,
      2 ** 53 + 2,
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      1e21,
    ),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(...t.pollIds, ...t.optionIds),
  );
  const strings = fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      'NaN',
      'Infinity',
      '-Infinity',
      '1e999',
      '-0',
      '0x10',
      '1',
      '007',
      'null',
      'undefined',
      'true',
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
      '\u0000',
      '\ud800',
      'a\udc00b',
      '\u202eevil',
      '\u200b\u200d\ufeff',
      '🗳️'.repeat(40),
      'Z̷̡͔͖̓a̶͙͑l̸̛̙g̶o̷',
      '<script>alert(1)</script>',
      "'; DROP TABLE votes; --",
      '=cmd|" /C calc"!A0',
      '../../etc/passwd',
      'x'.repeat(201),
      'x'.repeat(5000),
      t.code,
      '000000',
      '999999',
      t.hostKey,
      t.token,
      'attendee',
      'host',
      'presenter',
      'single',
      'multiple',
      'open',
      'closed',
      'draft',
      'vote',
      'join',
      'ask',
      'upvote',
      'name',
      'quiz',
      'ping',
    ),
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  );
  const scalar = fc.oneof(numbers, strings, fc.boolean(), fc.constant(null));
  return fc.oneof(
    { weight: 6, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(scalar, { maxLength: 25 }) },
    { weight: 1, arbitrary: fc.array(fc.integer(), { minLength: 21, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 10 }), scalar, { maxKeys: 4 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  );
}

/** A message or body, as the bytes (text) that go on the wire. */
export type Wire =
  { kind: 'text'; text: string } | { kind: 'binary'; bytes: Uint8Array } | { kind: 'none' };

const text = (s: string): Wire => ({ kind: 'text', text: s });

/** Text that is not JSON, or JSON of a shape no message has. */
function garbage(): fc.Arbitrary<Wire> {
  return fc.oneof(
    fc
      .constantFrom(
        '',
        ' ',
        '{',
        '}',
        '{"type":',
        '{"type":"vote",}',
        "{'type':'ping'}",
        '[1,]',
        'nul',
        'NaN',
        'undefined',
        '\u0000',
        '{"type":"ping"}{"type":"ping"}',
        '{"type":"ping"',
        '\ufeff{"type":"ping"}',
        '1e999',
        '-',
        '"\\ud800"',
        '{"type":"\\ud800"}',
        '{"type":"vote","pollId":1e999,"choices":[1]}',
        '{"type":"vote","pollId":123456789012345678901234567890,"choices":[1]}',
        '{"type":"vote","pollId":-0,"choices":[-0]}',
        '{"type":"vote","pollId":1,"choices":[1e-400]}',
      )
      .map(text),
    fc.string({ maxLength: 200 }).map(text),
    fc.string({ unit: 'binary', maxLength: 200 }).map(text),
    fc.jsonValue({ maxDepth: 5 }).map((v) => text(JSON.stringify(v))),
    fc.uint8Array({ maxLength: 200 }).map((bytes): Wire => ({ kind: 'binary', bytes })),
  );
}

/** Deeply nested JSON, alone or in a field; always under 64 KiB (past it the socket closes). */
function deep(prefix: string, suffix: string): fc.Arbitrary<Wire> {
  return fc
    .oneof(
      fc.integer({ min: 50, max: 30_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
      fc
        .integer({ min: 50, max: 10_000 })
        .map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
    )
    .map((nest) => text(prefix + nest + suffix));
}

/** Prototype-pollution shapes, written as raw JSON text (JSON.parse makes them own keys). */
function prototypeKeys(t: Targets): fc.Arbitrary<Wire> {
  const poll = t.pollIds[0]!;
  const option = t.optionIds[0]!;
  return fc
    .constantFrom(
      '{"__proto__":{"type":"ping"}}',
      '{"type":"join","__proto__":{"event":"CODE","role":"host","hostKey":"KEY"}}',
      '{"type":"join","event":"CODE","role":"host","__proto__":{"hostKey":"KEY"}}',
      '{"type":"join","event":"CODE","role":"host","constructor":{"prototype":{"hostKey":"KEY"}}}',
      '{"type":"vote","__proto__":{"pollId":POLL,"choices":[OPTION]}}',
      '{"type":"vote","pollId":POLL,"choices":{"__proto__":[OPTION],"length":1,"0":OPTION}}',
      '{"type":"vote","pollId":POLL,"choices":[OPTION],"ref":{"toString":"x"}}',
      '{"type":"vote","pollId":{"valueOf":POLL},"choices":[OPTION]}',
      '{"title":"T","__proto__":{"isAdmin":true}}',
      '{"question":"Q?","kind":"single","options":["a","b"],"__proto__":{"maxChoices":0}}',
      '{"constructor":{"prototype":{"polluted":true}},"choices":[OPTION]}',
      '{"prototype":{"state":"open"},"state":"closed"}',
      '{"pollId":{"__proto__":null}}',
    )
    .map((s) =>
      text(
        s
          .replaceAll('CODE', t.code)
          .replaceAll('KEY', t.hostKey)
          .replaceAll('POLL', String(poll))
          .replaceAll('OPTION', String(option)),
      ),
    );
}

/** An object of the right shape for `template`, with hostile values in some fields and extra keys. */
function withHostileFields(
  template: Record<string, fc.Arbitrary<unknown>>,
  t: Targets,
): fc.Arbitrary<Wire> {
  const keys = Object.keys(template);
  const value = hostileValue(t);
  return fc
    .tuple(
      fc.tuple(
        ...keys.map((k) =>
          fc.oneof({ weight: 5, arbitrary: template[k]! }, { weight: 1, arbitrary: value }),
        ),
      ),
      // Mostly every field, sometimes some missing.
      fc.oneof(
        { weight: 4, arbitrary: fc.constant<string[]>([]) },
        { weight: 1, arbitrary: fc.subarray(keys) },
      ),
      fc.dictionary(fc.constantFrom('extra', 'ref', 'type', 'id', 'token', 'admin'), value, {
        maxKeys: 2,
      }),
    )
    .map(([values, dropped, extra]) => {
      const body: Record<string, unknown> = {};
      keys.forEach((k, i) => {
        if (!dropped.includes(k) || dropped.length === keys.length) body[k] = values[i];
      });
      return text(JSON.stringify({ ...extra, ...body }));
    });
}

/**
 * Display names (quiz): offensive ones (refused: invalid_name), edges of the
 * 1–24 code point rule (too long, blank, astral characters), odd unicode,
 * and random strings.
 */
export function hostileName(): fc.Arbitrary<unknown> {
  return fc.oneof(
    // Refused as offensive (invalid_name), and one the filter must let through.
    {
      weight: 2,
      arbitrary: fc.constantFrom('fuck', 'sh1t', 'FuUuCk you', 'a$$hole', 'Scunthorpe'),
    },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        'Ada',
        '  padded  ',
        '',
        ' ',
        '\t\n',
        'x'.repeat(24),
        'x'.repeat(25),
        '😀'.repeat(24),
        '😀'.repeat(25),
        '\ud800',
        'a\udc00b',
        '\u0000',
        '\u202eevil',
        '\u200b',
        '<img src=x onerror=alert(1)>',
        'Player 1',
        '__proto__',
        'x'.repeat(5000),
      ),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 24, null, true, ['Ada'], { name: 'Ada' }) },
  );
}

/** Every kind of hostile WebSocket message. */
export function hostileMessage(t: Targets): fc.Arbitrary<Wire> {
  const poll = fc.constantFrom(...t.pollIds);
  const option = fc.constantFrom(...t.optionIds);
  const join = withHostileFields(
    {
      type: fc.constant('join'),
      event: fc.constant(t.code),
      role: fc.constantFrom('attendee', 'presenter', 'host'),
      token: fc.constant(t.token),
      hostKey: fc.constant(t.hostKey),
    },
    t,
  );
  const vote = withHostileFields(
    {
      type: fc.constant('vote'),
      ref: fc.string({ minLength: 1, maxLength: 64 }),
      pollId: poll,
      choices: fc.array(option, { maxLength: 4 }),
    },
    t,
  );
  // Contract v2's answers: a rating's value, a ranking's order, on any poll.
  const answer = withHostileFields(
    {
      type: fc.constant('vote'),
      pollId: poll,
      value: fc.integer({ min: -2, max: 12 }),
      order: fc.array(option, { maxLength: 5 }),
    },
    t,
  );
  // Q&A: questions and upvotes, on any poll, of any question id.
  const ask = withHostileFields(
    {
      type: fc.constant('ask'),
      ref: fc.string({ minLength: 1, maxLength: 64 }),
      pollId: poll,
      text: fc.string({ maxLength: 300 }),
    },
    t,
  );
  const upvote = withHostileFields(
    {
      type: fc.constant('upvote'),
      ref: fc.string({ minLength: 1, maxLength: 64 }),
      pollId: poll,
      questionId: fc.integer({ min: -1, max: 40 }),
      on: fc.boolean(),
    },
    t,
  );
  // Quiz: a join with a display name, and the name message, with hostile names.
  const namedJoin = withHostileFields(
    {
      type: fc.constant('join'),
      event: fc.constant(t.code),
      role: fc.constantFrom('attendee', 'attendee', 'presenter'),
      token: fc.constant(t.token),
      name: hostileName(),
    },
    t,
  );
  const name = withHostileFields(
    {
      type: fc.constant('name'),
      ref: fc.string({ minLength: 1, maxLength: 64 }),
      name: hostileName(),
    },
    t,
  );
  const ping = withHostileFields({ type: fc.constant('ping') }, t);
  const anyType = withHostileFields({ type: hostileValue(t) }, t);
  return fc.oneof(
    { weight: 4, arbitrary: garbage() },
    { weight: 3, arbitrary: join },
    { weight: 6, arbitrary: vote },
    { weight: 3, arbitrary: answer },
    { weight: 2, arbitrary: ask },
    { weight: 2, arbitrary: upvote },
    { weight: 1, arbitrary: namedJoin },
    { weight: 2, arbitrary: name },
    { weight: 1, arbitrary: ping },
    { weight: 2, arbitrary: anyType },
    { weight: 1, arbitrary: prototypeKeys(t) },
    { weight: 1, arbitrary: deep('', '') },
    { weight: 1, arbitrary: deep(`{"type":"vote","pollId":${t.pollIds[0]},"choices":`, '}') },
    { weight: 1, arbitrary: deep('{"type":"join","event":', ',"role":"attendee"}') },
  );
}

/** A body for an HTTP route whose valid body has the shape of `template` (or none). */
export function hostileBody(
  template: Record<string, fc.Arbitrary<unknown>> | null,
  t: Targets,
): fc.Arbitrary<Wire> {
  const shaped = template ? [{ weight: 60, arbitrary: withHostileFields(template, t) }] : [];
  return fc.oneof(
    ...shaped,
    { weight: 30, arbitrary: garbage() },
    { weight: 10, arbitrary: prototypeKeys(t) },
    { weight: 10, arbitrary: deep('', '') },
    { weight: 10, arbitrary: deep('{"choices":', '}') },
    { weight: 10, arbitrary: fc.constant<Wire>({ kind: 'none' }) },
    // Over the 64 KiB limit: 413, never read.
    { weight: 1, arbitrary: fc.constant(text(JSON.stringify({ title: LONG }))) },
  );
}

/** Path segments: the real one mostly, else malformed ids, encodings and lengths. */
export function pathSegment(real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...real) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '0',
        '-1',
        '1.5',
        '1e3',
        '0x1',
        '01',
        'NaN',
        '9007199254740993',
        '99999999999999999999',
        '000000',
        '1234567',
        '%00',
        '%ZZ',
        '%',
        '%E0%A4%A',
        '%F0%9F%97%B3',
        '..',
        '%2e%2e',
        '%2F',
        'a'.repeat(3000),
        '__proto__',
        'constructor',
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map(encodeURIComponent) },
  );
}
