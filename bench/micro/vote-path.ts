/**
 * The server's own cost of a WebSocket vote, without the network: N
 * attendees' connections on in-memory sockets, each vote handed over as the
 * text `ws` would give, through the decision, the group commit and the ack;
 * every attendee votes again once it is acknowledged. As on the network,
 * votes arrive in no particular order, a few hundred per event-loop turn
 * (max-ingest's batches are 300–400), not in participant order: in order,
 * SQLite's index updates are sequential and cost a fraction of what they
 * cost for real.
 * Prints the CPU per vote of the event loop (its thread alone) and of the
 * whole process (GC helper threads included), the two figures the
 * max-ingest scenario depends on, at a fraction of its noise.
 *
 *   node --import tsx bench/micro/vote-path.ts [votes=300000] [attendees=1000] [perTurn=300]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../server/store/index.js';
import { Voxpop } from '../../server/service/voxpop.js';
import { silentPublisher } from '../../server/service/publisher.js';
import { Hub } from '../../server/realtime/hub.js';
import { Connection, DEFAULT_CONNECTION_OPTIONS } from '../../server/realtime/connection.js';
import type { LiveSocket } from '../../server/realtime/socket.js';
import { eventWithOpenPoll } from '../lib/open-poll.js';

const votes = Math.min(5_000_000, Number(process.argv[2] ?? 300_000));
const attendees = Math.min(50_000, Number(process.argv[3] ?? 1000));
const perTurn = Math.max(1, Number(process.argv[4] ?? 300));
const dir = mkdtempSync(join(tmpdir(), 'voxpop-micro-'));
const store = openStore(join(dir, 'v.db'));
const service = new Voxpop(store, silentPublisher);
const hub = new Hub(service);
service.setPublisher(hub);
const { event, poll: live } = eventWithOpenPoll(service, 'Micro', ['A', 'B', 'C']);
const poll = live.record;

let acked = 0;
let sent = 0;
let inFlight = 0;
let finished = () => {};
/** Attendees whose last vote is acknowledged, waiting to vote again. */
const ready: number[] = [];
const votesBy = new Uint32Array(attendees);
const sockets = Array.from({ length: attendees }, (_, i): LiveSocket => ({
  isOpen: true,
  bufferedAmount: 0,
  send(data) {
    if (data.startsWith('{"type":"ack"')) {
      acked++;
      inFlight--;
      ready.push(i);
    } else if (data.startsWith('{"type":"error"')) {
      throw new Error(`a vote was refused: ${data}`);
    }
  },
  close() {},
  terminate() {},
}));
// No rate limit, as the bench runs the server: a simulated phone votes far faster than a person.
const unlimited = { ...DEFAULT_CONNECTION_OPTIONS, messagesPerSecond: 1e9, messageBurst: 1e9 };
const connections = sockets.map((socket) => new Connection(socket, service, hub, unlimited));
const join_ = JSON.stringify({ type: 'join', event: event.record.code, role: 'attendee' });
for (const connection of connections) connection.receiveText(join_);
store.settle(); // the participants are committed
await new Promise((resolve) => setImmediate(resolve)); // and their welcomes sent
if (connections.some((c) => c.role !== 'attendee')) throw new Error('not every attendee joined');

const started = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
const thread0 = eventLoopThreadTicks();
await new Promise<void>((resolve) => {
  finished = resolve;
  for (let i = 0; i < attendees; i++) ready.push(i);
  // One turn's arrivals: up to perTurn attendees, drawn at random from those
  // ready. Their votes are committed by the writer's turn, queued after this
  // one; the next arrivals come in the turn after that.
  const arrive = () => {
    if (sent >= votes) {
      if (inFlight === 0) finished();
      else setImmediate(arrive);
      return;
    }
    for (let k = 0; k < perTurn && ready.length > 0 && sent < votes; k++) {
      const pick = Math.floor(Math.random() * ready.length);
      const i = ready[pick]!;
      ready[pick] = ready[ready.length - 1]!;
      ready.pop();
      const n = sent++;
      inFlight++;
      // Every vote a change, as in max-ingest: an attendee alternates A, B.
      const option = poll.options[votesBy[i]!++ % 2]!.id;
      connections[i]!.receiveText(
        `{"type":"vote","pollId":${poll.id},"choices":[${option}],"ref":"r-${n}"}`,
      );
    }
    setImmediate(arrive);
  };
  arrive();
});
const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
const cpu = process.cpuUsage(cpu0);
const eventLoopUs = (eventLoopThreadTicks() - thread0) * 10_000;
console.log(
  `${acked} votes acknowledged in ${wallMs.toFixed(0)} ms (${((acked / wallMs) * 1000).toFixed(0)}/s); ` +
    `CPU per vote: event loop ${(eventLoopUs / acked).toFixed(2)} µs, ` +
    `process ${((cpu.user + cpu.system) / acked).toFixed(2)} µs; ` +
    `writer ${JSON.stringify(store.writer.stats)}`,
);
hub.close();
store.close();
rmSync(dir, { recursive: true, force: true });

/** utime + stime of the main thread, in clock ticks (10 ms), from /proc (Linux). */
function eventLoopThreadTicks(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}
