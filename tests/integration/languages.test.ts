/**
 * Languages over the wire, against a real server (one process on SQLite):
 * an event's language and further languages, the presenter's alternation,
 * and a poll's translations (checked against its options and kind, made
 * canonical, replaced and removed by a change), all kept across a restart.
 * A translated poll is one poll: the same option ids, one tally, whichever
 * language a phone reads it in; the export keeps the original and adds the
 * translations to the JSON.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createEvent, request } from '../support/http.js';
import { cleanup, startTestServer, type TestServer } from '../support/server.js';
import { TestSocket } from '../support/ws-client.js';

let first: TestServer;
let server: TestServer;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  server = first = await startTestServer();
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await server.close();
  cleanup(first.dir);
});

async function join(event: string, role: 'attendee' | 'presenter' | 'host', hostKey?: string) {
  const socket = await TestSocket.open(server.url);
  sockets.push(socket);
  socket.send({ type: 'join', event, role, ...(hostKey ? { hostKey } : {}) });
  const welcome = await socket.next('welcome');
  return { socket, welcome };
}

const KA = {
  question: 'შეუძლია თუ არა ევროკავშირს ცვლილების მოტანა?',
  options: ['დიახ', 'არა', 'არ ვიცი'],
};
const RU = {
  question: 'Может ли Европейский союз что-то изменить?',
  options: ['Да', 'Нет', 'Не уверен'],
};
const POLL = {
  question: 'Can the European Union make a difference?',
  kind: 'single',
  options: ['Yes', 'No', 'Not sure'],
};

const post = (code: string, hostKey: string, body: unknown) =>
  request(server.url, 'POST', `/api/events/${code}/polls`, { body, token: hostKey });
const patch = (code: string, hostKey: string, id: number, body: unknown) =>
  request(server.url, 'PATCH', `/api/events/${code}/polls/${id}`, { body, token: hostKey });

describe("an event's languages", () => {
  test('English by default; a language given at creation, canonical; a bad tag refused by name', async () => {
    const plain = await request(server.url, 'POST', '/api/events', { body: { title: 'Plain' } });
    expect(plain.body.event).toMatchObject({
      language: 'en',
      languages: [],
      alternateLanguages: false,
    });
    const georgian = await request(server.url, 'POST', '/api/events', {
      body: { title: 'ფორუმი', language: 'KA' },
    });
    expect(georgian.status).toBe(201);
    expect(georgian.body.event.language).toBe('ka');
    const bad = await request(server.url, 'POST', '/api/events', {
      body: { title: 'Bad', language: 'not a language!' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_body' });
    expect(bad.body.error.message).toMatch(/language: a language is a BCP 47 tag/);
  });

  test('PATCH sets the further languages (without the event’s own, no repeats) and alternation; screens hear it', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const { socket: screen } = await join(code, 'presenter');
    const changed = await request(server.url, 'PATCH', `/api/events/${code}`, {
      token: hostKey,
      body: { languages: ['ru', 'ka', 'en'], alternateLanguages: true },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.event).toMatchObject({
      language: 'en',
      languages: ['ru', 'ka'],
      alternateLanguages: true,
    });
    const pushed = await screen.seen('event');
    expect(pushed.event).toMatchObject({ languages: ['ru', 'ka'], alternateLanguages: true });

    const switched = await request(server.url, 'PATCH', `/api/events/${code}`, {
      token: hostKey,
      body: { language: 'ru' },
    });
    expect(switched.body.event).toMatchObject({ language: 'ru', languages: ['ka'] });

    for (const [body, message] of [
      [{ languages: ['ru', 'ru'] }, /languages: a language is listed twice/],
      [
        {
          languages: 'de fr es it pt nl pl cs sk hu ro bg el fi sv da no'.split(' '),
        },
        /at most 16/,
      ],
      [{ languages: ['??'] }, /BCP 47/],
      [{ alternateLanguages: 'yes' }, /alternateLanguages/],
    ] as const) {
      const refused = await request(server.url, 'PATCH', `/api/events/${code}`, {
        token: hostKey,
        body,
      });
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error.message).toMatch(message);
    }
    const unauthorised = await request(server.url, 'PATCH', `/api/events/${code}`, {
      body: { language: 'de' },
    });
    expect(unauthorised.status).toBe(401);
  });
});

describe("a poll's translations", () => {
  test('created with translations: on the poll for every role; one set of option ids, one tally', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const created = await post(code, hostKey, { ...POLL, translations: { ka: KA, ru: RU } });
    expect(created.status).toBe(201);
    const poll = created.body.poll;
    expect(poll.translations).toEqual({ ka: KA, ru: RU });
    expect(poll.options.map((o: { label: string }) => o.label)).toEqual(POLL.options);
    await patch(code, hostKey, poll.id, { state: 'open' });
    await request(server.url, 'PUT', `/api/events/${code}/active`, {
      token: hostKey,
      body: { pollId: poll.id },
    });

    // A Georgian phone and an English phone read the same poll and vote into one tally.
    const georgian = await join(code, 'attendee');
    const english = await join(code, 'attendee');
    const seen = georgian.welcome.polls.find((p: { id: number }) => p.id === poll.id);
    expect(seen?.translations?.ka).toEqual(KA);
    const [yes, no] = poll.options.map((o: { id: number }) => o.id);
    georgian.socket.send({ type: 'vote', pollId: poll.id, choices: [yes], ref: 'ka-1' });
    english.socket.send({ type: 'vote', pollId: poll.id, choices: [yes], ref: 'en-1' });
    await georgian.socket.next('ack');
    await english.socket.next('ack');
    const results = await request(
      server.url,
      'GET',
      `/api/events/${code}/polls/${poll.id}/results`,
      {
        token: hostKey,
      },
    );
    expect(results.body.total).toBe(2);
    expect(results.body.options).toEqual([
      expect.objectContaining({ id: yes, label: 'Yes', count: 2 }),
      expect.objectContaining({ id: no, label: 'No', count: 0 }),
      expect.objectContaining({ label: 'Not sure', count: 0 }),
    ]);

    // The export keeps the original text; the JSON adds the translations.
    const csv = await request(server.url, 'GET', `/api/events/${code}/export.csv`, {
      token: hostKey,
    });
    expect(csv.body).toContain('Can the European Union make a difference?');
    expect(csv.body).not.toContain(KA.question);
    const json = await request(server.url, 'GET', `/api/events/${code}/export.json`, {
      token: hostKey,
    });
    expect(json.body.polls[0]).toMatchObject({
      question: POLL.question,
      translations: { ka: KA, ru: RU },
    });
  });

  test('refused with a specific message: option count, labels on a kind without a scale, tags', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const cases: [unknown, RegExp][] = [
      [{ ka: { ...KA, options: ['დიახ', 'არა'] } }, /translations\.ka\.options: give 3 labels/],
      [{ ka: { ...KA, labels: { min: 'ცუდი' } } }, /only a rating's scale has end labels/],
      [{ 'not a tag!': KA }, /is not a language tag/],
      [{ 'pt-br': RU, 'pt-BR': RU }, /pt-BR is translated twice/],
      [{ ka: { options: KA.options } }, /question/],
      [{ ka: { ...KA, question: '   ' } }, /a translated question must not be empty/],
      [{ ka: { ...KA, extra: 1 } }, /extra|unrecognized/i],
      [{ ka: { ...KA, question: 'x'.repeat(301) } }, /at most 300 characters/],
    ];
    for (const [translations, message] of cases) {
      const refused = await post(code, hostKey, { ...POLL, translations });
      expect(refused.status, JSON.stringify(translations)).toBe(400);
      expect(refused.body.error.code).toBe('invalid_body');
      expect(refused.body.error.message).toMatch(message);
    }
    const words = await post(code, hostKey, {
      question: 'One word for peace',
      kind: 'wordcloud',
      translations: { ka: { question: 'ერთი სიტყვა', options: ['a', 'b'] } },
    });
    expect(words.status).toBe(400);
    expect(words.body.error.message).toMatch(/this poll has no options to translate/);
    // Nothing was made by the refusals.
    const snapshot = await request(server.url, 'GET', `/api/events/${code}`, { token: hostKey });
    expect(snapshot.body.polls).toEqual([]);
  });

  test('a tag is made canonical; a rating translates its scale words; a change replaces or removes them', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const rating = await post(code, hostKey, {
      question: 'How useful was this session?',
      kind: 'rating',
      labels: { min: 'Not at all', max: 'Very' },
      translations: {
        'RU-ru': {
          question: 'Насколько полезной была сессия?',
          labels: { min: 'Совсем нет', max: 'Очень' },
        },
      },
    });
    expect(rating.status).toBe(201);
    expect(Object.keys(rating.body.poll.translations)).toEqual(['ru-RU']);

    const poll = (await post(code, hostKey, { ...POLL, translations: { ka: KA } })).body.poll;
    // New options without translations to match are refused, and nothing changes.
    const fewer = await patch(code, hostKey, poll.id, { options: ['Yes', 'No'] });
    expect(fewer.status).toBe(400);
    expect(fewer.body.error.message).toMatch(/translations\.ka\.options: give 2 labels/);
    // Options and translations together are one change.
    const both = await patch(code, hostKey, poll.id, {
      options: ['Yes', 'No'],
      translations: { ka: { question: KA.question, options: ['დიახ', 'არა'] }, ru: RU },
    });
    expect(both.status).toBe(400); // ru still lists 3
    const ok = await patch(code, hostKey, poll.id, {
      options: ['Yes', 'No'],
      translations: { ka: { question: KA.question, options: ['დიახ', 'არა'] } },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.poll.translations).toEqual({
      ka: { question: KA.question, options: ['დიახ', 'არა'] },
    });
    // Translations alone may change while people vote: they change no option id.
    const removed = await patch(code, hostKey, poll.id, { translations: {} });
    expect(removed.status).toBe(200);
    expect(removed.body.poll).not.toHaveProperty('translations');
    const again = await patch(code, hostKey, poll.id, {
      translations: { RU: { question: RU.question } },
    });
    expect(again.body.poll.translations).toEqual({ ru: { question: RU.question } });
  });

  test('a restart keeps the event’s languages and every translation', async () => {
    const { code, hostKey } = await createEvent(server.url);
    await request(server.url, 'PATCH', `/api/events/${code}`, {
      token: hostKey,
      body: { language: 'ka', languages: ['en', 'ru'], alternateLanguages: true },
    });
    const poll = (await post(code, hostKey, { ...POLL, translations: { ka: KA, ru: RU } })).body
      .poll;
    await server.close();
    server = await startTestServer({ VOXPOP_DB: first.dbPath });
    const snapshot = await request(server.url, 'GET', `/api/events/${code}`, { token: hostKey });
    expect(snapshot.body.event).toMatchObject({
      language: 'ka',
      languages: ['en', 'ru'],
      alternateLanguages: true,
    });
    expect(snapshot.body.polls.find((p: { id: number }) => p.id === poll.id).translations).toEqual({
      ka: KA,
      ru: RU,
    });
  });
});
