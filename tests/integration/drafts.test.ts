/**
 * Drafts are the host's: a poll that has never been opened or on screen
 * reaches the host only, over HTTP and over every socket, until the host
 * opens it or puts it on screen; then it is public for good, and every
 * screen hears of the poll before it hears that the poll is on screen.
 */
import { describe, expect, test } from 'vitest';
import type { ServerMessage } from '../../shared/protocol.js';
import { serverForFile } from '../support/file-server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import type { TestSocket } from '../support/ws-client.js';

let server: TestServer;
const { join } = serverForFile((s) => (server = s));

const DRAFT = {
  question: 'Should the forum meet in Yerevan?',
  kind: 'single',
  options: ['Yes', 'No'],
};

/** An event with one public poll (open, on screen) and a host, a presenter and an attendee joined. */
async function room() {
  const { code, hostKey } = await createEvent(server.url);
  const shown = await createPoll(server.url, code, hostKey);
  const host = await join(server.url, { event: code, role: 'host', hostKey });
  const presenter = await join(server.url, { event: code, role: 'presenter' });
  const attendee = await join(server.url, { event: code, role: 'attendee' });
  const draft = (
    await request(server.url, 'POST', `/api/events/${code}/polls`, { token: hostKey, body: DRAFT })
  ).body.poll as { id: number; options: { id: number }[] };
  await host.socket.seen('poll', (m) => m.poll.id === draft.id);
  return { code, hostKey, shown, draft, host, presenter, attendee };
}

/**
 * Everything a socket was told about one poll. A fence first: a change to
 * the public poll on screen, pushed after everything asked before it, so
 * whatever was going to reach this socket about the draft has arrived.
 */
async function toldAbout(
  pollId: number,
  sockets: TestSocket[],
  fence: { code: string; hostKey: string; pollId: number },
): Promise<ServerMessage[][]> {
  const question = `Fence ${Math.random()}`;
  await request(server.url, 'PATCH', `/api/events/${fence.code}/polls/${fence.pollId}`, {
    token: fence.hostKey,
    body: { question },
  });
  await Promise.all(sockets.map((s) => s.seen('poll', (m) => m.poll.question === question)));
  return sockets.map((s) => s.messages.filter((m) => mentions(m, pollId)));
}

function mentions(message: ServerMessage, pollId: number): boolean {
  switch (message.type) {
    case 'poll':
      return message.poll.id === pollId;
    case 'poll_deleted':
    case 'poll_reset':
    case 'tally':
    case 'active':
      return message.pollId === pollId;
    case 'welcome':
      return message.polls.some((p) => p.id === pollId);
    default:
      return false;
  }
}

describe('a draft never opened or on screen', () => {
  test('is left out of the public event, of attendee and presenter welcomes, and its results are 404', async () => {
    const { code, hostKey, draft } = await room();

    const publicView = await request(server.url, 'GET', `/api/events/${code}`);
    expect(publicView.body.polls.map((p: { id: number }) => p.id)).not.toContain(draft.id);
    const hostView = await request(server.url, 'GET', `/api/events/${code}`, { token: hostKey });
    expect(hostView.body.polls.map((p: { id: number }) => p.id)).toContain(draft.id);
    // A wrong key is no key: the public view.
    const wrongKey = await request(server.url, 'GET', `/api/events/${code}`, { token: 'nope' });
    expect(wrongKey.body.polls.map((p: { id: number }) => p.id)).not.toContain(draft.id);

    for (const role of ['attendee', 'presenter'] as const) {
      const { welcome } = await join(server.url, { event: code, role });
      expect(welcome.polls.map((p) => p.id)).not.toContain(draft.id);
    }
    const { welcome } = await join(server.url, { event: code, role: 'host', hostKey });
    expect(welcome.polls.map((p) => p.id)).toContain(draft.id);

    const results = `/api/events/${code}/polls/${draft.id}/results`;
    for (const token of [undefined, 'not-the-key']) {
      const answer = await request(server.url, 'GET', results, token ? { token } : {});
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe('poll_not_found');
    }
    expect((await request(server.url, 'GET', results, { token: hostKey })).status).toBe(200);

    // A vote on it keeps v1's answer: the poll is not open (not "not found").
    const { body: participant } = await request(
      server.url,
      'POST',
      `/api/events/${code}/participants`,
    );
    const voted = await request(server.url, 'PUT', `/api/events/${code}/polls/${draft.id}/vote`, {
      token: participant.token,
      body: { choices: [draft.options[0]!.id] },
    });
    expect(voted.status).toBe(409);
    expect(voted.body.error.code).toBe('poll_not_open');
  });

  test('creating, editing, resetting and deleting it is pushed to hosts only', async () => {
    const { code, hostKey, shown, draft, host, presenter, attendee } = await room();
    const path = `/api/events/${code}/polls/${draft.id}`;
    await request(server.url, 'PATCH', path, {
      token: hostKey,
      body: { question: 'Reworded?', options: ['Yes', 'No', 'Later'], showResults: false },
    });
    await request(server.url, 'POST', `${path}/reset`, { token: hostKey });
    await host.socket.seen('tally', (m) => m.pollId === draft.id);
    // The attendees' tallies go out at most once a second: a public tally
    // that leaves after the reset's proves the reset's would have arrived.
    const voter = await join(server.url, { event: code, role: 'attendee' });
    expect((await voter.socket.vote(shown.id, [shown.options[0]!.id])).type).toBe('ack');
    await attendee.socket.seen('tally', (m) => m.pollId === shown.id);
    await request(server.url, 'DELETE', path, { token: hostKey });
    await host.socket.seen('poll_deleted', (m) => m.pollId === draft.id);

    const [toHost, toPresenter, toAttendee] = await toldAbout(
      draft.id,
      [host.socket, presenter.socket, attendee.socket],
      { code, hostKey, pollId: shown.id },
    );
    expect(toHost!.map((m) => m.type)).toEqual(
      expect.arrayContaining(['poll', 'poll_reset', 'tally', 'poll_deleted']),
    );
    expect(toPresenter).toEqual([]);
    expect(toAttendee).toEqual([]);
  });
});

describe('publishing a draft', () => {
  test('putting it on screen tells every socket the poll before it tells them it is on screen', async () => {
    const { code, hostKey, shown, draft, host, presenter, attendee } = await room();
    const put = await request(server.url, 'PUT', `/api/events/${code}/active`, {
      token: hostKey,
      body: { pollId: draft.id },
    });
    expect(put.body).toEqual({ activePollId: draft.id });

    for (const socket of [presenter.socket, attendee.socket, host.socket]) {
      await socket.seen('active', (m) => m.pollId === draft.id);
    }
    const [toHost, toPresenter, toAttendee] = await toldAbout(
      draft.id,
      [host.socket, presenter.socket, attendee.socket],
      { code, hostKey, pollId: shown.id },
    );
    for (const told of [toPresenter, toAttendee]) {
      expect(told!.map((m) => m.type)).toEqual(['poll', 'active']);
      expect(told![0]).toMatchObject({ poll: { id: draft.id, state: 'draft' } });
    }
    expect(toHost!.slice(-2).map((m) => m.type)).toEqual(['poll', 'active']);

    // From now on it is public like any poll, on screen or not, and after a restart.
    await request(server.url, 'PUT', `/api/events/${code}/active`, {
      token: hostKey,
      body: { pollId: null },
    });
    const publicView = await request(server.url, 'GET', `/api/events/${code}`);
    expect(publicView.body.polls.map((p: { id: number }) => p.id)).toContain(draft.id);
    const results = await request(
      server.url,
      'GET',
      `/api/events/${code}/polls/${draft.id}/results`,
    );
    expect(results.status).toBe(200);
    const { welcome } = await join(server.url, { event: code, role: 'attendee' });
    expect(welcome.polls.map((p) => p.id)).toContain(draft.id);
  });

  test('opening it (or closing it unopened) publishes it with its new state', async () => {
    const { code, hostKey, shown, host, presenter, attendee } = await room();
    const other = (
      await request(server.url, 'POST', `/api/events/${code}/polls`, {
        token: hostKey,
        body: { ...DRAFT, question: 'Closed before it opened?' },
      })
    ).body.poll as { id: number };
    const draft = (await host.socket.seen('poll', (m) => m.poll.question === DRAFT.question)).poll;

    await request(server.url, 'PATCH', `/api/events/${code}/polls/${draft.id}`, {
      token: hostKey,
      body: { state: 'open' },
    });
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${other.id}`, {
      token: hostKey,
      body: { state: 'closed' },
    });
    for (const socket of [presenter.socket, attendee.socket]) {
      await socket.seen('poll', (m) => m.poll.id === draft.id && m.poll.state === 'open');
      await socket.seen('poll', (m) => m.poll.id === other.id && m.poll.state === 'closed');
    }
    const publicView = await request(server.url, 'GET', `/api/events/${code}`);
    expect(publicView.body.polls.map((p: { id: number }) => p.id)).toEqual([
      shown.id,
      draft.id,
      other.id,
    ]);
  });
});

test('what was published stays published across a restart, and private drafts stay private', async () => {
  const first = await startTestServer();
  let second: TestServer | null = null;
  try {
    const { code, hostKey } = await createEvent(first.url);
    const create = (question: string) =>
      request(first.url, 'POST', `/api/events/${code}/polls`, {
        token: hostKey,
        body: { ...DRAFT, question },
      }).then((a) => a.body.poll.id as number);
    const shownOnce = await create('Shown once, then taken off screen?');
    const secret = await create('Still a secret?');
    await request(first.url, 'PUT', `/api/events/${code}/active`, {
      token: hostKey,
      body: { pollId: shownOnce },
    });
    await request(first.url, 'PUT', `/api/events/${code}/active`, {
      token: hostKey,
      body: { pollId: null },
    });
    await first.close();

    second = await startTestServer({ VOXPOP_DB: first.dbPath });
    const publicView = await request(second.url, 'GET', `/api/events/${code}`);
    expect(publicView.body.polls.map((p: { id: number }) => p.id)).toEqual([shownOnce]);
    const hostView = await request(second.url, 'GET', `/api/events/${code}`, { token: hostKey });
    expect(hostView.body.polls.map((p: { id: number }) => p.id)).toEqual([shownOnce, secret]);
  } finally {
    await second?.close();
    await first.dispose();
  }
});
