/**
 * The parts of docs/SCALING.md written from result files: what the cluster
 * run measured (the cluster's file, and the single-process figures of
 * docs/BENCHMARKS.md it builds on), and the capacity model for one event of
 * 1,000,000 phones, every number of it computed here from those figures,
 * with the calculation written out beside it. The prose outside the blocks
 * carries no measured figure.
 */
import { formatNumber, formatSummary, summarize } from '../lib/figures.js';
import { clusterLabel } from '../lib/scenario-names.js';
import type { ClusterRound } from '../scenarios/cluster.js';
import type { Cited } from './cited.js';
import {
  clusterParams,
  clusterRaw,
  clusterRun,
  clusterSummary,
  FOUR,
  measured,
  missingCluster,
  ONE,
  slowestPresenter,
  tableOf,
} from './cluster.js';

type Block = (c: Cited) => string;

/** The event the model is for: every phone votes once within this many seconds. */
const EVENT_PHONES = 1_000_000;
const EVENT_SECONDS = 20;
/** Connections in a process's pool for host actions and reads, beside its writer's (server/store/postgres/index.ts). */
const POOL_SIZE = 4;
/** The coarser bus the model proposes: a process publishes a poll's shard at most this often. */
const PUBLISH_EVERY_MS = 100;

const n = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 0 });
/** A figure the model derives, to three significant digits: no more is known. */
const about = (value: number) => n(Number(value.toPrecision(3)));
const median = (values: number[]) => summarize(values)?.median ?? NaN;

/** Per round of a size: a quantity computed from the counts the round kept. */
function perRound(c: Cited, label: string, of: (raw: ClusterRound) => number): number[] {
  return clusterRaw(c, label).map(of);
}

/** What the model takes from the cited runs, medians over rounds. */
function inputs(c: Cited) {
  const four = clusterParams(c, FOUR)!;
  const size = four.size;
  const seconds = (raw: ClusterRound) => raw.stormMs / 1000;
  return {
    four,
    /** Server CPU seconds per second of storm, per phone held (4 processes). */
    cpuPerPhone: perRound(c, FOUR, (r) => r.storm.servers / seconds(r) / four.phones),
    /** Votes (answers rows written) per PostgreSQL transaction in the storm. */
    votesPerCommit: perRound(c, FOUR, (r) => r.storm.answerRows / r.storm.commits),
    shardRowsPerCommit: perRound(c, FOUR, (r) => r.storm.shardRows / r.storm.commits),
    /** Redis publishes per vote in the storm. */
    publishesPerVote: perRound(c, FOUR, (r) => r.storm.publishes / r.storm.answerRows),
    connectionsPerProcess: perRound(c, FOUR, (r) => r.connections / size),
    maxConnections: perRound(c, FOUR, (r) => r.maxConnections),
    /** PostgreSQL backends' CPU per 1,000 votes under max-ingest (ms). */
    pgCpuPer1000: c.rounds('cluster', 'ingestPgCpuPer1000', undefined, FOUR),
    /** The single process of docs/BENCHMARKS.md: phones held, and RSS per phone. */
    phonesPerProcess: c.params<{ sockets: number }>('connect')?.sockets ?? NaN,
    rssPerPhone: c.summary('connect', 'rssPerSocket', 'voxpop'),
    singleAckP99: c.summary('storm', 'ackP99', 'voxpop'),
    singleStorm: c.params<{ sockets: number; seconds: number }>('storm'),
  };
}

/** Where the single-process figures were measured, when it is not the cluster run's machine. */
function singleMachine(c: Cited): string {
  const single = c.files.get('connect')?.result.machine;
  const cluster = c.files.get('cluster')?.result.machine;
  if (!single || (cluster && single.cpu === cluster.cpu && single.cores === cluster.cores))
    return '';
  return `, measured on another machine: ${single.cores} cores (${single.cpu})`;
}

export const SCALING_BLOCKS: Record<string, Block> = {
  /** The figures the model starts from, with the runs they come from. */
  measured(c) {
    if (!c.has('cluster')) return missingCluster;
    const one = clusterParams(c, ONE)!;
    const four = clusterParams(c, FOUR)!;
    const m = inputs(c);
    const both = (key: string, unit: string) => [
      measured(c, key, ONE, unit),
      measured(c, key, FOUR, unit),
    ];
    // A quantity of each round's counts, for both sizes.
    const derived = (of: (raw: ClusterRound, size: number) => number) =>
      [one, four].map(({ size }) =>
        formatSummary(summarize(perRound(c, clusterLabel(size), (r) => of(r, size))), ''),
      );
    const rows = [
      ['phones in the event', n(one.phones), n(four.phones)],
      ['durable votes/s in the storm', ...both('rate', '/s')],
      ['ack p99', ...both('ackP99', 'ms')],
      [
        "vote→presenter p99, the slowest presenter's",
        ...[ONE, FOUR].map((label) => formatSummary(summarize(slowestPresenter(c, label)), 'ms')),
      ],
      ['last ack → every presenter shows the final tally', ...both('settle', 'ms')],
      ['machine CPU busy, both cores', ...both('machineBusy', '%')],
      ['server CPU per 1,000 votes', ...both('cpuPer1000', 'ms')],
      ['PostgreSQL answers rows written/s', ...both('pgAnswerRows', '/s')],
      ['PostgreSQL transactions/s', ...both('pgCommits', '/s')],
      ['votes per PostgreSQL transaction', ...derived((r) => r.storm.answerRows / r.storm.commits)],
      [
        'tally_shards rows per PostgreSQL transaction',
        ...derived((r) => r.storm.shardRows / r.storm.commits),
      ],
      ['PostgreSQL connections per process', ...derived((r, size) => r.connections / size)],
      ['Redis messages published/s', ...both('redisPublishes', '/s')],
      ['Redis messages delivered/s', ...both('redisDeliveries', '/s')],
      ['max-ingest: durable votes/s', ...both('ingestRate', '/s')],
      ['max-ingest: PostgreSQL CPU per 1,000 votes', ...both('ingestPgCpuPer1000', 'ms')],
    ];
    return [
      clusterRun(c),
      '',
      `Medians of ${four.rounds} rounds per size, ranges in brackets. The storm: ${n(four.phones)} phones on 4 processes, ${n(one.phones)} on 1, each voting once within ${four.seconds} s. PostgreSQL allowed ${formatNumber(median(m.maxConnections))} connections (its \`max_connections\`). Its transactions are every transaction committed in the round's database: the group commits, and each process's re-reads of open polls every 2 s.`,
      '',
      tableOf(['figure', '1 process', '4 processes'], rows),
      '',
      `From docs/BENCHMARKS.md (\`npm run bench\`, one process on SQLite${singleMachine(c)}): ${n(m.phonesPerProcess)} phones held at ${formatSummary(m.rssPerPhone, 'KiB')} of RSS each; ` +
        `a storm of ${n(m.singleStorm?.sockets ?? NaN)} votes within ${m.singleStorm?.seconds ?? '—'} s acknowledged with p99 ${formatSummary(m.singleAckP99, 'ms')}.`,
    ].join('\n');
  },

  /** Processes, PostgreSQL, Redis for one event of 1,000,000 phones, each figure with its calculation. */
  model(c) {
    if (!c.has('cluster') || !c.has('connect')) return missingCluster;
    const m = inputs(c);
    const votes = EVENT_PHONES / EVENT_SECONDS;
    const processes = Math.ceil(EVENT_PHONES / m.phonesPerProcess);
    const perProcessVotes = votes / processes;
    const rss = m.rssPerPhone?.median ?? NaN;
    const cpuPerPhone = median(m.cpuPerPhone);
    const b = median(m.votesPerCommit);
    const r = median(m.shardRowsPerCommit);
    const q = median(m.publishesPerVote);
    const conns = median(m.connectionsPerProcess);
    const maxConns = median(m.maxConnections);
    const pgCpu = median(m.pgCpuPer1000);
    const cappedPublishes = processes * (1000 / PUBLISH_EVERY_MS);
    const f1 = (v: number) => formatNumber(v);
    return [
      `**The event.** ${n(EVENT_PHONES)} phones, each voting once within ${EVENT_SECONDS} s: ${n(EVENT_PHONES)} / ${EVENT_SECONDS} = **${n(votes)} votes/s**.`,
      '',
      `**Processes.** One process holds ${n(m.phonesPerProcess)} phones in docs/BENCHMARKS.md, at ${f1(rss)} KiB of RSS each: ${f1((rss * m.phonesPerProcess) / 1024)} MiB of sockets per process. ` +
        `${n(EVENT_PHONES)} / ${n(m.phonesPerProcess)} = **${n(processes)} processes**. ` +
        `Each decides ${n(votes)} / ${n(processes)} = ${n(perProcessVotes)} votes/s and pushes at most one tally a second to each of its phones: ${n(m.phonesPerProcess)} pushes/s.`,
      '',
      `**Their CPU.** In the 4-process storm the servers used ${formatNumber(cpuPerPhone * 1e6)} µs of CPU per second per phone held (server CPU / storm seconds / ${n(m.four.phones)} phones). ` +
        `That storm asked more of each phone (a vote every ${m.four.seconds} s, not every ${EVENT_SECONDS} s; the same tally a second), on two cores that were also running PostgreSQL, Redis and the load generators, so it is an upper figure. ` +
        `A process of ${n(m.phonesPerProcess)} phones: ${formatNumber(cpuPerPhone * 1e6)} µs × ${n(m.phonesPerProcess)} = ${formatNumber(cpuPerPhone * m.phonesPerProcess)} of a core. ` +
        `All ${n(processes)}: ${about(cpuPerPhone * EVENT_PHONES)} cores during the storm.`,
      '',
      `**PostgreSQL rows.** One \`answers\` row per vote: **${n(votes)} rows/s** inserted (a changed vote is one more row updated).`,
      '',
      `**PostgreSQL transactions.** A process commits one batch at a time; a batch holds the votes that arrived while the previous one committed. ` +
        `In the 4-process storm a transaction carried ${f1(b)} votes (answers rows / transactions), because commits were slow on a saturated machine. ` +
        `At that size: ${n(votes)} / ${f1(b)} = ${about(votes / b)} transactions/s. ` +
        `On a fast, idle PostgreSQL batches shrink towards one vote each: up to **${n(votes)} transactions/s**, ${n(perProcessVotes)} per process. ` +
        `Each transaction also writes ${formatNumber(r)} \`tally_shards\` rows (measured per transaction): ${about(votes / b)} × ${formatNumber(r)} = ${about((votes / b) * r)} to ${n(votes)} × ${formatNumber(r)} = ${about(votes * r)} shard rows/s beside the answers.`,
      '',
      `**PostgreSQL CPU.** Under max-ingest on 4 processes its backends used ${f1(pgCpu)} ms of CPU per 1,000 votes: ${n(votes / 1000)} × ${f1(pgCpu)} ms = ${formatNumber(((votes / 1000) * pgCpu) / 1000)} cores at ${n(votes)} votes/s, for the statements alone (WAL writing and checkpoints come on top).`,
      '',
      `**PostgreSQL connections.** Each process held ${formatNumber(conns)} connections at the end of the storm: its writer, and what its pool had open (the pool may open up to ${POOL_SIZE}: \`server/store/postgres/index.ts\`). ` +
        `${n(processes)} processes: ${n(processes * conns)} to ${n(processes * (1 + POOL_SIZE))} connections. This PostgreSQL allows ${n(maxConns)}: it is full at ${n(Math.floor(maxConns / conns))} processes, or at ${n(Math.floor(maxConns / (1 + POOL_SIZE)))} if every pool fills.`,
      '',
      `**Redis.** Each process publishes its shard of a poll at most every ${PUBLISH_EVERY_MS} ms (the commits in between are merged into one message), and every process subscribed to the event receives every message: ` +
        `deliveries/s = N × p × N for N processes publishing p messages/s each. ` +
        `In the 4-process storm there were ${formatNumber(q * 1000)} publishes per 1,000 votes. ` +
        `For one poll on screen, ${n(processes)} processes publish at most ${n(processes)} × ${1000 / PUBLISH_EVERY_MS} = ${n(cappedPublishes)} messages/s, and Redis delivers **${n(cappedPublishes * processes)} a second**, whatever the vote rate; each process folds in ${n(cappedPublishes)} a second for its own ${n(perProcessVotes)} votes/s. ` +
        `Without that limit, one publish per commit, it would grow with the votes: with batches of one vote, ${n(votes)} publishes/s and ${n(votes * processes)} deliveries/s.`,
    ].join('\n');
  },
};
