import { describe, expect, test } from 'vitest';
import { readDb, type TestServer } from '../support/server.js';
import { serverForFile } from '../support/file-server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';
import { optionsOf } from '../support/results.js';

let server: TestServer;
const { sockets, join } = serverForFile((s) => (server = s));

async function setup(poll?: Record<string, unknown>) {
  const { code, hostKey } = await createEvent(server.url);
  const created = await createPoll(server.url, code, hostKey, poll);
  const attendee = await join(server.url, { event: code, role: 'attendee' });
  return {
    code,
    hostKey,
    poll: created,
    ...attendee,
    participantId: attendee.welcome.participant!.id,
  };
}

const results = async (code: string, pollId: number, hostKey?: string) =>
  (
    await request(server.url, 'GET', `/api/events/${code}/polls/${pollId}/results`, {
      ...(hostKey ? { token: hostKey } : {}),
    })
  ).body;

// That an ack leaves only after its commit is checked against a child-process
// server in ack-after-commit.test.ts: here, in the test's own process, it could not fail.
describe('vote', () => {
  test('a vote sent right behind the join (before the welcome) is answered after the welcome', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const socket = await TestSocket.open(server.url);
    sockets.push(socket);
    const ack = socket.next('ack');
    socket.send({ type: 'join', event: code, role: 'attendee' });
    socket.send({
      type: 'vote',
      ref: 'in-flight',
      pollId: poll.id,
      choices: [poll.options[0]!.id],
    });
    expect(await ack).toEqual({ type: 'ack', ref: 'in-flight', pollId: poll.id });
    expect(socket.messages.map((m) => m.type).slice(0, 1)).toEqual(['welcome']);
    expect((await results(code, poll.id)).total).toBe(1);
  });

  test('without a ref it is acknowledged without one', async () => {
    const { poll, socket } = await setup();
    const ack = socket.next('ack');
    socket.send({ type: 'vote', pollId: poll.id, choices: [poll.options[1]!.id] });
    expect(await ack).toEqual({ type: 'ack', pollId: poll.id });
  });

  test('a re-sent ref is acknowledged again and counted once', async () => {
    const { code, poll, socket, participantId } = await setup();
    const vote = { type: 'vote', ref: 'resend-1', pollId: poll.id, choices: [poll.options[0]!.id] };
    const acks = [socket.next('ack'), socket.next('ack', () => true)];
    socket.send(vote);
    socket.send(vote);
    await Promise.all(acks);
    // And once more after a reconnect, as a client re-sending votes in flight does.
    socket.close();
    const again = await join(server.url, {
      event: code,
      role: 'attendee',
      token: (await socket.seen('welcome')).participant!.token,
    });
    expect(again.welcome.participant!.id).toBe(participantId);
    expect(await again.socket.vote(poll.id, vote.choices, 'resend-1')).toMatchObject({
      type: 'ack',
      ref: 'resend-1',
    });
    expect(socket.all('ack').filter((a) => a.ref === 'resend-1')).toHaveLength(2);

    expect((await results(code, poll.id)).total).toBe(1);
    const db = readDb(server.dbPath);
    expect(db.prepare('SELECT COUNT(*) AS n FROM answers WHERE poll_id = ?').get(poll.id)).toEqual({
      n: 1,
    });
    db.close();
  });

  test('the same choices sent again under a new ref: that ref too is acknowledged after a close', async () => {
    const { code, hostKey, poll, socket } = await setup();
    const yes = [poll.options[0]!.id];
    expect(await socket.vote(poll.id, yes, 'same-1')).toMatchObject({ type: 'ack' });
    expect(await socket.vote(poll.id, yes, 'same-2')).toMatchObject({ type: 'ack' });
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      body: { state: 'closed' },
      token: hostKey,
    });
    // The client never saw the ack of same-2 (say) and re-sends it after the close.
    expect(await socket.vote(poll.id, yes, 'same-2')).toMatchObject({ type: 'ack', ref: 'same-2' });
    expect((await results(code, poll.id)).total).toBe(1);
  });

  test('a change of vote moves the tally and keeps one voter', async () => {
    const { code, poll, socket } = await setup();
    await socket.vote(poll.id, [poll.options[0]!.id]);
    await socket.vote(poll.id, [poll.options[2]!.id]);
    const { total, options } = await results(code, poll.id);
    expect(total).toBe(1);
    expect(options.map((o: { count: number }) => o.count)).toEqual([0, 0, 1]);
  });
});

describe('errors carry the ref of the message that caused them', () => {
  test.each([
    [
      'poll_not_found',
      (p: { id: number; options: { id: number }[] }) => ({
        pollId: p.id + 1000,
        choices: [p.options[0]!.id],
      }),
    ],
    ['invalid_choice', (p: { id: number }) => ({ pollId: p.id, choices: [123456] })],
    ['invalid_choice', (p: { id: number }) => ({ pollId: p.id, choices: [] })],
    [
      'invalid_choice',
      (p: { id: number; options: { id: number }[] }) => ({
        pollId: p.id,
        choices: [p.options[0]!.id, p.options[1]!.id],
      }),
    ],
  ])('%s', async (code, make) => {
    const { poll, socket } = await setup();
    const message = { type: 'vote', ref: 'r-err', ...make(poll) };
    expect(await socket.expectError(message)).toEqual({
      type: 'error',
      ref: 'r-err',
      code,
      message: expect.any(String),
    });
  });

  test('poll_not_open, poll_closed and vote_locked over the socket', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const draft = await createPoll(server.url, code, hostKey, undefined, {
      open: false,
      active: false,
    });
    const locked = await createPoll(
      server.url,
      code,
      hostKey,
      { question: 'Once?', kind: 'single', options: ['A', 'B'], allowChange: false },
      { active: false },
    );
    const { socket } = await join(server.url, { event: code, role: 'attendee' });

    expect(await socket.vote(draft.id, [draft.options[0]!.id], 'd1')).toMatchObject({
      type: 'error',
      ref: 'd1',
      code: 'poll_not_open',
    });
    expect(await socket.vote(locked.id, [locked.options[0]!.id], 'l1')).toMatchObject({
      type: 'ack',
    });
    expect(await socket.vote(locked.id, [locked.options[1]!.id], 'l2')).toMatchObject({
      type: 'error',
      ref: 'l2',
      code: 'vote_locked',
    });
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${locked.id}`, {
      body: { state: 'closed' },
      token: hostKey,
    });
    expect(await socket.vote(locked.id, [locked.options[1]!.id], 'c1')).toMatchObject({
      type: 'error',
      ref: 'c1',
      code: 'poll_closed',
    });
    // The acknowledged vote, re-sent after the close, is still acknowledged.
    expect(await socket.vote(locked.id, [locked.options[0]!.id], 'l1')).toMatchObject({
      type: 'ack',
      ref: 'l1',
    });
  });

  test('presenters and hosts cannot vote (participant_required)', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    for (const role of ['presenter', 'host'] as const) {
      const { socket } = await join(server.url, {
        event: code,
        role,
        ...(role === 'host' ? { hostKey } : {}),
      });
      expect(await socket.vote(poll.id, [poll.options[0]!.id], `as-${role}`)).toMatchObject({
        type: 'error',
        ref: `as-${role}`,
        code: 'participant_required',
      });
    }
    expect((await results(code, poll.id)).total).toBe(0);
  });
});

describe('bad messages cost nothing else', () => {
  test('invalid JSON, unknown types, bad shapes and binary frames are invalid_message; the socket goes on', async () => {
    const { code, poll, socket } = await setup();
    const presenter = await join(server.url, { event: code, role: 'presenter' });
    const bad: unknown[] = [
      'not json',
      '{"type":"vote"',
      '[]',
      'null',
      '42',
      { type: 'shout' },
      { kind: 'vote' },
      { type: 'vote', pollId: 'seven', choices: [1] },
      { type: 'vote', pollId: poll.id, choices: 'A' },
      { type: 'vote', pollId: poll.id, choices: [1.5] },
      { type: 'vote', pollId: -1, choices: [1] },
      { type: 'vote', pollId: poll.id, choices: [1], ref: 'x'.repeat(65) },
      { type: 'vote', pollId: poll.id, choices: [1], ref: '' },
      { type: 'vote', pollId: poll.id, choices: Array.from({ length: 21 }, (_, i) => i) },
      { type: '__proto__' },
      { type: 'constructor', pollId: 1 },
    ];
    for (const message of bad) {
      expect(await socket.expectError(message)).toMatchObject({
        type: 'error',
        code: 'invalid_message',
      });
    }
    const binary = socket.next('error');
    socket.ws.send(Buffer.from(JSON.stringify({ type: 'ping' })), { binary: true });
    expect(await binary).toMatchObject({ code: 'invalid_message' });

    expect(socket.isOpen).toBe(true);
    expect(await socket.vote(poll.id, [poll.options[1]!.id], 'after-garbage')).toMatchObject({
      type: 'ack',
    });
    await presenter.socket.next('tally', (t) => t.total === 1);
  });

  test('a message that fails its schema keeps a usable ref in the error', async () => {
    const { poll, socket } = await setup();
    expect(
      await socket.expectError({ type: 'vote', ref: 'bad-shape', pollId: poll.id, choices: 'A' }),
    ).toMatchObject({
      ref: 'bad-shape',
      code: 'invalid_message',
    });
  });

  test('ping is answered with pong, with the server’s clock (quiz countdowns)', async () => {
    const { socket } = await setup();
    const pong = socket.next('pong');
    const before = Date.now();
    socket.send({ type: 'ping' });
    expect(await pong).toEqual({ type: 'pong', serverTime: expect.any(Number) });
    const { serverTime } = (await pong) as { serverTime: number };
    expect(serverTime).toBeGreaterThanOrEqual(before);
    expect(serverTime).toBeLessThanOrEqual(Date.now());
  });
});

describe('pushes', () => {
  test('a tally is the whole state of the poll, with a seq', async () => {
    const { code, poll, socket } = await setup({
      question: 'Topics?',
      kind: 'multiple',
      options: ['A', 'B', 'C'],
    });
    const presenter = await join(server.url, { event: code, role: 'presenter' });
    const tally = presenter.socket.next('tally');
    await socket.vote(poll.id, [poll.options[0]!.id, poll.options[2]!.id]);
    expect(await tally).toEqual({
      type: 'tally',
      pollId: poll.id,
      kind: 'multiple',
      state: 'open',
      total: 1,
      options: [
        { id: poll.options[0]!.id, label: 'A', count: 1, percent: 100 },
        { id: poll.options[1]!.id, label: 'B', count: 0, percent: 0 },
        { id: poll.options[2]!.id, label: 'C', count: 1, percent: 100 },
      ],
      seq: expect.any(Number),
    });
  });

  test('hidden results: no tallies to attendees and presenters, the host still gets them', async () => {
    const { code, hostKey, poll, socket: voter } = await setup();
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      body: { showResults: false },
      token: hostKey,
    });
    const host = await join(server.url, { event: code, role: 'host', hostKey });
    const presenter = await join(server.url, { event: code, role: 'presenter' });
    const watcher = await join(server.url, { event: code, role: 'attendee' });

    const hostTally = host.socket.next('tally', (t) => t.pollId === poll.id && t.total === 1);
    await voter.vote(poll.id, [poll.options[0]!.id]);
    expect(optionsOf(await hostTally)[0]).toMatchObject({ count: 1, percent: 100 });

    // A vote on a visible poll afterwards: its tally reaches each socket on a
    // tick after the hidden vote's, so once it has arrived, a leak would have too.
    const sentinel = await createPoll(server.url, code, hostKey, undefined, { active: false });
    const sentinelTallies = [presenter.socket, watcher.socket, voter].map((s) =>
      s.next('tally', (t) => t.pollId === sentinel.id, 5000),
    );
    await voter.vote(sentinel.id, [sentinel.options[0]!.id]);
    await Promise.all(sentinelTallies);
    for (const s of [presenter.socket, watcher.socket, voter]) {
      expect(s.all('tally').filter((t) => t.pollId === poll.id)).toEqual([]);
      for (const m of s.all('poll'))
        if (m.poll.id === poll.id) expect(m.poll).not.toHaveProperty('results');
    }

    // Showing the results pushes the poll and the current tally to everyone.
    const presenterPoll = presenter.socket.next('poll');
    const presenterTally = presenter.socket.next('tally');
    const watcherTally = watcher.socket.next('tally', () => true, 3000);
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      body: { showResults: true },
      token: hostKey,
    });
    expect((await presenterPoll).poll.results?.total).toBe(1);
    expect((await presenterTally).total).toBe(1);
    expect((await watcherTally).total).toBe(1);
  });
});
