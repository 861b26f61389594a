/**
 * One client process of the recovery test: many attendees, each running the
 * real client's LiveSocket (client/src/lib/live-socket.ts) with its capped,
 * jittered backoff, over the `ws` package in place of the browser's
 * WebSocket. Driven by its parent over IPC (see recovery.ts):
 *
 *   start  -> open `count` sockets (paced), join, vote once  -> ready
 *   expect -> the stored tally every welcome must show after the restart
 *   mark   -> the kill happened at `at`: from now on count connection
 *             attempts and time each socket's next welcome        -> back
 *   stop   -> close everything and exit
 */
import WebSocket from 'ws';
import type { ServerMessage } from '../../../shared/protocol.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';
import { optionsOf } from '../../support/results.js';

// What LiveSocket needs from a browser.
let markedAt: number | null = null;
const attemptsAfterMs: number[] = [];
class CountingWebSocket extends WebSocket {
  constructor(url: string) {
    super(url);
    if (markedAt !== null) attemptsAfterMs.push(Date.now() - markedAt);
  }
}
const browser = globalThis as unknown as Record<string, unknown>;
browser.WebSocket = CountingWebSocket;
browser.addEventListener = () => {};
browser.removeEventListener = () => {};
browser.document = { addEventListener() {}, removeEventListener() {}, visibilityState: 'visible' };
const { LiveSocket } = await import('../../../client/src/lib/live-socket.js');

interface Phone {
  live: InstanceType<typeof LiveSocket>;
  token?: string;
  choice?: number;
  welcomes: number;
  welcomeAfterMs?: number;
}

const phones: Phone[] = [];
let expected: { total: number; counts: number[] } | null = null;
const mismatches: string[] = [];
let start: Extract<ToWorker, { type: 'start' }>;

function send(message: FromWorker): void {
  process.send!(message);
}

function onWelcome(phone: Phone, message: Extract<ServerMessage, { type: 'welcome' }>): void {
  phone.welcomes++;
  phone.token = message.participant?.token;
  if (markedAt === null || phone.welcomeAfterMs !== undefined) return;
  phone.welcomeAfterMs = Date.now() - markedAt;
  // Re-synced from the welcome: its own vote, and the whole tally as stored.
  const mine = message.myVotes?.[String(start.pollId)];
  if (mine?.length !== 1 || mine[0] !== phone.choice) {
    mismatches.push(`myVotes ${JSON.stringify(mine)}, voted ${phone.choice}`);
  }
  const results = message.polls.find((p) => p.id === start.pollId)?.results;
  const counts = results && optionsOf(results).map((o) => o.count);
  if (
    expected &&
    (results?.total !== expected.total ||
      JSON.stringify(counts) !== JSON.stringify(expected.counts))
  ) {
    mismatches.push(
      `tally ${results?.total} ${JSON.stringify(counts)}, stored ${expected.total} ${JSON.stringify(expected.counts)}`,
    );
  }
  if (phones.every((p) => p.welcomeAfterMs !== undefined)) {
    send({
      type: 'back',
      welcomeAfterMs: phones.map((p) => p.welcomeAfterMs!),
      attemptsAfterMs,
      mismatches: mismatches.slice(0, 20),
    });
  }
}

async function connectAll(): Promise<void> {
  const counts = start.optionIds.map(() => 0);
  const failures: string[] = [];
  const voted: Promise<void>[] = [];
  for (let i = 0; i < start.count; i++) {
    const phone: Phone = { welcomes: 0 } as Phone;
    let first: () => void;
    const welcomed = new Promise<void>((resolve) => (first = resolve));
    phone.live = new LiveSocket({
      url: start.url.replace(/^http/, 'ws') + '/ws',
      join: () => ({
        type: 'join',
        event: start.code,
        role: 'attendee',
        ...(phone.token ? { token: phone.token } : {}),
      }),
      onMessage: (message) => {
        if (message.type !== 'welcome') return;
        onWelcome(phone, message);
        first();
      },
      onFatal: (code, text) => failures.push(`fatal ${code}: ${text}`),
    });
    phones.push(phone);
    phone.live.start();
    const choice = start.optionIds[i % start.optionIds.length]!;
    voted.push(
      welcomed
        .then(() => phone.live.vote(start.pollId, { choices: [choice] }))
        .then(
          () => {
            phone.choice = choice;
            counts[start.optionIds.indexOf(choice)]!++;
          },
          (error: { code: string }) => void failures.push(`vote refused: ${error.code}`),
        ),
    );
    // Paced, as people arrive: the start is not what is measured.
    if (i % 50 === 49) await new Promise((r) => setTimeout(r, (50 * 1000) / start.perSecond));
  }
  await Promise.all(voted);
  send({
    type: 'ready',
    connected: phones.filter((p) => p.welcomes > 0).length,
    counts,
    failures: failures.slice(0, 20),
  });
}

process.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'start':
      start = message;
      void connectAll();
      return;
    case 'expect':
      expected = { total: message.total, counts: message.counts };
      return;
    case 'mark':
      markedAt = message.at;
      return;
    case 'stop':
      for (const phone of phones) phone.live.stop();
      setTimeout(() => process.exit(0), 200);
      return;
  }
});
