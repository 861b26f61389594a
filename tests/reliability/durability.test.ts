/**
 * Durability under crash, checked like Jepsen's set test: many clients vote
 * as fast as their acks come back (single and multiple choice, changed votes,
 * a poll that forbids changes, over WebSocket and HTTP), the compiled server
 * is killed with SIGKILL at a random moment, restarted on the same file, and
 * the clients carry on, re-sending their unanswered votes by ref as the real
 * client does. After every restart the database must hold exactly what the
 * ledger allows (support/ledger.ts): every acknowledged vote, or a later one
 * that was in flight; nothing refused, nothing never sent, nobody twice. The
 * tallies the restarted server rebuilt must equal a recount in SQL, and each
 * reconnecting client's welcome must show its stored votes.
 */
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, expect, test } from 'vitest';
import type { ServerMessage, ServerMessageOf } from '../../shared/protocol.js';
import { cleanup, readDb, startChildServer, tempDir, type ChildServer } from '../support/server.js';
import { createEvent, request } from '../support/http.js';
import { LIFTED_LIMITS, reportFigure, runSeed, scale, seededRandom } from './support/config.js';
import { Ledger, sameSet, type Attempt } from './support/ledger.js';
import { choicesOfBallot, duplicateVotes, recountPoll, votesOfEvent } from './support/recount.js';

const CYCLES = scale(10, 50);
const WS_VOTERS = 30;
const HTTP_VOTERS = 2;
/** Votes each socket keeps on the wire, unanswered. */
const IN_FLIGHT = 6;
/** The kill lands after this many acks in the cycle, plus a random share of KILL_SPREAD. */
const KILL_AFTER_MIN = 200;
const KILL_SPREAD = 2000;

const seed = runSeed();
const random = seededRandom(seed);
const dir = tempDir('voxpop-durability-');
const dbPath = join(dir, 'voxpop.db');
const env = { ...LIFTED_LIMITS, VOXPOP_DB: dbPath };
const servers: ChildServer[] = [];

afterAll(async () => {
  for (const server of servers) await server.kill();
  cleanup(dir);
});

interface PollSpec {
  id: number;
  kind: 'single' | 'multiple';
  optionIds: number[];
  maxChoices: number;
  allowChange: boolean;
  /** Relative share of the votes it gets. */
  weight: number;
}

const POLL_SETUPS = [
  { question: 'Yes or no?', kind: 'single', options: ['Yes', 'No', 'Not sure'], weight: 5 },
  { question: 'Topics?', kind: 'multiple', options: ['W', 'X', 'Y', 'Z'], weight: 5 },
  { question: 'Left or right?', kind: 'single', options: ['Left', 'Right'], weight: 4 },
  {
    question: 'Two of five?',
    kind: 'multiple',
    options: ['A', 'B', 'C', 'D', 'E'],
    maxChoices: 2,
    weight: 4,
  },
  // Changes refused: the first committed vote stays, later ones get vote_locked.
  {
    question: 'Final answer?',
    kind: 'single',
    options: ['1', '2', '3'],
    allowChange: false,
    weight: 1,
  },
] as const;

function pickPoll(polls: readonly PollSpec[]): PollSpec {
  const total = polls.reduce((n, p) => n + p.weight, 0);
  let r = random() * total;
  for (const poll of polls) if ((r -= poll.weight) < 0) return poll;
  return polls[polls.length - 1]!;
}

function pickChoices(poll: PollSpec): number[] {
  const ids = poll.optionIds;
  if (poll.kind === 'single') return [ids[Math.floor(random() * ids.length)]!];
  const count = 1 + Math.floor(random() * poll.maxChoices);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(ids[Math.floor(random() * ids.length)]!);
  return ids.filter((id) => chosen.has(id));
}

/** Codes a vote may be refused with here: only the locked poll refuses, and only changes. */
function refusalExpected(polls: readonly PollSpec[], attempt: Attempt, code: string): boolean {
  return (
    code === 'vote_locked' && polls.find((p) => p.id === attempt.pollId)?.allowChange === false
  );
}

interface Shared {
  ledger: Ledger;
  polls: PollSpec[];
  problems: string[];
  /** Called on every ack; the kill is triggered from here, mid-storm. */
  onAck: () => void;
  cycle: number;
}

/** A phone on a WebSocket: one participant, IN_FLIGHT votes on the wire. */
class WsVoter {
  ws: WebSocket | null = null;
  participantId = 0;
  token: string | undefined;
  private inFlight = 0;
  private n = 0;

  constructor(
    readonly index: number,
    private readonly shared: Shared,
  ) {}

  /** Join (with the token once it has one) and resolve with the welcome. */
  async join(url: string, code: string): Promise<ServerMessageOf<'welcome'>> {
    const ws = new WebSocket(url.replace(/^http/, 'ws') + '/ws');
    this.ws = ws;
    this.inFlight = 0;
    ws.on('error', () => {});
    const welcome = new Promise<ServerMessageOf<'welcome'>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`voter ${this.index}: no welcome`)), 15_000);
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as ServerMessage;
        if (message.type === 'welcome') {
          clearTimeout(timer);
          resolve(message);
        } else this.receive(message);
      });
      ws.on('close', () => reject(new Error(`voter ${this.index}: closed before welcome`)));
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    ws.send(JSON.stringify({ type: 'join', event: code, role: 'attendee', token: this.token }));
    const message = await welcome;
    this.participantId = message.participant!.id;
    this.token = message.participant!.token;
    return message;
  }

  /** Re-send what was never answered (same ref), then keep IN_FLIGHT votes going. */
  start(): void {
    for (const attempt of this.shared.ledger.unanswered(this.participantId)) {
      this.put(attempt.ref, attempt.pollId, attempt.choices);
    }
    this.pump();
  }

  closed(): Promise<void> {
    const ws = this.ws;
    if (!ws || ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => ws.once('close', () => resolve()));
  }

  private pump(): void {
    const { ledger, polls, cycle } = this.shared;
    while (this.inFlight < IN_FLIGHT && this.ws?.readyState === WebSocket.OPEN) {
      const poll = pickPoll(polls);
      const choices = pickChoices(poll);
      const ref = `w${this.index}-c${cycle}-${this.n++}`;
      ledger.send(this.participantId, poll.id, ref, choices);
      this.put(ref, poll.id, choices);
    }
  }

  private put(ref: string, pollId: number, choices: number[]): void {
    this.inFlight++;
    this.ws!.send(JSON.stringify({ type: 'vote', ref, pollId, choices }));
  }

  private receive(message: ServerMessage): void {
    const { ledger, problems } = this.shared;
    if (message.type === 'ack') {
      ledger.ack(message.ref!);
      this.inFlight--;
      this.shared.onAck();
      this.pump();
    } else if (message.type === 'error') {
      if (message.ref === undefined)
        problems.push(`voter ${this.index}: error without ref ${message.code}`);
      else {
        const attempt = ledger.refuse(message.ref, message.code);
        if (!refusalExpected(this.shared.polls, attempt, message.code)) {
          problems.push(`vote ${message.ref} refused: ${message.code} ${message.message}`);
        }
      }
      this.inFlight--;
      this.pump();
    }
  }
}

/** A client voting over HTTP, one request at a time, with a ref on each. */
class HttpVoter {
  participantId = 0;
  token = '';
  private n = 0;

  constructor(
    readonly index: number,
    private readonly shared: Shared,
  ) {}

  async register(url: string, code: string): Promise<void> {
    const { status, body } = await request(url, 'POST', `/api/events/${code}/participants`);
    expect(status).toBe(201);
    this.participantId = body.participantId;
    this.token = body.token;
  }

  /** Vote until the server goes away (the fetch fails after the kill). */
  async run(url: string, code: string, killed: () => boolean): Promise<void> {
    const { ledger, polls, cycle, problems } = this.shared;
    const pending = ledger.unanswered(this.participantId);
    for (;;) {
      let attempt = pending.shift();
      if (!attempt) {
        const poll = pickPoll(polls);
        const ref = `h${this.index}-c${cycle}-${this.n++}`;
        attempt = ledger.send(this.participantId, poll.id, ref, pickChoices(poll));
      }
      let answer;
      try {
        answer = await request(url, 'PUT', `/api/events/${code}/polls/${attempt.pollId}/vote`, {
          token: this.token,
          body: { choices: attempt.choices, ref: attempt.ref },
        });
      } catch (error) {
        if (!killed()) problems.push(`http voter ${this.index}: ${String(error)} before the kill`);
        return;
      }
      if (answer.status === 200) {
        ledger.ack(attempt.ref);
        this.shared.onAck();
        continue;
      }
      const errorCode = String(answer.body?.error?.code ?? answer.status);
      ledger.refuse(attempt.ref, errorCode);
      if (!refusalExpected(polls, attempt, errorCode)) {
        problems.push(`http vote ${attempt.ref} refused: ${answer.status} ${errorCode}`);
      }
    }
  }
}

test(
  `every acknowledged vote survives ${CYCLES} kill -9 cycles, exactly as the ledger allows`,
  async () => {
    console.log(`[reliability] durability seed ${seed} (replay with VOXPOP_SEED=${seed})`);
    const started = Date.now();
    let server = await startChildServer(env);
    servers.push(server);
    const { code, hostKey } = await createEvent(server.url, 'Durability');

    const polls: PollSpec[] = [];
    for (const setup of POLL_SETUPS) {
      const { weight, ...body } = setup;
      const created = await request(server.url, 'POST', `/api/events/${code}/polls`, {
        token: hostKey,
        body,
      });
      expect(created.status).toBe(201);
      const poll = created.body.poll;
      const opened = await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
        token: hostKey,
        body: { state: 'open' },
      });
      expect(opened.status).toBe(200);
      polls.push({
        id: poll.id,
        kind: poll.kind,
        optionIds: poll.options.map((o: { id: number }) => o.id),
        maxChoices: poll.maxChoices,
        allowChange: poll.allowChange,
        weight,
      });
    }

    const ledger = new Ledger(polls.map((p) => ({ id: p.id, optionIds: p.optionIds })));
    const shared: Shared = { ledger, polls, problems: [], onAck: () => {}, cycle: 0 };
    const wsVoters = Array.from({ length: WS_VOTERS }, (_, i) => new WsVoter(i, shared));
    const httpVoters = Array.from({ length: HTTP_VOTERS }, (_, i) => new HttpVoter(i, shared));
    for (const voter of httpVoters) await voter.register(server.url, code);
    await Promise.all(wsVoters.map((v) => v.join(server.url, code)));

    // Summed over the restarts: pairs (participant, poll) checked, those holding
    // their last acknowledged vote, and those holding a later vote that was
    // committed but whose ack was lost with the process.
    const totals = {
      pairChecks: 0,
      lastAcked: 0,
      committedUnacked: 0,
      ackedAtKill: [] as number[],
    };
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      // ------------------------------------------------------------- the storm
      shared.cycle = cycle;
      const killAfter = KILL_AFTER_MIN + Math.floor(random() * KILL_SPREAD);
      let acks = 0;
      let killing: Promise<number | null> | null = null;
      const current = server;
      const kill = () => (killing ??= current.kill('SIGKILL'));
      shared.onAck = () => {
        if (++acks === killAfter) kill();
      };
      // A slow machine still gets its kill, just later in the storm.
      const fallback = setTimeout(kill, 20_000);
      for (const voter of wsVoters) voter.start();
      const httpRuns = httpVoters.map((v) => v.run(current.url, code, () => killing !== null));
      await Promise.all([...wsVoters.map((v) => v.closed()), ...httpRuns]);
      clearTimeout(fallback);
      expect(killing, 'the kill happened').not.toBeNull();
      await killing;
      expect(current.child.signalCode).toBe('SIGKILL');
      totals.ackedAtKill.push(acks);

      // ------------------------------------------------- restart on the same file
      server = await startChildServer(env);
      servers.push(server);

      const health = await request(server.url, 'GET', '/healthz?verbose=1');
      expect(health.body).toEqual({ ok: true, db: { journalMode: 'wal', synchronous: 2 } });

      const db = readDb(dbPath);
      let rows;
      try {
        expect(duplicateVotes(db)).toEqual([]);
        rows = votesOfEvent(db, code);
        const check = ledger.check(rows);
        expect(check.problems, `cycle ${cycle} (seed ${seed})`).toEqual([]);
        totals.pairChecks += check.pairsWithAck;
        totals.lastAcked += check.lastAcked;
        totals.committedUnacked += check.committedUnacked;

        // The tallies rebuilt at start equal a recount in SQL: over HTTP, and
        // in the host's view of the event.
        const hostView = await request(server.url, 'GET', `/api/events/${code}`, {
          token: hostKey,
        });
        for (const poll of polls) {
          const recount = recountPoll(db, poll.id, poll.optionIds.length);
          const results = await request(
            server.url,
            'GET',
            `/api/events/${code}/polls/${poll.id}/results`,
          );
          expect(results.status).toBe(200);
          expect({
            total: results.body.total,
            counts: results.body.options.map((o: { count: number }) => o.count),
          }).toEqual(recount);
          const inView = hostView.body.polls.find((p: { id: number }) => p.id === poll.id).results;
          expect({
            total: inView.total,
            counts: inView.options.map((o: { count: number }) => o.count),
          }).toEqual(recount);
        }
      } finally {
        db.close();
      }
      expect(shared.problems).toEqual([]);

      // ------------------------------------------------------ the clients return
      const storedOf = new Map<number, Map<number, number[]>>();
      for (const row of rows) {
        const poll = polls.find((p) => p.id === row.pollId)!;
        let mine = storedOf.get(row.participantId);
        if (!mine) storedOf.set(row.participantId, (mine = new Map()));
        mine.set(row.pollId, choicesOfBallot(poll.optionIds, row.ballot));
      }
      await Promise.all(
        wsVoters.map(async (voter) => {
          const before = voter.participantId;
          const welcome = await voter.join(server.url, code);
          expect(welcome.participant!.id).toBe(before);
          const mine = storedOf.get(before) ?? new Map<number, number[]>();
          expect(Object.keys(welcome.myVotes!).map(Number).sort()).toEqual([...mine.keys()].sort());
          for (const [pollId, choices] of mine) {
            expect(sameSet(welcome.myVotes![String(pollId)]!, choices)).toBe(true);
          }
        }),
      );
    }

    const seconds = (Date.now() - started) / 1000;
    reportFigure('durability', {
      seed,
      cycles: CYCLES,
      clients: WS_VOTERS + HTTP_VOTERS,
      votesSent: ledger.sent,
      votesAcked: ledger.acks,
      votesRefusedAsExpected: ledger.refusals,
      acksPerCycleAtKill: totals.ackedAtKill,
      ackedPairsCheckedAfterRestarts: totals.pairChecks,
      storedWasLastAcked: totals.lastAcked,
      storedWasCommittedButUnacked: totals.committedUnacked,
      seconds,
    });
    for (const voter of wsVoters) voter.ws?.close();
  },
  scale(90_000, 1_800_000),
);

test('the running server writes in WAL with synchronous=FULL, read back from the database', async () => {
  const server = await startChildServer({ ...env, VOXPOP_DB: join(dir, 'pragmas.db') });
  servers.push(server);
  // synchronous is per connection: only the server can say what its own is.
  const health = await request(server.url, 'GET', '/healthz?verbose=1');
  expect(health.status).toBe(200);
  expect(health.body).toEqual({ ok: true, db: { journalMode: 'wal', synchronous: 2 } });
  expect((await request(server.url, 'GET', '/healthz')).body).toEqual({ ok: true });
  // journal_mode is a property of the file: any connection sees it.
  const db = readDb(join(dir, 'pragmas.db'));
  try {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  } finally {
    db.close();
  }
  await server.kill();
});
