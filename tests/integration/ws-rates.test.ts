import { expect, test } from 'vitest';
import { type TestServer } from '../support/server.js';
import { serverForFile } from '../support/file-server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';
import type { ServerMessageOf } from '../../shared/protocol.js';
import { optionsOf } from '../support/results.js';

let server: TestServer;
const { join } = serverForFile((s) => (server = s));

/** Tally arrivals of one poll on one socket, with the time each arrived. */
function recordTallies(socket: TestSocket, pollId: number) {
  const seen: { at: number; tally: ServerMessageOf<'tally'> }[] = [];
  socket.ws.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.type === 'tally' && message.pollId === pollId)
      seen.push({ at: Date.now(), tally: message });
  });
  return seen;
}

test('a burst of votes over ~2 s: presenters and hosts get a tally at most every 100 ms, attendees at most once a second', async () => {
  const { code, hostKey } = await createEvent(server.url);
  const poll = await createPoll(server.url, code, hostKey);
  const optionIds = poll.options.map((o) => o.id);
  const presenter = await join(server.url, { event: code, role: 'presenter' });
  const host = await join(server.url, { event: code, role: 'host', hostKey });
  const watcher = await join(server.url, { event: code, role: 'attendee' });
  const voters = await Promise.all(
    Array.from({ length: 6 }, () => join(server.url, { event: code, role: 'attendee' })),
  );
  const got = {
    presenter: recordTallies(presenter.socket, poll.id),
    host: recordTallies(host.socket, poll.id),
    watcher: recordTallies(watcher.socket, poll.id),
  };

  // Each voter changes its vote every 50 ms for 2 s: 240 votes, within the
  // per-socket rate limit (20/s, bursts of 40).
  const started = Date.now();
  const rounds = 40;
  const acks: Promise<unknown>[] = [];
  for (let round = 0; round < rounds; round++) {
    voters.forEach(({ socket }, v) => {
      const ref = `burst-${v}-${round}`;
      acks.push(socket.next('ack', (a) => a.ref === ref, 15_000));
      socket.send({ type: 'vote', ref, pollId: poll.id, choices: [optionIds[(v + round) % 3]!] });
    });
    await new Promise((r) => setTimeout(r, 50));
  }
  await Promise.all(acks);

  // Wait until every audience shows the final state: the last tally matches the results.
  const { body: final } = await request(
    server.url,
    'GET',
    `/api/events/${code}/polls/${poll.id}/results`,
  );
  expect(final.total).toBe(6);
  const finalCounts = final.options.map((o: { count: number }) => o.count);
  const matchesFinal = (t: ServerMessageOf<'tally'>) =>
    t.total === 6 &&
    optionsOf(t).every(
      (o, i) => o.count === finalCounts[i] && o.percent === final.options[i].percent,
    );
  await Promise.all(
    (['presenter', 'host', 'watcher'] as const).map((who) => {
      const last = got[who].at(-1);
      if (last && matchesFinal(last.tally)) return last.tally;
      const socket = { presenter, host, watcher }[who].socket;
      return socket.next('tally', (t) => t.pollId === poll.id && matchesFinal(t), 5000);
    }),
  );
  const window = Date.now() - started;

  for (const [who, seen] of Object.entries(got)) {
    const last = seen[seen.length - 1]!.tally;
    expect(matchesFinal(last), `${who}'s last tally shows the final count`).toBe(true);
    const seqs = seen.map((s) => s.tally.seq);
    expect(seqs, `${who}'s seq only grows`).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
  }
  // Coalesced: 240 votes, far fewer messages; at most one per tick over the window.
  const fastCap = Math.ceil(window / 100) + 2;
  const slowCap = Math.ceil(window / 1000) + 1;
  for (const who of ['presenter', 'host'] as const) {
    expect(got[who].length, `${who} tallies in ${window} ms`).toBeLessThanOrEqual(fastCap);
    // ...and live: several updates per second while the votes come in.
    expect(got[who].length, `${who} tallies in ${window} ms`).toBeGreaterThanOrEqual(6);
    expect(got[who].length).toBeGreaterThan(got.watcher.length * 2);
  }
  expect(got.watcher.length, `attendee tallies in ${window} ms`).toBeLessThanOrEqual(slowCap);
  expect(got.watcher.length).toBeGreaterThanOrEqual(2);
  // The voters are attendees too: the same slow rate.
  for (const { socket } of voters) {
    expect(socket.all('tally').length).toBeLessThanOrEqual(slowCap);
  }
});

test('presence is coalesced: at most once a second, ending on the right count', async () => {
  const { code } = await createEvent(server.url);
  const presenter = await join(server.url, { event: code, role: 'presenter' });
  const started = Date.now();
  const attendees = await Promise.all(
    Array.from({ length: 12 }, () => join(server.url, { event: code, role: 'attendee' })),
  );
  await presenter.socket.seen('presence', (m) => m.attendees === 12, 5000);
  for (const { socket } of attendees.slice(0, 5)) socket.close();
  await presenter.socket.next('presence', (m) => m.attendees === 7, 5000);
  const window = Date.now() - started;
  const pushes = presenter.socket.all('presence');
  expect(pushes.length).toBeLessThanOrEqual(Math.ceil(window / 1000) + 1);
  expect(pushes.at(-1)).toEqual({ type: 'presence', attendees: 7 });
});
