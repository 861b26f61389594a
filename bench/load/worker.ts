/**
 * A load-generator process. The bench runs a few of these beside the server
 * under test, each holding a share of the audience, and drives them over IPC:
 * connect, then one of the voting plans. Every loop is bounded in count and
 * time; the process exits when told or when its parent goes away.
 */
import { createClient, type BenchClient, type Protocol } from './clients.js';
import { now, sleep } from '../lib/stats.js';

export type Command =
  | {
      cmd: 'connect';
      url: string;
      protocol: Protocol;
      code: string;
      count: number;
      concurrency: number;
    }
  | {
      cmd: 'storm';
      pollId: number;
      /** Option id for each of this worker's sockets' first vote, and the one they change to (or null). */
      first: number[];
      change: (number | null)[];
      startAt: number;
      seconds: number;
      changeSeconds: number;
    }
  | { cmd: 'ingest'; pollId: number; options: number[]; sockets: number; seconds: number }
  | { cmd: 'tallies' }
  | { cmd: 'close' };

export type Reply =
  | { cmd: 'connected'; ok: number; failed: number; ms: number }
  | {
      cmd: 'stormed';
      /** [sentAt, ackAt] per acknowledged first vote. */
      acks: [number, number][];
      changeAcks: [number, number][];
      errors: Record<string, number>;
    }
  | {
      cmd: 'ingested';
      acked: number;
      latencies: number[];
      errors: Record<string, number>;
      ms: number;
    }
  /** Per socket: [tallies received, first at, last at]. */
  | { cmd: 'tallies'; perSocket: [number, number, number][] }
  | { cmd: 'error'; message: string };

const clients: BenchClient[] = [];
let prefix = `${process.pid.toString(36)}-`;
let seq = 0;
const ref = () => prefix + (seq++).toString(36);

function reply(message: Reply): void {
  process.send!(message);
}

async function connect(command: Extract<Command, { cmd: 'connect' }>): Promise<void> {
  const started = now();
  let ok = 0;
  let failed = 0;
  let next = 0;
  const lane = async () => {
    while (next < command.count) {
      next++;
      const client = createClient(command.protocol, command.url);
      try {
        await client.join(command.code, 'attendee');
        clients.push(client);
        ok++;
      } catch {
        client.close();
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(command.concurrency, command.count) }, lane));
  reply({ cmd: 'connected', ok, failed, ms: now() - started });
}

async function storm(command: Extract<Command, { cmd: 'storm' }>): Promise<void> {
  const acks: [number, number][] = [];
  const changeAcks: [number, number][] = [];
  const errors: Record<string, number> = {};
  const count = (code: string) => (errors[code] = (errors[code] ?? 0) + 1);
  const span = command.seconds * 1000;
  const changeSpan = command.changeSeconds * 1000;
  await Promise.all(
    clients.map(async (client, i) => {
      const first = command.first[i];
      if (first === undefined) return;
      await sleep(Math.max(0, command.startAt + Math.random() * span - now()));
      const sentAt = now();
      const answer = await client.vote(command.pollId, [first], ref());
      if (answer !== null) return count(answer);
      acks.push([sentAt, now()]);
      const change = command.change[i];
      if (change === null || change === undefined) return;
      await sleep(Math.max(0, command.startAt + span + Math.random() * changeSpan - now()));
      const changeSent = now();
      const changed = await client.vote(command.pollId, [change], ref());
      if (changed !== null) return count(changed);
      changeAcks.push([changeSent, now()]);
    }),
  );
  reply({ cmd: 'stormed', acks, changeAcks, errors });
}

async function ingest(command: Extract<Command, { cmd: 'ingest' }>): Promise<void> {
  const deadline = now() + command.seconds * 1000;
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let acked = 0;
  const started = now();
  await Promise.all(
    clients.slice(0, command.sockets).map(async (client, i) => {
      // Alternate between two options so every vote is a real change, written to disk.
      let turn = i;
      while (now() < deadline) {
        const option = command.options[turn++ % command.options.length]!;
        const sentAt = now();
        const answer = await client.vote(command.pollId, [option], ref());
        if (answer === null) {
          acked++;
          if (latencies.length < 200_000) latencies.push(now() - sentAt);
        } else {
          errors[answer] = (errors[answer] ?? 0) + 1;
          if (answer === 'closed' || answer === 'timeout') return;
        }
      }
    }),
  );
  reply({ cmd: 'ingested', acked, latencies, errors, ms: now() - started });
}

process.on('message', (command: Command) => {
  const run = async () => {
    switch (command.cmd) {
      case 'connect':
        prefix = `${process.pid.toString(36)}-${command.code}-`;
        return connect(command);
      case 'storm':
        return storm(command);
      case 'ingest':
        return ingest(command);
      case 'tallies':
        return reply({
          cmd: 'tallies',
          perSocket: clients.map((c) => [c.tallies, c.firstTallyAt, c.lastTallyAt]),
        });
      case 'close':
        for (const client of clients) client.close();
        setTimeout(() => process.exit(0), 100);
        return;
    }
  };
  run().catch((error: unknown) => reply({ cmd: 'error', message: String(error) }));
});

process.on('disconnect', () => process.exit(0));
// Never outlive a stuck bench.
setTimeout(() => process.exit(3), 15 * 60_000).unref();
