/**
 * A screen that stops reading (its TCP socket paused, as a frozen laptop or
 * a phone in a dead zone) while tallies pour out: past VOXPOP_WS_MAX_BUFFER
 * of unsent output it is terminated, a reading screen beside it carries on,
 * and the server's memory stays flat. A control run with the limit lifted
 * shows what the limit saves.
 */
import type { Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, expect, test } from 'vitest';
import WebSocket from 'ws';
import type { PollRecord } from '../../server/domain/types.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { openPoll } from '../support/service.js';
import { TestSocket } from '../support/ws-client.js';
import { figure } from './support/figures.js';

const LIMIT = 256 * 1024;
const POLLS = 1000;
/** Give up after this long (a loaded machine pushes more slowly). */
const MAX_RUN_MS = 25_000;
/** After the drop, keep pushing this long to see memory stay flat. */
const AFTER_DROP_MS = 1500;
/** The control stops once the stalled socket holds this much. */
const CONTROL_TARGET = 8 * 1024 * 1024;

let server: TestServer | null = null;
const sockets: TestSocket[] = [];
const readers: WebSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) {
    (s.ws as unknown as { _socket: Socket })._socket?.resume();
    s.close();
  }
  for (const r of readers.splice(0)) r.close();
  await server?.dispose();
  server = null;
});

const MiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

// A full GC before each memory sample, so what is counted is what is kept
// (the queued output of a socket), not garbage not yet collected.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** JS heap plus Buffers: where a socket's unsent output lives. */
function retained(): { kept: number; rss: number } {
  gc();
  const usage = process.memoryUsage();
  return { kept: usage.heapUsed + usage.arrayBuffers, rss: usage.rss };
}

/**
 * Two presenters on an event of POLLS twenty-option polls, one paused; every
 * poll's tally changes about every 20 ms (through the service, as votes
 * arriving from phones would), so each presenter is sent up to POLLS tallies
 * per 100 ms tick. The kernel's socket buffers take the first few MiB before
 * anything queues in the server, so this goes on until the stalled socket is
 * dropped (and AFTER_DROP_MS more), or, with no limit, until it holds
 * CONTROL_TARGET bytes.
 */
async function run(maxBuffer: number) {
  const limited = maxBuffer < CONTROL_TARGET;
  server = await startTestServer({ VOXPOP_WS_MAX_BUFFER: String(maxBuffer) });
  const { voxpop, realtime } = server;
  const { event } = await voxpop.events.create('Slow reader');
  const options = Array.from({ length: 20 }, (_, i) => `Option number ${i + 1}`);
  const polls: PollRecord[] = [];
  for (let i = 0; i < POLLS; i++) {
    const poll = await openPoll(voxpop, event, { question: `Q${i}?`, kind: 'single', options });
    polls.push(poll.record);
  }
  const voters = await Promise.all(Array.from({ length: 3 }, () => voxpop.participants.add(event)));

  // The reading screen keeps nothing (a TestSocket records every message,
  // which in this process would count as memory).
  const reader = new WebSocket(server.url.replace(/^http/, 'ws') + '/ws');
  readers.push(reader);
  let readerTallies = 0;
  let welcomed: () => void;
  const welcome = new Promise<void>((resolve) => (welcomed = resolve));
  reader.on('open', () =>
    reader.send(JSON.stringify({ type: 'join', event: event.record.code, role: 'presenter' })),
  );
  reader.on('message', (data) => {
    const text = String(data);
    if (text.startsWith('{"type":"tally"')) readerTallies++;
    else if (text.startsWith('{"type":"welcome"')) welcomed();
  });
  await welcome;
  const stalled = await TestSocket.join(server.url, {
    event: event.record.code,
    role: 'presenter',
  });
  sockets.push(stalled.socket);
  (stalled.socket.ws as unknown as { _socket: Socket })._socket.pause();

  const before = retained();
  let keptMax = 0;
  let rssMax = 0;
  let lastSample = 0;
  let bufferedMax = 0;
  let droppedAfter: number | null = null;
  const dropsBefore = realtime.hub.slowConsumersDropped;
  const started = Date.now();
  let round = 0;
  const done = () =>
    limited
      ? droppedAfter !== null && Date.now() - started >= droppedAfter + AFTER_DROP_MS
      : bufferedMax >= CONTROL_TARGET;
  while (!done() && Date.now() - started < MAX_RUN_MS) {
    const votes = [];
    for (const poll of polls) {
      const voter = voters[round % voters.length]!;
      const option = poll.options[(round + poll.id) % poll.options.length]!.id;
      votes.push(voxpop.answers.cast(event, voter.id, poll.id, { choices: [option] }));
    }
    await Promise.all(votes);
    round++;
    for (const ws of realtime.wss.clients) bufferedMax = Math.max(bufferedMax, ws.bufferedAmount);
    if (Date.now() - lastSample >= 500) {
      lastSample = Date.now();
      const now = retained();
      keptMax = Math.max(keptMax, now.kept - before.kept);
      rssMax = Math.max(rssMax, now.rss - before.rss);
    }
    if (droppedAfter === null && realtime.hub.slowConsumersDropped > dropsBefore) {
      droppedAfter = Date.now() - started;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const last = retained();
  keptMax = Math.max(keptMax, last.kept - before.kept);
  rssMax = Math.max(rssMax, last.rss - before.rss);
  const readerOpen = reader.readyState === WebSocket.OPEN;
  const stalledServerSide = realtime.wss.clients.size;
  return {
    droppedAfter,
    bufferedMax,
    keptGrowth: keptMax,
    rssGrowth: rssMax,
    readerTallies,
    readerOpen,
    stalledServerSide,
    rounds: round,
  };
}

test(`a paused reader is terminated past VOXPOP_WS_MAX_BUFFER (${LIMIT / 1024} KiB); a reading screen carries on; memory stays flat`, async () => {
  const limited = await run(LIMIT);
  figure(
    `slow reader: ${POLLS} tallies per tick, limit ${LIMIT / 1024} KiB — terminated after`,
    `${limited.droppedAfter} ms`,
  );
  figure(
    'slow reader: largest unsent output of any socket seen between ticks (limited)',
    MiB(limited.bufferedMax),
  );
  figure(
    'slow reader: growth of heap + Buffers after GC, sampled every 0.5 s (limited)',
    MiB(limited.keptGrowth),
  );
  figure('slow reader: RSS growth, same samples (limited)', MiB(limited.rssGrowth));
  figure('slow reader: tallies the reading presenter got', limited.readerTallies);

  expect(limited.droppedAfter).not.toBeNull();
  // The check runs before each write: over by at most one tally.
  expect(limited.bufferedMax).toBeLessThanOrEqual(LIMIT + 4096);
  expect(limited.readerOpen).toBe(true);
  expect(limited.stalledServerSide).toBe(1); // only the reader is left
  // The reading presenter got many ticks' worth of ~POLLS tallies.
  expect(limited.readerTallies).toBeGreaterThan(POLLS * 5);
  // Flat: what the server keeps does not grow with what it is asked to send.
  expect(limited.keptGrowth).toBeLessThan(8 * 1024 * 1024);
});

test('control: with the limit lifted, the paused reader’s unsent output only grows', async () => {
  const unlimited = await run(1024 * 1024 * 1024);
  figure('slow reader (control, no limit): largest unsent output', MiB(unlimited.bufferedMax));
  figure(
    'slow reader (control, no limit): growth of heap + Buffers after GC',
    MiB(unlimited.keptGrowth),
  );
  figure('slow reader (control, no limit): RSS growth', MiB(unlimited.rssGrowth));
  expect(unlimited.droppedAfter).toBeNull();
  // Held by the server, where the limited run held at most one tally over the
  // limit. (Heap growth after GC is reported, not asserted: how much of the
  // queue has already moved into kernel buffers varies with machine load.)
  expect(unlimited.bufferedMax).toBeGreaterThanOrEqual(CONTROL_TARGET);
});
