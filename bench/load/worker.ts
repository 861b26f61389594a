/**
 * A load-generator process. The bench runs a few of these beside the server
 * under test, each holding a share of the audience, and drives them over IPC:
 * connect, then one of the voting plans. Every loop is bounded in count and
 * time; the process exits when told or when its parent goes away.
 */
import { createClient, type BenchAnswer, type BenchClient, type Protocol } from './clients.js';
import type { PhoneLedger } from '../lib/oracle.js';
import type { AnswerLedger } from '../lib/word-oracle.js';
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
  | {
      cmd: 'answer';
      pollId: number;
      /** What each of this worker's sockets answers, once, at a random moment within the span. */
      answers: BenchAnswer[];
      startAt: number;
      seconds: number;
    }
  | {
      cmd: 'ingest';
      pollId: number;
      /** Each socket alternates between these answers, so every vote is a change. */
      answers: BenchAnswer[];
      sockets: number;
      seconds: number;
    }
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
      /** Each voting phone's own record of what it sent and what was acked, for the oracle. */
      ledgers: PhoneLedger[];
    }
  | {
      cmd: 'answered';
      /** [sentAt, ackAt] per acknowledged answer. */
      acks: [number, number][];
      errors: Record<string, number>;
      /** Each phone's own record of what it sent and how the server answered, for the oracle. */
      ledgers: AnswerLedger[];
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
  const ledgers: PhoneLedger[] = [];
  const span = command.seconds * 1000;
  const changeSpan = command.changeSeconds * 1000;
  await Promise.all(
    clients.map(async (client, i) => {
      const first = command.first[i];
      if (first === undefined) return;
      const ledger: PhoneLedger = { participant: client.participant, votes: [] };
      ledgers.push(ledger);
      // The phone's own memory of a vote, written down before the server has a say.
      const send = async (choice: number) => {
        const vote = { ref: ref(), choice, answer: 'unanswered' as string | null };
        ledger.votes.push(vote);
        const sentAt = now();
        vote.answer = await client.vote(command.pollId, { choice }, vote.ref);
        if (vote.answer !== null) errors[vote.answer] = (errors[vote.answer] ?? 0) + 1;
        return vote.answer === null ? ([sentAt, now()] as [number, number]) : null;
      };
      await sleep(Math.max(0, command.startAt + Math.random() * span - now()));
      const acked = await send(first);
      if (!acked) return;
      acks.push(acked);
      const change = command.change[i];
      if (change === null || change === undefined) return;
      await sleep(Math.max(0, command.startAt + span + Math.random() * changeSpan - now()));
      const changed = await send(change);
      if (changed) changeAcks.push(changed);
    }),
  );
  reply({ cmd: 'stormed', acks, changeAcks, errors, ledgers });
}

/** Each socket answers once, of any kind, at a random moment within the span: the storm of the words scenario. */
async function answerOnce(command: Extract<Command, { cmd: 'answer' }>): Promise<void> {
  const acks: [number, number][] = [];
  const errors: Record<string, number> = {};
  const ledgers: AnswerLedger[] = [];
  const span = command.seconds * 1000;
  await Promise.all(
    clients.map(async (client, i) => {
      const given = command.answers[i];
      if (given === undefined) return;
      const ledger: AnswerLedger = { participant: client.participant, answers: [] };
      ledgers.push(ledger);
      await sleep(Math.max(0, command.startAt + Math.random() * span - now()));
      // The phone's own memory of its answer, written down before the server has a say.
      const sent = { ref: ref(), given, answer: 'unanswered' as string | null };
      ledger.answers.push(sent);
      const sentAt = now();
      sent.answer = await client.vote(command.pollId, given, sent.ref);
      if (sent.answer === null) acks.push([sentAt, now()]);
      else errors[sent.answer] = (errors[sent.answer] ?? 0) + 1;
    }),
  );
  reply({ cmd: 'answered', acks, errors, ledgers });
}

async function ingest(command: Extract<Command, { cmd: 'ingest' }>): Promise<void> {
  const deadline = now() + command.seconds * 1000;
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let acked = 0;
  const started = now();
  await Promise.all(
    clients.slice(0, command.sockets).map(async (client, i) => {
      // Alternate between two answers so every vote is a real change, written to disk.
      let turn = i;
      while (now() < deadline) {
        const next = command.answers[turn++ % command.answers.length]!;
        const sentAt = now();
        const answer = await client.vote(command.pollId, next, ref());
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
      case 'answer':
        return answerOnce(command);
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
