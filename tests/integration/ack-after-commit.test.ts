/**
 * "Acknowledged means durable", checked across a process boundary: the real
 * server runs in a child process whose vote commit the test holds open just
 * before COMMIT (tests/support/held-commit.ts). In the test's own process an
 * ack written before the COMMIT of the same turn would still look committed
 * by the time the test read the database; here the server is frozen before
 * its COMMIT, and SIGKILLed there, so only what it sent before committing
 * reaches the test.
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { createEvent, createPoll, request } from '../support/http.js';
import { startHeldCommitServer, type HeldCommitServer } from '../support/held-commit.js';
import { readDb } from '../support/server.js';
import { TestSocket } from '../support/ws-client.js';

let server: HeldCommitServer | undefined;
let socket: TestSocket | undefined;

afterEach(async () => {
  socket?.close();
  socket = undefined;
  await server?.kill();
  if (server) rmSync(server.dir, { recursive: true, force: true });
  server = undefined;
});

/** A server, an event with an open poll on screen, and an attendee's socket. */
async function voter() {
  server = await startHeldCommitServer();
  const { code, hostKey } = await createEvent(server.url);
  const poll = await createPoll(server.url, code, hostKey);
  const joined = await TestSocket.join(server.url, { event: code, role: 'attendee' });
  socket = joined.socket;
  return {
    server,
    socket,
    code,
    poll,
    participantId: joined.welcome.participant!.id,
    token: joined.welcome.participant!.token,
  };
}

/** The stored vote as a restarted server would find it. */
function storedVote(dbPath: string, pollId: number, participantId: number) {
  const db = readDb(dbPath);
  try {
    return db
      .prepare('SELECT value AS ballot, ref FROM answers WHERE poll_id = ? AND participant_id = ?')
      .get(pollId, participantId);
  } finally {
    db.close();
  }
}

describe('a vote over the WebSocket', () => {
  test('is not acknowledged while its commit is held open: killed there, neither the ack nor the row exists', async () => {
    const { server, socket, poll, participantId } = await voter();
    server.arm();
    socket.send({ type: 'vote', ref: 'held', pollId: poll.id, choices: [poll.options[0]!.id] });
    await server.held();
    await server.kill();
    // Everything the server wrote before it froze arrives before the close.
    await socket.whenClosed();

    expect(socket.all('ack'), 'an ack left the server before its vote was committed').toEqual([]);
    // The hold really was before COMMIT: the vote never reached the file.
    expect(storedVote(server.dbPath, poll.id, participantId)).toBeUndefined();
  });

  test('once the commit is released the ack comes, and the vote is in the file the moment it arrives', async () => {
    const { server, socket, poll, participantId } = await voter();
    const reader = readDb(server.dbPath);
    const committed = reader.prepare(
      'SELECT value AS ballot, ref FROM answers WHERE poll_id = ? AND participant_id = ?',
    );
    let seenAtAck: unknown = 'no ack';
    socket.ws.on('message', (data) => {
      if ((JSON.parse(String(data)) as { type: string }).type !== 'ack') return;
      // No chance to finish anything: what counts is on disk by now.
      server.child.kill('SIGKILL');
      seenAtAck = committed.get(poll.id, participantId);
    });
    try {
      const ack = socket.next('ack');
      server.arm();
      socket.send({
        type: 'vote',
        ref: 'r-commit',
        pollId: poll.id,
        choices: [poll.options[0]!.id],
      });
      const first = await Promise.race([
        server.held().then(() => 'the commit held open'),
        ack.then(() => 'the ack, before the commit was even held'),
      ]);
      expect(first).toBe('the commit held open');
      server.release();
      expect(await ack).toEqual({ type: 'ack', ref: 'r-commit', pollId: poll.id });
      await server.kill();
      expect(seenAtAck, 'what a second connection read when the ack arrived').toEqual({
        ballot: 1,
        ref: 'r-commit',
      });
    } finally {
      reader.close();
    }
    expect(storedVote(server.dbPath, poll.id, participantId)).toEqual({
      ballot: 1,
      ref: 'r-commit',
    });
  });
});

describe('a vote over HTTP (PUT .../vote)', () => {
  test('gets no 200 while its commit is held open: killed there, neither the 200 nor the row exists', async () => {
    const { server, code, poll, token, participantId } = await voter();
    server.arm();
    const early = request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
      body: { choices: [poll.options[1]!.id], ref: 'http-held' },
      token,
    }).then(
      (answer) => `answered ${answer.status} before the commit`,
      () => 'no answer',
    );
    await server.held();
    await server.kill();
    expect(await early).toBe('no answer');
    expect(storedVote(server.dbPath, poll.id, participantId)).toBeUndefined();
  });

  test('gets its 200 once the commit is released, with the vote in the file', async () => {
    const { server, code, poll, token, participantId } = await voter();
    server.arm();
    const answer = request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
      body: { choices: [poll.options[1]!.id], ref: 'http-released' },
      token,
    });
    await server.held();
    server.release();
    expect((await answer).status).toBe(200);
    await server.kill();
    expect(storedVote(server.dbPath, poll.id, participantId)).toEqual({
      ballot: 2,
      ref: 'http-released',
    });
  });
});
