/**
 * SIGTERM while votes keep arriving: the queued votes are committed and
 * acknowledged before the goodbye, later ones are refused with
 * shutting_down, every socket gets 1001, and the process exits 0.
 */
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import {
  cleanup,
  readDb,
  startChildServer,
  startTestServer,
  tempDir,
  type ChildServer,
} from '../support/server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';

const dir = tempDir('voxpop-shutdown-');
const dbPath = join(dir, 'voxpop.db');
let child: ChildServer | null = null;
afterAll(async () => {
  await child?.kill();
  cleanup(dir);
});

const IN_FLIGHT = 8;
const TERM_AFTER_ACKS = 300;

test('SIGTERM: queued votes committed and acknowledged, sockets closed with 1001, exit 0', async () => {
  child = await startChildServer({
    VOXPOP_DB: dbPath,
    VOXPOP_LOG: 'silent',
    VOXPOP_WS_RATE: '100000',
    VOXPOP_WS_BURST: '100000',
  });
  const { code, hostKey } = await createEvent(child.url, 'Shutdown');
  const polls: { id: number; options: { id: number }[] }[] = [];
  for (let i = 0; i < 4; i++) {
    polls.push(await createPoll(child.url, code, hostKey, undefined, { active: false }));
  }
  const host = await TestSocket.join(child.url, { event: code, role: 'host', hostKey });
  const presenter = await TestSocket.join(child.url, { event: code, role: 'presenter' });
  const attendees = await Promise.all(
    Array.from({ length: 8 }, () => TestSocket.join(child!.url, { event: code, role: 'attendee' })),
  );

  // Every attendee keeps IN_FLIGHT votes on the wire, changing its votes,
  // until its socket closes. SIGTERM lands in the middle of that.
  let acks = 0;
  let exited: Promise<number | null> | null = null;
  const sent: Map<string, { participantId: number; pollId: number }> = new Map();
  attendees.forEach(({ socket, welcome }, a) => {
    let n = 0;
    const send = () => {
      if (!socket.isOpen) return;
      const poll = polls[n % polls.length]!;
      const ref = `a${a}-${n}`;
      sent.set(ref, { participantId: welcome.participant!.id, pollId: poll.id });
      socket.send({ type: 'vote', ref, pollId: poll.id, choices: [poll.options[n++ % 3]!.id] });
    };
    socket.ws.on('message', (data) => {
      const type = JSON.parse(String(data)).type;
      if (type === 'ack' && ++acks === TERM_AFTER_ACKS) exited = child!.kill('SIGTERM');
      if (type === 'ack' || type === 'error') send();
    });
    for (let i = 0; i < IN_FLIGHT; i++) send();
  });

  const everyone = [host, presenter, ...attendees].map((j) => j.socket);
  const codes = await Promise.all(everyone.map((s) => s.whenClosed(15_000)));
  expect(codes).toEqual(everyone.map(() => 1001));
  expect(exited).not.toBeNull();
  expect(await exited).toBe(0);

  // No ack without a commit, and every commit acknowledged before the goodbye:
  // for each (participant, poll) the stored vote is the last acknowledged one.
  const lastAcked = new Map<string, string>();
  for (const { socket } of attendees) {
    for (const { ref } of socket.all('ack')) {
      const { participantId, pollId } = sent.get(ref!)!;
      lastAcked.set(`${participantId}/${pollId}`, ref!);
    }
  }
  const db = readDb(dbPath);
  const stored = new Map(
    (
      db.prepare('SELECT participant_id, poll_id, ref FROM answers').all() as {
        participant_id: number;
        poll_id: number;
        ref: string;
      }[]
    ).map((row) => [`${row.participant_id}/${row.poll_id}`, row.ref]),
  );
  db.close();
  expect(stored).toEqual(lastAcked);

  // Votes the server could no longer take were answered shutting_down (or,
  // still on the wire at the close, not at all), never silently counted.
  const errors = attendees.flatMap(({ socket }) => socket.all('error').map((e) => e.code));
  expect(new Set(errors)).toEqual(new Set(errors.length ? ['shutting_down'] : []));
  const answered = attendees.reduce((n, { socket }) => n + socket.all('ack').length, 0);
  expect(answered).toBeGreaterThanOrEqual(TERM_AFTER_ACKS);
});

test('once the server is stopping, votes and new participants are refused with shutting_down (503)', async () => {
  const server = await startTestServer();
  try {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const { body: participant } = await request(
      server.url,
      'POST',
      `/api/events/${code}/participants`,
    );
    const { socket } = await TestSocket.join(server.url, { event: code, role: 'attendee' });
    // The first step of close(): the store makes what it has durable and takes nothing more.
    await server.store.drain();

    const http = await request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
      body: { choices: [poll.options[0]!.id] },
      token: participant.token,
    });
    expect([http.status, http.body.error.code]).toEqual([503, 'shutting_down']);
    const joining = await request(server.url, 'POST', `/api/events/${code}/participants`);
    expect([joining.status, joining.body.error.code]).toEqual([503, 'shutting_down']);
    expect(await socket.vote(poll.id, [poll.options[0]!.id], 'late')).toMatchObject({
      type: 'error',
      ref: 'late',
      code: 'shutting_down',
    });
    socket.close();
  } finally {
    await server.dispose();
  }
});
