/**
 * A load-generator process. The bench runs a few of these beside the server
 * under test, each holding a share of the audience, and drives them over IPC:
 * connect, then one of the voting plans. Every loop is bounded in count and
 * time; the process exits when told or when its parent goes away.
 */
import {
  connectAll,
  createClient,
  type BenchAnswer,
  type BenchClient,
  type Protocol,
} from './clients.js';
import type { PhoneLedger } from '../lib/oracle.js';
import type { AnswerLedger } from '../lib/word-oracle.js';
import type { AskRecord, UpvoteLedger, UpvotePlan } from '../lib/qa-oracle.js';
import { monitorEventLoopDelay } from 'node:perf_hooks';
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
  | {
      cmd: 'ask';
      pollId: number;
      /** The question each of this worker's sockets asks (null: none), at a random moment within the span. */
      texts: (string | null)[];
      startAt: number;
      seconds: number;
    }
  | {
      cmd: 'upvote';
      pollId: number;
      /** Each of this worker's sockets' upvotes, their moments given from `startAt`. */
      plans: UpvotePlan[];
      startAt: number;
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
  | {
      cmd: 'asked';
      /** Every question asked, as the phone recorded it. */
      asks: AskRecord[];
      errors: Record<string, number>;
    }
  | {
      cmd: 'upvoted';
      /** Each upvoting phone's own record of what it sent and how the server answered. */
      ledgers: UpvoteLedger[];
      errors: Record<string, number>;
      /** This worker's CPU over the upvotes, and how late its event loop ran (p99, max). */
      cpuMs: number;
      loopDelayMs: { p99: number; max: number };
    }
  /**
   * Per socket: [tallies received, first at, last at]; and over this worker's sockets the
   * bytes of every tally received and the largest one.
   */
  | {
      cmd: 'tallies';
      perSocket: [number, number, number][];
      bytes: number;
      largest: number;
      /** The busiest second of any of this worker's sockets (see BenchClient.busiestTallies). */
      busiest: number;
    }
  | { cmd: 'error'; message: string };

const clients: BenchClient[] = [];
let prefix = `${process.pid.toString(36)}-`;
let seq = 0;
const ref = () => prefix + (seq++).toString(36);

function reply(message: Reply): void {
  process.send!(message);
}

async function connect(command: Extract<Command, { cmd: 'connect' }>): Promise<void> {
  const connected = await connectAll(
    command.count,
    command.concurrency,
    () => createClient(command.protocol, command.url),
    (client) => client.join(command.code, 'attendee'),
    clients,
  );
  reply({ cmd: 'connected', ...connected });
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

/** Q&A: each socket given a text asks it once, at a random moment within the span. */
async function ask(command: Extract<Command, { cmd: 'ask' }>): Promise<void> {
  const asks: AskRecord[] = [];
  const errors: Record<string, number> = {};
  const span = command.seconds * 1000;
  await Promise.all(
    clients.map(async (client, i) => {
      const text = command.texts[i];
      if (text === null || text === undefined) return;
      await sleep(Math.max(0, command.startAt + Math.random() * span - now()));
      // The phone's own memory of its question, written down before the server has a say.
      const asked: AskRecord = {
        participant: client.participant,
        ref: ref(),
        text,
        sentAt: now(),
        ackAt: -1,
        questionId: null,
        answer: 'unanswered',
      };
      asks.push(asked);
      const answer = await client.ask(command.pollId, text, asked.ref);
      if (typeof answer === 'string') {
        asked.answer = answer;
        errors[answer] = (errors[answer] ?? 0) + 1;
      } else {
        asked.answer = null;
        asked.ackAt = now();
        asked.questionId = answer.questionId;
      }
    }),
  );
  reply({ cmd: 'asked', asks, errors });
}

/**
 * Q&A: each socket upvotes at its planned moments, each upvote sent on time
 * whatever the others are waiting for; an upvote taken back is sent at its
 * moment but never before its upvote's ack.
 */
async function upvote(command: Extract<Command, { cmd: 'upvote' }>): Promise<void> {
  const errors: Record<string, number> = {};
  const ledgers: UpvoteLedger[] = [];
  const cpuBefore = process.cpuUsage();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const send = async (
    client: BenchClient,
    ledger: UpvoteLedger,
    questionId: number,
    on: boolean,
  ) => {
    const action: UpvoteLedger['actions'][number] = {
      ref: ref(),
      questionId,
      on,
      sentAt: now(),
      ackAt: -1,
      answer: 'unanswered',
    };
    ledger.actions.push(action);
    action.answer = await client.upvote(command.pollId, questionId, on, action.ref);
    if (action.answer === null) action.ackAt = now();
    else errors[action.answer] = (errors[action.answer] ?? 0) + 1;
    return action.answer === null;
  };
  await Promise.all(
    clients.flatMap((client, i) => {
      const plan = command.plans[i];
      if (!plan || plan.length === 0) return [];
      const ledger: UpvoteLedger = { participant: client.participant, actions: [] };
      ledgers.push(ledger);
      return plan.map(async ([questionId, at, takeBackAt]) => {
        await sleep(Math.max(0, command.startAt + at - now()));
        const acked = await send(client, ledger, questionId, true);
        if (!acked || takeBackAt < 0) return;
        await sleep(Math.max(0, command.startAt + takeBackAt - now()));
        await send(client, ledger, questionId, false);
      });
    }),
  );
  delay.disable();
  const cpu = process.cpuUsage(cpuBefore);
  reply({
    cmd: 'upvoted',
    ledgers,
    errors,
    cpuMs: (cpu.user + cpu.system) / 1000,
    loopDelayMs: { p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 },
  });
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
      case 'ask':
        return ask(command);
      case 'upvote':
        return upvote(command);
      case 'tallies':
        return reply({
          cmd: 'tallies',
          perSocket: clients.map((c) => [c.tallies, c.firstTallyAt, c.lastTallyAt]),
          bytes: clients.reduce((n, c) => n + c.tallyBytes, 0),
          largest: clients.reduce((n, c) => Math.max(n, c.largestTally), 0),
          busiest: clients.reduce((n, c) => Math.max(n, c.busiestTallies()), 0),
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
