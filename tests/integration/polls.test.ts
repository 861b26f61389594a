import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDb, startTestServer, type TestServer } from '../support/server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';
import { optionsOf } from '../support/results.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.dispose());

const polls = (code: string) => `/api/events/${code}/polls`;

async function vote(code: string, pollId: number, choices: number[]) {
  const { body: participant } = await request(
    server.url,
    'POST',
    `/api/events/${code}/participants`,
  );
  const answer = await request(server.url, 'PUT', `/api/events/${code}/polls/${pollId}/vote`, {
    body: { choices },
    token: participant.token,
  });
  expect(answer.status).toBe(200);
  return participant as { participantId: number; token: string };
}

describe('POST /api/events/:code/polls', () => {
  test('201 with a draft poll and the defaults of a single-choice poll', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const answer = await request(server.url, 'POST', polls(code), {
      body: {
        question: 'Can the EU make a difference?',
        kind: 'single',
        options: ['Yes', 'No', 'Not sure'],
      },
      token: hostKey,
    });
    expect(answer.status).toBe(201);
    const { poll } = answer.body;
    expect(poll).toEqual({
      id: expect.any(Number),
      question: 'Can the EU make a difference?',
      kind: 'single',
      options: [
        { id: expect.any(Number), label: 'Yes' },
        { id: expect.any(Number), label: 'No' },
        { id: expect.any(Number), label: 'Not sure' },
      ],
      state: 'draft',
      showResults: true,
      allowChange: true,
      maxChoices: 1,
      createdAt: expect.stringMatching(ISO),
      results: {
        pollId: poll.id,
        kind: 'single',
        state: 'draft',
        total: 0,
        options: poll.options.map((o: object) => ({ ...o, count: 0, percent: 0 })),
      },
    });
  });

  test('multiple choice: maxChoices defaults to the number of options; given settings are kept', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const byDefault = await request(server.url, 'POST', polls(code), {
      body: { question: 'Topics?', kind: 'multiple', options: ['A', 'B', 'C', 'D'] },
      token: hostKey,
    });
    expect(byDefault.body.poll).toMatchObject({
      kind: 'multiple',
      maxChoices: 4,
      allowChange: true,
    });
    const given = await request(server.url, 'POST', polls(code), {
      body: {
        question: 'Topics?',
        kind: 'multiple',
        options: ['A', 'B', 'C'],
        maxChoices: 2,
        allowChange: false,
      },
      token: hostKey,
    });
    expect(given.body.poll).toMatchObject({ maxChoices: 2, allowChange: false });
  });

  test('poll and option ids are integers unique within the event', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const a = await createPoll(server.url, code, hostKey, undefined, {
      open: false,
      active: false,
    });
    const b = await createPoll(server.url, code, hostKey, undefined, {
      open: false,
      active: false,
    });
    expect(a.id).not.toBe(b.id);
    const optionIds = [...a.options, ...b.options].map((o) => o.id);
    expect(optionIds.every(Number.isInteger)).toBe(true);
    expect(new Set(optionIds).size).toBe(optionIds.length);
  });

  test('the new poll is pushed to the hosts (a new draft is theirs alone: drafts.test.ts)', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const { socket } = await TestSocket.join(server.url, { event: code, role: 'host', hostKey });
    const pushed = socket.next('poll');
    const poll = await createPoll(server.url, code, hostKey, undefined, {
      open: false,
      active: false,
    });
    expect((await pushed).poll).toMatchObject({
      id: poll.id,
      state: 'draft',
      options: poll.options,
    });
    socket.close();
  });

  test('texts are measured in characters as people count them (code points), after trimming', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const create = (question: string, options = ['A', 'B']) =>
      request(server.url, 'POST', polls(code), {
        body: { question, kind: 'single', options },
        token: hostKey,
      });
    // 300 emoji are 600 UTF-16 units, and 300 characters.
    const accepted = await create(` ${'🕊'.repeat(300)} `, ['🇦🇲'.repeat(60), 'B']);
    expect(accepted.status).toBe(201);
    expect(accepted.body.poll.question).toBe('🕊'.repeat(300));
    const refused = await create('🕊'.repeat(301));
    expect([refused.status, refused.body.error.code]).toEqual([400, 'invalid_body']);
  });

  const ok = { question: 'Q?', kind: 'single', options: ['A', 'B'] };
  test.each([
    ['a question of 301 characters', { ...ok, question: 'q'.repeat(301) }],
    ['an empty question', { ...ok, question: ' ' }],
    ['an option of 121 characters', { ...ok, options: ['A', 'o'.repeat(121)] }],
    ['an empty option', { ...ok, options: ['A', ''] }],
    ['one option', { ...ok, options: ['A'] }],
    ['21 options', { ...ok, options: Array.from({ length: 21 }, (_, i) => `O${i}`) }],
    ['an unknown kind', { ...ok, kind: 'slider' }],
    ['maxChoices 2 on a single-choice poll', { ...ok, maxChoices: 2 }],
    ['maxChoices above the number of options', { ...ok, kind: 'multiple', maxChoices: 3 }],
    ['maxChoices 0', { ...ok, kind: 'multiple', maxChoices: 0 }],
    ['allowChange not a boolean', { ...ok, allowChange: 'yes' }],
  ])('400 invalid_body for %s', async (_what, body) => {
    const { code, hostKey } = await createEvent(server.url);
    const answer = await request(server.url, 'POST', polls(code), { body, token: hostKey });
    expect([answer.status, answer.body.error.code]).toEqual([400, 'invalid_body']);
  });

  test('the longest texts and the most options allowed are accepted', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const answer = await request(server.url, 'POST', polls(code), {
      body: {
        question: 'q'.repeat(300),
        kind: 'multiple',
        options: Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(120, 'o')),
      },
      token: hostKey,
    });
    expect(answer.status).toBe(201);
    expect(answer.body.poll.options).toHaveLength(20);
    expect(answer.body.poll.maxChoices).toBe(20);
  });

  test('401 without the host key, 403 with a wrong one or a participant token', async () => {
    const { code } = await createEvent(server.url);
    const { body: participant } = await request(
      server.url,
      'POST',
      `/api/events/${code}/participants`,
    );
    const missing = await request(server.url, 'POST', polls(code), { body: ok });
    expect([missing.status, missing.body.error.code]).toEqual([401, 'unauthorized']);
    for (const token of ['wrong', participant.token]) {
      const wrong = await request(server.url, 'POST', polls(code), { body: ok, token });
      expect([wrong.status, wrong.body.error.code]).toEqual([403, 'forbidden']);
    }
  });

  test('the host key of another event is wrong here', async () => {
    const mine = await createEvent(server.url);
    const theirs = await createEvent(server.url);
    const answer = await request(server.url, 'POST', polls(mine.code), {
      body: ok,
      token: theirs.hostKey,
    });
    expect([answer.status, answer.body.error.code]).toEqual([403, 'forbidden']);
  });
});

describe('PATCH /api/events/:code/polls/:pollId', () => {
  test('draft -> open -> closed -> open, each pushed to sockets, stamped in UTC', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, undefined, {
      open: false,
      active: false,
    });
    const { socket } = await TestSocket.join(server.url, { event: code, role: 'attendee' });
    const patch = (body: object) =>
      request(server.url, 'PATCH', `${polls(code)}/${poll.id}`, { body, token: hostKey });

    let pushed = socket.next('poll');
    const opened = await patch({ state: 'open' });
    expect(opened.status).toBe(200);
    expect(opened.body.poll).toMatchObject({
      id: poll.id,
      state: 'open',
      openedAt: expect.stringMatching(ISO),
    });
    expect(opened.body.poll.closedAt).toBeUndefined();
    expect((await pushed).poll).toMatchObject({ id: poll.id, state: 'open' });

    pushed = socket.next('poll');
    const closed = await patch({ state: 'closed' });
    expect(closed.body.poll).toMatchObject({
      state: 'closed',
      closedAt: expect.stringMatching(ISO),
    });
    expect((await pushed).poll).toMatchObject({ id: poll.id, state: 'closed' });

    pushed = socket.next('poll');
    const reopened = await patch({ state: 'open' });
    expect(reopened.body.poll.state).toBe('open');
    expect(reopened.body.poll.closedAt).toBeUndefined();
    expect((await pushed).poll).toMatchObject({ id: poll.id, state: 'open' });
    socket.close();
  });

  test('going back to draft is 409 invalid_state, from open and from closed', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const patch = (body: object) =>
      request(server.url, 'PATCH', `${polls(code)}/${poll.id}`, { body, token: hostKey });
    const fromOpen = await patch({ state: 'draft' });
    expect([fromOpen.status, fromOpen.body.error.code]).toEqual([409, 'invalid_state']);
    await patch({ state: 'closed' });
    const fromClosed = await patch({ state: 'draft' });
    expect([fromClosed.status, fromClosed.body.error.code]).toEqual([409, 'invalid_state']);
    const { body } = await request(server.url, 'GET', `/api/events/${code}`);
    expect(body.polls[0].state).toBe('closed');
  });

  test('question and showResults change at any time; attendees get the poll without results', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    await vote(code, poll.id, [poll.options[0]!.id]);
    const attendee = await TestSocket.join(server.url, { event: code, role: 'attendee' });
    const host = await TestSocket.join(server.url, { event: code, role: 'host', hostKey });

    const toAttendeePushed = attendee.socket.next('poll');
    const toHostPushed = host.socket.next('poll');
    const answer = await request(server.url, 'PATCH', `${polls(code)}/${poll.id}`, {
      body: { question: 'Reworded?', showResults: false },
      token: hostKey,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.poll).toMatchObject({ question: 'Reworded?', showResults: false });
    expect(answer.body.poll.results.total).toBe(1);

    const toAttendee = await toAttendeePushed;
    expect(toAttendee.poll.question).toBe('Reworded?');
    expect(toAttendee.poll.showResults).toBe(false);
    expect(toAttendee.poll).not.toHaveProperty('results');
    const toHost = await toHostPushed;
    expect(toHost.poll.results?.total).toBe(1);
    attendee.socket.close();
    host.socket.close();
  });

  test('options can be replaced before the first vote, and not after (409 poll_has_votes)', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const patch = (body: object) =>
      request(server.url, 'PATCH', `${polls(code)}/${poll.id}`, { body, token: hostKey });

    const edited = await patch({ options: ['Oui', 'Non'] });
    expect(edited.status).toBe(200);
    expect(edited.body.poll.options.map((o: { label: string }) => o.label)).toEqual(['Oui', 'Non']);
    const newIds = edited.body.poll.options.map((o: { id: number }) => o.id);

    await vote(code, poll.id, [newIds[0]]);
    const refused = await patch({ options: ['Oui', 'Non', 'Peut-être'] });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'poll_has_votes']);
    // Nothing changed.
    const { body } = await request(server.url, 'GET', `/api/events/${code}`);
    expect(body.polls[0].options.map((o: { label: string }) => o.label)).toEqual(['Oui', 'Non']);
    expect(body.polls[0].results.total).toBe(1);
  });

  test('edited options keep their ids position by position; added ones get new ids', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const ids = poll.options.map((o) => o.id);
    const patch = (options: string[]) =>
      request(server.url, 'PATCH', `${polls(code)}/${poll.id}`, {
        body: { options },
        token: hostKey,
      });

    const longer = await patch(['A (fixed)', 'B', 'C', 'D']);
    expect(longer.body.poll.options.slice(0, 3)).toEqual([
      { id: ids[0], label: 'A (fixed)' },
      { id: ids[1], label: 'B' },
      { id: ids[2], label: 'C' },
    ]);
    const added = longer.body.poll.options[3];
    expect(added.label).toBe('D');
    expect(ids).not.toContain(added.id);

    const shorter = await patch(['A', 'B']);
    expect(shorter.body.poll.options).toEqual([
      { id: ids[0], label: 'A' },
      { id: ids[1], label: 'B' },
    ]);
    const { body } = await request(server.url, 'GET', `/api/events/${code}`);
    expect(body.polls[0].options).toEqual(shorter.body.poll.options);
    // Votes go to the options as they are now.
    const { body: p } = await request(server.url, 'POST', `/api/events/${code}/participants`);
    const removed = await request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
      body: { choices: [ids[2]] },
      token: p.token,
    });
    expect([removed.status, removed.body.error.code]).toEqual([422, 'invalid_choice']);
  });

  test('400 invalid_body for an empty patch or a bad field', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    for (const body of [
      {},
      { state: 'archived' },
      { showResults: 'no' },
      { question: 'q'.repeat(301) },
    ]) {
      const answer = await request(server.url, 'PATCH', `${polls(code)}/${poll.id}`, {
        body,
        token: hostKey,
      });
      expect([answer.status, answer.body.error.code]).toEqual([400, 'invalid_body']);
    }
  });

  test('404 poll_not_found for an unknown poll, a poll of another event, or a non-numeric id', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const other = await createEvent(server.url);
    const foreign = await createPoll(server.url, other.code, other.hostKey);
    for (const id of ['999999', String(foreign.id), 'abc', '0', '-1']) {
      const answer = await request(server.url, 'PATCH', `${polls(code)}/${id}`, {
        body: { state: 'closed' },
        token: hostKey,
      });
      expect([answer.status, answer.body.error.code]).toEqual([404, 'poll_not_found']);
    }
  });
});

describe('POST /api/events/:code/polls/:pollId/reset', () => {
  test('the poll comes back with no votes; sockets get the poll and a zero tally; SQLite agrees', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const attendee = await TestSocket.join(server.url, { event: code, role: 'attendee' });
    expect(await attendee.socket.vote(poll.id, [poll.options[1]!.id])).toMatchObject({
      type: 'ack',
    });
    await vote(code, poll.id, [poll.options[0]!.id]);
    const presenter = await TestSocket.join(server.url, { event: code, role: 'presenter' });
    expect(presenter.welcome.polls[0]!.results?.total).toBe(2);

    // The votes' own tally may still be on its way; the one that counts is
    // the first after poll_reset.
    const pushes = [presenter, attendee].map(({ socket }) => {
      const reset = socket.next('poll_reset');
      return {
        poll: socket.next('poll'),
        reset,
        tally: reset.then((r) => socket.after(r, 'tally', (m) => m.pollId === poll.id)),
      };
    });
    const answer = await request(server.url, 'POST', `${polls(code)}/${poll.id}/reset`, {
      token: hostKey,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.poll.results).toEqual({
      pollId: poll.id,
      kind: 'single',
      state: 'open',
      total: 0,
      options: poll.options.map((o) => ({ ...o, count: 0, percent: 0 })),
    });

    for (const pushed of pushes) {
      expect((await pushed.poll).poll).toMatchObject({ id: poll.id, results: { total: 0 } });
      expect(await pushed.reset).toEqual({ type: 'poll_reset', pollId: poll.id });
      const tally = await pushed.tally;
      expect(tally.total).toBe(0);
      expect(optionsOf(tally).every((o) => o.count === 0 && o.percent === 0)).toBe(true);
    }
    const db = readDb(server.dbPath);
    expect(db.prepare('SELECT COUNT(*) AS n FROM answers WHERE poll_id = ?').get(poll.id)).toEqual({
      n: 0,
    });
    db.close();

    // The same attendee may vote again, as a first vote.
    const next = presenter.socket.next('tally', (m) => m.total === 1);
    expect(await attendee.socket.vote(poll.id, [poll.options[2]!.id])).toMatchObject({
      type: 'ack',
    });
    const tally = await next;
    expect(optionsOf(tally).map((o) => o.count)).toEqual([0, 0, 1]);
    presenter.socket.close();
    attendee.socket.close();
  });

  test('with results hidden, phones are still told their votes are gone (and get no numbers)', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    await request(server.url, 'PATCH', `${polls(code)}/${poll.id}`, {
      token: hostKey,
      body: { showResults: false },
    });
    const attendee = await TestSocket.join(server.url, { event: code, role: 'attendee' });
    expect((await attendee.socket.vote(poll.id, [poll.options[0]!.id])).type).toBe('ack');
    const host = await TestSocket.join(server.url, { event: code, role: 'host', hostKey });
    const reset = attendee.socket.next('poll_reset');
    const hostTally = host.socket.next('tally', (m) => m.pollId === poll.id && m.total === 0);
    await request(server.url, 'POST', `${polls(code)}/${poll.id}/reset`, { token: hostKey });
    expect(await reset).toEqual({ type: 'poll_reset', pollId: poll.id });
    // The host's zero tally left on the tick that would have carried the
    // attendee's; a ping round trip after it: no tally reached the phone.
    await hostTally;
    host.socket.close();
    attendee.socket.send({ type: 'ping' });
    await attendee.socket.next('pong');
    expect(attendee.socket.all('tally')).toEqual([]);
    attendee.socket.close();
  });

  test('host only; 404 for an unknown poll', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const missing = await request(server.url, 'POST', `${polls(code)}/${poll.id}/reset`);
    expect([missing.status, missing.body.error.code]).toEqual([401, 'unauthorized']);
    const unknown = await request(server.url, 'POST', `${polls(code)}/987654/reset`, {
      token: hostKey,
    });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'poll_not_found']);
  });
});

describe('DELETE /api/events/:code/polls/:pollId', () => {
  test('204; poll_deleted and active:null pushed; the poll and its votes are gone', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const keep = await createPoll(server.url, code, hostKey, undefined, {
      open: true,
      active: false,
    });
    const poll = await createPoll(server.url, code, hostKey);
    await vote(code, poll.id, [poll.options[0]!.id]);
    const { socket } = await TestSocket.join(server.url, { event: code, role: 'presenter' });

    const deleted = socket.next('poll_deleted');
    const active = socket.next('active');
    const answer = await request(server.url, 'DELETE', `${polls(code)}/${poll.id}`, {
      token: hostKey,
    });
    expect(answer.status).toBe(204);
    expect(await deleted).toEqual({ type: 'poll_deleted', pollId: poll.id });
    expect(await active).toEqual({ type: 'active', pollId: null });

    const { body } = await request(server.url, 'GET', `/api/events/${code}`);
    expect(body.activePollId).toBeNull();
    expect(body.polls.map((p: { id: number }) => p.id)).toEqual([keep.id]);
    const db = readDb(server.dbPath);
    expect(db.prepare('SELECT COUNT(*) AS n FROM answers WHERE poll_id = ?').get(poll.id)).toEqual({
      n: 0,
    });
    expect(db.prepare('SELECT COUNT(*) AS n FROM polls WHERE id = ?').get(poll.id)).toEqual({
      n: 0,
    });
    expect(db.prepare('SELECT active_poll_id AS a FROM events WHERE code = ?').get(code)).toEqual({
      a: null,
    });
    db.close();

    const again = await request(server.url, 'DELETE', `${polls(code)}/${poll.id}`, {
      token: hostKey,
    });
    expect([again.status, again.body.error.code]).toEqual([404, 'poll_not_found']);
    const voteOnDeleted = await request(server.url, 'GET', `${polls(code)}/${poll.id}/results`);
    expect(voteOnDeleted.status).toBe(404);
    socket.close();
  });

  test('deleting a poll that is not on screen leaves the active poll', async () => {
    const { code, hostKey } = await createEvent(server.url);
    // Opened, so public: the presenter knows it and is told it is gone.
    const other = await createPoll(server.url, code, hostKey, undefined, {
      open: true,
      active: false,
    });
    const active = await createPoll(server.url, code, hostKey);
    const { socket } = await TestSocket.join(server.url, { event: code, role: 'presenter' });
    const deleted = socket.next('poll_deleted');
    await request(server.url, 'DELETE', `${polls(code)}/${other.id}`, { token: hostKey });
    expect((await deleted).pollId).toBe(other.id);
    const { body } = await request(server.url, 'GET', `/api/events/${code}`);
    expect(body.activePollId).toBe(active.id);
    // A ping round trip: had an `active` push been sent, it would have arrived first.
    socket.send({ type: 'ping' });
    await socket.next('pong');
    expect(socket.all('active')).toEqual([]);
    socket.close();
  });
});

describe('PUT /api/events/:code/active', () => {
  test('sets and clears the poll on screen, pushing `active` each time', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, undefined, {
      open: true,
      active: false,
    });
    const { socket, welcome } = await TestSocket.join(server.url, {
      event: code,
      role: 'presenter',
    });
    expect(welcome.activePollId).toBeNull();

    let pushed = socket.next('active');
    const set = await request(server.url, 'PUT', `/api/events/${code}/active`, {
      body: { pollId: poll.id },
      token: hostKey,
    });
    expect(set).toMatchObject({ status: 200, body: { activePollId: poll.id } });
    expect(await pushed).toEqual({ type: 'active', pollId: poll.id });

    pushed = socket.next('active');
    const cleared = await request(server.url, 'PUT', `/api/events/${code}/active`, {
      body: { pollId: null },
      token: hostKey,
    });
    expect(cleared).toMatchObject({ status: 200, body: { activePollId: null } });
    expect(await pushed).toEqual({ type: 'active', pollId: null });
    const db = readDb(server.dbPath);
    expect(db.prepare('SELECT active_poll_id AS a FROM events WHERE code = ?').get(code)).toEqual({
      a: null,
    });
    db.close();
    socket.close();
  });

  test('404 poll_not_found for an unknown poll or one of another event; 400 for a bad body', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const other = await createEvent(server.url);
    const foreign = await createPoll(server.url, other.code, other.hostKey);
    for (const pollId of [424242, foreign.id]) {
      const answer = await request(server.url, 'PUT', `/api/events/${code}/active`, {
        body: { pollId },
        token: hostKey,
      });
      expect([answer.status, answer.body.error.code]).toEqual([404, 'poll_not_found']);
    }
    for (const body of [{}, { pollId: 'one' }, { pollId: 1.5 }]) {
      const answer = await request(server.url, 'PUT', `/api/events/${code}/active`, {
        body,
        token: hostKey,
      });
      expect([answer.status, answer.body.error.code]).toEqual([400, 'invalid_body']);
    }
    const missing = await request(server.url, 'PUT', `/api/events/${code}/active`, {
      body: { pollId: null },
    });
    expect([missing.status, missing.body.error.code]).toEqual([401, 'unauthorized']);
  });
});
