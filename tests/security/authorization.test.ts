/**
 * The authorization matrix: every host endpoint and every host-only
 * WebSocket capability, tried with no key, a wrong key, another event's host
 * key and a participant token; every participant endpoint with a host key
 * and another event's token. All refused (401 without a credential, 403
 * with a wrong one; on the socket a typed error and close 1008), and
 * nothing changes: the host's full view and every SQL row are compared
 * before and after.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDb, startTestServer, type TestServer } from '../support/server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';
import type { ServerMessage } from '../../shared/protocol.js';

interface Party {
  code: string;
  hostKey: string;
  visible: { id: number; options: { id: number }[] };
  hidden: { id: number; options: { id: number }[] };
  draft: { id: number };
  participant: { id: number; token: string };
}

let server: TestServer;
let a: Party;
let b: Party;
const sockets: TestSocket[] = [];

async function party(title: string): Promise<Party> {
  const { code, hostKey } = await createEvent(server.url, title);
  const visible = await createPoll(server.url, code, hostKey);
  const hidden = await createPoll(
    server.url,
    code,
    hostKey,
    { question: 'Hidden?', kind: 'multiple', options: ['W', 'X', 'Y'] },
    { active: false },
  );
  await request(server.url, 'PATCH', `/api/events/${code}/polls/${hidden.id}`, {
    body: { showResults: false },
    token: hostKey,
  });
  const draft = await createPoll(server.url, code, hostKey, undefined, {
    open: false,
    active: false,
  });
  const { body } = await request(server.url, 'POST', `/api/events/${code}/participants`);
  const participant = { id: body.participantId as number, token: body.token as string };
  for (const poll of [visible, hidden]) {
    const vote = await request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
      body: { choices: [poll.options[0]!.id] },
      token: participant.token,
    });
    expect(vote.status).toBe(200);
  }
  return { code, hostKey, visible, hidden, draft, participant };
}

beforeAll(async () => {
  server = await startTestServer();
  a = await party('Event A');
  b = await party('Event B');
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await server.dispose();
});

/** Everything there is to know: both host views and every row of every table. */
async function snapshot() {
  const views = await Promise.all(
    [a, b].map(
      async (p) =>
        (await request(server.url, 'GET', `/api/events/${p.code}`, { token: p.hostKey })).body,
    ),
  );
  const db = readDb(server.dbPath);
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[];
    const rows = Object.fromEntries(
      tables.map(({ name }) => [name, db.prepare(`SELECT * FROM ${name} ORDER BY 1, 2`).all()]),
    );
    return { views, rows };
  } finally {
    db.close();
  }
}

/** The wrong credentials, by name: undefined means no Authorization header. */
function intruders(): [string, string | undefined, number][] {
  return [
    ['no key', undefined, 401],
    ['a wrong key', randomBytes(24).toString('base64url'), 403],
    ["another event's host key", b.hostKey, 403],
    ["this event's participant token", a.participant.token, 403],
  ];
}

describe('HTTP host endpoints', () => {
  test('every host endpoint refuses every wrong credential, and nothing changes', async () => {
    const before = await snapshot();
    const endpoints: [string, string, unknown?][] = [
      ['PATCH', `/api/events/${a.code}`, { title: 'Taken over' }],
      ['DELETE', `/api/events/${a.code}`],
      [
        'POST',
        `/api/events/${a.code}/polls`,
        { question: 'Mine?', kind: 'single', options: ['Y', 'N'] },
      ],
      [
        'PATCH',
        `/api/events/${a.code}/polls/${a.visible.id}`,
        { state: 'closed', showResults: false },
      ],
      ['PATCH', `/api/events/${a.code}/polls/${a.hidden.id}`, { showResults: true }],
      ['POST', `/api/events/${a.code}/polls/${a.visible.id}/reset`],
      ['DELETE', `/api/events/${a.code}/polls/${a.visible.id}`],
      ['PUT', `/api/events/${a.code}/active`, { pollId: a.draft.id }],
      ['PUT', `/api/events/${a.code}/active`, { pollId: null }],
      ['GET', `/api/events/${a.code}/export.csv`],
    ];
    let tried = 0;
    for (const [method, path, body] of endpoints) {
      for (const [who, token, status] of intruders()) {
        const answer = await request(server.url, method, path, { body, token });
        expect([method, path, who, answer.status]).toEqual([method, path, who, status]);
        expect(answer.body.error.code).toBe(status === 401 ? 'unauthorized' : 'forbidden');
        tried++;
      }
      // A malformed Authorization header is no credential at all.
      const basic = await request(server.url, method, path, {
        body,
        headers: { Authorization: `Basic ${Buffer.from(`host:${a.hostKey}`).toString('base64')}` },
      });
      expect([method, path, basic.status]).toEqual([method, path, 401]);
    }
    expect(tried).toBe(40);
    expect(await snapshot()).toEqual(before);
  });

  test('the results of a hidden poll: 403 to every wrong credential; GET event shows them to none of them', async () => {
    const before = await snapshot();
    for (const [who, token] of intruders()) {
      const results = await request(
        server.url,
        'GET',
        `/api/events/${a.code}/polls/${a.hidden.id}/results`,
        { token },
      );
      expect([who, results.status, results.body.error.code]).toEqual([who, 403, 'forbidden']);
      const event = await request(server.url, 'GET', `/api/events/${a.code}`, { token });
      expect(event.status).toBe(200);
      const hidden = event.body.polls.find((p: { id: number }) => p.id === a.hidden.id);
      expect(hidden.showResults).toBe(false);
      expect([who, hidden.results]).toEqual([who, undefined]);
      // The visible poll's results are everyone's.
      expect(
        event.body.polls.find((p: { id: number }) => p.id === a.visible.id).results.total,
      ).toBe(1);
    }
    // The right key sees them (the control).
    const host = await request(
      server.url,
      'GET',
      `/api/events/${a.code}/polls/${a.hidden.id}/results`,
      { token: a.hostKey },
    );
    expect([host.status, host.body.total]).toEqual([200, 1]);
    expect(await snapshot()).toEqual(before);
  });

  test("a host cannot reach another event's polls through its own event's URLs (404)", async () => {
    const before = await snapshot();
    const paths: [string, string, unknown?][] = [
      ['PATCH', `/api/events/${a.code}/polls/${b.visible.id}`, { state: 'closed' }],
      ['POST', `/api/events/${a.code}/polls/${b.visible.id}/reset`],
      ['DELETE', `/api/events/${a.code}/polls/${b.visible.id}`],
      ['PUT', `/api/events/${a.code}/active`, { pollId: b.visible.id }],
      ['GET', `/api/events/${a.code}/polls/${b.hidden.id}/results`],
    ];
    for (const [method, path, body] of paths) {
      const answer = await request(server.url, method, path, { body, token: a.hostKey });
      expect([method, path, answer.status, answer.body.error.code]).toEqual([
        method,
        path,
        404,
        'poll_not_found',
      ]);
    }
    const csv = await request(server.url, 'GET', `/api/events/${a.code}/export.csv`, {
      token: a.hostKey,
    });
    expect(csv.body).not.toContain(`,${b.participant.id},`);
    expect(await snapshot()).toEqual(before);
  });
});

describe('HTTP participant endpoints', () => {
  test('voting with no token, a wrong one, a host key or another event’s token is refused; nothing changes', async () => {
    const before = await snapshot();
    const cases: [string, string | undefined, number][] = [
      ['no token', undefined, 401],
      ['a wrong token', randomBytes(24).toString('base64url'), 403],
      ["this event's host key", a.hostKey, 403],
      ["another event's participant token", b.participant.token, 403],
      ["another event's host key", b.hostKey, 403],
    ];
    for (const [who, token, status] of cases) {
      for (const poll of [a.visible, a.hidden]) {
        const answer = await request(
          server.url,
          'PUT',
          `/api/events/${a.code}/polls/${poll.id}/vote`,
          {
            body: { choices: [poll.options[1]!.id] },
            token,
          },
        );
        expect([who, answer.status]).toEqual([who, status]);
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('WebSocket host capabilities', () => {
  test('joining as host with no key, a wrong key, another event’s key or a participant token: typed error, close 1008', async () => {
    const before = await snapshot();
    const cases: [string, string | undefined, string][] = [
      ['no key', undefined, 'unauthorized'],
      ['a wrong key', randomBytes(24).toString('base64url'), 'forbidden'],
      ["another event's host key", b.hostKey, 'forbidden'],
      ["this event's participant token", a.participant.token, 'forbidden'],
    ];
    for (const [who, hostKey, code] of cases) {
      const socket = await TestSocket.open(server.url);
      sockets.push(socket);
      socket.send({ type: 'join', event: a.code, role: 'host', ...(hostKey ? { hostKey } : {}) });
      const error = await socket.next('error');
      expect([who, error.code]).toEqual([who, code]);
      expect(await socket.whenClosed()).toBe(1008);
      expect(socket.all('welcome')).toEqual([]);
    }
    expect(await snapshot()).toEqual(before);
  });

  test('tallies of a hidden poll reach the host only, whatever the others send along', async () => {
    const host = await TestSocket.join(server.url, {
      event: a.code,
      role: 'host',
      hostKey: a.hostKey,
    });
    const watchers = await Promise.all([
      TestSocket.join(server.url, { event: a.code, role: 'presenter' }),
      TestSocket.join(server.url, { event: a.code, role: 'presenter', hostKey: b.hostKey }),
      // A host key on an attendee join gives nothing either.
      TestSocket.join(server.url, { event: a.code, role: 'attendee', hostKey: a.hostKey }),
      TestSocket.join(server.url, { event: a.code, role: 'attendee', token: a.participant.token }),
    ]);
    sockets.push(host.socket, ...watchers.map((w) => w.socket));
    for (const { welcome } of watchers) {
      const hidden = welcome.polls.find((p) => p.id === a.hidden.id)!;
      expect(hidden.results).toBeUndefined();
      expect(welcome.role).not.toBe('host');
    }
    expect(host.welcome.polls.find((p) => p.id === a.hidden.id)!.results!.total).toBe(1);

    // A new vote on the hidden poll: the host's tally shows it; nobody else gets one.
    const { body: voter } = await request(server.url, 'POST', `/api/events/${a.code}/participants`);
    await request(server.url, 'PUT', `/api/events/${a.code}/polls/${a.hidden.id}/vote`, {
      body: { choices: [a.hidden.options[1]!.id] },
      token: voter.token,
    });
    await host.socket.next('tally', (t) => t.pollId === a.hidden.id && t.total === 2, 5000);
    // Attendees get tallies at most once a second: wait for a visible-poll tally
    // sent after the hidden one, which proves the hidden one had its chance.
    await request(server.url, 'PUT', `/api/events/${a.code}/polls/${a.visible.id}/vote`, {
      body: { choices: [a.visible.options[1]!.id] },
      token: voter.token,
    });
    for (const { socket } of watchers) {
      await socket.seen('tally', (t) => t.pollId === a.visible.id && t.total === 2, 5000);
      const leaked = socket.messages.filter(
        (m: ServerMessage) =>
          (m.type === 'tally' && m.pollId === a.hidden.id) ||
          (m.type === 'poll' && m.poll.id === a.hidden.id && m.poll.results !== undefined),
      );
      expect(leaked).toEqual([]);
    }
  });

  test('an attendee joining with another event’s token is a new participant, never that one; a host socket cannot vote', async () => {
    const { socket, welcome } = await TestSocket.join(server.url, {
      event: a.code,
      role: 'attendee',
      token: b.participant.token,
    });
    sockets.push(socket);
    expect(welcome.participant!.id).not.toBe(b.participant.id);
    expect(welcome.participant!.token).not.toBe(b.participant.token);
    expect(welcome.myVotes).toEqual({});

    const before = await snapshot();
    const host = await TestSocket.join(server.url, {
      event: a.code,
      role: 'host',
      hostKey: a.hostKey,
    });
    sockets.push(host.socket);
    expect(await host.socket.vote(a.visible.id, [a.visible.options[1]!.id])).toMatchObject({
      type: 'error',
      code: 'participant_required',
    });
    expect(await snapshot()).toEqual(before);
  });
});
