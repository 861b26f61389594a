/**
 * The targets docs/BENCHMARKS.md checks, each with the rule that gives its
 * verdict from the cited result files: a target is met when every round
 * meets it, "met in k of n rounds" when its median does, missed otherwise.
 */
import { DELIVERY_JITTER } from '../scenarios/words.js';
import { formatNumber, formatRatio, formatSummary, summarize } from '../lib/figures.js';
import type { Cited } from './cited.js';

export interface TargetRow {
  target: string;
  measured: string;
  verdict: string;
}

export function judge(values: readonly number[], ok: (value: number) => boolean): string {
  const s = summarize(values);
  if (!s) return 'not measured';
  const met = values.filter(ok).length;
  if (met === values.length) return 'met';
  if (ok(s.median)) return `met in ${met} of ${values.length} rounds`;
  return met ? `**missed** (met in ${met} of ${values.length} rounds)` : '**missed**';
}

const rounds = (n: number) => (n === 1 ? 'one round' : `median of ${n} rounds (range)`);
const bold = (text: string) => (text === '—' ? text : `**${text}**`);

export function targetRows(c: Cited): TargetRow[] {
  const rows: TargetRow[] = [];
  const storm = (key: string, target: 'voxpop' | 'ceiling' | 'socketio' = 'voxpop') =>
    c.summary('storm', key, target);

  const perSocket = c.rounds('connect', 'rssPerSocket');
  const failed = c.rounds('connect', 'failed');
  const sockets = c.params<{ sockets: number }>('connect')?.sockets ?? 0;
  rows.push({
    target: `${sockets.toLocaleString('en-US')} attendee sockets held, server RSS ≤ 12 KiB per socket`,
    measured:
      `${failed.reduce((a, b) => a + b, 0)} failed; ${bold(formatSummary(summarize(perSocket), 'KiB'))} per socket, ${rounds(perSocket.length)}; ` +
      `ceiling ${formatSummary(c.summary('connect', 'rssPerSocket', 'ceiling'), 'KiB')}, socket.io ${formatSummary(c.summary('connect', 'rssPerSocket', 'socketio'), 'KiB')}`,
    verdict: failed.some((n) => n > 0)
      ? '**missed** (sockets failed)'
      : judge(perSocket, (v) => v <= 12),
  });

  const ingest = c.rounds('ingest', 'rate');
  rows.push({
    target: 'max-ingest ≥ 20,000 acked `synchronous=FULL` votes/s',
    measured: `${bold(formatSummary(summarize(ingest), '/s'))}, ${rounds(ingest.length)}`,
    verdict: judge(ingest, (v) => v >= 20_000),
  });
  const ingestRatio = c.rounds('ingest', 'rate', 'ceiling');
  rows.push({
    target: 'max-ingest (single choice) ≥ 0.75x the ceiling, round by round',
    measured: `${bold(formatRatio(summarize(ingestRatio)))}, ${rounds(ingestRatio.length)}`,
    verdict: judge(ingestRatio, (v) => v >= 0.75),
  });
  // What a kind costs: the rating poll's rounds against the single-choice poll's, same run.
  const kindRatio = c.rounds('ingest', 'rate', 'voxpop', undefined, 'voxpop-rating');
  rows.push({
    target: 'max-ingest on a rating poll ≥ 0.9x single choice, same run',
    measured: kindRatio.length
      ? `${bold(formatRatio(summarize(kindRatio)))}, ${rounds(kindRatio.length)} (${formatSummary(c.summary('ingest', 'rate', 'voxpop-rating'), '/s')} against ${formatSummary(c.summary('ingest', 'rate', 'voxpop'), '/s')})`
      : 'the cited run has no rating poll (it predates the target)',
    verdict: judge(kindRatio, (v) => v >= 0.9),
  });

  const ackP99 = c.rounds('storm', 'ackP99');
  rows.push({
    target: 'storm: ack p99 ≤ 50 ms',
    measured: `${bold(formatSummary(summarize(ackP99), 'ms'))}, ${rounds(ackP99.length)}`,
    verdict: judge(ackP99, (v) => v <= 50),
  });
  const presP99 = c.rounds('storm', 'presP99');
  rows.push({
    target: 'storm: vote→presenter p99 ≤ 250 ms',
    measured: `${bold(formatSummary(summarize(presP99), 'ms'))}, ${rounds(presP99.length)}`,
    verdict: judge(presP99, (v) => v <= 250),
  });

  const oracle = c
    .checks()
    .filter((check) => check.name.startsWith('voxpop: oracle'))
    .filter((check) => check.scenario.startsWith('storm'));
  rows.push({
    target:
      "storm: every acked vote stored (the oracle: each participant's stored ballot is its last acknowledged choice)",
    measured: oracle.length
      ? `${oracle.filter((o) => o.ok).length} of ${oracle.length} oracle checks held (storm and rate storms, every round)`
      : 'not measured',
    verdict:
      oracle.length === 0 ? 'not measured' : oracle.every((o) => o.ok) ? 'met' : '**missed**',
  });

  const cpuRatio = c.ratio('storm', 'cpuPer1000', 'socketio');
  rows.push({
    target: 'storm: server CPU per 1,000 votes against the socket.io reference',
    measured: `${bold(formatRatio(cpuRatio))} socket.io's (${formatSummary(storm('cpuPer1000'), 'ms')} against ${formatSummary(storm('cpuPer1000', 'socketio'), 'ms')})`,
    verdict: 'no target: the old "≤ 1/5 of socket.io\'s" was set against a straw man (below)',
  });
  const presRatio = c.rounds('storm', 'presP99', 'socketio');
  rows.push({
    target: "storm: vote→presenter p99 no worse than socket.io's",
    measured: `${bold(formatRatio(summarize(presRatio)))} socket.io's, round by round (${formatSummary(storm('presP99'), 'ms')} against ${formatSummary(storm('presP99', 'socketio'), 'ms')})`,
    verdict: judge(presRatio, (v) => v <= 1),
  });

  // The word cloud, against a single-choice vote in the same rounds (the words scenario).
  const wc = 'voxpop-wordcloud';
  const wordsCpu = c.rounds('words', 'cpuPerAnswer', 'voxpop', undefined, wc);
  rows.push({
    target: 'word cloud: server CPU per answer ≤ 2x a single-choice vote, same run',
    measured: wordsCpu.length
      ? `${bold(formatRatio(summarize(wordsCpu)))}, ${rounds(wordsCpu.length)} (${formatSummary(c.summary('words', 'cpuPerAnswer', wc), 'µs')} against ${formatSummary(c.summary('words', 'cpuPerAnswer', 'voxpop'), 'µs')})`
      : 'not measured',
    verdict: judge(wordsCpu, (v) => v <= 2),
  });
  const busiest = c.rounds('words', 'presenterBusiest', undefined, undefined, wc);
  rows.push({
    target:
      'word cloud: ≤ 10 presenter tallies in any second (as received, one push interval for delivery jitter)',
    measured: busiest.length
      ? `${bold(formatSummary(summarize(busiest), '/s'))} in the busiest second, ${rounds(busiest.length)}`
      : 'not measured',
    verdict: judge(busiest, (v) => v <= 10 * DELIVERY_JITTER),
  });
  const largest = c.rounds('words', 'tallyBytes', undefined, undefined, wc);
  rows.push({
    target: 'word cloud: every tally pushed under 8 KB',
    measured: largest.length
      ? `the largest ${bold(formatSummary(summarize(largest), 'bytes'))}, ${rounds(largest.length)}`
      : 'not measured',
    verdict: judge(largest, (v) => v < 8 * 1024),
  });
  // Joined, acked, stored and recounted: the push rate and size have rows of their own.
  const wordChecks = c
    .checks()
    .filter(
      (check) =>
        check.scenario === 'words' &&
        check.name.startsWith(`${wc}: `) &&
        /joined|acked|oracle/.test(check.name),
    );
  rows.push({
    target:
      "word cloud: every answer acked and stored as sent, the presenter's top 100 an independent recount of SQLite",
    measured: wordChecks.length
      ? `${wordChecks.filter((check) => check.ok).length} of ${wordChecks.length} checks held (every round)`
      : 'not measured',
    verdict:
      wordChecks.length === 0
        ? 'not measured'
        : wordChecks.every((check) => check.ok)
          ? 'met'
          : '**missed**',
  });

  // Audience Q&A under a storm of upvotes (the qa scenario; its section gives every goal).
  const qaAck = c.rounds('qa', 'upAckP99');
  const qaPres = c.rounds('qa', 'presP99');
  const qaChecks = c.checks().filter((check) => check.scenario === 'qa');
  if (c.has('qa')) {
    rows.push({
      target: 'Q&A: upvote ack p99 ≤ 50 ms',
      measured: `${bold(formatSummary(summarize(qaAck), 'ms'))}, ${rounds(qaAck.length)}`,
      verdict: judge(qaAck, (v) => v <= 50),
    });
    rows.push({
      target: 'Q&A: upvote→presenter p99 ≤ 250 ms',
      measured: `${bold(formatSummary(summarize(qaPres), 'ms'))}, ${rounds(qaPres.length)}`,
      verdict: judge(qaPres, (v) => v <= 250),
    });
    rows.push({
      target:
        'Q&A: every question and upvote acked and stored, the presenter a recount of SQLite, pushes bounded in rate and size',
      measured: `${qaChecks.filter((check) => check.ok).length} of ${qaChecks.length} checks held (every round)`,
      verdict:
        qaChecks.length === 0
          ? 'not measured'
          : qaChecks.every((check) => check.ok)
            ? 'met'
            : '**missed**',
    });
  }

  // Quiz questions against the clock (the quiz scenario; its section gives every goal and what is timed).
  if (c.has('quiz')) {
    const players = c.params<{ players: number; boardPlayers: number }>('quiz')!;
    const quiz = (key: string) => c.rounds('quiz', key);
    const questions = (n: number) =>
      n === 1 ? 'one question' : `median of ${n} questions (range)`;
    const reads = (n: number) => (n === 1 ? 'one read' : `median of ${n} reads (range)`);
    rows.push({
      target: `quiz: ${players.players.toLocaleString('en-US')} players answering within the same second, ack p99 ≤ 100 ms`,
      measured: `${bold(formatSummary(summarize(quiz('ackP99')), 'ms'))}, ${questions(quiz('ackP99').length)}`,
      verdict: judge(quiz('ackP99'), (v) => v <= 100).replace(/rounds/g, 'questions'),
    });
    rows.push({
      target: 'quiz: the close within 100 ms of closesAt under that load',
      measured: `${bold(formatSummary(summarize(quiz('closeLate')), 'ms'))} late at a presenter socket, ${questions(quiz('closeLate').length)}`,
      verdict: judge(quiz('closeLate'), (v) => v <= 100).replace(/rounds/g, 'questions'),
    });
    rows.push({
      target: `quiz: the leaderboard of ${players.boardPlayers.toLocaleString('en-US')} players computed in ≤ 50 ms`,
      measured: `${bold(formatSummary(summarize(quiz('boardMs')), 'ms'))} for \`standings\` + \`rankPlayers\` + \`topOf\` in process, ${reads(quiz('boardMs').length)}; \`GET /leaderboard\` with the cache cold ${formatSummary(summarize(quiz('boardHttpMs')), 'ms')}`,
      verdict: judge(quiz('boardMs'), (v) => v <= 50).replace(/rounds/g, 'reads'),
    });
    rows.push({
      target: "quiz: every player's score push within 1 s of the close",
      measured: `the last player's ${bold(formatSummary(summarize(quiz('scoreMax')), 'ms'))} after closesAt, ${questions(quiz('scoreMax').length)}`,
      verdict: judge(quiz('scoreMax'), (v) => v <= 1000).replace(/rounds/g, 'questions'),
    });
    const quizChecks = c.checks().filter((check) => check.scenario === 'quiz');
    rows.push({
      target:
        'quiz: every answer acked and stored, every score push and leaderboard a recount of SQLite',
      measured: `${quizChecks.filter((check) => check.ok).length} of ${quizChecks.length} checks held (every question)`,
      verdict:
        quizChecks.length === 0
          ? 'not measured'
          : quizChecks.every((check) => check.ok)
            ? 'met'
            : '**missed**',
    });
  }

  const restart = c.rounds('restart', 'ready');
  const votes = c.params<{ votes: number }>('restart')?.votes ?? 0;
  rows.push({
    target: `restart with ${votes.toLocaleString('en-US')} votes ready in ≤ 2 s`,
    measured: `${bold(formatSummary(summarize(restart), 'ms'))} from process start to \`/healthz\`, tallies checked, ${rounds(restart.length)}`,
    verdict: judge(restart, (v) => v <= 2000),
  });

  const pushes = ['storm 1,000/s', 'storm 5,000/s'].map((label) => ({
    label,
    presenter: c.figure('rates', 'presenterRate', label)?.samples.voxpop ?? [],
    attendee: c.figure('rates', 'attendeeRate', label)?.samples.voxpop ?? [],
  }));
  // Measured where the tallies arrive: delivery jitter moves a push by a few ms either way.
  const presenterOk = pushes.flatMap((p) => p.presenter).map((v) => v <= 10 * 1.05);
  const attendeeOk = pushes.flatMap((p) => p.attendee).map((v) => v <= 1 * 1.05);
  const all = [...presenterOk, ...attendeeOk];
  rows.push({
    target:
      'push rates do not grow with the vote rate: ≤ 10/s per presenter, ≤ 1/s per attendee (as received, 5% for delivery jitter)',
    measured:
      'presenter ' +
      pushes.map((p) => bold(formatSummary(summarize(p.presenter), ''))).join(' / ') +
      ', attendee (the fastest socket) ' +
      pushes.map((p) => bold(formatSummary(summarize(p.attendee), ''))).join(' / ') +
      ' at 1,000 / 5,000 votes/s',
    verdict:
      all.length === 0
        ? 'not measured'
        : all.every(Boolean)
          ? 'met'
          : `**missed** (${all.filter((ok) => !ok).length} of ${all.length} rates over)`,
  });

  const http = c.rounds('http', 'rps', 'plain-http');
  rows.push({
    target: 'HTTP voting ≥ 0.5x a plain `node:http` handler, round by round',
    measured: `${bold(formatRatio(summarize(http)))} (${formatSummary(c.summary('http', 'rps', 'voxpop'), 'req/s')} against ${formatSummary(c.summary('http', 'rps', 'plain-http'), 'req/s')})`,
    verdict: judge(http, (v) => v >= 0.5),
  });

  for (const [page, budget] of [
    ['vote', 25],
    ['present', 90],
  ] as const) {
    const size = c.rounds('client', page);
    rows.push({
      target: `${page} page first-load JS ≤ ${budget} KB gzip`,
      measured: bold(size.length ? `${formatNumber(size[0]!)} KB` : '—'),
      verdict: judge(size, (v) => v <= budget),
    });
  }
  return rows;
}
