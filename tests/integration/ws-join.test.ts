import { describe, expect, test } from 'vitest';
import { type TestServer } from '../support/server.js';
import { serverForFile } from '../support/file-server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';

let server: TestServer;
const { sockets, join } = serverForFile((s) => (server = s));

async function open() {
  const socket = await TestSocket.open(server.url);
  sockets.push(socket);
  return socket;
}

describe('attendees', () => {
  test('without a token: a new participant, the event, its polls, the active poll, no votes yet', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Forum');
    const poll = await createPoll(server.url, code, hostKey);
    const { welcome } = await join(server.url, { event: code, role: 'attendee' });
    expect(welcome).toEqual({
      type: 'welcome',
      role: 'attendee',
      protocol: 2,
      participant: { id: expect.any(Number), token: expect.any(String) },
      event: expect.objectContaining({ code, title: 'Forum' }),
      polls: [expect.objectContaining({ id: poll.id, state: 'open', options: poll.options })],
      activePollId: poll.id,
      myVotes: {},
      myAnswers: {},
      attendees: 1,
      serverTime: expect.any(Number),
    });
    expect(welcome.participant!.token.length).toBeGreaterThanOrEqual(22);
  });

  test('the token works over HTTP too: it is a participant of this event', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const { welcome } = await join(server.url, { event: code, role: 'attendee' });
    const answer = await request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
      body: { choices: [poll.options[0]!.id] },
      token: welcome.participant!.token,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.vote.participantId).toBe(welcome.participant!.id);
  });

  test('with a known token: the same participant, and myVotes holds every vote it cast', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const single = await createPoll(server.url, code, hostKey);
    const multiple = await createPoll(server.url, code, hostKey, {
      question: 'Topics?',
      kind: 'multiple',
      options: ['A', 'B', 'C'],
    });
    const untouched = await createPoll(server.url, code, hostKey);
    const first = await join(server.url, { event: code, role: 'attendee' });
    const { id, token } = first.welcome.participant!;
    expect(await first.socket.vote(single.id, [single.options[2]!.id])).toMatchObject({
      type: 'ack',
    });
    await request(server.url, 'PUT', `/api/events/${code}/polls/${multiple.id}/vote`, {
      body: { choices: [multiple.options[2]!.id, multiple.options[0]!.id] },
      token,
    });
    first.socket.close();

    const again = await join(server.url, { event: code, role: 'attendee', token });
    expect(again.welcome.participant).toEqual({ id, token });
    expect(again.welcome.myVotes).toEqual({
      [String(single.id)]: [single.options[2]!.id],
      [String(multiple.id)]: [multiple.options[0]!.id, multiple.options[2]!.id],
    });
    expect(again.welcome.myVotes).not.toHaveProperty(String(untouched.id));
  });

  test('with an unknown token, or a token of another event: a new participant with a new token', async () => {
    const { code } = await createEvent(server.url);
    const other = await createEvent(server.url);
    const foreign = await join(server.url, { event: other.code, role: 'attendee' });
    for (const token of ['never-issued', foreign.welcome.participant!.token]) {
      const { welcome } = await join(server.url, { event: code, role: 'attendee', token });
      expect(welcome.participant!.token).not.toBe(token);
      expect(welcome.participant!.id).not.toBe(foreign.welcome.participant!.id);
      expect(welcome.myVotes).toEqual({});
    }
  });

  test('several sockets may share a token; presence counts the person once', async () => {
    const { code } = await createEvent(server.url);
    const presenter = await join(server.url, { event: code, role: 'presenter' });
    expect(presenter.welcome.attendees).toBe(0);
    const phone = await join(server.url, { event: code, role: 'attendee' });
    const { id, token } = phone.welcome.participant!;
    const laptop = await join(server.url, { event: code, role: 'attendee', token });
    expect(laptop.welcome.participant).toEqual({ id, token });
    expect(laptop.welcome.attendees).toBe(1);
    await presenter.socket.seen('presence', (m) => m.attendees === 1, 3000);

    const someoneElse = await join(server.url, { event: code, role: 'attendee' });
    expect(someoneElse.welcome.attendees).toBe(2);
    await presenter.socket.next('presence', (m) => m.attendees === 2, 3000);

    // One tab of the first person closes: still two people. Then the other tab: one.
    phone.socket.close();
    laptop.socket.close();
    await presenter.socket.next('presence', (m) => m.attendees === 1, 3000);
    expect(presenter.socket.all('presence').map((m) => m.attendees)).not.toContain(3);
  });

  test('presenters and hosts are not counted as attendees and get no participant', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const presenter = await join(server.url, { event: code, role: 'presenter' });
    const host = await join(server.url, { event: code, role: 'host', hostKey });
    for (const { welcome } of [presenter, host]) {
      expect(welcome.attendees).toBe(0);
      expect(welcome).not.toHaveProperty('participant');
      expect(welcome).not.toHaveProperty('myVotes');
    }
  });
});

describe('hosts and presenters', () => {
  test('a host joins with the right host key and sees hidden results; a presenter does not', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      body: { showResults: false },
      token: hostKey,
    });
    const host = await join(server.url, { event: code, role: 'host', hostKey });
    expect(host.welcome.role).toBe('host');
    expect(host.welcome.polls[0]!.results).toMatchObject({ pollId: poll.id, total: 0 });
    const presenter = await join(server.url, { event: code, role: 'presenter' });
    expect(presenter.welcome.role).toBe('presenter');
    expect(presenter.welcome.polls[0]).not.toHaveProperty('results');
  });

  test.each([
    ['no host key', undefined, 'unauthorized'],
    ['a wrong host key', 'wrong-key', 'forbidden'],
  ])('a host join with %s gets %s, then the socket closes (1008)', async (_what, hostKey, code) => {
    const event = await createEvent(server.url);
    const socket = await open();
    const error = socket.next('error');
    socket.send({ type: 'join', event: event.code, role: 'host', ...(hostKey ? { hostKey } : {}) });
    expect(await error).toMatchObject({ type: 'error', code });
    expect(await socket.whenClosed()).toBe(1008);
    expect(socket.all('welcome')).toEqual([]);
  });

  test('the host key of another event is forbidden', async () => {
    const mine = await createEvent(server.url);
    const theirs = await createEvent(server.url);
    const socket = await open();
    socket.send({ type: 'join', event: mine.code, role: 'host', hostKey: theirs.hostKey });
    expect(await socket.next('error')).toMatchObject({ code: 'forbidden' });
    expect(await socket.whenClosed()).toBe(1008);
  });
});

describe('joining goes wrong', () => {
  test('an unknown event: event_not_found, then the socket closes', async () => {
    const socket = await open();
    socket.send({ type: 'join', event: '000000', role: 'attendee' });
    expect(await socket.next('error')).toMatchObject({ type: 'error', code: 'event_not_found' });
    expect(await socket.whenClosed()).toBe(1008);
  });

  test('a malformed join is invalid_message and the socket can still join', async () => {
    const { code } = await createEvent(server.url);
    const socket = await open();
    for (const bad of [
      { type: 'join', event: '12ab56', role: 'attendee' },
      { type: 'join', event: code, role: 'admin' },
      { type: 'join', role: 'attendee' },
      { type: 'join', event: Number(code), role: 'attendee' },
    ]) {
      expect(await socket.expectError(bad)).toMatchObject({ code: 'invalid_message' });
    }
    const welcome = socket.next('welcome');
    socket.send({ type: 'join', event: code, role: 'attendee' });
    expect((await welcome).role).toBe('attendee');
  });

  test('a vote before joining is not_joined (with its ref); a second join is already_joined', async () => {
    const { code } = await createEvent(server.url);
    const socket = await open();
    expect(
      await socket.expectError({ type: 'vote', ref: 'early', pollId: 1, choices: [1] }),
    ).toEqual({
      type: 'error',
      ref: 'early',
      code: 'not_joined',
      message: expect.any(String),
    });
    const welcome = socket.next('welcome');
    socket.send({ type: 'join', event: code, role: 'presenter' });
    await welcome;
    expect(
      await socket.expectError({ type: 'join', event: code, role: 'presenter' }),
    ).toMatchObject({
      code: 'already_joined',
    });
    socket.send({ type: 'ping' });
    await socket.next('pong');
    expect(socket.isOpen).toBe(true);
  });
});
