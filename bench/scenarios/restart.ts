/**
 * restart: M votes generated straight into SQLite (with the store's own write
 * statements, in big transactions on this thread), then the time from
 * starting voxpop's process to /healthz answering, with every poll's tally
 * checked against what was generated.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../server/store/index.js';
import { ParticipantWrites } from '../../server/store/participants.js';
import { VoteWrites } from '../../server/store/votes.js';
import { Voxpop } from '../../server/service/voxpop.js';
import { silentPublisher } from '../../server/service/publisher.js';
import { figure, type Check, type ScenarioOutcome } from '../lib/report.js';
import { now } from '../lib/stats.js';
import { startTarget } from '../lib/targets.js';

const POLLS = 10;

function generate(dbPath: string, votes: number) {
  const store = openStore(dbPath);
  const service = new Voxpop(store, silentPublisher);
  const { event } = service.createEvent('Restart bench');
  const participants = Math.ceil(votes / POLLS);
  const polls = Array.from({ length: POLLS }, (_, i) => {
    const created = service.createPoll(event, {
      question: `Question ${i + 1}`,
      kind: 'single',
      options: ['Yes', 'No', 'Not sure'],
    });
    if (!created.ok) throw new Error(created.code);
    return created.value.record;
  });
  const expected = polls.map(() => [0, 0, 0]);
  const ids: number[] = [];
  const participantWrites = new ParticipantWrites(store.db);
  const voteWrites = new VoteWrites(store.db);
  store.transaction(() => {
    for (let p = 0; p < participants; p++) {
      ids.push(
        participantWrites.insert(
          event.record.id,
          Buffer.from(`bench-${p}`.padEnd(32, '.')),
          new Date().toISOString(),
        ),
      );
    }
  });
  let written = 0;
  const at = new Date().toISOString();
  for (let p = 0; p < POLLS && written < votes; p++) {
    store.transaction(() => {
      for (let i = 0; i < participants && written < votes; i++, written++) {
        const option = i % 100 < 81 ? 0 : i % 100 < 96 ? 1 : 2;
        expected[p]![option]!++;
        voteWrites.put(polls[p]!.id, ids[i]!, 1 << option, null, at);
      }
    });
  }
  store.close();
  return { code: event.record.code, polls: polls.map((p) => p.id), expected };
}

export async function restartScenario(params: { votes: number }): Promise<ScenarioOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'voxpop-restart-'));
  const dbPath = join(dir, 'voxpop.db');
  const generatedAt = now();
  const data = generate(dbPath, params.votes);
  const generateMs = now() - generatedAt;

  const started = now();
  const target = await startTarget('voxpop', { dbPath, noAudience: true, readyTimeoutMs: 120_000 });
  const readyMs = now() - started;
  const checks: Check[] = [];
  try {
    let correct = true;
    for (const [i, pollId] of data.polls.entries()) {
      const results = (await (
        await fetch(`${target.server.url}/api/events/${data.code}/polls/${pollId}/results`)
      ).json()) as { options: { count: number }[] };
      const counts = results.options.map((o) => o.count);
      if (counts.join() !== data.expected[i]!.join()) correct = false;
    }
    checks.push({
      scenario: 'restart',
      name: 'tallies after restart equal the stored votes',
      ok: correct,
      detail: `${data.polls.length} polls checked`,
    });
  } finally {
    await target.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const ready = figure(
    'restart',
    `start → /healthz with ${params.votes.toLocaleString('en-US')} votes`,
    'ms',
    'lower',
  );
  ready.values.voxpop = readyMs;
  return { scenario: 'restart', params, figures: [ready], checks, raw: { generateMs } };
}
