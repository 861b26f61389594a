/**
 * Drive load at a server that is already running (for profiling it with
 * `node --cpu-prof`): `node --import tsx bench/drive.ts URL [ingest|storm] [sockets] [seconds]`.
 * Against the ceiling reference (which has no HTTP API), set BENCH_REFERENCE=1
 * to use its fixed event and poll.
 */
import { LoadPool } from './lib/load.js';
import { createAudience, REFERENCE_AUDIENCE } from './lib/targets.js';
import { distribution, now } from './lib/stats.js';

const [url = 'http://127.0.0.1:3000', mode = 'ingest', socketsArg = '1000', secondsArg = '10'] =
  process.argv.slice(2);
const sockets = Math.min(20_000, Number(socketsArg));
const seconds = Math.min(120, Number(secondsArg));
const audience = process.env.BENCH_REFERENCE ? REFERENCE_AUDIENCE : await createAudience(url);
const pool = await LoadPool.start(2);
try {
  const connected = await pool.connect(url, 'ws', audience.code, sockets);
  console.log(
    `connected ${connected.ok} in ${connected.ms.toFixed(0)} ms (${connected.failed} failed)`,
  );
  if (mode === 'ingest') {
    const replies = await pool.each('ingested', (i) => ({
      cmd: 'ingest',
      pollId: audience.pollId,
      options: audience.options.slice(0, 2),
      sockets: connected.shares[i]!,
      seconds,
    }));
    const acked = replies.reduce((n, r) => n + r.acked, 0);
    const ms = Math.max(...replies.map((r) => r.ms));
    const d = distribution(replies.flatMap((r) => r.latencies));
    console.log(
      `ingest: ${((acked / ms) * 1000).toFixed(0)} acked/s, p50 ${d.p50.toFixed(1)} ms, p99 ${d.p99.toFixed(1)} ms`,
    );
  } else {
    const startAt = now() + 500;
    const replies = await pool.each('stormed', (i) => ({
      cmd: 'storm',
      pollId: audience.pollId,
      first: Array.from({ length: connected.shares[i]! }, (_, k) => audience.options[k % 3]!),
      change: [],
      startAt,
      seconds,
      changeSeconds: 1,
    }));
    const acks = replies.flatMap((r) => r.acks);
    const d = distribution(acks.map(([s, a]) => a - s));
    console.log(
      `storm: ${acks.length} acked, p50 ${d.p50.toFixed(1)} ms, p99 ${d.p99.toFixed(1)} ms`,
    );
  }
} finally {
  await pool.close();
}
