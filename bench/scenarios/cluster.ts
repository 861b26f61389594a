/**
 * The cluster: voxpop as several processes (the compiled server, as
 * `npm start` runs it) sharing PostgreSQL (the store) and Redis (the bus),
 * against one process on the same PostgreSQL and Redis, under the same
 * storm of one event. The sizes alternate round by round; each round has a
 * fresh database, a redis-server of the bench's own and fresh processes,
 * each on its own port. The phones are spread evenly over the processes, as
 * a load balancer would, and held by several load generators (a process
 * may open 20,000 files on this machine, and a socket is one); one presenter
 * is attached to each process (on one process, all of them to it).
 *
 * Each round: connect; the storm (every phone votes once within T seconds
 * in the story's proportions, then 20% change their vote); then max-ingest
 * (some phones vote as fast as acks allow, every vote a change). Figures:
 * durable votes/s, ack p50/p99, vote→presenter from the vote's send to the
 * first tally of each presenter that counts it (the storm's method,
 * audience.ts, plus the ack's own time), the time from the last ack until
 * every presenter shows the final tally, CPU of the servers, of the
 * database's PostgreSQL backends, of Redis and of the whole machine,
 * PostgreSQL rows and transactions per second, Redis messages per second.
 *
 * Checks, every round: every acked vote is in PostgreSQL with the acked
 * value and nothing else is (the storm oracle on the phones' ledgers);
 * every presenter's final tally is the sum of the phones' last acked
 * choices and its total the number of voters stored; the sum of the
 * processes' `tally_shards` equals a recount of `answers`; after
 * max-ingest, every presenter shows the recount and the shards still sum
 * to it.
 */
import { join } from 'node:path';
import { channelOf } from '../../server/bus/redis.js';
import { createClient, type BenchClient, type TallySeen } from '../load/clients.js';
import {
  backendCpuBetween,
  createBenchDatabase,
  establishedOn,
  machineTicks,
  openFilesLimit,
  PostgresProbe,
  startBenchRedis,
  type BenchDatabase,
  type BenchRedis,
  type PostgresCounts,
} from '../lib/cluster-services.js';
import {
  checkAgainstRecount,
  checkShards,
  readPostgresVotes,
  recount,
  shardSums,
} from '../lib/cluster-stored.js';
import { figure, record, type Figure } from '../lib/figures.js';
import { errorsOf, LoadPool, split } from '../lib/load.js';
import { checkStoredVotes, checkTally, type PhoneLedger } from '../lib/oracle.js';
import { ROOT, startProcess, type ServerProcess } from '../lib/proc.js';
import type { ScenarioOutcome } from '../lib/report.js';
import { clusterLabel } from '../lib/scenario-names.js';
import { apportion, distribution, now, sleep } from '../lib/stats.js';
import { createAudience } from '../lib/targets.js';
import { presenterDelays, pushRate, RoundChecks, shuffle, STORY } from './audience.js';

export interface ClusterParams {
  /** Phones in the one event, spread evenly over the processes. */
  sockets: number;
  /** The cluster sizes compared, in processes. */
  sizes: number[];
  rounds: number;
  /** Every phone votes once within this many seconds; then `changeFraction` of them change. */
  seconds: number;
  changeFraction: number;
  /** Load-generator processes, each holding an even share of the phones. */
  generators: number;
  /** Presenter sockets: presenter k on process k mod size. */
  presenters: number;
  /** Max-ingest after the storm: this many of the phones, this long. */
  ingestSockets: number;
  ingestSeconds: number;
}

/** What the result file keeps of each round: the counts the figures are rates of. */
export interface ClusterRound {
  round: number;
  /** Phones on each process. */
  phonesOn: number[];
  /** A server process's open-files limit. */
  openFiles: number;
  connected: number;
  acked: number;
  changed: number;
  errors: Record<string, number>;
  /** From the storm's start to its last ack. */
  stormMs: number;
  presenterTallies: number[];
  /** First votes a presenter's tallies never covered (0 when all did). */
  unmatchedPresenter: number[];
  /** Connections subscribed to the event's Redis channel. */
  subscribers: number;
  /** Connections to PostgreSQL open at the end of the storm, and how many it allows. */
  connections: number;
  maxConnections: number;
  /** The storm: CPU seconds, the machine's busy share, Redis and PostgreSQL counts. */
  storm: {
    machineBusy: number;
    servers: number;
    postgres: number;
    redis: number;
    publishes: number;
    commands: number;
    commits: number;
    answerRows: number;
    shardRows: number;
  };
  stored: string;
  /** What the servers printed (with VOXPOP_LOG=silent, only errors), the last 2,000 characters of each. */
  printed: string[];
  ingest: {
    acked: number;
    ms: number;
    errors: Record<string, number>;
    commits: number;
    answerRows: number;
    shardRows: number;
    publishes: number;
    servers: number;
    postgres: number;
  };
}

/** How long every presenter may take to show the final tally after the last ack. */
const FINAL_TALLY_WAIT_MS = 10_000;
/**
 * The longest any step of a round may take (a load generator that died
 * never answers): connecting 20,000 phones takes under a minute here.
 */
const STEP_LIMIT_MS = 5 * 60_000;
/**
 * Files a server process keeps open beside its sockets to phones (24 when
 * idle: pipes, epoll, its listening socket; then its connections to
 * PostgreSQL and Redis, the presenters), with room to spare.
 */
const FILES_BESIDE_PHONES = 100;

interface Presenter {
  client: BenchClient;
  tallies: TallySeen[];
}

type ShownTally = { total: number; options: { id: number; count: number }[] };

/**
 * When a presenter began to show what `shows` accepts for good: the time of
 * the first tally after its last one that did not (null: its last tally does not).
 */
function shownSince(tallies: readonly TallySeen[], shows: (t: ShownTally) => boolean) {
  let i = tallies.length;
  while (i > 0 && shows(tallies[i - 1]!)) i--;
  return i === tallies.length ? null : tallies[i]!.at;
}

/** `step`, or an error saying which step did not finish in time and what the servers printed. */
async function bounded<T>(what: string, step: Promise<T>, servers: ServerProcess[]): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `cluster: ${what} did not finish within ${STEP_LIMIT_MS / 1000} s; ` +
              `connections established to each process: ${servers.map((s) => establishedOn(s.port)).join(', ')}; ` +
              `the servers printed:\n${servers.map((s) => s.output().slice(-2000)).join('\n---\n')}`,
          ),
        ),
      STEP_LIMIT_MS,
    );
  });
  try {
    return await Promise.race([step, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Wait (bounded) until every presenter's latest tally is what `shows` accepts. */
async function untilShown(
  presenters: readonly Presenter[],
  shows: (t: ShownTally) => boolean,
  until: number,
): Promise<void> {
  while (now() < until && !presenters.every((p) => p.tallies.length && shows(p.tallies.at(-1)!)))
    await sleep(50);
}

export async function clusterScenario(params: ClusterParams): Promise<ScenarioOutcome[]> {
  const outcomes = params.sizes.map((size) => roundsOf(size, params));
  for (let round = 0; round < params.rounds; round++)
    for (let i = 0; i < outcomes.length; i++) {
      // The sizes alternate, and the order rotates so neither always goes first.
      const outcome = outcomes[(i + round) % outcomes.length]!;
      console.error(`bench: ${outcome.label}, round ${round + 1} of ${params.rounds}`);
      await clusterRound(outcome, round, params);
    }
  return outcomes.map(({ label, figures, perPresenter, checks, raw, size, phones }) => {
    // Each presenter's p99 right after the p99 of them all.
    const { rate, ackP50, ackP99, presP50, presP99, ...rest } = figures;
    return {
      scenario: label,
      params: { ...params, size, phones: phones.value },
      figures: [rate, ackP50, ackP99, presP50, presP99, ...perPresenter, ...Object.values(rest)],
      checks: checks.list(),
      raw,
    };
  });
}

function roundsOf(size: number, params: ClusterParams) {
  const label = clusterLabel(size);
  const fig = (key: string, name: string, unit: string, better: Figure['better']) =>
    figure(label, key, name, unit, better);
  const perPresenter = Array.from({ length: params.presenters }, (_, k) =>
    fig(
      `presP99_${k + 1}`,
      `vote→presenter p99, presenter ${k + 1} (on process ${(k % size) + 1})`,
      'ms',
      'lower',
    ),
  );
  const ingest = `max-ingest (${params.ingestSockets.toLocaleString('en-US')} phones)`;
  const figures = {
    rate: fig('rate', 'durable votes/s (acks over the storm)', '/s', 'higher'),
    ackP50: fig('ackP50', 'ack p50', 'ms', 'lower'),
    ackP99: fig('ackP99', 'ack p99', 'ms', 'lower'),
    presP50: fig('presP50', 'vote→presenter p50, every presenter', 'ms', 'lower'),
    presP99: fig('presP99', 'vote→presenter p99, every presenter', 'ms', 'lower'),
    settle: fig('settle', 'last ack → every presenter shows the final tally', 'ms', 'lower'),
    cpu: fig('cpu', 'server CPU, every process', 's', 'lower'),
    cpuPer1000: fig('cpuPer1000', 'server CPU per 1,000 votes', 'ms', 'lower'),
    pgCpu: fig('pgCpu', "PostgreSQL CPU (the database's backends)", 's', 'lower'),
    redisCpu: fig('redisCpu', 'Redis CPU', 's', 'lower'),
    machineBusy: fig('machineBusy', 'machine CPU busy, both cores', '%', 'lower'),
    peakRss: fig('peakRss', 'server peak RSS, every process', 'MiB', 'lower'),
    pgAnswerRows: fig('pgAnswerRows', 'PostgreSQL answers rows written/s', '/s', 'higher'),
    pgShardRows: fig('pgShardRows', 'PostgreSQL tally_shards rows written/s', '/s', 'lower'),
    pgCommits: fig('pgCommits', 'PostgreSQL transactions/s', '/s', 'lower'),
    redisPublishes: fig('redisPublishes', 'Redis messages published/s', '/s', 'lower'),
    redisDeliveries: fig('redisDeliveries', 'Redis messages delivered/s', '/s', 'lower'),
    redisCommands: fig('redisCommands', 'Redis commands/s', '/s', 'lower'),
    presenterRate: fig('presenterRate', 'tallies/s per presenter socket (max)', '', 'lower'),
    attendeeRate: fig('attendeeRate', 'tallies/s per attendee socket (max)', '', 'lower'),
    ingestRate: fig('ingestRate', `${ingest}: durable votes/s`, '/s', 'higher'),
    ingestAckP99: fig('ingestAckP99', `${ingest}: ack p99`, 'ms', 'lower'),
    ingestCpuPer1000: fig(
      'ingestCpuPer1000',
      `${ingest}: server CPU per 1,000 votes`,
      'ms',
      'lower',
    ),
    ingestPgCpuPer1000: fig(
      'ingestPgCpuPer1000',
      `${ingest}: PostgreSQL CPU per 1,000 votes`,
      'ms',
      'lower',
    ),
    ingestAnswerRows: fig(
      'ingestAnswerRows',
      `${ingest}: PostgreSQL answers rows written/s`,
      '/s',
      'higher',
    ),
    ingestCommits: fig('ingestCommits', `${ingest}: PostgreSQL transactions/s`, '/s', 'lower'),
    ingestPublishes: fig('ingestPublishes', `${ingest}: Redis messages published/s`, '/s', 'lower'),
  };
  return {
    size,
    label,
    figures,
    perPresenter,
    checks: new RoundChecks(label),
    raw: { voxpop: [] as ClusterRound[] },
    /** The phones its rounds held: `sockets`, or fewer if that many cannot be open at once. */
    phones: { value: 0 },
  };
}

/** The processes of one round, on 127.0.0.1, each on its own port. */
async function startServers(
  size: number,
  database: BenchDatabase,
  redis: BenchRedis,
): Promise<ServerProcess[]> {
  const servers: ServerProcess[] = [];
  try {
    // One after the other: the first migrates the empty database.
    for (let i = 0; i < size; i++) {
      const server = await startProcess('voxpop', [join(ROOT, 'dist/server/main.js')], {
        VOXPOP_DATABASE_URL: database.url,
        VOXPOP_REDIS_URL: redis.url,
        VOXPOP_DEMO: '0',
        VOXPOP_LOG: 'silent',
        // As the other scenarios: the per-socket message rate and the per-address
        // limit on new participants lifted (every phone is 127.0.0.1).
        VOXPOP_WS_RATE: '100000',
        VOXPOP_WS_BURST: '100000',
        VOXPOP_RATE_PARTICIPANTS: 'off',
      });
      servers.push(server);
    }
    return servers;
  } catch (error) {
    await Promise.all(servers.map((s) => s.stop()));
    throw error;
  }
}

type Outcome = ReturnType<typeof roundsOf>;

async function clusterRound(outcome: Outcome, round: number, params: ClusterParams) {
  const { size, figures: f, perPresenter, checks } = outcome;
  const database = await createBenchDatabase();
  const cleanup: (() => Promise<unknown>)[] = [() => database.drop()];
  try {
    const redis = await startBenchRedis();
    cleanup.unshift(() => redis.stop());
    const servers = await startServers(size, database, redis);
    cleanup.unshift(() => Promise.all(servers.map((s) => s.stop())));
    // A socket is an open file: a process cannot hold more phones than its limit allows
    // (20,000 on this machine, its hard limit, which the bench does not raise).
    const openFiles = openFilesLimit(servers[0]!.pid);
    const phones = Math.min(params.sockets, size * (openFiles - FILES_BESIDE_PHONES));
    outcome.phones.value = phones;
    const generatorShares = split(phones, params.generators);
    const phonesOn = Array.from({ length: size }, (_, k) =>
      generatorShares.reduce((n, share, i) => (i % size === k ? n + share : n), 0),
    );
    const sql = await PostgresProbe.connect(database.url);
    cleanup.unshift(() => sql.close());
    const pool = await LoadPool.start(params.generators);
    cleanup.unshift(() => pool.close());

    const audience = await createAudience(servers[0]!.url);
    const { code, pollId, options } = audience;
    // Generator i holds its phones on process i mod size.
    const connectedReplies = await bounded(
      'connecting the phones',
      pool.each('connected', (i) => ({
        cmd: 'connect',
        url: servers[i % size]!.url,
        protocol: 'ws',
        code,
        count: generatorShares[i]!,
        concurrency: Math.max(1, Math.round(200 / params.generators)),
      })),
      servers,
    );
    const joined = connectedReplies.reduce((n, r) => n + r.ok, 0);
    const failedJoins = connectedReplies.reduce((n, r) => n + r.failed, 0);

    const presenters: Presenter[] = [];
    cleanup.unshift(async () => presenters.forEach((p) => p.client.close()));
    for (let k = 0; k < params.presenters; k++) {
      const client = createClient('ws', servers[k % size]!.url);
      const presenter: Presenter = { client, tallies: [] };
      presenters.push(presenter);
      await client.join(code, 'presenter');
      client.onTally = (tally) => presenter.tallies.push(tally);
    }
    // A phone joining each process: its writer commits, and sends PostgreSQL its statistics.
    const nudge = async () => {
      await Promise.all(
        servers.map(async (server) => {
          const phone = createClient('ws', server.url);
          try {
            await phone.join(code, 'attendee');
          } finally {
            phone.close();
          }
        }),
      );
    };
    const usage = async () => ({
      machine: machineTicks(),
      servers: servers.reduce((n, s) => n + s.cpuSeconds(), 0),
      postgres: await sql.backendCpu(),
      redis: redis.cpuSeconds(),
      bus: await redis.counts(),
    });
    const used = (before: Awaited<ReturnType<typeof usage>>, after: typeof before) => ({
      machineBusy:
        (after.machine.busy - before.machine.busy) / (after.machine.total - before.machine.total),
      servers: after.servers - before.servers,
      postgres: backendCpuBetween(before.postgres, after.postgres),
      redis: after.redis - before.redis,
      publishes: after.bus.publishes - before.bus.publishes,
      commands: after.bus.commands - before.bus.commands,
    });
    const written = (before: PostgresCounts, after: PostgresCounts) => ({
      commits: after.commits - before.commits,
      answerRows: after.answerRows - before.answerRows,
      shardRows: after.shardRows - before.shardRows,
    });

    // ------------------------------------------------------------ the storm
    const pgBefore = await sql.settledCounts(nudge);
    const firstChoices = shuffle(
      apportion(joined, STORY).flatMap((n, i) => Array<number>(n).fill(options[i]!)),
    );
    const changes = firstChoices.map((choice) =>
      Math.random() < params.changeFraction
        ? options[(options.indexOf(choice) + 1) % options.length]!
        : null,
    );
    const startAt = now() + 1000;
    // CPU from the storm's first moment: the generators get their commands in between.
    const measuring = sleep(startAt - now()).then(usage);
    const replies = await bounded(
      'the storm',
      pool.storm(
        connectedReplies.map((r) => r.ok),
        { pollId, first: firstChoices, change: changes, startAt, seconds: params.seconds },
      ),
      servers,
    );
    const acks = replies.flatMap((r) => r.acks);
    const changeAcks = replies.flatMap((r) => r.changeAcks);
    const ledgers: PhoneLedger[] = replies.flatMap((r) => r.ledgers);
    const before = await measuring;
    const lastAck = Math.max(...acks.map(([, at]) => at), ...changeAcks.map(([, at]) => at));
    const stormMs = lastAck - startAt;
    const votes = acks.length + changeAcks.length;

    const shows = (t: ShownTally) => checkTally(ledgers, t, options).ok;
    await untilShown(presenters, shows, lastAck + FINAL_TALLY_WAIT_MS);
    const after = await usage();
    const subscribers = await redis.subscribers(channelOf(code));
    const [setting] = await sql.query<{ max_connections: string }>('SHOW max_connections');
    const shownAt = presenters.map((p) => shownSince(p.tallies, shows));
    const settle = shownAt.every((at) => at !== null)
      ? Math.max(0, ...shownAt.map((at) => at! - lastAck))
      : NaN;

    const stored = await readPostgresVotes(sql, pollId);
    const storedCheck = checkStoredVotes(ledgers, stored.rows, stored.ballotOf);
    const counted = recount(stored);
    const shards = await shardSums(sql, pollId);
    const shardCheck = checkShards(shards.sums, counted, shards.shards);
    const attendeeTallies = (
      await bounded(
        'counting tallies',
        pool.each('tallies', () => ({ cmd: 'tallies' })),
        servers,
      )
    ).flatMap((r) => r.perSocket);
    const pgAfter = await sql.settledCounts(nudge);
    const storm = { ...used(before, after), ...written(pgBefore, pgAfter) };

    // Per presenter: each first vote's time from its send to the first tally that counts it.
    const byAck = [...acks].sort((a, b) => a[1] - b[1]);
    const shownDelays = presenters.map(({ tallies }) =>
      presenterDelays(
        byAck.map(([, at]) => at),
        tallies,
      ).map((delay, i) => delay + byAck[i]![1] - byAck[i]![0]),
    );
    const ack = distribution([...acks, ...changeAcks].map(([sent, at]) => at - sent));
    const shown = distribution(shownDelays.flat());
    const perSecond = (n: number) => (n / stormMs) * 1000;
    record(f.rate, 'voxpop', perSecond(votes));
    record(f.ackP50, 'voxpop', ack.p50);
    record(f.ackP99, 'voxpop', ack.p99);
    record(f.presP50, 'voxpop', shown.p50);
    record(f.presP99, 'voxpop', shown.p99);
    shownDelays.forEach((delays, k) =>
      record(perPresenter[k]!, 'voxpop', distribution(delays).p99),
    );
    record(f.settle, 'voxpop', settle);
    record(f.cpu, 'voxpop', storm.servers);
    record(f.cpuPer1000, 'voxpop', (storm.servers * 1e6) / Math.max(1, votes));
    record(f.pgCpu, 'voxpop', storm.postgres);
    record(f.redisCpu, 'voxpop', storm.redis);
    record(f.machineBusy, 'voxpop', storm.machineBusy * 100);
    record(f.peakRss, 'voxpop', servers.reduce((n, s) => n + s.peakRssBytes(), 0) / 1024 / 1024);
    record(f.pgAnswerRows, 'voxpop', perSecond(storm.answerRows));
    record(f.pgShardRows, 'voxpop', perSecond(storm.shardRows));
    record(f.pgCommits, 'voxpop', perSecond(storm.commits));
    record(f.redisPublishes, 'voxpop', perSecond(storm.publishes));
    record(f.redisDeliveries, 'voxpop', perSecond(storm.publishes * subscribers));
    record(f.redisCommands, 'voxpop', perSecond(storm.commands));
    record(
      f.presenterRate,
      'voxpop',
      Math.max(
        0,
        ...presenters.map(({ tallies }) =>
          pushRate(tallies.length, tallies[0]?.at ?? 0, tallies.at(-1)?.at ?? 0),
        ),
      ),
    );
    record(
      f.attendeeRate,
      'voxpop',
      Math.max(0, ...attendeeTallies.map(([count, first, last]) => pushRate(count, first, last))),
    );

    const errors = errorsOf(replies);
    checks.add(
      'voxpop',
      round,
      'every socket joined',
      failedJoins === 0,
      `${joined} joined (${phonesOn.join(' + ')} on ${size} process${size === 1 ? '' : 'es'}), ${failedJoins} failed`,
    );
    checks.add(
      'voxpop',
      round,
      'no vote refused or unanswered',
      Object.keys(errors).length === 0,
      `${votes} acked, refused or unanswered: ${JSON.stringify(errors)}`,
    );
    checks.add(
      'voxpop',
      round,
      "oracle: each participant's stored answer in PostgreSQL is its last acked choice, and nothing else is stored",
      storedCheck.ok,
      storedCheck.detail.replace('SQLite', 'PostgreSQL'),
    );
    const finals = presenters.map(({ tallies }) => {
      const last = tallies.at(-1);
      const verdict = checkTally(ledgers, last, options);
      return { ok: verdict.ok && last?.total === stored.rows.length, detail: verdict.detail };
    });
    const wrong = finals.findIndex((v) => !v.ok);
    checks.add(
      'voxpop',
      round,
      "every presenter's final tally is the sum of the phones' last acked choices, its total the voters stored",
      wrong === -1,
      `${finals.filter((v) => v.ok).length} of ${presenters.length} presenters; ` +
        (wrong === -1
          ? `each ${finals[0]?.detail}; ${stored.rows.length} voters stored`
          : `presenter ${wrong + 1}: ${finals[wrong]!.detail}; ${stored.rows.length} voters stored`),
    );
    checks.add(
      'voxpop',
      round,
      'the sum of the tally_shards rows equals a recount of answers',
      shardCheck.ok,
      shardCheck.detail,
    );

    // ----------------------------------------------------------- max-ingest
    const ingestBefore = await usage();
    const ingestShares = split(params.ingestSockets, params.generators);
    const ingested = await bounded(
      'max-ingest',
      pool.each('ingested', (i) => ({
        cmd: 'ingest',
        pollId,
        answers: audience.alternating,
        sockets: ingestShares[i]!,
        seconds: params.ingestSeconds,
      })),
      servers,
    );
    const ingestMs = Math.max(...ingested.map((r) => r.ms));
    const ingestAcked = ingested.reduce((n, r) => n + r.acked, 0);
    const ingestErrors = errorsOf(ingested);
    const afterIngest = await readPostgresVotes(sql, pollId);
    const recounted = recount(afterIngest);
    const showsRecount = (t: ShownTally) => checkAgainstRecount(t, recounted, options);
    await untilShown(presenters, showsRecount, now() + FINAL_TALLY_WAIT_MS);
    const ingestUsed = used(ingestBefore, await usage());
    const ingestShards = await shardSums(sql, pollId);
    const ingestShardCheck = checkShards(ingestShards.sums, recounted, ingestShards.shards);
    const ingestWritten = written(pgAfter, await sql.settledCounts(nudge));
    const ingestRate = (n: number) => (n / ingestMs) * 1000;
    record(f.ingestRate, 'voxpop', ingestRate(ingestAcked));
    record(f.ingestAckP99, 'voxpop', distribution(ingested.flatMap((r) => r.latencies)).p99);
    record(f.ingestCpuPer1000, 'voxpop', (ingestUsed.servers * 1e6) / Math.max(1, ingestAcked));
    record(f.ingestPgCpuPer1000, 'voxpop', (ingestUsed.postgres * 1e6) / Math.max(1, ingestAcked));
    record(f.ingestAnswerRows, 'voxpop', ingestRate(ingestWritten.answerRows));
    record(f.ingestCommits, 'voxpop', ingestRate(ingestWritten.commits));
    record(f.ingestPublishes, 'voxpop', ingestRate(ingestUsed.publishes));
    checks.add(
      'voxpop',
      round,
      'max-ingest: no vote refused or unanswered',
      Object.keys(ingestErrors).length === 0,
      `${ingestAcked} acked, refused or unanswered: ${JSON.stringify(ingestErrors)}`,
    );
    const showing = presenters.filter((p) => showsRecount(p.tallies.at(-1)!)).length;
    checks.add(
      'voxpop',
      round,
      'max-ingest: every presenter shows a recount of answers, and the tally_shards rows sum to it',
      showing === presenters.length && ingestShardCheck.ok,
      `${showing} of ${presenters.length} presenters show the recount; ${ingestShardCheck.detail}`,
    );

    const printed = servers.map((s) => s.output().slice(-2000)).filter(Boolean);
    if (printed.length)
      console.error(
        `bench: ${outcome.label}, round ${round + 1}, the servers printed:\n${printed.join('\n---\n')}`,
      );
    outcome.raw.voxpop.push({
      round: round + 1,
      phonesOn,
      openFiles,
      connected: joined,
      acked: acks.length,
      changed: changeAcks.length,
      errors,
      stormMs: Math.round(stormMs),
      presenterTallies: presenters.map((p) => p.tallies.length),
      unmatchedPresenter: shownDelays.map((d) => acks.length - d.length),
      subscribers,
      connections: after.postgres.size,
      maxConnections: Number(setting?.max_connections),
      storm: {
        ...storm,
        machineBusy: Number(storm.machineBusy.toFixed(3)),
        servers: Number(storm.servers.toFixed(2)),
        postgres: Number(storm.postgres.toFixed(2)),
        redis: Number(storm.redis.toFixed(2)),
      },
      stored: storedCheck.detail,
      printed,
      ingest: {
        acked: ingestAcked,
        ms: Math.round(ingestMs),
        errors: ingestErrors,
        ...ingestWritten,
        publishes: ingestUsed.publishes,
        servers: Number(ingestUsed.servers.toFixed(2)),
        postgres: Number(ingestUsed.postgres.toFixed(2)),
      },
    });
  } finally {
    for (const step of cleanup) await step().catch(() => {});
  }
}
