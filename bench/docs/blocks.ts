/**
 * The parts of docs/BENCHMARKS.md written from result files: each block is
 * the text between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`. Every
 * figure the document gives from the bench is written here, so prose and
 * tables cannot disagree; the prose outside the blocks carries none.
 */
import { DELIVERY_JITTER } from '../scenarios/words.js';
import {
  formatNumber,
  formatRatio,
  formatSummary,
  formatValue,
  kindRatio,
  summarize,
  TARGET_LABELS,
  type Figure,
  type Summary,
  type Target,
} from '../lib/figures.js';
import { columnsOf } from '../lib/report.js';
import type { Cited } from './cited.js';
import { CLUSTER, clusterBlock, clusterChecksBlock } from './cluster.js';
import { judge, targetRows } from './targets.js';
import { qaBlock, type QaParams } from './qa.js';
import { quizBlock, type QuizParams } from './quiz.js';
import { METRICS, metricsBlock } from './metrics.js';

type Block = (c: Cited) => string;

const row = (cells: string[]) => `| ${cells.map((s) => s.replace(/\|/g, '\\|')).join(' | ')} |`;
const tableOf = (head: string[], rows: string[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const missing = (scenario: string) =>
  `_No result file for \`${scenario}\` in bench/results/: run \`npm run bench -- --only ${scenario}\`, then \`npm run bench:docs\`._`;
const n = (value: number) => value.toLocaleString('en-US');
const count = (value: number, one: string, many = `${one}s`) =>
  `${n(value)} ${value === 1 ? one : many}`;

/** "less" or "more", and by how much, for a ratio of voxpop to a reference (x < 1: less). */
function compared(r: Summary | null, what: string): string {
  if (!r) return `no comparable ${what}`;
  const m = r.median;
  if (Math.abs(m - 1) < 0.05) return `about the same ${what}`;
  return m < 1
    ? `${formatNumber((1 - m) * 100)}% less ${what}`
    : `${formatRatio({ ...r, n: 1 })} the ${what}`;
}

function resultRows(figures: Figure[], columns: Target[]): string[][] {
  return figures.map((f) => {
    const ratios = (f.ratioAgainst ?? [])
      .filter((ref) => f.samples[ref]?.length)
      .map((ref) => {
        const ours = f.samples.voxpop ?? [];
        const theirs = f.samples[ref] ?? [];
        const perRound = ours.slice(0, theirs.length).map((v, i) => v / theirs[i]!);
        return `${formatRatio(summarize(perRound))} ${TARGET_LABELS[ref]}`;
      });
    const kind = kindRatio(f);
    if (kind) ratios.push(kind);
    return [
      f.scenario,
      f.figure,
      ...columns.map((t) => formatSummary(summarize(f.samples[t]), f.unit)),
      ratios.join(', ') || '—',
    ];
  });
}

export const BLOCKS: Record<string, Block> = {
  /** Which files, which tree, which machine, how long (the cluster's run has its own section). */
  run(cited) {
    const c = cited.without(CLUSTER).without(METRICS);
    if (c.files.size === 0) return missing('everything');
    const files = [...c.files.values()];
    const first = files[0]!.result;
    const m = first.machine;
    const trees = [
      ...new Set(
        files.map(
          (f) =>
            `${f.result.tree.commit}${f.result.tree.dirty ? ' (with uncommitted changes)' : ''}`,
        ),
      ),
    ];
    const seconds = files.reduce((sum, f) => sum + f.result.seconds, 0);
    return [
      `Rendered from ${files.map((f) => `[\`${f.file}\`](../bench/results/${f.file})`).join(', ')}: ` +
        `tree ${trees.join(', ')}, on ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}. ` +
        `The scenarios took ${count(Math.round(seconds / 60), 'minute')} together (${n(seconds)} s).`,
    ].join('\n');
  },

  /** What each scenario does, with the sizes the cited run used. */
  scenarios(c) {
    const rows: string[][] = [];
    const connect = c.params<{ sockets: number; rounds: number }>('connect');
    if (connect)
      rows.push([
        'connect',
        `a fresh server per round ramps to ${n(connect.sockets)} attendee sockets (each joins and gets its welcome); join rate, server RSS growth per socket. ${count(connect.rounds, 'round')}, the targets alternating`,
      ]);
    const storm = c.params<{
      sockets: number;
      seconds: number;
      rounds: number;
      changeFraction: number;
    }>('storm');
    if (storm)
      rows.push([
        'storm',
        `a fresh server per round, ${n(storm.sockets)} attendees each vote once at a random moment within ${storm.seconds} s in the story's proportions (81/15/4), then ${Math.round(storm.changeFraction * 100)}% change their vote within the next ${Math.max(1, storm.seconds / 5)} s; one presenter socket records every tally; the oracle checks every round. ${count(storm.rounds, 'round')}, the targets alternating`,
      ]);
    const slow = c.params<{ sockets: number; seconds: number }>('rates', 'storm 1,000/s');
    const fast = c.params<{ sockets: number; seconds: number }>('rates', 'storm 5,000/s');
    if (slow && fast)
      rows.push([
        'storm 1,000/s, storm 5,000/s',
        `voxpop alone: ${n(slow.sockets)} votes over ${slow.seconds} s and over ${fast.seconds} s, no changes: push rates must not grow with the vote rate; the oracle checks both`,
      ]);
    const words = c.params<{
      sockets: number;
      seconds: number;
      rounds: number;
      vocabulary: number;
    }>('words');
    if (words)
      rows.push([
        'words',
        `a fresh server and poll per round, ${n(words.sockets)} phones each answer once at a random moment within ${words.seconds} s, in rounds alternating between a single-choice poll (each phone votes once, 81/15/4) and a word cloud of 3 words (each phone sends 3 words drawn Zipf-like from ${n(words.vocabulary)} entries in English, Russian, Georgian, Armenian and German, typed in varied case, spacing and punctuation, now and then misspelt); one presenter socket records every tally; SQLite and the presenter's last tally are checked every round. ${count(words.rounds, 'round')}, the targets alternating`,
      ]);
    const qa = c.params<QaParams>('qa');
    if (qa)
      rows.push([
        'qa',
        `voxpop alone, a fresh server and Q&A poll per round (open, on screen), ${n(qa.sockets)} phones: ${n(qa.questions)} of them each ask one question within ${qa.askSeconds} s, then within ${qa.seconds} s every phone upvotes ${qa.upvotesPerPhone} distinct questions drawn Zipf-like (weight 1/rank), ${formatNumber(qa.takeBack * 100)}% of the upvotes taken back later; one presenter socket records every tally; SQLite's questions and upvotes and the presenter's last tally are checked every round. ${count(qa.rounds, 'round')}`,
      ]);
    const quiz = c.params<QuizParams>('quiz');
    if (quiz)
      rows.push([
        'quiz',
        `voxpop alone (no reference has quizzes), one server and event: ${n(quiz.players)} player sockets and one presenter socket, then ${count(quiz.questions, 'quiz question')} in sequence, each created, put on screen and opened over HTTP (${quiz.timeLimit} s, ${n(quiz.points)} points); every player but ${formatNumber(quiz.skip * 100)}% answers within the same ${n(quiz.answerSpanMs)} ms, ending ${n(quiz.endsBeforeCloseMs)} ms before closesAt, and the server closes it by itself; the close, the score pushes and the leaderboard push are timed from closesAt, and SQLite, every score push and every leaderboard are checked against a recount. Then a board of ${n(quiz.boardPlayers)} players (${quiz.boardQuestions} scored answers each) written through the store's queued writes, read and ranked ${count(quiz.boardReads, 'time')} in process and over HTTP with the cache cold`,
      ]);
    const ingest = c.params<{
      sockets: number;
      seconds: number;
      rounds: number;
      targets?: string[];
    }>('ingest', 'max-ingest');
    if (ingest)
      rows.push([
        'max-ingest',
        `every server up with ${n(ingest.sockets)} sockets connected, then each socket votes as fast as acks allow (every vote a real change, written to disk) for ${ingest.seconds} s per target, in ${count(ingest.rounds, 'round')} of ${formatNumber(ingest.seconds / ingest.rounds)} s taken target after target` +
          (ingest.targets?.includes('voxpop-rating')
            ? "; voxpop's poll is a single choice, like the references', and voxpop (rating) is the same server on a 1–5 rating poll, each phone alternating between 2 and 4; afterwards each voxpop's results must count every phone once, under the answers it sent"
            : ''),
      ]);
    const http = c.params<{ connections: number; seconds: number; rounds: number }>(
      'http',
      'http-votes',
    );
    if (http)
      rows.push([
        'http-votes',
        `autocannon, ${http.connections} connections, \`PUT …/vote\` with 1,000 participants alternating their choice, ${count(http.rounds, 'round')} of ${http.seconds} s alternating between voxpop and plain http; every answer must be 2xx on both`,
      ]);
    const restart = c.params<{ votes: number; rounds: number }>('restart');
    if (restart)
      rows.push([
        'restart',
        `${n(restart.votes)} votes (10 polls × ${n(restart.votes / 10)} participants) written straight into SQLite, then the time from starting the process to \`/healthz\` answering, ${count(restart.rounds, 'start')} of the same file, every tally checked`,
      ]);
    if (c.has('client'))
      rows.push([
        'client',
        'the gzipped JavaScript each page loads before it can run (`scripts/client-size.mjs`)',
      ]);
    return tableOf(['scenario', 'what happens'], rows);
  },

  /** Every figure of every cited file but the cluster's (in its own section). */
  results(c) {
    const figures = [...c.without(CLUSTER).without(METRICS).files.values()].flatMap(({ result }) =>
      result.outcomes.flatMap((o) => o.figures),
    );
    if (figures.length === 0) return missing('everything');
    const columns = columnsOf(figures);
    return tableOf(
      ['scenario', 'figure', ...columns.map((t) => TARGET_LABELS[t]), 'voxpop ratio'],
      resultRows(figures, columns),
    );
  },

  /** The correctness checks, each with its last detail (the cluster's in its own section). */
  checks(c) {
    const checks = c.without(CLUSTER).without(METRICS).checks();
    if (checks.length === 0) return missing('storm');
    return checks
      .map(
        (check) =>
          `- ${check.ok ? 'ok' : '**FAILED**'} — ${check.scenario}, ${check.name}: ${check.detail}`,
      )
      .join('\n');
  },

  targets(c) {
    return tableOf(
      ['target', 'measured', 'verdict'],
      targetRows(c).map((r) => [r.target, r.measured, r.verdict]),
    );
  },

  /** voxpop against the fair socket.io reference, in words. */
  socketio(c) {
    if (!c.has('storm')) return missing('storm');
    const s = (key: string, t: Target) => c.summary('storm', key, t);
    const rounds = s('cpuPer1000', 'voxpop')?.n ?? 0;
    const ceiling = s('cpuPer1000', 'ceiling');
    const lines = [
      `In the storm (${rounds === 1 ? 'one round' : `medians of ${rounds} alternated rounds, ranges in brackets`}), voxpop used ` +
        `**${formatSummary(s('cpuPer1000', 'voxpop'), 'ms')}** of CPU per 1,000 votes against socket.io's ` +
        `**${formatSummary(s('cpuPer1000', 'socketio'), 'ms')}**: ${compared(c.ratio('storm', 'cpuPer1000', 'socketio'), 'CPU')} ` +
        (ceiling ? `(the ceiling: ${formatSummary(ceiling, 'ms')}). ` : '') +
        `Its acks came back with p99 ${formatSummary(s('ackP99', 'voxpop'), 'ms')} against ${formatSummary(s('ackP99', 'socketio'), 'ms')}, ` +
        `and the presenter saw a vote with p99 ${formatSummary(s('presP99', 'voxpop'), 'ms')} after its ack against ${formatSummary(s('presP99', 'socketio'), 'ms')}. ` +
        `Peak RSS: ${formatSummary(s('peakRss', 'voxpop'), 'MiB')} against ${formatSummary(s('peakRss', 'socketio'), 'MiB')}.`,
    ];
    if (c.has('ingest')) {
      const i = (key: string, t: Target) => c.summary('ingest', key, t, 'max-ingest');
      lines.push(
        '',
        `Under max-ingest voxpop sustained **${formatSummary(i('rate', 'voxpop'), 'votes/s')}**, each one committed at \`synchronous=FULL\` before its ack, ` +
          `against socket.io's **${formatSummary(i('rate', 'socketio'), 'votes/s')}** in memory ` +
          `(${formatRatio(c.ratio('ingest', 'rate', 'socketio', 'max-ingest'))} round by round), ` +
          `at ${formatSummary(i('cpuPer1000', 'voxpop'), 'ms')} of CPU per 1,000 votes against ${formatSummary(i('cpuPer1000', 'socketio'), 'ms')}.`,
      );
    }
    if (c.has('connect')) {
      const k = (t: Target) => c.summary('connect', 'rssPerSocket', t);
      lines.push(
        '',
        `Holding sockets, voxpop grew by ${formatSummary(k('voxpop'), 'KiB')} of RSS per socket, socket.io by ${formatSummary(k('socketio'), 'KiB')}, the ceiling by ${formatSummary(k('ceiling'), 'KiB')}.`,
      );
    }
    return lines.join('\n');
  },

  /** max-ingest against the ceiling, and on a rating poll against a single choice, every round. */
  ingest(c) {
    const ratios = c.rounds('ingest', 'rate', 'ceiling', 'max-ingest');
    if (ratios.length === 0) return missing('ingest');
    const list = (values: number[]) => values.map((r) => `${r.toFixed(2)}x`).join(', ');
    const met = ratios.filter((r) => r >= 0.75).length;
    const lines = [
      `max-ingest against the ceiling, round by round: **${list(ratios)}**; ` +
        `at or above 0.75x in ${met} of ${ratios.length}. The ceiling itself sustained ` +
        `${formatSummary(c.summary('ingest', 'rate', 'ceiling', 'max-ingest'), 'votes/s')}, voxpop ${formatSummary(c.summary('ingest', 'rate', 'voxpop', 'max-ingest'), 'votes/s')}.`,
    ];
    const kind = c.rounds('ingest', 'rate', 'voxpop', 'max-ingest', 'voxpop-rating');
    if (kind.length) {
      const cpu = c.ratio('ingest', 'cpuPer1000', 'voxpop', 'max-ingest', 'voxpop-rating');
      lines.push(
        '',
        `On a rating poll, against the single-choice poll of the same round: **${list(kind)}**; ` +
          `at or above 0.9x in ${kind.filter((r) => r >= 0.9).length} of ${kind.length}. ` +
          `voxpop (rating) sustained ${formatSummary(c.summary('ingest', 'rate', 'voxpop-rating', 'max-ingest'), 'votes/s')}, ` +
          `at ${formatRatio(cpu)} the single-choice poll's CPU per 1,000 votes.`,
      );
    }
    return lines.join('\n');
  },

  /** The word cloud against a single-choice vote, in words: the goals and the checks. */
  words(c) {
    if (!c.has('words')) return missing('words');
    const p = c.params<{ sockets: number; seconds: number }>('words')!;
    const w = (key: string, t: Target) => c.summary('words', key, t);
    const wc = 'voxpop-wordcloud';
    const perRound = c.rounds('words', 'cpuPerAnswer', 'voxpop', undefined, wc);
    const rounds = perRound.length;
    const list = (values: number[]) => values.map((r) => `${r.toFixed(2)}x`).join(', ');
    // The document's rule, in the words the goals are asked in.
    const verdict = (ruled: string) =>
      ruled === 'met'
        ? '**met**'
        : ruled.startsWith('met in')
          ? ruled
          : `**not met**${ruled.replace('**missed**', '')}`;
    const bytes = c.rounds('words', 'tallyBytes', undefined, undefined, wc);
    const busiest = c.rounds('words', 'presenterBusiest', undefined, undefined, wc);
    const checks = c.checks().filter((check) => check.scenario === 'words');
    const failed = checks.filter((check) => !check.ok);
    const lines = [
      `${n(p.sockets)} phones, each answering once within ${p.seconds} s ` +
        `(${rounds === 1 ? 'one round' : `medians of ${rounds} alternated rounds, ranges in brackets`}). ` +
        `On a word cloud of 3 words voxpop used **${formatSummary(w('cpuPerAnswer', wc), 'µs')}** of server CPU per answer, ` +
        `against **${formatSummary(w('cpuPerAnswer', 'voxpop'), 'µs')}** for a single-choice vote in the same rounds: ` +
        `**${formatRatio(summarize(perRound))}** round by round (${list(perRound)}). ` +
        `The goal, at most 2x, is ${verdict(judge(perRound, (v) => v <= 2))}.`,
      '',
      `The presenter saw an answer with p99 **${formatSummary(w('presP99', wc), 'ms')}** after its ack ` +
        `(p50 ${formatSummary(w('presP50', wc), 'ms')}; single choice p99 ${formatSummary(w('presP99', 'voxpop'), 'ms')}), ` +
        `received **${formatSummary(w('presenterBusiest', wc), 'tallies/s')}** in its busiest second ` +
        `(${formatSummary(w('presenterRate', wc), 'tallies/s')} on average; the goal, at most 10 as received with one push interval for delivery jitter, ${verdict(judge(busiest, (v) => v <= 10 * DELIVERY_JITTER))}), ` +
        `and the largest tally pushed was **${formatSummary(w('tallyBytes', wc), 'bytes')}** ` +
        `(the goal, under 8 KB, ${verdict(judge(bytes, (v) => v < 8 * 1024))}; a single-choice tally ${formatSummary(w('tallyBytes', 'voxpop'), 'bytes')}). ` +
        `Acks came back with p99 **${formatSummary(w('ackP99', wc), 'ms')}** against ${formatSummary(w('ackP99', 'voxpop'), 'ms')}. ` +
        `The phones gave ${formatSummary(w('distinct', wc), 'distinct words')} in each round.`,
      '',
      checks.length === 0
        ? 'The cited run has no checks for this scenario.'
        : failed.length === 0
          ? `All ${checks.length} checks held, in every round:`
          : `**${failed.length} of ${checks.length} checks failed**:`,
      '',
      ...checks.map(
        (check) =>
          `- ${check.ok ? 'ok' : '**FAILED**'} — ${check.name.replace(/^voxpop-wordcloud:/, 'word cloud:').replace(/^voxpop:/, 'single choice:')}`,
      ),
    ];
    return lines.join('\n');
  },

  /** Audience Q&A under a storm of upvotes: the issue's goals, round by round, and the checks. */
  qa: qaBlock,

  /** Quiz questions against the clock, and a leaderboard of 10,000 players: the goals and the checks. */
  quiz: quizBlock,

  /** The cluster: 1 process against 4 on PostgreSQL and Redis, the goals, every figure. */
  cluster: clusterBlock,

  /** The cluster's checks. */
  clusterchecks: clusterChecksBlock,

  /** What metrics cost: max-ingest with metrics on over off, its own run (cited apart). */
  metrics: metricsBlock,

  /** Push rates at the two rate storms. */
  rates(c) {
    if (!c.has('rates')) return missing('rates');
    const parts = ['storm 1,000/s', 'storm 5,000/s'].map((label) => {
      const p = c.summary('rates', 'presenterRate', 'voxpop', label);
      const a = c.summary('rates', 'attendeeRate', 'voxpop', label);
      const ack = c.summary('rates', 'ackP99', 'voxpop', label);
      const pres = c.summary('rates', 'presP99', 'voxpop', label);
      return `at ${label.replace(/^storm (.*)\/s$/, '$1')} votes/s, ${formatSummary(p, 'tallies/s')} per presenter and at most ${formatSummary(a, 'tallies/s')} per attendee socket (ack p99 ${formatSummary(ack, 'ms')}, vote→presenter p99 ${formatSummary(pres, 'ms')})`;
    });
    return `In the cited run: ${parts.join('; ')}.`;
  },

  client(c) {
    const outcome = c.outcome('client');
    if (!outcome) return missing('client');
    const budgets: Record<string, string> = { vote: '25 KB', present: '90 KB' };
    const routes: Record<string, string> = {
      join: '`/`',
      vote: '`/e/:code`',
      present: '`/present/:code`',
      host: '`/host/:code`',
    };
    const pages =
      (
        outcome.raw as
          | { pages?: Record<string, { language?: string | null; catalogueGzip?: number }> }
          | undefined
      )?.pages ?? {};
    // Results from before the catalogues have no language: the column says so.
    const words = (page: string) => {
      const p = pages[page];
      return p?.language
        ? `${p.language}, ${formatValue((p.catalogueGzip ?? 0) / 1024, 'KB')}`
        : '—';
    };
    const table = tableOf(
      ['page', 'first-load JS (gzip)', 'of which, the heaviest language', 'budget'],
      outcome.figures.map((f) => [
        `${f.key} ${routes[f.key] ?? ''}`.trim(),
        formatValue(f.samples.voxpop?.[0] ?? NaN, 'KB'),
        words(f.key),
        budgets[f.key] ?? '—',
      ]),
    );
    const lazy = (
      (outcome.raw as { lazy?: { file: string; gzip: number }[] } | undefined)?.lazy ?? []
    )
      .map(
        (l) => `\`${l.file.replace(/-[\w-]{8}\.js$/, '.js')}\` ${formatValue(l.gzip / 1024, 'KB')}`,
      )
      .join(', ');
    return lazy ? `${table}\n\nLoaded later, by dynamic import: ${lazy}.` : table;
  },

  /** The short summary README's Development section quotes. */
  summary(c) {
    if (!c.has('storm') || !c.has('connect')) return missing('storm');
    // Medians only: this is the paragraph README quotes; the ranges are in the tables.
    const m = (r: Summary | null, unit: string) => (r ? formatValue(r.median, unit) : '—');
    const x = (r: Summary | null) => (r ? `${r.median.toFixed(2)}x` : '—');
    const sockets = c.params<{ sockets: number }>('connect')?.sockets ?? 0;
    const storm = c.params<{ sockets: number }>('storm')?.sockets ?? 0;
    const restartVotes = c.params<{ votes: number }>('restart')?.votes ?? 0;
    const parts = [
      `${n(sockets)} phones held at ${m(c.summary('connect', 'rssPerSocket', 'voxpop'), 'KiB')} of RSS each`,
      `a ${n(storm)}-vote storm acknowledged with p99 ${m(c.summary('storm', 'ackP99', 'voxpop'), 'ms')} and on the presenter's screen with p99 ${m(c.summary('storm', 'presP99', 'voxpop'), 'ms')}`,
      `${m(c.summary('storm', 'cpuPer1000', 'voxpop'), 'ms')} of CPU per 1,000 storm votes against ${m(c.summary('storm', 'cpuPer1000', 'socketio'), 'ms')} for an in-memory socket.io poll built for the same contract (${x(c.ratio('storm', 'cpuPer1000', 'socketio'))})`,
    ];
    if (c.has('ingest'))
      parts.push(
        `${m(c.summary('ingest', 'rate', 'voxpop'), 'durable votes/s')} under max-ingest, ${x(c.ratio('ingest', 'rate', 'ceiling'))} of a raw-\`ws\` ceiling that stores nothing`,
      );
    if (c.has('restart'))
      parts.push(
        `a restart with ${n(restartVotes)} stored votes ready in ${m(c.summary('restart', 'ready', 'voxpop'), 'ms')}`,
      );
    const rounds = c.summary('storm', 'ackP99', 'voxpop')?.n ?? 0;
    return `In short, on two shared cores (medians of ${count(rounds, 'round')}; ranges and every other figure below): ${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}.`;
  },
};
