/**
 * Audience Q&A over the wire, against a real server (one process on
 * SQLite): asking over the socket and HTTP, refs, the limit of 10, upvotes
 * given, repeated and taken back, moderation before and after, the
 * highlight, answered questions last, what non-hosts never see, the
 * bounded lists, `myAnswers`, a restart, and the export.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { Poll, Results, ServerMessage, type ResultsOf } from '../../shared/protocol.js';
import { QA_LIMITS } from '../../shared/kinds/qa.js';
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

const polls = (code: string) => `/api/events/${code}/polls`;

async function qaPoll(code: string, hostKey: string, extra: object = {}, open = true) {
  const created = await request(server.url, 'POST', polls(code), {
    token: hostKey,
    body: { question: 'Questions for the panel', kind: 'qa', ...extra },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const poll = Poll.parse(created.body.poll);
  if (open) {
    await request(server.url, 'PATCH', `${polls(code)}/${poll.id}`, {
      token: hostKey,
      body: { state: 'open' },
    });
    await request(server.url, 'PUT', `/api/events/${code}/active`, {
      token: hostKey,
      body: { pollId: poll.id },
    });
  }
  return poll;
}

async function participant(code: string) {
  const { body } = await request(server.url, 'POST', `/api/events/${code}/participants`);
  return body as { participantId: number; token: string };
}

type QaResults = ResultsOf<'qa'>;
const results = async (code: string, pollId: number, hostKey?: string) =>
  Results.parse(
    (
      await request(server.url, 'GET', `${polls(code)}/${pollId}/results`, {
        ...(hostKey ? { token: hostKey } : {}),
      })
    ).body,
  ) as QaResults;

const askHttp = (code: string, pollId: number, token: string, body: object) =>
  request(server.url, 'POST', `${polls(code)}/${pollId}/questions`, { token, body });
const upvoteHttp = (code: string, pollId: number, questionId: number, token: string, on = true) =>
  request(
    server.url,
    on ? 'PUT' : 'DELETE',
    `${polls(code)}/${pollId}/questions/${questionId}/upvote`,
    {
      token,
    },
  );
const moderate = (
  code: string,
  hostKey: string,
  pollId: number,
  questionId: number,
  body: object,
) =>
  request(server.url, 'PATCH', `${polls(code)}/${pollId}/questions/${questionId}`, {
    token: hostKey,
    body,
  });

describe('asking', () => {
  test('created with post-moderation by default; asked over the socket, acked with the question id', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey);
    expect(poll).toMatchObject({ kind: 'qa', moderation: 'post', state: 'draft' });
    const phone = await join(server.url, { event: code, role: 'attendee' });
    const ack = await phone.socket.ask({ type: 'ask', pollId: poll.id, text: '  Why now?  ' });
    expect(ack).toMatchObject({ type: 'ack', pollId: poll.id, questionId: expect.any(Number) });
    ServerMessage.parse(ack);
    const listed = await results(code, poll.id);
    expect(listed).toMatchObject({ kind: 'qa', total: 1 });
    expect(listed.questions).toEqual([
      {
        id: (ack as { questionId: number }).questionId,
        text: 'Why now?',
        upvotes: 0,
        status: 'visible',
        highlighted: false,
        askedAt: expect.any(String),
      },
    ]);
  });

  test('over HTTP: 201 {question}; the same ref again is the same question, not a second one', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey);
    const { token } = await participant(code);
    const asked = await askHttp(code, poll.id, token, { text: 'Budget?', ref: 'q-1' });
    expect(asked.status).toBe(201);
    expect(asked.body.question).toMatchObject({ text: 'Budget?', upvotes: 0, status: 'visible' });
    const again = await askHttp(code, poll.id, token, { text: 'Budget?', ref: 'q-1' });
    expect(again.status).toBe(201);
    expect(again.body.question.id).toBe(asked.body.question.id);
    // Over the socket too, with the same participant and ref.
    const phone = await join(server.url, { event: code, role: 'attendee', token });
    const ack = await phone.socket.ask({
      type: 'ask',
      ref: 'q-1',
      pollId: poll.id,
      text: 'Budget?',
    });
    expect(ack).toMatchObject({ type: 'ack', questionId: asked.body.question.id });
    expect((await results(code, poll.id)).total).toBe(1);
  });

  test('bad questions get 422 invalid_answer with a reason, and cost nothing', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey);
    const phone = await join(server.url, { event: code, role: 'attendee' });
    const cases: [unknown, RegExp][] = [
      ['', /empty/],
      ['   ', /empty/],
      ['x'.repeat(QA_LIMITS.textLength + 1), /at most 280/],
      ['\ud800 lone', /well-formed/],
    ];
    for (const [text, reason] of cases) {
      const refused = await phone.socket.ask({ type: 'ask', pollId: poll.id, text });
      expect(refused, JSON.stringify(text)).toMatchObject({
        type: 'error',
        code: 'invalid_answer',
      });
      expect((refused as { message: string }).message).toMatch(reason);
    }
    // 280 emoji are 280 characters (code points).
    const emoji = await phone.socket.ask({ type: 'ask', pollId: poll.id, text: '🙂'.repeat(280) });
    expect(emoji.type).toBe('ack');
    // Wrong types are the envelope's 400.
    const typed = await phone.socket.ask({ type: 'ask', pollId: poll.id, text: 42 });
    expect(typed).toMatchObject({ type: 'error', code: 'invalid_message' });
    const { token } = await participant(code);
    const http = await askHttp(code, poll.id, token, { text: 7 });
    expect([http.status, http.body.error.code]).toEqual([400, 'invalid_body']);
    expect((await results(code, poll.id)).total).toBe(1);
  });

  test('at most 10 questions per participant per poll: the 11th is 409 question_limit', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey);
    const phone = await join(server.url, { event: code, role: 'attendee' });
    for (let i = 1; i <= QA_LIMITS.perParticipant; i++) {
      const ack = await phone.socket.ask({ type: 'ask', pollId: poll.id, text: `Question ${i}` });
      expect(ack.type).toBe('ack');
    }
    const refused = await phone.socket.ask({ type: 'ask', pollId: poll.id, text: 'One more' });
    expect(refused).toMatchObject({ type: 'error', code: 'question_limit' });
    const { token } = await participant(code);
    expect((await askHttp(code, poll.id, token, { text: 'Another person' })).status).toBe(201);
  });

  test('a draft is poll_not_open, a closed Q&A poll_closed; a vote on a Q&A poll and a question to a choice poll are 422', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const draft = await qaPoll(code, hostKey, {}, false);
    const phone = await join(server.url, { event: code, role: 'attendee' });
    expect(await phone.socket.ask({ type: 'ask', pollId: draft.id, text: 'Hi?' })).toMatchObject({
      code: 'poll_not_open',
    });
    const open = await qaPoll(code, hostKey);
    const ack = await phone.socket.ask({ type: 'ask', pollId: open.id, text: 'Hi?' });
    await request(server.url, 'PATCH', `${polls(code)}/${open.id}`, {
      token: hostKey,
      body: { state: 'closed' },
    });
    expect(await phone.socket.ask({ type: 'ask', pollId: open.id, text: 'Late?' })).toMatchObject({
      code: 'poll_closed',
    });
    const questionId = (ack as { questionId: number }).questionId;
    expect(
      await phone.socket.ask({ type: 'upvote', pollId: open.id, questionId, on: true }),
    ).toMatchObject({ code: 'poll_closed' });
    const another = await qaPoll(code, hostKey);
    const vote = await phone.socket.ask({ type: 'vote', pollId: another.id, choices: [1] });
    expect(vote).toMatchObject({ code: 'invalid_answer' });
    expect((vote as { message: string }).message).toMatch(/questions and upvotes, not votes/);
    const choice = await request(server.url, 'POST', polls(code), {
      token: hostKey,
      body: { question: 'Tea?', kind: 'single', options: ['Yes', 'No'] },
    });
    expect(
      await phone.socket.ask({ type: 'ask', pollId: choice.body.poll.id, text: 'Hm?' }),
    ).toMatchObject({ code: 'invalid_answer' });
    expect(await phone.socket.ask({ type: 'ask', pollId: 999999, text: 'Hm?' })).toMatchObject({
      code: 'poll_not_found',
    });
  });

  test('presenters and hosts cannot ask or upvote (participant_required)', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey);
    const screen = await join(server.url, { event: code, role: 'presenter' });
    expect(await screen.socket.ask({ type: 'ask', pollId: poll.id, text: 'Hi?' })).toMatchObject({
      code: 'participant_required',
    });
  });
});

describe('upvotes', () => {
  test('one per participant per question: given twice counts once, taken back, given again; own question allowed', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey);
    const a = await join(server.url, { event: code, role: 'attendee' });
    const b = await join(server.url, { event: code, role: 'attendee' });
    const ack = await a.socket.ask({ type: 'ask', pollId: poll.id, text: 'Why?' });
    const questionId = (ack as { questionId: number }).questionId;
    const up = (s: TestSocket, on: boolean) =>
      s.ask({ type: 'upvote', pollId: poll.id, questionId, on });
    expect(await up(a.socket, true)).toMatchObject({ type: 'ack', pollId: poll.id, questionId });
    expect((await up(b.socket, true)).type).toBe('ack');
    expect((await up(b.socket, true)).type).toBe('ack');
    expect((await results(code, poll.id)).questions[0]!.upvotes).toBe(2);
    expect((await up(b.socket, false)).type).toBe('ack');
    expect((await up(b.socket, false)).type).toBe('ack');
    expect((await results(code, poll.id)).questions[0]!.upvotes).toBe(1);
    // Over HTTP: 200 {question} with the count after it.
    const { token } = await participant(code);
    const put = await upvoteHttp(code, poll.id, questionId, token);
    expect([put.status, put.body.question.upvotes]).toEqual([200, 2]);
    const del = await upvoteHttp(code, poll.id, questionId, token, false);
    expect([del.status, del.body.question.upvotes]).toEqual([200, 1]);
    // Unknown questions, and malformed ids, are 404 question_not_found.
    expect(
      await a.socket.ask({ type: 'upvote', pollId: poll.id, questionId: 987654, on: true }),
    ).toMatchObject({ code: 'question_not_found' });
    const bad = await upvoteHttp(code, poll.id, 0, token);
    expect([bad.status, bad.body.error.code]).toEqual([404, 'question_not_found']);
    const unknown = await request(
      server.url,
      'PUT',
      `${polls(code)}/${poll.id}/questions/abc/upvote`,
      { token },
    );
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'question_not_found']);
    // Bad upvote messages are the envelope's 400.
    expect(
      await a.socket.ask({ type: 'upvote', pollId: poll.id, questionId, on: 'yes' }),
    ).toMatchObject({ code: 'invalid_message' });
  });

  test('order: upvotes desc, then asked first; answered ones after the rest', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey);
    const phones = await Promise.all(
      [0, 1, 2].map(() => join(server.url, { event: code, role: 'attendee' })),
    );
    const ids: number[] = [];
    for (const [i, text] of ['First', 'Second', 'Third'].entries()) {
      const ack = await phones[i]!.socket.ask({ type: 'ask', pollId: poll.id, text });
      ids.push((ack as { questionId: number }).questionId);
    }
    // Third gets 2 upvotes, Second 1, First 0.
    for (const phone of phones.slice(0, 2)) {
      await phone.socket.ask({ type: 'upvote', pollId: poll.id, questionId: ids[2], on: true });
    }
    await phones[0]!.socket.ask({ type: 'upvote', pollId: poll.id, questionId: ids[1], on: true });
    expect((await results(code, poll.id)).questions.map((q) => q.text)).toEqual([
      'Third',
      'Second',
      'First',
    ]);
    const answered = await moderate(code, hostKey, poll.id, ids[2]!, { status: 'answered' });
    expect(answered.status).toBe(200);
    expect(answered.body.question).toMatchObject({ id: ids[2], status: 'answered', upvotes: 2 });
    expect((await results(code, poll.id)).questions.map((q) => [q.text, q.status])).toEqual([
      ['Second', 'visible'],
      ['First', 'visible'],
      ['Third', 'answered'],
    ]);
    // Answered questions can still be upvoted.
    const up = await phones[2]!.socket.ask({
      type: 'upvote',
      pollId: poll.id,
      questionId: ids[2],
      on: true,
    });
    expect(up.type).toBe('ack');
  });
});

describe('moderation', () => {
  test('pre: pending questions reach the host only, with counts; approved, they reach everyone', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey, { moderation: 'pre' });
    const host = await join(server.url, { event: code, role: 'host', hostKey });
    const screen = await join(server.url, { event: code, role: 'presenter' });
    const phone = await join(server.url, { event: code, role: 'attendee' });
    const ack = await phone.socket.ask({ type: 'ask', pollId: poll.id, text: 'Secret plan?' });
    const questionId = (ack as { questionId: number }).questionId;
    const hostTally = await host.socket.next(
      'tally',
      (m) => m.kind === 'qa' && (m as QaResults).questions.length === 1,
    );
    expect((hostTally as QaResults).questions[0]).toMatchObject({ status: 'pending' });
    expect((hostTally as QaResults).counts).toEqual({
      pending: 1,
      visible: 0,
      hidden: 0,
      answered: 0,
    });
    const forOthers = await results(code, poll.id);
    expect([forOthers.total, forOthers.questions]).toEqual([0, []]);
    expect(forOthers).not.toHaveProperty('counts');
    // Upvoting a pending question: it does not exist for an attendee.
    expect(
      await phone.socket.ask({ type: 'upvote', pollId: poll.id, questionId, on: true }),
    ).toMatchObject({ code: 'question_not_found' });
    const approved = await moderate(code, hostKey, poll.id, questionId, { status: 'visible' });
    expect(approved.body.question).toMatchObject({ status: 'visible' });
    const seen = await screen.socket.next(
      'tally',
      (m) => m.kind === 'qa' && (m as QaResults).questions.length === 1,
    );
    expect((seen as QaResults).questions[0]!.text).toBe('Secret plan?');
    // Nothing pending ever reached a screen or a phone.
    for (const socket of [screen.socket, phone.socket]) {
      const texts = JSON.stringify(socket.messages);
      expect(texts.split('Secret plan?').length - 1).toBe(
        socket.all('tally').filter((m) => JSON.stringify(m).includes('Secret plan?')).length,
      );
      expect(texts).not.toContain('"pending"');
    }
  });

  test('post: hidden questions leave everyone but the host; unknown questions are 404; bodies are checked', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey);
    const { token } = await participant(code);
    const asked = await askHttp(code, poll.id, token, { text: 'Rude?' });
    const id = asked.body.question.id as number;
    expect((await moderate(code, hostKey, poll.id, id, { status: 'hidden' })).status).toBe(200);
    expect((await results(code, poll.id)).questions).toEqual([]);
    const forHost = await results(code, poll.id, hostKey);
    expect(forHost.questions.map((q) => q.status)).toEqual(['hidden']);
    expect((await upvoteHttp(code, poll.id, id, token)).body.error.code).toBe('question_not_found');
    for (const body of [{}, { status: 'pending' }, { highlighted: 'yes' }]) {
      const refused = await moderate(code, hostKey, poll.id, id, body);
      expect([refused.status, refused.body.error.code], JSON.stringify(body)).toEqual([
        400,
        'invalid_body',
      ]);
    }
    const missing = await moderate(code, hostKey, poll.id, 424242, { status: 'visible' });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'question_not_found']);
    const noKey = await request(server.url, 'PATCH', `${polls(code)}/${poll.id}/questions/${id}`, {
      body: { status: 'visible' },
    });
    expect(noKey.status).toBe(401);
  });

  test('one highlighted question at a time; hiding it takes it off the screen', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey);
    const { token } = await participant(code);
    const a = (await askHttp(code, poll.id, token, { text: 'A?' })).body.question.id as number;
    const b = (await askHttp(code, poll.id, token, { text: 'B?' })).body.question.id as number;
    await moderate(code, hostKey, poll.id, a, { highlighted: true });
    expect((await results(code, poll.id)).questions.filter((q) => q.highlighted)).toMatchObject([
      { id: a },
    ]);
    const moved = await moderate(code, hostKey, poll.id, b, { highlighted: true });
    expect(moved.body.question).toMatchObject({ id: b, highlighted: true });
    expect((await results(code, poll.id)).questions.filter((q) => q.highlighted)).toMatchObject([
      { id: b },
    ]);
    await moderate(code, hostKey, poll.id, b, { status: 'hidden' });
    expect((await results(code, poll.id, hostKey)).questions.filter((q) => q.highlighted)).toEqual(
      [],
    );
  });
});

describe('what each role gets', () => {
  test('lists are bounded: attendees the top 30, presenters the top 10 (plus the highlighted one); total counts all', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey);
    for (let i = 0; i < 6; i++) {
      const phone = await join(server.url, { event: code, role: 'attendee' });
      for (let j = 0; j < 10; j++) {
        const ack = await phone.socket.ask({ type: 'ask', pollId: poll.id, text: `Q ${i}-${j}` });
        expect(ack.type).toBe('ack');
      }
    }
    const last = (await results(code, poll.id, hostKey)).questions.at(-1)!;
    await moderate(code, hostKey, poll.id, last.id, { highlighted: true });
    const screen = await join(server.url, { event: code, role: 'presenter' });
    const phone = await join(server.url, { event: code, role: 'attendee' });
    const ofScreen = screen.welcome.polls.find((p) => p.id === poll.id)!.results as QaResults;
    const ofPhone = phone.welcome.polls.find((p) => p.id === poll.id)!.results as QaResults;
    expect([ofScreen.total, ofScreen.questions.length]).toEqual([
      60,
      QA_LIMITS.screenQuestions + 1,
    ]);
    expect(ofScreen.questions.at(-1)).toMatchObject({ id: last.id, highlighted: true });
    expect([ofPhone.total, ofPhone.questions.length]).toEqual([
      60,
      QA_LIMITS.attendeeQuestions + 1,
    ]);
    expect((await results(code, poll.id, hostKey)).questions).toHaveLength(60);
  });

  test('the list reaches attendees even when the host hides results', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey, { allowChange: false });
    await request(server.url, 'PATCH', `${polls(code)}/${poll.id}`, {
      token: hostKey,
      body: { showResults: false },
    });
    const { token } = await participant(code);
    await askHttp(code, poll.id, token, { text: 'Visible?' });
    expect((await results(code, poll.id)).questions).toHaveLength(1);
  });

  test('welcome.myAnswers lists the participant’s questions and upvotes; a restart keeps questions, upvotes and counts', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey, { moderation: 'pre' });
    const phone = await join(server.url, { event: code, role: 'attendee' });
    const token = phone.welcome.participant!.token;
    const ack = await phone.socket.ask({ type: 'ask', pollId: poll.id, text: 'Mine?' });
    const mine = (ack as { questionId: number }).questionId;
    await moderate(code, hostKey, poll.id, mine, { status: 'visible' });
    const other = await participant(code);
    const theirs = (await askHttp(code, poll.id, other.token, { text: 'Theirs?' })).body.question
      .id as number;
    await moderate(code, hostKey, poll.id, theirs, { status: 'visible', highlighted: true });
    await phone.socket.ask({ type: 'upvote', pollId: poll.id, questionId: theirs, on: true });
    await upvoteHttp(code, poll.id, theirs, other.token);
    phone.socket.close();

    await server.close();
    server = await startTestServer({ VOXPOP_DB: first.dbPath });
    const again = await join(server.url, { event: code, role: 'attendee', token });
    expect(again.welcome.myAnswers?.[poll.id]).toEqual({ asked: [mine], upvoted: [theirs] });
    const listed = await results(code, poll.id);
    expect(listed.questions.map((q) => [q.text, q.upvotes, q.highlighted])).toEqual([
      ['Theirs?', 2, true],
      ['Mine?', 0, false],
    ]);
    // Still one upvote each after the restart: upvoting again counts once.
    await again.socket.ask({ type: 'upvote', pollId: poll.id, questionId: theirs, on: true });
    expect((await results(code, poll.id)).questions[0]!.upvotes).toBe(2);
  });

  test('a reset deletes questions and upvotes; everyone gets the empty list', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey);
    const phone = await join(server.url, { event: code, role: 'attendee' });
    const ack = await phone.socket.ask({ type: 'ask', pollId: poll.id, text: 'Gone?' });
    await phone.socket.ask({
      type: 'upvote',
      pollId: poll.id,
      questionId: (ack as { questionId: number }).questionId,
      on: true,
    });
    const reset = await request(server.url, 'POST', `${polls(code)}/${poll.id}/reset`, {
      token: hostKey,
    });
    expect(reset.status).toBe(200);
    expect((await results(code, poll.id)).questions).toEqual([]);
    await request(server.url, 'PATCH', `${polls(code)}/${poll.id}`, {
      token: hostKey,
      body: { state: 'open' },
    });
    // The limit and the upvotes start again too.
    const again = await phone.socket.ask({ type: 'ask', pollId: poll.id, text: 'Back?' });
    expect(again.type).toBe('ack');
  });
});

describe('export', () => {
  test('CSV: one row per question (the asker, its text, when, its upvotes); JSON: questions with status', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey);
    const a = await participant(code);
    const b = await participant(code);
    const q1 = (await askHttp(code, poll.id, a.token, { text: 'Why, "exactly"?' })).body.question;
    const q2 = (await askHttp(code, poll.id, b.token, { text: 'Hidden one' })).body.question;
    await upvoteHttp(code, poll.id, q1.id, a.token);
    await upvoteHttp(code, poll.id, q1.id, b.token);
    await moderate(code, hostKey, poll.id, q2.id, { status: 'hidden' });

    const csv = await fetch(`${server.url}/api/events/${code}/export.csv`, {
      headers: { authorization: `Bearer ${hostKey}` },
    });
    const rows = parseCsv(await csv.text(), { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.kind === 'qa')).toEqual([
      {
        poll_id: String(poll.id),
        question: 'Questions for the panel',
        participant_id: String(a.participantId),
        choices: 'Why, "exactly"?',
        voted_at: q1.askedAt,
        kind: 'qa',
        score: '2',
      },
      {
        poll_id: String(poll.id),
        question: 'Questions for the panel',
        participant_id: String(b.participantId),
        choices: 'Hidden one',
        voted_at: q2.askedAt,
        kind: 'qa',
        score: '0',
      },
    ]);
    const json = (
      await request(server.url, 'GET', `/api/events/${code}/export.json`, {
        token: hostKey,
      })
    ).body as { polls: { id: number; questions?: unknown[]; answers?: unknown[] }[] };
    const exported = json.polls.find((p) => p.id === poll.id)!;
    expect(exported).not.toHaveProperty('answers');
    expect(exported.questions).toEqual([
      {
        id: q1.id,
        participantId: a.participantId,
        text: 'Why, "exactly"?',
        status: 'visible',
        upvotes: 2,
        askedAt: q1.askedAt,
      },
      {
        id: q2.id,
        participantId: b.participantId,
        text: 'Hidden one',
        status: 'hidden',
        upvotes: 0,
        askedAt: q2.askedAt,
      },
    ]);
  });
});
