/**
 * restart: M votes generated straight into SQLite (with the store's own write
 * statements, in big transactions on this thread), then, for each of a few
 * starts of that file, the time from starting voxpop's process to /healthz
 * answering, with every poll's tally checked against what was generated.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PollRecord } from '../../server/domain/types.js';
import { LocalBus } from '../../server/bus/local.js';
import { openVoxpop } from '../../server/service/index.js';
import { AnswerWrites } from '../../server/store/sqlite/answers.js';
import { ParticipantWrites } from '../../server/store/sqlite/participants.js';
import { openSqliteStore } from '../../server/store/sqlite/index.js';
import { figure, record } from '../lib/figures.js';
import { openPoll } from '../lib/open-poll.js';
import type { Check, ScenarioOutcome } from '../lib/report.js';
import { now } from '../lib/stats.js';
import { startTarget } from '../lib/targets.js';

const POLLS = 10;

async function generate(dbPath: string, votes: number) {
  const store = openSqliteStore(dbPath);
  const voxpop = await openVoxpop(store, new LocalBus());
  const { event } = await voxpop.events.create('Restart bench');
  const participants = Math.ceil(votes / POLLS);
  const polls: PollRecord[] = [];
  for (let i = 0; i < POLLS; i++) {
    // Opened, so its results are public (a draft's are the host's alone).
    const poll = await openPoll(voxpop, event, {
      question: `Question ${i + 1}`,
      kind: 'single',
      options: ['Yes', 'No', 'Not sure'],
    });
    polls.push(poll.record);
  }
  voxpop.close();
  const expected = polls.map(() => [0, 0, 0]);
  const ids: number[] = [];
  // The statements the group commit runs, in big transactions of our own.
  const participantWrites = new ParticipantWrites(store.db);
  const answerWrites = new AnswerWrites(store.db);
  store.db.transaction(() => {
    for (let p = 0; p < participants; p++) {
      ids.push(
        participantWrites.insert(
          event.record.id,
          Buffer.from(`bench-${p}`.padEnd(32, '.')),
          new Date().toISOString(),
        ),
      );
    }
  })();
  let written = 0;
  const at = new Date().toISOString();
  for (let p = 0; p < POLLS && written < votes; p++) {
    store.db.transaction(() => {
      for (let i = 0; i < participants && written < votes; i++, written++) {
        const option = i % 100 < 81 ? 0 : i % 100 < 96 ? 1 : 2;
        expected[p]![option]!++;
        // A single choice is stored as the bit of its option's position.
        answerWrites.put(polls[p]!.id, ids[i]!, 1 << option, null, at);
      }
    })();
  }
  await store.close();
  return { code: event.record.code, polls: polls.map((p) => p.id), expected };
}

export async function restartScenario(params: {
  votes: number;
  rounds: number;
}): Promise<ScenarioOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'voxpop-restart-'));
  const dbPath = join(dir, 'voxpop.db');
  const ready = figure(
    'restart',
    'ready',
    `start → /healthz with ${params.votes.toLocaleString('en-US')} votes`,
    'ms',
    'lower',
  );
  const wrong: string[] = [];
  let generateMs = 0;
  try {
    const generatedAt = now();
    const data = await generate(dbPath, params.votes);
    generateMs = now() - generatedAt;
    // The same file started several times: each start rebuilds every tally from it.
    for (let round = 0; round < params.rounds; round++) {
      const started = now();
      const target = await startTarget('voxpop', {
        dbPath,
        noAudience: true,
        readyTimeoutMs: 120_000,
      });
      record(ready, 'voxpop', now() - started);
      try {
        for (const [i, pollId] of data.polls.entries()) {
          const response = await fetch(
            `${target.server.url}/api/events/${data.code}/polls/${pollId}/results`,
          );
          if (!response.ok)
            throw new Error(
              `results of poll ${pollId}: ${response.status} ${await response.text()}`,
            );
          const results = (await response.json()) as { options: { count: number }[] };
          const counts = results.options.map((o) => o.count).join('/');
          const expected = data.expected[i]!.join('/');
          if (counts !== expected)
            wrong.push(`start ${round + 1}, poll ${pollId}: ${counts}, generated ${expected}`);
        }
      } finally {
        await target.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const checks: Check[] = [
    {
      scenario: 'restart',
      name: 'voxpop: tallies after each start equal the generated votes',
      ok: wrong.length === 0,
      detail: wrong.length
        ? `${wrong.length} wrong; e.g. ${wrong[0]}`
        : `${POLLS} polls checked at each start (${params.rounds})`,
    },
  ];
  return {
    scenario: 'restart',
    params,
    figures: [ready],
    checks,
    raw: { generateMs: Math.round(generateMs) },
  };
}
