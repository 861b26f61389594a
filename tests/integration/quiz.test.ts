/**
 * The quiz over the wire, against a real server (one process on SQLite):
 * creating and changing a question (its limits, final answers, a key that
 * cannot change under answers), what nobody but the host sees while it is
 * open, the close the server makes by itself at `closesAt` (once), answers
 * too late, points by speed, score and leaderboard pushes, the leaderboard
 * (ranks, ties, "Player <id>"), display names (join, `name`, HTTP, refused),
 * reset, the leaderboard on screen, the export, and a restart before and
 * after the closing time.
 *
 * Where exact times matter, the test's clock is faked (`Date` only: timers
 * stay real), and the in-process server stamps with it: opening at T0 and
 * answering at T0 + 1000 ms is exactly 1000 ms elapsed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { Poll, ServerMessage } from '../../shared/protocol.js';
import { createEvent, request } from '../support/http.js';
import { cleanup, startTestServer, type TestServer } from '../support/server.js';
import { TestSocket } from '../support/ws-client.js';

let first: TestServer;
let server: TestServer;
beforeAll(async () => {
  server = first = await startTestServer();
});
const sockets: TestSocket[] = [];
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  vi.useRealTimers();
  for (const socket of sockets) socket.close();
  await server.close();
  cleanup(first.dir);
});

type Role = 'attendee' | 'presenter' | 'host';

async function join(as: {
  event: string;
  role: Role;
  token?: string;
  hostKey?: string;
  name?: string;
}) {
  const socket = await TestSocket.open(server.url);
  sockets.push(socket);
  socket.send({ type: 'join', ...as });
  const welcome = await socket.next('welcome');
  return { socket, welcome };
}

/** A host, a presenter and an attendee on the event, joined. */
async function room(code: string, hostKey: string) {
  const [host, presenter, attendee] = await Promise.all([
    join({ event: code, role: 'host', hostKey }),
    join({ event: code, role: 'presenter' }),
    join({ event: code, role: 'attendee' }),
  ]);
  return { host, presenter, attendee };
}

const polls = (code: string) => `/api/events/${code}/polls`;

const create = (code: string, hostKey: string, body: object) =>
  request(server.url, 'POST', polls(code), {
    token: hostKey,
    body: { question: 'Capital of France?', kind: 'quiz', ...body },
  });

const patch = (code: string, hostKey: string, pollId: number, body: object) =>
  request(server.url, 'PATCH', `${polls(code)}/${pollId}`, { token: hostKey, body });

const BASE = { options: ['Paris', 'Lyon', 'Nice'], correct: [0] };

/** A quiz question, created (and opened and put on screen unless `open` is false). */
async function quiz(code: string, hostKey: string, extra: object = {}, open = true) {
  const created = await create(code, hostKey, { ...BASE, timeLimit: 5, ...extra });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  let poll = created.body.poll as QuizPoll;
  if (open) {
    const opened = await patch(code, hostKey, poll.id, { state: 'open' });
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    poll = opened.body.poll;
    await request(server.url, 'PUT', `/api/events/${code}/active`, {
      token: hostKey,
      body: { pollId: poll.id },
    });
  }
  return poll;
}

interface QuizPoll {
  id: number;
  kind: 'quiz';
  state: string;
  options: { id: number; label: string }[];
  correct?: number[];
  timeLimit: number;
  points: number;
  closesAt?: string;
  openedAt?: string;
  closedAt?: string;
  allowChange: boolean;
  results?: Record<string, unknown>;
}

async function participant(code: string, name?: string) {
  const answer = await request(server.url, 'POST', `/api/events/${code}/participants`, {
    ...(name === undefined ? {} : { body: { name } }),
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as { participantId: number; token: string; name?: string };
}

const vote = (code: string, pollId: number, token: string, choices: number[], ref?: string) =>
  request(server.url, 'PUT', `${polls(code)}/${pollId}/vote`, {
    token,
    body: { choices, ...(ref === undefined ? {} : { ref }) },
  });

const leaderboard = async (code: string) =>
  (await request(server.url, 'GET', `/api/events/${code}/leaderboard`)).body.entries as {
    participantId: number;
    name: string;
    score: number;
    rank: number;
  }[];

/** The points rule, written out independently of the server's. */
const expectedPoints = (points: number, elapsedMs: number, timeLimitS: number) =>
  Math.round(points * (1 - Math.min(elapsedMs / (timeLimitS * 1000), 1) / 2));

/** Freeze `Date` (timers stay real) at `ms`; the in-process server stamps with it. */
function clockAt(ms: number): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(ms);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('creating and changing a question', () => {
  test.each([
    [{ options: ['Only'] }, 'options'],
    [{ options: ['A', 'B', 'C', 'D', 'E', 'F', 'G'] }, 'options'],
    [{ correct: [] }, 'mark at least one option as correct'],
    [{ correct: [3] }, 'correct: 3 is not an option index (0 to 2)'],
    [{ correct: [1, 1] }, 'correct: an option is listed twice'],
    [{ correct: [-1] }, 'correct lists option indexes (0-based)'],
    [{ timeLimit: 4 }, 'timeLimit is at least 5 seconds'],
    [{ timeLimit: 301 }, 'timeLimit is at most 300 seconds'],
    [{ timeLimit: 5.5 }, 'timeLimit'],
    [{ points: 99 }, 'points is at least 100'],
    [{ points: 10_001 }, 'points is at most 10000'],
  ])('%j -> 400 invalid_body naming the problem', async (extra, message) => {
    const { code, hostKey } = await createEvent(server.url);
    const answer = await create(code, hostKey, { ...BASE, ...extra });
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    expect(answer.body.error.code).toBe('invalid_body');
    expect(answer.body.error.message).toContain(message);
  });

  test('the limits themselves are accepted; the defaults are 20 s and 1000; allowChange is forced false, and PATCH allowChange:true is 400', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const low = await create(code, hostKey, {
      options: ['A', 'B'],
      correct: [0, 1],
      timeLimit: 5,
      points: 100,
    });
    const high = await create(code, hostKey, {
      options: ['A', 'B', 'C', 'D', 'E', 'F'],
      correct: [5],
      timeLimit: 300,
      points: 10_000,
    });
    const plain = await create(code, hostKey, { ...BASE, allowChange: true });
    for (const answer of [low, high, plain]) expect(answer.status).toBe(201);
    const poll = Poll.parse(plain.body.poll) as unknown as QuizPoll;
    expect(poll).toMatchObject({ kind: 'quiz', timeLimit: 20, points: 1000, allowChange: false });
    expect(poll.correct).toEqual([poll.options[0]!.id]);
    expect(high.body.poll.correct).toEqual([high.body.poll.options[5].id]);

    const change = await patch(code, hostKey, poll.id, { allowChange: true });
    expect(change.status).toBe(400);
    expect(change.body.error.code).toBe('invalid_body');
    expect(change.body.error.message).toMatch(/allowChange.*final/);
    // Before any answer, the key, the limit, the stake and the options may change.
    const edited = await patch(code, hostKey, poll.id, {
      options: ['X', 'Y'],
      correct: [1],
      timeLimit: 30,
      points: 500,
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.poll).toMatchObject({ timeLimit: 30, points: 500 });
    expect(edited.body.poll.correct).toEqual([edited.body.poll.options[1].id]);
    // A patch's key is checked against the options it leaves.
    const outOfRange = await patch(code, hostKey, poll.id, { correct: [2] });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.error.message).toContain('is not an option index');
  });

  test('once answered: the key, the limit, the stake and the options are 409 poll_has_votes; the question text may still change', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await quiz(code, hostKey, { timeLimit: 300 });
    const player = await participant(code);
    expect((await vote(code, poll.id, player.token, [poll.options[1]!.id])).status).toBe(200);
    for (const body of [
      { correct: [1] },
      { timeLimit: 60 },
      { points: 2000 },
      { options: ['Paris', 'Lyon', 'Nice', 'Lille'] },
      { options: ['Paris', 'Lyon', 'Marseille'] },
    ]) {
      const answer = await patch(code, hostKey, poll.id, body);
      expect(answer.status, JSON.stringify(body)).toBe(409);
      expect(answer.body.error.code, JSON.stringify(body)).toBe('poll_has_votes');
    }
    // The same values are no change.
    expect((await patch(code, hostKey, poll.id, { correct: [0], timeLimit: 300 })).status).toBe(
      200,
    );
    expect((await patch(code, hostKey, poll.id, { question: 'Capital?' })).status).toBe(200);
  });
});

describe('a question, open then closed on time', () => {
  test('while open nobody but the host sees the key or the counts; the server closes it at closesAt, once; then everyone sees both, and the players their scores', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const { host, presenter, attendee } = await room(code, hostKey);
    const draft = await quiz(code, hostKey, { timeLimit: 5, points: 1000 }, false);
    const opened = await patch(code, hostKey, draft.id, { state: 'open' });
    const poll = opened.body.poll as QuizPoll;
    await request(server.url, 'PUT', `/api/events/${code}/active`, {
      token: hostKey,
      body: { pollId: poll.id },
    });
    const [paris, lyon] = [poll.options[0]!.id, poll.options[1]!.id];
    // The host's answer names the key; closesAt is openedAt + timeLimit.
    expect(poll.correct).toEqual([paris]);
    expect(Date.parse(poll.closesAt!) - Date.parse(poll.openedAt!)).toBe(5000);

    // The poll push: the host's with the key and the counts; the others' without either.
    const pushed = await Promise.all(
      [host, presenter, attendee].map(({ socket }) =>
        socket.seen('poll', (m) => m.poll.id === poll.id && m.poll.state === 'open'),
      ),
    );
    for (const message of pushed) ServerMessage.parse(message);
    const [hostPoll, presenterPoll, attendeePoll] = pushed.map(
      (m) => m.poll as unknown as QuizPoll,
    ) as [QuizPoll, QuizPoll, QuizPoll];
    expect(hostPoll.correct).toEqual([paris]);
    expect(hostPoll.closesAt).toBe(poll.closesAt);
    expect(hostPoll.results).toMatchObject({ total: 0, options: expect.any(Array) });
    for (const hidden of [presenterPoll, attendeePoll]) {
      expect(hidden).not.toHaveProperty('correct');
      expect(hidden.closesAt).toBe(poll.closesAt);
      expect(hidden.results).toEqual({ pollId: poll.id, kind: 'quiz', state: 'open', total: 0 });
    }

    // Two players on sockets (one right, one wrong), one over HTTP (right); one who never answers.
    const right = await join({ event: code, role: 'attendee', name: 'Ada' });
    const wrong = await join({ event: code, role: 'attendee' });
    const idle = await join({ event: code, role: 'attendee' });
    const late = await participant(code, 'Bob');
    expect(right.welcome.serverTime).toEqual(expect.any(Number));
    // The welcome of a late joiner: no key, no counts, the closing time.
    for (const { welcome } of [right, wrong]) {
      const shown = welcome.polls.find((p) => p.id === poll.id) as unknown as QuizPoll;
      expect(shown).not.toHaveProperty('correct');
      expect(shown.closesAt).toBe(poll.closesAt);
      expect(shown.results).toEqual({ pollId: poll.id, kind: 'quiz', state: 'open', total: 0 });
    }
    const ref = 'first-answer';
    expect(await right.socket.vote(poll.id, [paris], ref)).toEqual({
      type: 'ack',
      ref,
      pollId: poll.id,
    });
    // Final: the same ref again is acked; a different answer is vote_locked, the same one too.
    expect(await right.socket.vote(poll.id, [paris], ref)).toMatchObject({ type: 'ack', ref });
    expect(await right.socket.vote(poll.id, [lyon])).toMatchObject({ code: 'vote_locked' });
    expect(await right.socket.vote(poll.id, [paris])).toMatchObject({ code: 'vote_locked' });
    expect(await wrong.socket.vote(poll.id, [lyon])).toMatchObject({ type: 'ack' });
    // One option exactly.
    expect(await wrong.socket.vote(poll.id, [paris, lyon])).toMatchObject({
      code: 'invalid_choice',
    });
    const byHttp = await vote(code, poll.id, late.token, [paris]);
    expect(byHttp.status).toBe(200);
    expect((await vote(code, poll.id, late.token, [lyon])).body.error.code).toBe('vote_locked');

    // Tally pushes while open: the total only, but the host's with the counts.
    const tallied = (socket: TestSocket) =>
      socket.seen('tally', (t) => t.pollId === poll.id && t.total === 3);
    const [hostTally, presenterTally, attendeeTally] = await Promise.all(
      [host, presenter, attendee].map(({ socket }) => tallied(socket)),
    );
    expect(hostTally).toMatchObject({ total: 3 });
    expect(
      (hostTally as unknown as { options: { count: number; correct: boolean }[] }).options.map(
        (o) => [o.count, o.correct],
      ),
    ).toEqual([
      [2, true],
      [1, false],
      [0, false],
    ]);
    for (const tally of [presenterTally, attendeeTally]) {
      expect(tally).not.toHaveProperty('options');
      expect(Object.keys(tally!).sort()).toEqual([
        'kind',
        'pollId',
        'seq',
        'state',
        'total',
        'type',
      ]);
    }
    // GET event and GET results: the same for a non-host.
    const snapshot = (await request(server.url, 'GET', `/api/events/${code}`)).body;
    const public_ = snapshot.polls.find((p: QuizPoll) => p.id === poll.id) as QuizPoll;
    expect(public_).not.toHaveProperty('correct');
    expect(public_.results).toEqual({ pollId: poll.id, kind: 'quiz', state: 'open', total: 3 });
    const hostSnapshot = (
      await request(server.url, 'GET', `/api/events/${code}`, { token: hostKey })
    ).body;
    const hosts = hostSnapshot.polls.find((p: QuizPoll) => p.id === poll.id) as QuizPoll;
    expect(hosts.correct).toEqual([paris]);
    const publicResults = await request(server.url, 'GET', `${polls(code)}/${poll.id}/results`);
    expect(publicResults.body).toEqual({ pollId: poll.id, kind: 'quiz', state: 'open', total: 3 });

    // The close, by the server, at closesAt: one poll push per socket.
    const everyone = [host, presenter, attendee, right, wrong, idle];
    const closes = await Promise.all(
      everyone.map(({ socket }) =>
        socket.seen('poll', (m) => m.poll.id === poll.id && m.poll.state === 'closed', 8000),
      ),
    );
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(poll.closesAt!));
    for (const { poll: closed } of closes) {
      const shown = closed as unknown as QuizPoll;
      expect(shown.closedAt).toBe(poll.closesAt);
      expect(shown.correct).toEqual([paris]);
      expect(shown).not.toHaveProperty('closesAt');
    }
    // Scores to the players who answered, the leaderboard to host and presenter.
    const [rightScore, wrongScore] = await Promise.all([
      right.socket.seen('score', (m) => m.pollId === poll.id),
      wrong.socket.seen('score', (m) => m.pollId === poll.id),
    ]);
    const boards = await Promise.all(
      [host, presenter].map(({ socket }) => socket.seen('leaderboard')),
    );
    await pause(300); // anything more (a second close) would have come by now
    for (const { socket } of everyone) {
      expect(
        socket.all('poll').filter((m) => m.poll.id === poll.id && m.poll.state === 'closed'),
      ).toHaveLength(1);
    }
    for (const { socket } of [right, wrong]) expect(socket.all('score')).toHaveLength(1);
    for (const { socket } of [host, presenter, attendee, idle])
      expect(socket.all('score')).toEqual([]);
    for (const { socket } of [attendee, right, wrong, idle])
      expect(socket.all('leaderboard')).toEqual([]);
    for (const { socket } of [host, presenter]) expect(socket.all('leaderboard')).toHaveLength(1);

    // The points: by the server's own stamps, exactly the rule.
    const db = (await import('../support/server.js')).readDb(server.dbPath);
    const stamps = db
      .prepare('SELECT participant_id AS id, voted_at AS at, score FROM answers WHERE poll_id = ?')
      .all(poll.id) as { id: number; at: string; score: number }[];
    db.close();
    const pointsOf = (id: number) => {
      const row = stamps.find((s) => s.id === id)!;
      return expectedPoints(1000, Date.parse(row.at) - Date.parse(poll.openedAt!), 5);
    };
    const rightId = right.welcome.participant!.id;
    const wrongId = wrong.welcome.participant!.id;
    expect(byHttp.body.vote.votedAt).toBe(stamps.find((s) => s.id === late.participantId)!.at);
    ServerMessage.parse(rightScore);
    expect(rightScore).toMatchObject({ points: pointsOf(rightId), correct: true });
    expect(rightScore.points).toBeGreaterThan(500);
    expect(wrongScore).toEqual({
      type: 'score',
      pollId: poll.id,
      points: 0,
      correct: false,
      score: 0,
      rank: 3,
    });
    const board = await leaderboard(code);
    expect(boards[0]).toEqual({ type: 'leaderboard', entries: board });
    expect(boards[1]).toEqual(boards[0]);
    const expected = [
      { participantId: rightId, name: 'Ada', score: pointsOf(rightId) },
      { participantId: late.participantId, name: 'Bob', score: pointsOf(late.participantId) },
    ].sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1));
    expect(board).toEqual([
      { ...expected[0], rank: 1 },
      { ...expected[1], rank: expected[1]!.score === expected[0]!.score ? 1 : 2 },
      { participantId: wrongId, name: `Player ${wrongId}`, score: 0, rank: 3 },
    ]);
    expect(rightScore).toMatchObject({
      score: pointsOf(rightId),
      rank: board.find((e) => e.participantId === rightId)!.rank,
    });

    // After the close: the key and the distribution are everyone's.
    const tallies = await Promise.all(
      [presenter, attendee].map(({ socket }) =>
        socket.seen('tally', (t) => t.pollId === poll.id && t.state === 'closed'),
      ),
    );
    for (const tally of tallies) {
      expect(
        (tally as unknown as { options: { count: number; correct: boolean }[] }).options.map(
          (o) => [o.count, o.correct],
        ),
      ).toEqual([
        [2, true],
        [1, false],
        [0, false],
      ]);
    }
    const after = (await request(server.url, 'GET', `${polls(code)}/${poll.id}/results`)).body;
    expect(after.options.map((o: { count: number }) => o.count)).toEqual([2, 1, 0]);
    const closedPoll = (await request(server.url, 'GET', `/api/events/${code}`)).body.polls.find(
      (p: QuizPoll) => p.id === poll.id,
    );
    expect(closedPoll.correct).toEqual([paris]);
    // Too late now, and closed for good.
    expect(await idle.socket.vote(poll.id, [paris])).toMatchObject({ code: 'poll_closed' });
    const reopen = await patch(code, hostKey, poll.id, { state: 'open' });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.code).toBe('invalid_state');
  });
});

describe('exact points, too late, closed by hand (an injected clock)', () => {
  test('points = round(points × (1 − elapsed/limit/2)); an answer at closesAt is poll_closed before the close has run; a close by hand sends the scores', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const { host, presenter } = await room(code, hostKey);
    const draft = await quiz(code, hostKey, { timeLimit: 5, points: 333 }, false);
    const players = await Promise.all([1, 2, 3, 4, 5].map(() => participant(code)));
    const sockets = await Promise.all(
      players.map((p) => join({ event: code, role: 'attendee', token: p.token })),
    );
    const T0 = Date.parse('2031-01-01T12:00:00.000Z');
    clockAt(T0);
    const opened = (await patch(code, hostKey, draft.id, { state: 'open' })).body.poll as QuizPoll;
    expect(opened.openedAt).toBe('2031-01-01T12:00:00.000Z');
    expect(opened.closesAt).toBe('2031-01-01T12:00:05.000Z');
    const [right, wrongOption] = [opened.options[0]!.id, opened.options[2]!.id];
    const at = async (ms: number, i: number, choice: number) => {
      vi.setSystemTime(T0 + ms);
      return sockets[i]!.socket.vote(opened.id, [choice]);
    };
    expect(await at(0, 0, right)).toMatchObject({ type: 'ack' }); // 333
    expect(await at(1000, 1, right)).toMatchObject({ type: 'ack' }); // 333 × 0.9 = 299.7 -> 300
    expect(await at(4999, 2, right)).toMatchObject({ type: 'ack' }); // 333 × 0.5001 -> 167
    expect(await at(2000, 3, wrongOption)).toMatchObject({ type: 'ack' }); // 0
    // At closesAt exactly: too late, though the server's timer (5 s of real time) has not run.
    const tooLate = await at(5000, 4, right);
    expect(tooLate).toMatchObject({ type: 'error', code: 'poll_closed' });
    expect((tooLate as { message: string }).message).toMatch(/time is up/);
    const byHttp = await vote(code, opened.id, players[4]!.token, [right]);
    expect(byHttp.status).toBe(409);
    expect(byHttp.body.error.code).toBe('poll_closed');
    const stillOpen = (await request(server.url, 'GET', `/api/events/${code}`)).body.polls.find(
      (p: QuizPoll) => p.id === opened.id,
    );
    expect(stillOpen.state).toBe('open');
    // A reconnect while open is told nothing of its points: they would say whether it was right.
    const early = await join({ event: code, role: 'attendee', token: players[1]!.token });
    expect(early.welcome.myScores).toBeUndefined();

    // Closed by hand: the same scores and leaderboard as a close on time.
    vi.setSystemTime(T0 + 5200);
    const closed = await patch(code, hostKey, opened.id, { state: 'closed' });
    expect(closed.status).toBe(200);
    vi.useRealTimers();
    const scores = await Promise.all(
      sockets.slice(0, 4).map(({ socket }) => socket.seen('score', (m) => m.pollId === opened.id)),
    );
    expect(scores.map((s) => [s.points, s.correct, s.score, s.rank])).toEqual([
      [333, true, 333, 1],
      [300, true, 300, 2],
      [167, true, 167, 3],
      [0, false, 0, 4],
    ]);
    expect([333, 300, 167]).toEqual([0, 1000, 4999].map((ms) => expectedPoints(333, ms, 5)));
    const [board] = await Promise.all([
      host.socket.seen('leaderboard'),
      presenter.socket.seen('leaderboard'),
    ]);
    expect(board.entries.map((e) => [e.participantId, e.score, e.rank])).toEqual([
      [players[0]!.participantId, 333, 1],
      [players[1]!.participantId, 300, 2],
      [players[2]!.participantId, 167, 3],
      [players[3]!.participantId, 0, 4],
    ]);
    // The timer that was set for closesAt finds it closed: no second close, no second score.
    await pause(5300);
    for (const { socket } of sockets) {
      expect(socket.all('poll').filter((m) => m.poll.state === 'closed')).toHaveLength(1);
    }
    for (const { socket } of sockets.slice(0, 4)) expect(socket.all('score')).toHaveLength(1);
    expect(sockets[4]!.socket.all('score')).toEqual([]);
    expect(host.socket.all('leaderboard')).toHaveLength(1);

    // Export: the CSV's score column and export.json's answers carry the points.
    const csv = await fetch(`${server.url}/api/events/${code}/export.csv`, {
      headers: { authorization: `Bearer ${hostKey}` },
    });
    const rows = parseCsv(await csv.text(), { columns: true }) as Record<string, string>[];
    expect(
      rows
        .filter((r) => r.kind === 'quiz')
        .map((r) => [Number(r.participant_id), r.choices, r.score]),
    ).toEqual([
      [players[0]!.participantId, 'Paris', '333'],
      [players[1]!.participantId, 'Paris', '300'],
      [players[2]!.participantId, 'Paris', '167'],
      [players[3]!.participantId, 'Nice', '0'],
    ]);
    const json = (
      await request(server.url, 'GET', `/api/events/${code}/export.json`, { token: hostKey })
    ).body;
    const exported = json.polls.find((p: { id: number }) => p.id === opened.id);
    expect(
      exported.answers.map((a: { participantId: number; score: number; answer: unknown }) => [
        a.participantId,
        a.score,
        a.answer,
      ]),
    ).toEqual([
      [players[0]!.participantId, 333, { choices: [right] }],
      [players[1]!.participantId, 300, { choices: [right] }],
      [players[2]!.participantId, 167, { choices: [right] }],
      [players[3]!.participantId, 0, { choices: [wrongOption] }],
    ]);

    // A phone that reconnects after the close is given its points again (the push came once).
    for (const [i, points] of [
      [1, 300],
      [3, 0],
    ] as const) {
      const again = await join({ event: code, role: 'attendee', token: players[i]!.token });
      expect(again.welcome.myScores).toEqual({ [opened.id]: points });
    }
    const never = await join({ event: code, role: 'attendee', token: players[4]!.token });
    expect(never.welcome.myScores).toBeUndefined();
  });
});

describe('the leaderboard', () => {
  test('top 10 by score over the questions, ties share a rank (by name, then id), more than 10 when a tie crosses the 10th; nameless players are "Player <id>"', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const first = await quiz(code, hostKey, { timeLimit: 10, points: 1000 }, false);
    const second = await quiz(code, hostKey, { timeLimit: 10, points: 1000 }, false);
    const names = ['Zed', 'Amy', undefined, 'Cat', undefined, 'Dan', 'Eve', 'Fay', 'Gus', 'Hal'];
    const players = await Promise.all(
      [...names, 'Ivy', 'Jon', 'Kim'].map((name) => participant(code, name)),
    );
    const T0 = Date.parse('2031-02-01T12:00:00.000Z');
    clockAt(T0);
    await patch(code, hostKey, first.id, { state: 'open' });
    const right = first.options[0]!.id;
    // Elapsed by player: 0, 1000, 2000, ..., the last five tied at 9000 ms.
    const elapsed = [0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 9000, 9000, 9000, 9000];
    for (const [i, ms] of elapsed.entries()) {
      vi.setSystemTime(T0 + ms);
      expect((await vote(code, first.id, players[i]!.token, [right])).status).toBe(200);
    }
    vi.setSystemTime(T0 + 9500);
    // Kim answers wrong: 0 points, last.
    expect((await vote(code, first.id, players[12]!.token, [first.options[1]!.id])).status).toBe(
      200,
    );
    await patch(code, hostKey, first.id, { state: 'closed' });
    // A second question adds up: only Zed plays it, at once (+1000).
    vi.setSystemTime(T0 + 60_000);
    await patch(code, hostKey, second.id, { state: 'open' });
    expect((await vote(code, second.id, players[0]!.token, [second.options[0]!.id])).status).toBe(
      200,
    );
    await patch(code, hostKey, second.id, { state: 'closed' });
    vi.useRealTimers();

    const board = await leaderboard(code);
    const label = (i: number) => names[i] ?? ['Ivy', 'Jon', 'Kim'][i - 10] ?? '';
    const shown = (i: number) => label(i) || `Player ${players[i]!.participantId}`;
    const p = (i: number) => players[i]!.participantId;
    // 550 each for the four at 9000 ms: Gus (8), Hal (9), Ivy (10), Jon (11), by name.
    expect(board).toEqual([
      { participantId: p(0), name: 'Zed', score: 2000, rank: 1 },
      { participantId: p(1), name: 'Amy', score: 950, rank: 2 },
      { participantId: p(2), name: shown(2), score: 900, rank: 3 },
      { participantId: p(3), name: 'Cat', score: 850, rank: 4 },
      { participantId: p(4), name: shown(4), score: 800, rank: 5 },
      { participantId: p(5), name: 'Dan', score: 750, rank: 6 },
      { participantId: p(6), name: 'Eve', score: 700, rank: 7 },
      { participantId: p(7), name: 'Fay', score: 650, rank: 8 },
      { participantId: p(8), name: 'Gus', score: 550, rank: 9 },
      { participantId: p(9), name: 'Hal', score: 550, rank: 9 },
      { participantId: p(10), name: 'Ivy', score: 550, rank: 9 },
      { participantId: p(11), name: 'Jon', score: 550, rank: 9 },
    ]);
    expect(shown(2)).toBe(`Player ${p(2)}`);
  });

  test('a reset returns a closed question to draft, takes its points off the board and pushes the new board to screens; the leaderboard on screen', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const { host, presenter, attendee } = await room(code, hostKey);
    const T0 = Date.parse('2031-03-01T12:00:00.000Z');
    clockAt(T0);
    // Answered at the opening instant: 1000 points each.
    const kept = await quiz(code, hostKey, { timeLimit: 300 });
    const dropped = await quiz(code, hostKey, { timeLimit: 300 });
    const a = await participant(code, 'Ann');
    const b = await participant(code, 'Ben');
    await vote(code, kept.id, a.token, [kept.options[0]!.id]);
    await vote(code, dropped.id, b.token, [dropped.options[0]!.id]);
    await vote(code, dropped.id, a.token, [dropped.options[0]!.id]);
    await patch(code, hostKey, kept.id, { state: 'closed' });
    await patch(code, hostKey, dropped.id, { state: 'closed' });
    vi.useRealTimers();
    expect(await leaderboard(code)).toEqual([
      { participantId: a.participantId, name: 'Ann', score: 2000, rank: 1 },
      { participantId: b.participantId, name: 'Ben', score: 1000, rank: 2 },
    ]);
    await host.socket.seen('leaderboard', (m) => m.entries.length === 2);
    await presenter.socket.seen('leaderboard', (m) => m.entries.length === 2);
    const pushes = presenter.socket.all('leaderboard').length;
    const anchor = presenter.socket.all('leaderboard').at(-1)!;
    const scoresBefore = attendee.socket.all('score').length;

    const reset = await request(server.url, 'POST', `${polls(code)}/${dropped.id}/reset`, {
      token: hostKey,
    });
    expect(reset.status).toBe(200);
    expect(reset.body.poll).toMatchObject({ state: 'draft', results: { total: 0 } });
    expect(reset.body.poll).not.toHaveProperty('openedAt');
    expect(reset.body.poll).not.toHaveProperty('closedAt');
    const board = await leaderboard(code);
    expect(board).toEqual([{ participantId: a.participantId, name: 'Ann', score: 1000, rank: 1 }]);
    const latest = await presenter.socket.after(anchor, 'leaderboard');
    expect(latest.entries).toEqual(board);
    expect(presenter.socket.all('leaderboard').length).toBe(pushes + 1);
    // No score pushes for a reset.
    expect(attendee.socket.all('score')).toHaveLength(scoresBefore);
    // Played again from the start: it opens and takes answers.
    expect((await patch(code, hostKey, dropped.id, { state: 'open' })).status).toBe(200);
    expect((await vote(code, dropped.id, b.token, [dropped.options[0]!.id])).status).toBe(200);

    // The leaderboard on screen; a poll put on screen takes it off.
    const on = await request(server.url, 'PATCH', `/api/events/${code}`, {
      token: hostKey,
      body: { leaderboard: true },
    });
    expect(on.status).toBe(200);
    expect(on.body.event.leaderboard).toBe(true);
    const shown = await presenter.socket.seen('event', (m) => m.event.leaderboard);
    ServerMessage.parse(shown);
    expect((await request(server.url, 'GET', `/api/events/${code}`)).body.event.leaderboard).toBe(
      true,
    );
    await request(server.url, 'PUT', `/api/events/${code}/active`, {
      token: hostKey,
      body: { pollId: kept.id },
    });
    await presenter.socket.after(shown, 'event', (m) => !m.event.leaderboard);
    expect((await request(server.url, 'GET', `/api/events/${code}`)).body.event.leaderboard).toBe(
      false,
    );
  });
});

describe('display names', () => {
  test('join {name} -> welcome.participant.name; a name message is acked without a pollId (same ref); a rejoin keeps it; POST participants {name}', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const phone = await join({ event: code, role: 'attendee', name: '  Grace  ' });
    expect(phone.welcome.participant).toMatchObject({ name: 'Grace' });
    ServerMessage.parse(phone.welcome);
    const ack = await phone.socket.ask({ type: 'name', ref: 'n-1', name: 'Hopper' });
    expect(ack).toEqual({ type: 'ack', ref: 'n-1' });
    const token = phone.welcome.participant!.token;
    const again = await join({ event: code, role: 'attendee', token });
    expect(again.welcome.participant).toMatchObject({ name: 'Hopper' });
    // Without a name: none in the welcome.
    const plain = await join({ event: code, role: 'attendee' });
    expect(plain.welcome.participant).not.toHaveProperty('name');
    // A name given with a rejoin replaces it.
    const renamed = await join({ event: code, role: 'attendee', token, name: 'Grace H.' });
    expect(renamed.welcome.participant!.name).toBe('Grace H.');
    // Over HTTP.
    const byHttp = await participant(code, 'Linus');
    expect(byHttp.name).toBe('Linus');
    const named = await join({ event: code, role: 'attendee', token: byHttp.token });
    expect(named.welcome.participant!.name).toBe('Linus');
    // The names are the leaderboard's.
    const poll = await quiz(code, hostKey, { timeLimit: 300 });
    await vote(code, poll.id, token, [poll.options[0]!.id]);
    await patch(code, hostKey, poll.id, { state: 'closed' });
    expect((await leaderboard(code)).map((e) => e.name)).toEqual(['Grace H.']);
    // Hosts and presenters have no name to set.
    const host = await join({ event: code, role: 'host', hostKey });
    expect(await host.socket.ask({ type: 'name', name: 'Boss' })).toMatchObject({
      code: 'participant_required',
    });
  });

  test('offensive names: invalid_name 422 with a message over HTTP, on a name message, and on a join (which is refused); too long: 400 / invalid_message', async () => {
    const { code } = await createEvent(server.url);
    for (const name of ['fuck', 'sh1t head', 'FuUuCk you']) {
      const http = await request(server.url, 'POST', `/api/events/${code}/participants`, {
        body: { name },
      });
      expect(http.status, name).toBe(422);
      expect(http.body.error).toEqual({
        code: 'invalid_name',
        message: expect.stringMatching(/not allowed/),
      });
    }
    const phone = await join({ event: code, role: 'attendee', name: 'Ok' });
    const refused = await phone.socket.ask({ type: 'name', ref: 'bad', name: 'fuck' });
    expect(refused).toMatchObject({ type: 'error', ref: 'bad', code: 'invalid_name' });
    expect((refused as { message: string }).message).toMatch(/not allowed/);
    const rejoin = await join({
      event: code,
      role: 'attendee',
      token: phone.welcome.participant!.token,
    });
    expect(rejoin.welcome.participant!.name).toBe('Ok');

    const socket = await TestSocket.open(server.url);
    sockets.push(socket);
    socket.send({ type: 'join', event: code, role: 'attendee', name: 'shit' });
    const error = await socket.next('error');
    expect(error).toMatchObject({ code: 'invalid_name', message: expect.stringMatching(/./) });
    expect(await socket.whenClosed()).toBe(1008);

    // Too long (25 code points), empty, not a string: the schema's.
    for (const name of ['x'.repeat(25), '   ', 7]) {
      const http = await request(server.url, 'POST', `/api/events/${code}/participants`, {
        body: { name },
      });
      expect(http.status, String(name)).toBe(400);
      expect(http.body.error.code).toBe('invalid_body');
      const ws = await phone.socket.ask({ type: 'name', name });
      expect(ws).toMatchObject({ type: 'error', code: 'invalid_message' });
    }
    // 24 code points (astral ones count once) is fine.
    expect((await participant(code, '😀'.repeat(24))).name).toBe('😀'.repeat(24));
  });
});

describe('a restart', () => {
  test('a server restarted while a question is open still closes it on time; one restarted after closesAt closes it at once', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const open = await quiz(code, hostKey, { timeLimit: 7 });
    const overdue = await quiz(code, hostKey, { timeLimit: 5 }, false);
    const player = await participant(code);
    expect((await vote(code, open.id, player.token, [open.options[0]!.id])).status).toBe(200);
    // The overdue question opens in the past (a clock 10 s behind), so its closesAt has gone by.
    clockAt(Date.now() - 10_000);
    const stale = (await patch(code, hostKey, overdue.id, { state: 'open' })).body.poll as QuizPoll;
    vi.useRealTimers();
    expect(Date.parse(stale.closesAt!)).toBeLessThan(Date.now());
    const openedAt = Date.parse(
      (await request(server.url, 'GET', `/api/events/${code}`)).body.polls.find(
        (p: QuizPoll) => p.id === open.id,
      ).openedAt,
    );
    // Stop the timers' owner: the server. Its store keeps both open.
    await server.close();
    server = await startTestServer({ VOXPOP_DB: first.dbPath });
    const restarted = Date.now();
    const host = await join({ event: code, role: 'host', hostKey });
    /** The poll as closed: in the welcome already, or by the push that closes it. */
    const closedPoll = async (id: number) => {
      const welcomed = host.welcome.polls.find((p) => p.id === id) as unknown as QuizPoll;
      if (welcomed.state === 'closed') return welcomed;
      const pushed = await host.socket.seen(
        'poll',
        (m) => m.poll.id === id && m.poll.state === 'closed',
        8000,
      );
      return pushed.poll as unknown as QuizPoll;
    };
    // Overdue: closed at once on start, at its closesAt.
    const [closedOverdue, closedOpen] = await Promise.all([
      closedPoll(overdue.id).then((p) => ({ p, at: Date.now() })),
      closedPoll(open.id).then((p) => ({ p, at: Date.now() })),
    ]);
    expect(closedOverdue.p.closedAt).toBe(stale.closesAt);
    expect(closedOverdue.at - restarted).toBeLessThan(3000);
    // Open across the restart, then closed by the re-armed timer at closesAt.
    expect(closedOpen.p.closedAt).toBe(open.closesAt);
    expect(closedOpen.at).toBeGreaterThanOrEqual(openedAt + 7000);
    expect(closedOpen.at - (openedAt + 7000)).toBeLessThan(2500);
    // The restart did happen before the closing time (else this tested the overdue case twice).
    expect(restarted).toBeLessThan(openedAt + 7000);
    const board = await leaderboard(code);
    expect(board).toHaveLength(1);
    expect(board[0]).toMatchObject({ participantId: player.participantId, rank: 1 });
    expect(board[0]!.score).toBeGreaterThan(500);
  });
});
