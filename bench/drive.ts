/**
 * Drive load at a server that is already running (for profiling it with
 * `node --cpu-prof`):
 * `node --import tsx bench/drive.ts URL [ingest|storm|words] [sockets] [seconds] [single|rating]`
 * (a rating poll for ingest only: the storm's plan is choices; `words` is
 * the words scenario's word cloud, each phone sending 3 words once). Against
 * the ceiling reference (which has no HTTP API), set BENCH_REFERENCE=1 to
 * use its fixed event and poll.
 */
import { LoadPool } from './lib/load.js';
import { createAudience, REFERENCE_AUDIENCE, type AudienceKind } from './lib/targets.js';
import { distribution, now } from './lib/stats.js';
import { drawWordAnswers } from './lib/word-draw.js';

const [
  url = 'http://127.0.0.1:3000',
  mode = 'ingest',
  socketsArg = '1000',
  secondsArg = '10',
  kind = 'single',
] = process.argv.slice(2);
const sockets = Math.min(20_000, Number(socketsArg));
const seconds = Math.min(120, Number(secondsArg));
if (kind !== 'single' && !(kind === 'rating' && mode === 'ingest'))
  throw new Error('the kind is single, or rating for ingest');
const audience = process.env.BENCH_REFERENCE
  ? REFERENCE_AUDIENCE
  : await createAudience(url, mode === 'words' ? 'wordcloud' : (kind as AudienceKind));
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
      answers: audience.alternating,
      sockets: connected.shares[i]!,
      seconds,
    }));
    const acked = replies.reduce((n, r) => n + r.acked, 0);
    const ms = Math.max(...replies.map((r) => r.ms));
    const d = distribution(replies.flatMap((r) => r.latencies));
    console.log(
      `ingest: ${((acked / ms) * 1000).toFixed(0)} acked/s, p50 ${d.p50.toFixed(1)} ms, p99 ${d.p99.toFixed(1)} ms`,
    );
  } else if (mode === 'words') {
    const startAt = now() + 500;
    const answers = drawWordAnswers(connected.ok, 1);
    let offset = 0;
    const replies = await pool.each('answered', (i) => {
      const share = connected.shares[i]!;
      const words = answers.slice(offset, (offset += share));
      return {
        cmd: 'answer',
        pollId: audience.pollId,
        answers: words.map((w) => ({ words: w })),
        startAt,
        seconds,
      };
    });
    const acks = replies.flatMap((r) => r.acks);
    const d = distribution(acks.map(([s, a]) => a - s));
    console.log(
      `words: ${acks.length} acked, p50 ${d.p50.toFixed(1)} ms, p99 ${d.p99.toFixed(1)} ms`,
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
