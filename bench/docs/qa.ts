/**
 * The Q&A section of docs/BENCHMARKS.md: the issue's goals (5,000 phones,
 * 300 questions, 50,000 upvotes within 20 s; every ack durable; upvote ack
 * p99 ≤ 50 ms; presenter p99 lag ≤ 250 ms; pushes bounded), each with its
 * verdict round by round from the cited `qa` result file, then the other
 * figures and the checks.
 */
import { DELIVERY_JITTER } from '../scenarios/words.js';
import { QA_LIMITS } from '../../shared/kinds/qa-limits.js';
import { formatNumber, formatSummary, summarize, type Summary } from '../lib/figures.js';
import type { Cited } from './cited.js';
import { judge } from './targets.js';

export interface QaParams {
  sockets: number;
  questions: number;
  askSeconds: number;
  upvotesPerPhone: number;
  seconds: number;
  takeBack: number;
  rounds: number;
}

interface QaRound {
  connected: number;
  questionsAcked: number;
  upvotesSent: number;
  upvotesAcked: number;
  takeBacks: number;
  upvoteMs: number;
  presenterLag: { measured: number; offScreen: number; neverShown: number; upvotes: number };
  bytesOfTop: { typical: number; longest: number; wholeList: number };
  cores?: {
    seconds: number;
    machineBusy: number;
    server: number;
    workers: number;
    bench: number;
    workerLoopDelayMs: { p99: number; max: number }[];
  };
}

const row = (cells: string[]) => `| ${cells.map((s) => s.replace(/\|/g, '\\|')).join(' | ')} |`;
const n = (value: number) => value.toLocaleString('en-US');
const range = (values: number[], unit = '') => formatSummary(summarize(values), unit);
const bold = (text: string) => `**${text}**`;

export function qaBlock(c: Cited): string {
  if (!c.has('qa'))
    return '_No result file for `qa` in bench/results/: run `npm run bench -- --only qa`, then `npm run bench:docs`._';
  const p = c.params<QaParams>('qa')!;
  const rounds = ((c.outcome('qa')?.raw as Record<string, QaRound[]> | undefined)?.voxpop ??
    []) as QaRound[];
  const s = (key: string): Summary | null => c.summary('qa', key, 'voxpop');
  const v = (key: string) => c.rounds('qa', key);
  const checks = c.checks().filter((check) => check.scenario === 'qa');
  const failed = checks.filter((check) => !check.ok);
  const held = (pattern: RegExp) => {
    const these = checks.filter((check) => pattern.test(check.name));
    if (these.length === 0) return 'not measured';
    return these.every((check) => check.ok) ? 'met' : '**missed**';
  };
  const of = rounds.length === 1 ? 'one round' : `median of ${rounds.length} rounds (range)`;

  const goals: string[][] = [
    [
      `${n(p.sockets)} phones held`,
      `${range(rounds.map((r) => r.connected))} joined per round`,
      held(/every socket joined/),
    ],
    [
      `${n(p.questions)} questions, then ${n(p.sockets * p.upvotesPerPhone)} upvotes sent within ${p.seconds} s (and ${formatNumber(p.takeBack * 100)}% taken back), every one acked`,
      `${range(rounds.map((r) => r.questionsAcked))} questions and ${range(rounds.map((r) => r.upvotesAcked))} upvotes and take-backs acked per round ` +
        `(${range(rounds.map((r) => r.takeBacks))} take-backs), the last ack ${range(
          rounds.map((r) => r.upvoteMs / 1000),
          's',
        )} after the first upvote was due; ${bold(formatSummary(s('upvoteRate'), 'acked/s'))}`,
      held(/acked, none refused/),
    ],
    [
      'every ack durable: SQLite holds every acked question, and exactly the upvotes whose last ack was on',
      `${checks.filter((check) => /oracle: (SQLite|marks)/.test(check.name) && check.ok).length} of ${checks.filter((check) => /oracle: (SQLite|marks)/.test(check.name)).length} oracle checks held, every round`,
      held(/oracle: (SQLite|marks)/),
    ],
    [
      'upvote ack p99 ≤ 50 ms',
      `${bold(formatSummary(s('upAckP99'), 'ms'))}, ${of}`,
      judge(v('upAckP99'), (x) => x <= 50),
    ],
    [
      'upvote→presenter p99 ≤ 250 ms',
      `${bold(formatSummary(s('presP99'), 'ms'))}, ${of}`,
      judge(v('presP99'), (x) => x <= 250),
    ],
    [
      "the presenter's last tally: the top 10 of SQLite, each with SQLite's count",
      checks.find((check) => /presenter's last tally/.test(check.name))?.ok
        ? 'every round'
        : 'see the checks below',
      held(/presenter's last tally/),
    ],
    [
      '≤ 10 presenter tallies in any second (as received, one push interval for delivery jitter)',
      `${bold(formatSummary(s('presenterBusiest'), '/s'))} in the busiest second, ${of}`,
      judge(v('presenterBusiest'), (x) => x <= 10 * DELIVERY_JITTER),
    ],
    [
      '≤ 1 tally per attendee socket in any second (as received, one push interval for delivery jitter)',
      `${bold(formatSummary(s('attendeeBusiest'), '/s'))} on the busiest socket, ${of}`,
      judge(v('attendeeBusiest'), (x) => x <= DELIVERY_JITTER),
    ],
    [
      'a push stays bounded: every attendee tally (the top 30) under 12 KB, every presenter tally (the top 10) under 8 KB',
      `the largest ${bold(formatSummary(s('attendeeBytes'), 'bytes'))} to attendees, ${bold(formatSummary(s('presenterBytes'), 'bytes'))} to the presenter`,
      judge(
        v('attendeeBytes').map((bytes, i) =>
          bytes < 12 * 1024 && (v('presenterBytes')[i] ?? Infinity) < 8 * 1024 ? 1 : 0,
        ),
        (x) => x === 1,
      ),
    ],
  ];

  const lags = rounds.map((r) => r.presenterLag);
  const top = rounds.map((r) => r.bytesOfTop);
  const lines = [
    `${n(p.sockets)} phones on one server process, ${n(p.questions)} questions, ${n(p.upvotesPerPhone)} upvotes per phone within ${p.seconds} s ` +
      `(${rounds.length === 1 ? 'one round' : `medians of ${rounds.length} rounds, ranges in brackets`}):`,
    '',
    row(['goal', 'measured', 'verdict']),
    row(['---', '---', '---']),
    ...goals.map(row),
    '',
    `Upvote acks: p50 ${formatSummary(s('upAckP50'), 'ms')}, p95 ${formatSummary(s('upAckP95'), 'ms')}, p99 ${formatSummary(s('upAckP99'), 'ms')}; ` +
      `questions were acked with p99 ${formatSummary(s('askAckP99'), 'ms')}. ` +
      `The presenter showed an upvote with p50 ${formatSummary(s('presP50'), 'ms')} after its ack; ` +
      `${range(lags.map((l) => l.measured))} of ${range(lags.map((l) => l.upvotes))} upvotes were measured, ` +
      `the rest were on questions below the screen's top 10 when acked (${range(lags.map((l) => l.offScreen))}) ` +
      `or never shown with their count (${range(lags.map((l) => l.neverShown))}). ` +
      `The presenter received ${formatSummary(s('presenterRate'), 'tallies/s')} on average. ` +
      `All attendees together received ${bold(formatSummary(s('attendeeKBps'), 'KB/s'))} of tallies during the upvotes; ` +
      `with these questions ${QA_LIMITS.attendeeQuestions} of them weigh about ${range(
        top.map((t) => t.typical / 1024),
        'KB',
      )} of JSON, ` +
      `the ${QA_LIMITS.attendeeQuestions} longest ${range(
        top.map((t) => t.longest / 1024),
        'KB',
      )}, and the whole list ${range(
        top.map((t) => t.wholeList / 1024),
        'KB',
      )}. ` +
      `Server CPU per upvote (the upvotes and take-backs, from the first until the server went quiet, the pushes they caused included): ` +
      `${bold(formatSummary(s('cpuPerUpvote'), 'µs'))}; peak RSS ${formatSummary(s('peakRss'), 'MiB')}.`,
    ...coresOf(rounds),
    '',
    checks.length === 0
      ? 'The cited run has no checks for this scenario.'
      : failed.length === 0
        ? `All ${checks.length} checks held, in every round:`
        : `**${failed.length} of ${checks.length} checks failed**:`,
    '',
    ...checks.map(
      (check) =>
        `- ${check.ok ? 'ok' : '**FAILED**'} — ${check.name.replace(/^voxpop: /, '')}: ${check.detail}`,
    ),
  ];
  return lines.join('\n');
}

/**
 * Who had the two cores during the upvotes, round by round: the machine's
 * busy share, and the CPU seconds of the server, the load generators and
 * every other process; and how late the generators' event loops ran, which
 * every latency they time includes.
 */
function coresOf(rounds: QaRound[]): string[] {
  const measured = rounds.flatMap((r) => (r.cores ? [r.cores] : []));
  if (measured.length === 0) return [];
  const s1 = (value: number) => formatNumber(value);
  const each = measured.map((c, i) => {
    const machine = c.machineBusy * 2 * c.seconds;
    const others = Math.max(0, machine - c.server - c.workers - c.bench);
    const late = Math.max(...c.workerLoopDelayMs.map((d) => d.p99));
    return (
      `round ${i + 1}: both cores ${s1(c.machineBusy * 100)}% busy over ${s1(c.seconds)} s, ` +
      `the server ${s1(c.server)} CPU-s, the load generators ${s1(c.workers + c.bench)} CPU-s, ` +
      `other processes on the machine ${s1(others)}; the generators' event loops ran up to ${s1(late)} ms late (p99)`
    );
  });
  return [
    '',
    `During the upvotes (${each.join('; ')}). Every latency above is timed by the generators, so it includes how late their loops ran; a round where other processes took a large share of the cores ran on a busier machine than the others.`,
  ];
}
