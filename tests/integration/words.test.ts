/**
 * Contract v2's word cloud and open text over the wire, against a real
 * server: words merge as the contract says and flagged or hidden words reach
 * the host only; open-text entries are moderated before or after, and
 * nothing pending or hidden reaches anyone but the host; both restart
 * intact, export, and refuse bad input with the kind's code.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { Poll, Results, ServerMessage } from '../../shared/protocol.js';
import { createEvent, request } from '../support/http.js';
import { cleanup, startTestServer, type TestServer } from '../support/server.js';
import { TestSocket } from '../support/ws-client.js';

let first: TestServer;
let server: TestServer;
beforeAll(async () => {
  server = first = await startTestServer();
});
const sockets: TestSocket[] = [];
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await server.close();
  cleanup(first.dir);
});

async function join(...args: Parameters<typeof TestSocket.join>) {
  const joined = await TestSocket.join(...args);
  sockets.push(joined.socket);
  return joined;
}

/** Stop the server and start another on the same database. */
async function restart() {
  await server.close();
  server = await startTestServer({ VOXPOP_DB: first.dbPath });
}

const polls = (code: string) => `/api/events/${code}/polls`;

async function openPoll(code: string, hostKey: string, body: object) {
  const created = await request(server.url, 'POST', polls(code), { token: hostKey, body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.poll.id as number;
  const opened = await request(server.url, 'PATCH', `${polls(code)}/${id}`, {
    token: hostKey,
    body: { state: 'open', showResults: true },
  });
  expect(opened.status).toBe(200);
  return Poll.parse(opened.body.poll);
}

async function participant(code: string) {
  const { body } = await request(server.url, 'POST', `/api/events/${code}/participants`);
  return body as { participantId: number; token: string };
}

const answer = (code: string, pollId: number, token: string, body: object) =>
  request(server.url, 'PUT', `${polls(code)}/${pollId}/vote`, { token, body });

const results = async (code: string, pollId: number, hostKey?: string) =>
  Results.parse(
    (
      await request(server.url, 'GET', `${polls(code)}/${pollId}/results`, {
        ...(hostKey ? { token: hostKey } : {}),
      })
    ).body,
  );

const wordsOf = (r: Results) => (r.kind === 'wordcloud' ? r.words : []);
const entriesOf = (r: Results) => (r.kind === 'text' ? r.entries : []);

describe('word cloud', () => {
  test('created with maxWords 3 and the filter on; maxWords is 1..5', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const created = await request(server.url, 'POST', polls(code), {
      token: hostKey,
      body: { question: 'One word for the day?', kind: 'wordcloud' },
    });
    expect(created.status).toBe(201);
    expect(created.body.poll).toMatchObject({
      kind: 'wordcloud',
      maxWords: 3,
      filterProfanity: true,
    });
    expect(created.body.poll.results).toMatchObject({ kind: 'wordcloud', total: 0, words: [] });
    for (const maxWords of [0, 6, 2.5]) {
      const refused = await request(server.url, 'POST', polls(code), {
        token: hostKey,
        body: { question: 'Q?', kind: 'wordcloud', maxWords },
      });
      expect([refused.status, refused.body.error.code], String(maxWords)).toEqual([
        400,
        'invalid_body',
      ]);
    }
  });

  test('words merge by key, the most given spelling shows, one participant counts a key once', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await openPoll(code, hostKey, { question: 'Q?', kind: 'wordcloud', maxWords: 3 });
    const given = [
      ['Peace', 'peace!', ' PEACE '],
      ['peace', 'Hope'],
      ['peace', 'hope…'],
      ['«Peace»', 'trust'],
    ];
    for (const words of given) {
      const { token } = await participant(code);
      const stored = await answer(code, poll.id, token, { words });
      expect(stored.status, JSON.stringify(stored.body)).toBe(200);
    }
    const r = await results(code, poll.id);
    expect(r.total).toBe(4);
    // peace: 4 participants (spellings Peace ×2, peace ×2: Peace was given first).
    expect(wordsOf(r)).toEqual([
      { text: 'Peace', count: 4 },
      { text: 'Hope', count: 2 },
      { text: 'trust', count: 1 },
    ]);
  });

  test('a bad answer is 422 invalid_answer with a reason; the stored answer stays', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await openPoll(code, hostKey, { question: 'Q?', kind: 'wordcloud', maxWords: 2 });
    const { token } = await participant(code);
    expect((await answer(code, poll.id, token, { words: ['calm'] })).status).toBe(200);
    for (const [body, reason] of [
      [{ words: 'peace' }, /list/],
      [{ words: [] }, /at least one word/],
      [{ words: ['a', 'b', 'c'] }, /at most 2 words/],
      [{ words: ['   '] }, /must not be empty/],
      [{ words: ['x'.repeat(26)] }, /at most 25 characters/],
      [{ words: ['!!!'] }, /letter or digit/],
      [{ words: ['two\nlines'] }, /one line/],
      [{ words: [7] }, /list of texts/],
      [{ choices: [1] }, /word cloud/],
    ] as const) {
      const refused = await answer(code, poll.id, token, body);
      expect([refused.status, refused.body.error.code], JSON.stringify(body)).toEqual([
        422,
        'invalid_answer',
      ]);
      expect(refused.body.error.message).toMatch(reason);
    }
    expect(wordsOf(await results(code, poll.id))).toEqual([{ text: 'calm', count: 1 }]);
  });

  test('profanity and hidden words reach the host only, marked; unhiding brings a word back', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await openPoll(code, hostKey, { question: 'Q?', kind: 'wordcloud' });
    for (const words of [['sh1t', 'peace'], ['peace', 'boring'], ['boring']]) {
      const { token } = await participant(code);
      expect((await answer(code, poll.id, token, { words })).status).toBe(200);
    }
    expect(wordsOf(await results(code, poll.id))).toEqual([
      { text: 'boring', count: 2 },
      { text: 'peace', count: 2 },
    ]);
    const hidden = await request(server.url, 'POST', `${polls(code)}/${poll.id}/hidden-words`, {
      token: hostKey,
      body: { text: 'BORING!' },
    });
    expect(hidden.status).toBe(200);
    expect(wordsOf(Results.parse(hidden.body.poll.results))).toEqual([
      { text: 'boring', count: 2, hidden: true },
      { text: 'peace', count: 2 },
      { text: 'sh1t', count: 1, flagged: true },
    ]);
    expect(wordsOf(await results(code, poll.id))).toEqual([{ text: 'peace', count: 2 }]);
    // The host's own GET of results sees everything, marked.
    expect(wordsOf(await results(code, poll.id, hostKey))).toHaveLength(3);

    const shown = await request(server.url, 'DELETE', `${polls(code)}/${poll.id}/hidden-words`, {
      token: hostKey,
      body: { text: 'boring' },
    });
    expect(shown.status).toBe(200);
    expect(wordsOf(await results(code, poll.id))).toEqual([
      { text: 'boring', count: 2 },
      { text: 'peace', count: 2 },
    ]);
    // The filter off: the flagged word is everyone's.
    await request(server.url, 'PATCH', `${polls(code)}/${poll.id}`, {
      token: hostKey,
      body: { filterProfanity: false },
    });
    expect(wordsOf(await results(code, poll.id)).map((w) => w.text)).toContain('sh1t');

    for (const [body, status, codeWanted] of [
      [{ text: '' }, 422, 'invalid_answer'],
      [{ word: 'x' }, 400, 'invalid_body'],
    ] as const) {
      const refused = await request(server.url, 'POST', `${polls(code)}/${poll.id}/hidden-words`, {
        token: hostKey,
        body,
      });
      expect([refused.status, refused.body.error.code], JSON.stringify(body)).toEqual([
        status,
        codeWanted,
      ]);
    }
    const attendee = await participant(code);
    const forbidden = await request(server.url, 'POST', `${polls(code)}/${poll.id}/hidden-words`, {
      token: attendee.token,
      body: { text: 'peace' },
    });
    expect(forbidden.status).toBe(403);
  });

  test('a restart keeps counts, spellings and hidden words', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await openPoll(code, hostKey, { question: 'Q?', kind: 'wordcloud' });
    for (const words of [['Trust', 'calm'], ['trust'], ['TRUST', 'Calm']]) {
      const { token } = await participant(code);
      expect((await answer(code, poll.id, token, { words })).status).toBe(200);
    }
    await request(server.url, 'POST', `${polls(code)}/${poll.id}/hidden-words`, {
      token: hostKey,
      body: { text: 'calm' },
    });
    const before = await results(code, poll.id, hostKey);
    await restart();
    expect(await results(code, poll.id, hostKey)).toEqual(before);
    expect(wordsOf(await results(code, poll.id))).toEqual([{ text: 'Trust', count: 3 }]);
  });
});

describe('open text', () => {
  test('created with maxLength 280 and moderation post; maxLength is 1..1000', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const created = await request(server.url, 'POST', polls(code), {
      token: hostKey,
      body: { question: 'What should we change?', kind: 'text' },
    });
    expect(created.status).toBe(201);
    expect(created.body.poll).toMatchObject({ kind: 'text', maxLength: 280, moderation: 'post' });
    for (const body of [{ maxLength: 0 }, { maxLength: 1001 }, { moderation: 'later' }]) {
      const refused = await request(server.url, 'POST', polls(code), {
        token: hostKey,
        body: { question: 'Q?', kind: 'text', ...body },
      });
      expect([refused.status, refused.body.error.code], JSON.stringify(body)).toEqual([
        400,
        'invalid_body',
      ]);
    }
  });

  test('post: visible at once, the host hides one; a changed answer is a new entry', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await openPoll(code, hostKey, { question: 'Q?', kind: 'text', maxLength: 20 });
    const a = await participant(code);
    const b = await participant(code);
    expect((await answer(code, poll.id, a.token, { text: '  More breaks  ' })).status).toBe(200);
    expect((await answer(code, poll.id, b.token, { text: 'Shorter talks' })).status).toBe(200);
    let r = await results(code, poll.id);
    expect(r.total).toBe(2);
    expect(entriesOf(r).map((e) => e.text)).toEqual(['Shorter talks', 'More breaks']);
    expect(entriesOf(r)[0]).not.toHaveProperty('status');

    const [newest] = entriesOf(r);
    const hidden = await request(
      server.url,
      'PATCH',
      `${polls(code)}/${poll.id}/entries/${newest!.id}`,
      {
        token: hostKey,
        body: { status: 'hidden' },
      },
    );
    expect(hidden.status).toBe(200);
    expect(hidden.body).toEqual({ entry: { ...newest, status: 'hidden' } });
    expect(entriesOf(await results(code, poll.id)).map((e) => e.text)).toEqual(['More breaks']);

    const first = entriesOf(r)[1]!;
    expect((await answer(code, poll.id, a.token, { text: 'More coffee' })).status).toBe(200);
    r = await results(code, poll.id);
    expect(r.total).toBe(2);
    expect(entriesOf(r).map((e) => e.text)).toEqual(['More coffee']);
    expect(entriesOf(r)[0]!.id).toBeGreaterThan(first.id);
    // The replaced entry is gone: the host cannot bring it back.
    const gone = await request(
      server.url,
      'PATCH',
      `${polls(code)}/${poll.id}/entries/${first.id}`,
      {
        token: hostKey,
        body: { status: 'visible' },
      },
    );
    expect([gone.status, gone.body.error.code]).toEqual([404, 'entry_not_found']);

    const host = await results(code, poll.id, hostKey);
    expect(host.kind === 'text' && host.counts).toEqual({ pending: 0, visible: 1, hidden: 1 });
    expect(entriesOf(host).map((e) => [e.text, e.status])).toEqual([
      ['More coffee', 'visible'],
      ['Shorter talks', 'hidden'],
    ]);
  });

  test('pre: pending until approved, never shown before; changing an approved answer makes it pending again', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await openPoll(code, hostKey, { question: 'Q?', kind: 'text', moderation: 'pre' });
    const a = await participant(code);
    expect((await answer(code, poll.id, a.token, { text: 'Is lunch included?' })).status).toBe(200);
    expect(entriesOf(await results(code, poll.id))).toEqual([]);
    const host = await results(code, poll.id, hostKey);
    expect(entriesOf(host)).toEqual([
      expect.objectContaining({ text: 'Is lunch included?', status: 'pending' }),
    ]);
    const id = entriesOf(host)[0]!.id;
    const approved = await request(server.url, 'PATCH', `${polls(code)}/${poll.id}/entries/${id}`, {
      token: hostKey,
      body: { status: 'visible' },
    });
    expect(approved.status).toBe(200);
    expect(entriesOf(await results(code, poll.id)).map((e) => e.text)).toEqual([
      'Is lunch included?',
    ]);
    expect((await answer(code, poll.id, a.token, { text: 'Is dinner included?' })).status).toBe(
      200,
    );
    expect(entriesOf(await results(code, poll.id))).toEqual([]);
  });

  test('under post, a profane answer waits for the host', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await openPoll(code, hostKey, { question: 'Q?', kind: 'text' });
    const a = await participant(code);
    expect((await answer(code, poll.id, a.token, { text: 'this is sh1t' })).status).toBe(200);
    expect(entriesOf(await results(code, poll.id))).toEqual([]);
    expect(entriesOf(await results(code, poll.id, hostKey))[0]).toMatchObject({
      status: 'pending',
    });
  });

  test('bad answers and bad moderation are refused with specific errors', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await openPoll(code, hostKey, { question: 'Q?', kind: 'text', maxLength: 10 });
    const a = await participant(code);
    for (const [body, reason] of [
      [{ text: '   ' }, /must not be empty/],
      [{ text: 'x'.repeat(11) }, /at most 10 characters/],
      [{ text: 42 }, /is a text/],
      [{ value: 3 }, /takes a text/],
    ] as const) {
      const refused = await answer(code, poll.id, a.token, body);
      expect([refused.status, refused.body.error.code], JSON.stringify(body)).toEqual([
        422,
        'invalid_answer',
      ]);
      expect(refused.body.error.message).toMatch(reason);
    }
    // Ten code points, not ten UTF-16 units.
    expect((await answer(code, poll.id, a.token, { text: '🙂'.repeat(10) })).status).toBe(200);
    const entry = `${polls(code)}/${poll.id}/entries`;
    for (const [path, body, status, errorCode] of [
      [`${entry}/999999`, { status: 'visible' }, 404, 'entry_not_found'],
      [`${entry}/abc`, { status: 'visible' }, 404, 'entry_not_found'],
      [`${entry}/1`, { status: 'pending' }, 400, 'invalid_body'],
      [`${polls(code)}/999999/entries/1`, { status: 'visible' }, 404, 'poll_not_found'],
    ] as const) {
      const refused = await request(server.url, 'PATCH', path, { token: hostKey, body });
      expect([refused.status, refused.body.error.code], path).toEqual([status, errorCode]);
    }
  });

  test('a restart keeps entries, their statuses and counts; reset clears them; CSV has the text', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await openPoll(code, hostKey, { question: 'Q?', kind: 'text', moderation: 'pre' });
    for (const text of ['One', 'Two, with a comma', 'Three']) {
      const { token } = await participant(code);
      expect((await answer(code, poll.id, token, { text })).status).toBe(200);
    }
    const host = await results(code, poll.id, hostKey);
    await request(
      server.url,
      'PATCH',
      `${polls(code)}/${poll.id}/entries/${entriesOf(host)[1]!.id}`,
      {
        token: hostKey,
        body: { status: 'visible' },
      },
    );
    const before = await results(code, poll.id, hostKey);
    await restart();
    expect(await results(code, poll.id, hostKey)).toEqual(before);
    expect(entriesOf(await results(code, poll.id)).map((e) => e.text)).toEqual([
      'Two, with a comma',
    ]);

    const csv = await request(server.url, 'GET', `/api/events/${code}/export.csv`, {
      token: hostKey,
    });
    const rows = parseCsv(csv.body as string, { columns: true }) as Record<string, string>[];
    expect(
      rows
        .filter((row) => row.kind === 'text')
        .map((row) => row.choices)
        .sort(),
    ).toEqual(['One', 'Three', 'Two, with a comma']);

    const reset = await request(server.url, 'POST', `${polls(code)}/${poll.id}/reset`, {
      token: hostKey,
    });
    expect(reset.status).toBe(200);
    const after = await results(code, poll.id, hostKey);
    expect([after.total, entriesOf(after), after.kind === 'text' && after.counts]).toEqual([
      0,
      [],
      { pending: 0, visible: 0, hidden: 0 },
    ]);
    await restart();
    expect(entriesOf(await results(code, poll.id, hostKey))).toEqual([]);
  });
});

describe('over the WebSocket', () => {
  test('answers are acked, tallies carry only what each role may see, myAnswers keep both kinds', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const cloud = await openPoll(code, hostKey, { question: 'Word?', kind: 'wordcloud' });
    const wall = await openPoll(code, hostKey, {
      question: 'Say?',
      kind: 'text',
      moderation: 'pre',
    });
    const presenter = await join(server.url, { event: code, role: 'presenter' });
    const host = await join(server.url, { event: code, role: 'host', hostKey });
    const phone = await join(server.url, { event: code, role: 'attendee' });
    const ack = (ref: string) => phone.socket.next('ack', (m) => m.ref === ref);

    let acked = ack('w1');
    phone.socket.send({ type: 'vote', ref: 'w1', pollId: cloud.id, words: ['Peace', 'sh1t'] });
    expect(await acked).toEqual({ type: 'ack', ref: 'w1', pollId: cloud.id });
    acked = ack('t1');
    phone.socket.send({
      type: 'vote',
      ref: 't1',
      pollId: wall.id,
      text: 'A secret until approved',
    });
    await acked;
    const refused = phone.socket.next('error', (m) => m.ref === 'bad');
    phone.socket.send({ type: 'vote', ref: 'bad', pollId: cloud.id, words: ['ok', '!!'] });
    expect(await refused).toMatchObject({ code: 'invalid_answer', ref: 'bad' });

    const hostCloud = await host.socket.seen(
      'tally',
      (m) => m.pollId === cloud.id && m.total === 1,
    );
    expect(hostCloud).toMatchObject({
      words: [
        { text: 'Peace', count: 1 },
        { text: 'sh1t', count: 1, flagged: true },
      ],
    });
    const hostWall = await host.socket.seen('tally', (m) => m.pollId === wall.id && m.total === 1);
    expect(hostWall).toMatchObject({
      entries: [{ text: 'A secret until approved', status: 'pending' }],
      counts: { pending: 1, visible: 0, hidden: 0 },
    });
    await presenter.socket.seen('tally', (m) => m.pollId === wall.id && m.total === 1);
    await presenter.socket.seen('tally', (m) => m.pollId === cloud.id && m.total === 1);

    // The host approves: the presenter gets the entry; before that it never saw it.
    const id = hostWall.kind === 'text' ? hostWall.entries[0]!.id : 0;
    const seenBefore = JSON.stringify(presenter.socket.messages);
    expect(seenBefore).not.toContain('A secret until approved');
    expect(seenBefore).not.toContain('sh1t');
    const approved = await request(server.url, 'PATCH', `${polls(code)}/${wall.id}/entries/${id}`, {
      token: hostKey,
      body: { status: 'visible' },
    });
    expect(approved.status).toBe(200);
    const shown = await presenter.socket.next(
      'tally',
      (m) => m.pollId === wall.id && m.kind === 'text' && m.entries.length === 1,
    );
    expect(shown).toMatchObject({ entries: [{ id, text: 'A secret until approved' }] });
    expect(shown.kind === 'text' && shown.entries[0]).not.toHaveProperty('status');
    expect(shown).not.toHaveProperty('counts');

    // Hiding a word is a tally push: the presenter's cloud loses it.
    await request(server.url, 'POST', `${polls(code)}/${cloud.id}/hidden-words`, {
      token: hostKey,
      body: { text: 'peace' },
    });
    const hidden = await presenter.socket.next('tally', (m) => m.pollId === cloud.id);
    expect(hidden).toMatchObject({ total: 1, words: [] });

    const again = await join(server.url, {
      event: code,
      role: 'attendee',
      token: phone.welcome.participant!.token,
    });
    expect(again.welcome.myAnswers).toEqual({
      [cloud.id]: { words: ['Peace', 'sh1t'] },
      [wall.id]: { text: 'A secret until approved' },
    });
    expect(again.welcome.myVotes).toEqual({});
    for (const socket of [presenter.socket, host.socket, phone.socket, again.socket]) {
      for (const message of socket.messages)
        expect(() => ServerMessage.parse(message)).not.toThrow();
    }
  });

  test('export.json holds each kind’s answers as given', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const cloud = await openPoll(code, hostKey, { question: 'Word?', kind: 'wordcloud' });
    const wall = await openPoll(code, hostKey, { question: 'Say?', kind: 'text' });
    const { token } = await participant(code);
    await answer(code, cloud.id, token, { words: ['Hope!', 'hope', 'trust'] });
    await answer(code, wall.id, token, { text: 'Keep it up' });
    const exported = await request(server.url, 'GET', `/api/events/${code}/export.json`, {
      token: hostKey,
    });
    expect(exported.status).toBe(200);
    const byId = new Map(
      (exported.body.polls as { id: number; answers: { answer: unknown }[] }[]).map((p) => [
        p.id,
        p,
      ]),
    );
    expect(byId.get(cloud.id)!.answers.map((a) => a.answer)).toEqual([
      { words: ['Hope', 'trust'] },
    ]);
    expect(byId.get(wall.id)!.answers.map((a) => a.answer)).toEqual([{ text: 'Keep it up' }]);
  });
});
