/**
 * The server's own cost of a WebSocket answer, without the network: N
 * attendees' connections on in-memory sockets, each answer handed over as
 * the text `ws` would give, through the connection, the decision
 * (`AnswerService.answer` and the poll's kind), the SQLite adapter's group
 * commit and the ack; every attendee answers again once it is acknowledged.
 * As on the network, answers arrive in no particular order, a few hundred
 * per event-loop turn (max-ingest's batches are 300–400), not in participant
 * order: in order, SQLite's index updates are sequential and cost a fraction
 * of what they cost for real.
 *
 * Each kind (a single-choice poll, a rating poll on a 1–5 scale) has its
 * own event and attendees in the same process, store and hub. After a
 * warm-up of each, the rounds alternate between the kinds (the order
 * rotating), so a noisy moment on this shared machine weighs on both alike
 * and the rating / single ratio is taken round by round.
 *
 * Prints, per kind, the CPU per answer of the event loop (its thread alone)
 * and of the whole process (GC helper threads included): the two figures
 * the max-ingest scenario depends on, at a fraction of its noise.
 *
 *   node --import tsx bench/micro/vote-path.ts [--kinds single,rating] [--votes 100000]
 *        [--rounds 3] [--attendees 1000] [--per-turn 300] [--json]
 * (--votes per kind and round; `npm run bench:micro` is the defaults.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LocalBus } from '../../server/bus/local.js';
import { openVoxpop, type Voxpop } from '../../server/service/index.js';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite/index.js';
import { Hub } from '../../server/realtime/hub.js';
import { Connection, DEFAULT_CONNECTION_OPTIONS } from '../../server/realtime/connection.js';
import type { PeerSocket } from '../../server/realtime/socket.js';
import { formatSummary, summarize, type Summary } from '../lib/figures.js';
import { eventWithOpenPoll } from '../lib/open-poll.js';

const KINDS = ['single', 'rating'] as const;
type MicroKind = (typeof KINDS)[number];

const { values: args } = parseArgs({
  options: {
    kinds: { type: 'string', default: KINDS.join(',') },
    votes: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '3' },
    attendees: { type: 'string', default: '1000' },
    'per-turn': { type: 'string', default: '300' },
    warmup: { type: 'string', default: '20000' },
    json: { type: 'boolean', default: false },
  },
});
const kinds = args.kinds!.split(',').map((k) => {
  if (!(KINDS as readonly string[]).includes(k))
    throw new Error(`unknown kind ${k} (choose from ${KINDS.join(', ')})`);
  return k as MicroKind;
});
const votesPerRound = Math.min(5_000_000, Number(args.votes));
const rounds = Math.max(1, Math.min(20, Number(args.rounds)));
const attendees = Math.max(1, Math.min(50_000, Number(args.attendees)));
const perTurn = Math.max(1, Number(args['per-turn']));
const warmup = Math.max(0, Math.min(1_000_000, Number(args.warmup)));

/** One kind's audience: its poll, its attendees' connections, and how an answer of it is written. */
interface Audience {
  kind: MicroKind;
  connections: Connection[];
  /** Attendees whose last answer is acknowledged, waiting to answer again. */
  ready: number[];
  /** The text of attendee i's next answer (every one a change of its previous answer). */
  message(i: number, n: number): string;
  acked: number;
  inFlight: number;
}

interface RoundCost {
  acked: number;
  wallMs: number;
  /** µs of CPU per answer: the event loop's thread, and the whole process. */
  eventLoopUs: number;
  processUs: number;
}

/** Answers sent so far, of every kind: each one's ref is unique. */
let sent = 0;

const dir = mkdtempSync(join(tmpdir(), 'voxpop-micro-'));
const store = openSqliteStore(join(dir, 'v.db'));
const bus = new LocalBus();
const voxpop = await openVoxpop(store, bus);
const hub = new Hub(bus);
try {
  const audiences: Audience[] = [];
  for (const kind of kinds) audiences.push(await audienceOf(kind, voxpop, hub, store));

  for (const audience of audiences) await answer(audience, warmup);
  const costs = new Map<MicroKind, RoundCost[]>(kinds.map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < audiences.length; k++) {
      const audience = audiences[(k + round) % audiences.length]!;
      costs.get(audience.kind)!.push(await answer(audience, votesPerRound));
    }
  }
  report(costs);
} finally {
  hub.close();
  voxpop.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

async function audienceOf(
  kind: MicroKind,
  voxpop: Voxpop,
  hub: Hub,
  store: SqliteStore,
): Promise<Audience> {
  const { event, poll } = await eventWithOpenPoll(
    voxpop,
    `Micro ${kind}`,
    kind === 'single'
      ? { question: 'Q', kind: 'single', options: ['A', 'B', 'C'] }
      : { question: 'Q', kind: 'rating', max: 5 },
  );
  const pollId = poll.record.id;
  // An attendee alternates between two answers, so every answer is a change
  // written to disk, as in max-ingest: options A and B, or ratings 2 and 4.
  const [a, b] =
    kind === 'single'
      ? poll.record.options.map((o) => `"choices":[${o.id}]`)
      : ['"value":2', '"value":4'];
  const answersBy = new Uint32Array(attendees);
  const audience: Audience = {
    kind,
    connections: [],
    ready: [],
    message: (i, n) =>
      `{"type":"vote","pollId":${pollId},${answersBy[i]!++ % 2 ? b : a},"ref":"${kind}-${n}"}`,
    acked: 0,
    inFlight: 0,
  };
  const sockets = Array.from({ length: attendees }, (_, i) => fakeSocket(audience, i));
  // No rate limit, as the bench runs the server: a simulated phone answers far faster than a person.
  const unlimited = { ...DEFAULT_CONNECTION_OPTIONS, messagesPerSecond: 1e9, messageBurst: 1e9 };
  audience.connections = sockets.map((socket) => new Connection(socket, voxpop, hub, unlimited));
  const join_ = JSON.stringify({ type: 'join', event: event.record.code, role: 'attendee' });
  for (const connection of audience.connections) connection.receiveText(join_);
  // A join is answered once its participant is committed; bounded wait.
  for (let waited = 0; audience.connections.some((c) => c.role !== 'attendee'); waited += 10) {
    if (waited > 30_000) throw new Error(`not every ${kind} attendee joined within 30 s`);
    store.writer.flush();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return audience;
}

/** The server's end of attendee i's connection: counts acks, and a refusal stops the bench. */
function fakeSocket(audience: Audience, i: number): PeerSocket {
  return {
    isOpen: true,
    bufferedAmount: 0,
    send(bytes) {
      const data = String(bytes);
      if (data.startsWith('{"type":"ack"')) {
        audience.acked++;
        audience.inFlight--;
        audience.ready.push(i);
      } else if (data.startsWith('{"type":"error"')) {
        throw new Error(`a ${audience.kind} answer was refused: ${data}`);
      }
    },
    close() {},
    terminate() {},
  };
}

/** `count` answers of this audience, as they would arrive; what they cost. */
async function answer(audience: Audience, count: number): Promise<RoundCost> {
  audience.ready.length = 0;
  for (let i = 0; i < attendees; i++) audience.ready.push(i);
  audience.acked = 0;
  const started = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const thread0 = eventLoopThreadTicks();
  let queued = 0;
  await new Promise<void>((resolve) => {
    // One turn's arrivals: up to perTurn attendees, drawn at random from those
    // ready. Their answers are committed by the writer's turn, queued after
    // this one; the next arrivals come in the turn after that.
    const arrive = () => {
      if (queued >= count) {
        if (audience.inFlight === 0) resolve();
        else setImmediate(arrive);
        return;
      }
      const { ready } = audience;
      for (let k = 0; k < perTurn && ready.length > 0 && queued < count; k++) {
        const pick = Math.floor(Math.random() * ready.length);
        const i = ready[pick]!;
        ready[pick] = ready[ready.length - 1]!;
        ready.pop();
        queued++;
        audience.inFlight++;
        audience.connections[i]!.receiveText(audience.message(i, sent++));
      }
      setImmediate(arrive);
    };
    arrive();
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const eventLoopUs = (eventLoopThreadTicks() - thread0) * 10_000;
  const { acked } = audience;
  return {
    acked,
    wallMs,
    eventLoopUs: eventLoopUs / acked,
    processUs: (cpu.user + cpu.system) / acked,
  };
}

function report(costs: Map<MicroKind, RoundCost[]>): void {
  const summary = (kind: MicroKind, key: 'eventLoopUs' | 'processUs'): Summary | null =>
    summarize(costs.get(kind)!.map((c) => c[key]));
  const perKind = Object.fromEntries(
    [...costs].map(([kind, list]) => [
      kind,
      {
        rounds: list.map((c) => ({
          acked: c.acked,
          answersPerSecond: Math.round((c.acked / c.wallMs) * 1000),
          eventLoopUs: Number(c.eventLoopUs.toFixed(2)),
          processUs: Number(c.processUs.toFixed(2)),
        })),
        eventLoopUs: summary(kind, 'eventLoopUs'),
        processUs: summary(kind, 'processUs'),
      },
    ]),
  );
  const single = costs.get('single');
  const rating = costs.get('rating');
  // Round by round: the two kinds' answers of a round ran in the same minute.
  const ratio =
    single && rating ? summarize(rating.map((r, i) => r.processUs / single[i]!.processUs)) : null;
  if (args.json) {
    console.log(
      JSON.stringify({
        votesPerRound,
        rounds,
        attendees,
        perTurn,
        kinds: perKind,
        ratingOverSingle: ratio,
      }),
    );
    return;
  }
  for (const [kind, list] of costs) {
    const answersPerSecond = summarize(list.map((c) => (c.acked / c.wallMs) * 1000));
    console.log(
      `${kind.padEnd(6)} ${list.reduce((n, c) => n + c.acked, 0)} answers acknowledged in ${list.length === 1 ? 'one round' : `${list.length} rounds`} ` +
        `(${formatSummary(answersPerSecond, '/s')}); CPU per answer: ` +
        `event loop ${formatSummary(summary(kind, 'eventLoopUs'), 'µs')}, ` +
        `process ${formatSummary(summary(kind, 'processUs'), 'µs')}` +
        (list.length > 1 ? ' (median of rounds, range)' : ''),
    );
  }
  if (ratio) {
    console.log(
      `rating / single, process CPU per answer, round by round: ` +
        `${rating!.map((r, i) => (r.processUs / single![i]!.processUs).toFixed(2)).join(', ')}x ` +
        `(median ${ratio.median.toFixed(2)}x)`,
    );
  }
  console.log(`writer ${JSON.stringify(store.writer.stats)}`);
}

/** utime + stime of the main thread, in clock ticks (10 ms), from /proc (Linux). */
function eventLoopThreadTicks(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}
