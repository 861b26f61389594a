import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDb, startTestServer, type TestServer } from '../support/server.js';
import { createEvent, createPoll, request } from '../support/http.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.dispose());

async function participant(code: string): Promise<{ participantId: number; token: string }> {
  const answer = await request(server.url, 'POST', `/api/events/${code}/participants`);
  expect(answer.status).toBe(201);
  return answer.body;
}

const votePath = (code: string, pollId: number | string) =>
  `/api/events/${code}/polls/${pollId}/vote`;
const resultsPath = (code: string, pollId: number | string) =>
  `/api/events/${code}/polls/${pollId}/results`;

async function expectError(
  answer: Promise<{ status: number; body: any }>,
  status: number,
  code: string,
): Promise<void> {
  const { status: got, body } = await answer;
  expect({ status: got, code: body?.error?.code }).toEqual({ status, code });
  expect(typeof body.error.message).toBe('string');
}

describe('POST /api/events/:code/participants', () => {
  test('201 {participantId, token}; stored before the answer, token only as a hash', async () => {
    const { code } = await createEvent(server.url);
    const answer = await request(server.url, 'POST', `/api/events/${code}/participants`);
    expect(answer.status).toBe(201);
    expect(Object.keys(answer.body).sort()).toEqual(['participantId', 'token']);
    expect(Number.isInteger(answer.body.participantId)).toBe(true);
    expect(Buffer.from(answer.body.token, 'base64url').length).toBeGreaterThanOrEqual(16);

    const db = readDb(server.dbPath);
    const row = db
      .prepare('SELECT * FROM participants WHERE id = ?')
      .get(answer.body.participantId) as Record<string, unknown>;
    db.close();
    expect(row).toBeDefined();
    expect(JSON.stringify(row)).not.toContain(answer.body.token);
    expect((row.token_hash as Buffer).toString('base64url')).not.toBe(answer.body.token);
  });

  test('each call is a new participant', async () => {
    const { code } = await createEvent(server.url);
    const a = await participant(code);
    const b = await participant(code);
    expect(a.participantId).not.toBe(b.participantId);
    expect(a.token).not.toBe(b.token);
  });

  test('404 event_not_found for an unknown event', async () => {
    await expectError(
      request(server.url, 'POST', '/api/events/000001/participants'),
      404,
      'event_not_found',
    );
  });
});

describe('PUT /api/events/:code/polls/:pollId/vote', () => {
  test('200 {vote}, and the vote is committed to SQLite when the answer arrives', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const me = await participant(code);
    const db = readDb(server.dbPath);
    try {
      const answer = await request(server.url, 'PUT', votePath(code, poll.id), {
        body: { choices: [poll.options[1]!.id] },
        token: me.token,
      });
      // Read through another connection at once: only committed rows are visible to it.
      const row = db
        .prepare(
          'SELECT value AS ballot, voted_at FROM answers WHERE poll_id = ? AND participant_id = ?',
        )
        .get(poll.id, me.participantId) as { ballot: number; voted_at: string } | undefined;
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        vote: {
          pollId: poll.id,
          participantId: me.participantId,
          choices: [poll.options[1]!.id],
          answer: { choices: [poll.options[1]!.id] },
          votedAt: expect.stringMatching(ISO),
        },
      });
      expect(row).toEqual({ ballot: 2, voted_at: answer.body.vote.votedAt });
    } finally {
      db.close();
    }
  });

  test('a changed vote moves the tally; the voter still counts once', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const me = await participant(code);
    const [a, b] = poll.options.map((o) => o.id) as [number, number];
    await request(server.url, 'PUT', votePath(code, poll.id), {
      body: { choices: [a] },
      token: me.token,
    });
    const changed = await request(server.url, 'PUT', votePath(code, poll.id), {
      body: { choices: [b] },
      token: me.token,
    });
    expect(changed.body.vote.choices).toEqual([b]);
    const { body } = await request(server.url, 'GET', resultsPath(code, poll.id));
    expect(body.total).toBe(1);
    expect(body.options.map((o: { count: number }) => o.count)).toEqual([0, 1, 0]);
  });

  test('a multiple-choice vote is one voter and returns its choices in option order', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Topics?',
      kind: 'multiple',
      options: ['Borders', 'Trade', 'Water'],
    });
    const [borders, trade, water] = poll.options.map((o) => o.id) as [number, number, number];
    const me = await participant(code);
    const answer = await request(server.url, 'PUT', votePath(code, poll.id), {
      body: { choices: [water, borders] },
      token: me.token,
    });
    expect(answer.body.vote.choices).toEqual([borders, water]);
    const other = await participant(code);
    await request(server.url, 'PUT', votePath(code, poll.id), {
      body: { choices: [trade, water] },
      token: other.token,
    });
    const { body } = await request(server.url, 'GET', resultsPath(code, poll.id));
    expect(body).toEqual({
      pollId: poll.id,
      kind: 'multiple',
      state: 'open',
      total: 2,
      options: [
        { id: borders, label: 'Borders', count: 1, percent: 50 },
        { id: trade, label: 'Trade', count: 1, percent: 50 },
        { id: water, label: 'Water', count: 2, percent: 100 },
      ],
    });
  });

  test('a request re-sent with the same ref is answered again and counted once', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const me = await participant(code);
    const body = { choices: [poll.options[0]!.id], ref: 'http-retry-1' };
    const first = await request(server.url, 'PUT', votePath(code, poll.id), {
      body,
      token: me.token,
    });
    // The poll closes in between: the retry of an acknowledged vote still succeeds.
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      body: { state: 'closed' },
      token: hostKey,
    });
    const retry = await request(server.url, 'PUT', votePath(code, poll.id), {
      body,
      token: me.token,
    });
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    // The same vote: the same choices, cast at the same time.
    expect(retry.body.vote).toEqual(first.body.vote);
    const { body: results } = await request(server.url, 'GET', resultsPath(code, poll.id));
    expect(results.total).toBe(1);
  });
});

describe('vote errors, each with its status, in the contract order', () => {
  let code: string;
  let hostKey: string;
  let open: { id: number; options: { id: number }[] };
  let draft: { id: number; options: { id: number }[] };
  let closed: { id: number; options: { id: number }[] };
  let locked: { id: number; options: { id: number }[] };
  let multi: { id: number; options: { id: number }[] };
  let token: string;

  beforeAll(async () => {
    ({ code, hostKey } = await createEvent(server.url));
    open = await createPoll(server.url, code, hostKey);
    draft = await createPoll(server.url, code, hostKey, undefined, { open: false, active: false });
    closed = await createPoll(server.url, code, hostKey, undefined, { active: false });
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${closed.id}`, {
      body: { state: 'closed' },
      token: hostKey,
    });
    locked = await createPoll(
      server.url,
      code,
      hostKey,
      { question: 'Once?', kind: 'single', options: ['A', 'B'], allowChange: false },
      { active: false },
    );
    multi = await createPoll(
      server.url,
      code,
      hostKey,
      { question: 'Two?', kind: 'multiple', options: ['A', 'B', 'C'], maxChoices: 2 },
      { active: false },
    );
    token = (await participant(code)).token;
  });

  const put = (path: string, body: unknown, credential?: string) =>
    request(server.url, 'PUT', path, {
      ...(typeof body === 'string'
        ? { raw: body, headers: { 'Content-Type': 'application/json' } }
        : { body }),
      ...(credential === undefined ? {} : { token: credential }),
    });

  test('404 event_not_found comes first (before the credential and the body)', async () => {
    await expectError(put(votePath('999999', 1), 'not json'), 404, 'event_not_found');
  });

  test('401 unauthorized without a token, before the body and the poll', async () => {
    await expectError(put(votePath(code, 987654), 'not json'), 401, 'unauthorized');
  });

  test('403 forbidden with an unknown token, a host key, or a token of another event', async () => {
    const other = await createEvent(server.url);
    const foreign = await participant(other.code);
    for (const credential of ['not-a-token', hostKey, foreign.token]) {
      await expectError(put(votePath(code, 987654), 'not json', credential), 403, 'forbidden');
    }
  });

  test('400 invalid_body before the poll is looked up', async () => {
    for (const body of [
      'not json',
      {},
      { choices: 'A' },
      { choices: [1.5] },
      { choices: [1], ref: 'x'.repeat(65) },
      { choices: Array.from({ length: 21 }, (_, i) => i) },
    ]) {
      await expectError(put(votePath(code, 987654), body, token), 400, 'invalid_body');
    }
  });

  test('404 poll_not_found for an unknown poll, a non-numeric id, or a poll of another event', async () => {
    const other = await createEvent(server.url);
    const foreign = await createPoll(server.url, other.code, other.hostKey);
    for (const id of [987654, 'seven', foreign.id]) {
      await expectError(put(votePath(code, id), { choices: [1] }, token), 404, 'poll_not_found');
    }
  });

  test('409 poll_not_open (draft) and poll_closed, before the choices are checked', async () => {
    await expectError(
      put(votePath(code, draft.id), { choices: [draft.options[0]!.id] }, token),
      409,
      'poll_not_open',
    );
    await expectError(put(votePath(code, draft.id), { choices: [] }, token), 409, 'poll_not_open');
    await expectError(
      put(votePath(code, closed.id), { choices: [closed.options[0]!.id] }, token),
      409,
      'poll_closed',
    );
    await expectError(
      put(votePath(code, closed.id), { choices: [424242] }, token),
      409,
      'poll_closed',
    );
  });

  test('422 invalid_choice: unknown option, none, too many, a duplicate', async () => {
    const [a, b, c] = multi.options.map((o) => o.id) as [number, number, number];
    await expectError(
      put(votePath(code, open.id), { choices: [424242] }, token),
      422,
      'invalid_choice',
    );
    await expectError(
      put(votePath(code, open.id), { choices: [multi.options[0]!.id] }, token),
      422,
      'invalid_choice',
    );
    await expectError(put(votePath(code, open.id), { choices: [] }, token), 422, 'invalid_choice');
    await expectError(
      put(votePath(code, open.id), { choices: [open.options[0]!.id, open.options[1]!.id] }, token),
      422,
      'invalid_choice',
    );
    await expectError(
      put(votePath(code, multi.id), { choices: [a, b, c] }, token),
      422,
      'invalid_choice',
    );
    await expectError(
      put(votePath(code, multi.id), { choices: [a, a] }, token),
      422,
      'invalid_choice',
    );
    // Nothing was counted by the refused votes.
    const { body } = await request(server.url, 'GET', resultsPath(code, multi.id));
    expect(body.total).toBe(0);
  });

  test('409 vote_locked on a second vote where changes are not allowed', async () => {
    const me = await participant(code);
    const [a, b] = locked.options.map((o) => o.id) as [number, number];
    expect((await put(votePath(code, locked.id), { choices: [a] }, me.token)).status).toBe(200);
    await expectError(
      put(votePath(code, locked.id), { choices: [b] }, me.token),
      409,
      'vote_locked',
    );
    // The choices are checked before the lock.
    await expectError(
      put(votePath(code, locked.id), { choices: [424242] }, me.token),
      422,
      'invalid_choice',
    );
    const { body } = await request(server.url, 'GET', resultsPath(code, locked.id));
    expect(body.options.map((o: { count: number }) => o.count)).toEqual([1, 0]);
  });
});

describe('GET /api/events/:code/polls/:pollId/results', () => {
  test('anyone sees visible results: total counts voters, percents sum to 100', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const picks = [0, 0, 1];
    for (const i of picks) {
      const me = await participant(code);
      await request(server.url, 'PUT', votePath(code, poll.id), {
        body: { choices: [poll.options[i]!.id] },
        token: me.token,
      });
    }
    const answer = await request(server.url, 'GET', resultsPath(code, poll.id));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      pollId: poll.id,
      kind: 'single',
      state: 'open',
      total: 3,
      options: [
        { id: poll.options[0]!.id, label: 'A', count: 2, percent: 67 },
        { id: poll.options[1]!.id, label: 'B', count: 1, percent: 33 },
        { id: poll.options[2]!.id, label: 'C', count: 0, percent: 0 },
      ],
    });
  });

  test('hidden results: 403 without the host key or with a wrong one; the host sees them', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      body: { showResults: false },
      token: hostKey,
    });
    const me = await participant(code);
    await expectError(request(server.url, 'GET', resultsPath(code, poll.id)), 403, 'forbidden');
    await expectError(
      request(server.url, 'GET', resultsPath(code, poll.id), { token: 'wrong' }),
      403,
      'forbidden',
    );
    await expectError(
      request(server.url, 'GET', resultsPath(code, poll.id), { token: me.token }),
      403,
      'forbidden',
    );
    const host = await request(server.url, 'GET', resultsPath(code, poll.id), { token: hostKey });
    expect(host.status).toBe(200);
    expect(host.body).toMatchObject({ pollId: poll.id, total: 0 });
  });

  test('404 poll_not_found for an unknown poll; 404 event_not_found for an unknown event', async () => {
    const { code } = await createEvent(server.url);
    await expectError(request(server.url, 'GET', resultsPath(code, 424242)), 404, 'poll_not_found');
    await expectError(request(server.url, 'GET', resultsPath('999998', 1)), 404, 'event_not_found');
  });
});

describe('host routes check in the same order', () => {
  test('event 404 -> credential 401/403 -> body 400 -> poll 404 -> state 409', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const patch = (c: string, id: number, body: unknown, token?: string) =>
      request(server.url, 'PATCH', `/api/events/${c}/polls/${id}`, {
        ...(typeof body === 'string'
          ? { raw: body, headers: { 'Content-Type': 'application/json' } }
          : { body }),
        ...(token === undefined ? {} : { token }),
      });
    await expectError(patch('999997', 424242, 'x', 'wrong'), 404, 'event_not_found');
    await expectError(patch(code, 424242, 'x'), 401, 'unauthorized');
    await expectError(patch(code, 424242, 'x', 'wrong'), 403, 'forbidden');
    await expectError(patch(code, 424242, 'x', hostKey), 400, 'invalid_body');
    await expectError(patch(code, 424242, { state: 'draft' }, hostKey), 404, 'poll_not_found');
    await expectError(patch(code, poll.id, { state: 'draft' }, hostKey), 409, 'invalid_state');
  });
});
