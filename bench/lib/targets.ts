/**
 * The servers a scenario can run against, each started in its own process
 * on 127.0.0.1, with the audience's event and poll set up: voxpop on a
 * single-choice poll, the same voxpop on a rating poll (what a kind costs:
 * max-ingest only) and on a word cloud of 3 words (the words scenario only),
 * and the two references, which know single choice alone. The Q&A scenario
 * runs voxpop with no audience and makes its Q&A poll with `createAudience`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchAnswer, Protocol } from '../load/clients.js';
import { ROOT, startProcess, type ServerProcess } from './proc.js';

export type TargetName = 'voxpop' | 'voxpop-rating' | 'voxpop-wordcloud' | 'ceiling' | 'socketio';
export const TARGETS: readonly TargetName[] = [
  'voxpop',
  'voxpop-rating',
  'voxpop-wordcloud',
  'ceiling',
  'socketio',
];
/** The targets whose poll is a single choice: the ones connect and the storm (its oracle) run. */
export const choiceTargets = (targets: readonly TargetName[]) =>
  targets.filter((t) => t !== 'voxpop-rating' && t !== 'voxpop-wordcloud');
/** The targets max-ingest runs: its alternating answers and its count of them know choices and ratings. */
export const ingestTargets = (targets: readonly TargetName[]) =>
  targets.filter((t) => t !== 'voxpop-wordcloud');
/** The words scenario's: the word cloud, and the single-choice poll it is measured against. */
export const wordsTargets = (targets: readonly TargetName[]) =>
  targets.filter((t) => t === 'voxpop' || t === 'voxpop-wordcloud');

export type AudienceKind = 'single' | 'rating' | 'wordcloud' | 'qa';

export interface Audience {
  code: string;
  pollId: number;
  kind: AudienceKind;
  /** Option ids in order: Yes, No, Not sure (a rating poll and a word cloud have none). */
  options: number[];
  /** Two answers a phone alternates between under max-ingest, so each vote is a change. */
  alternating: BenchAnswer[];
  hostKey?: string;
}

export interface RunningTarget {
  name: TargetName;
  protocol: Protocol;
  server: ServerProcess;
  audience: Audience;
  /** voxpop only: the SQLite file, to count votes after the run. */
  dbPath?: string;
  stop(): Promise<void>;
}

export interface VoxpopOptions {
  /** Use this database (restart scenario) instead of a fresh one. */
  dbPath?: string;
  /** Skip creating the event and poll. */
  noAudience?: boolean;
  readyTimeoutMs?: number;
  /** More environment for the server (the metrics scenario: VOXPOP_METRICS). */
  env?: Record<string, string>;
}

export async function startTarget(
  name: TargetName,
  options: VoxpopOptions = {},
): Promise<RunningTarget> {
  switch (name) {
    case 'voxpop':
      return startVoxpop(name, 'single', options);
    case 'voxpop-rating':
      return startVoxpop(name, 'rating', options);
    case 'voxpop-wordcloud':
      return startVoxpop(name, 'wordcloud', options);
    case 'ceiling':
      return startReference('ceiling', 'ws', 'bench/references/ceiling.ts');
    case 'socketio':
      return startReference('socketio', 'socketio', 'bench/references/socketio.ts');
  }
}

async function startVoxpop(
  name: TargetName,
  kind: AudienceKind,
  options: VoxpopOptions,
): Promise<RunningTarget> {
  const dir = options.dbPath ? null : mkdtempSync(join(tmpdir(), 'voxpop-bench-'));
  const dbPath = options.dbPath ?? join(dir!, 'voxpop.db');
  // Exactly as `npm start` runs it: the compiled server, synchronous=FULL.
  // Only the abuse guards are lifted: the per-socket message rate limit (one
  // phone) and the per-address limit on new participants (10,000 simulated
  // phones share 127.0.0.1), so the scenarios measure the server, not the guards.
  const server = await startProcess(
    'voxpop',
    [join(ROOT, 'dist/server/main.js')],
    {
      VOXPOP_DB: dbPath,
      VOXPOP_DEMO: '0',
      VOXPOP_LOG: 'silent',
      VOXPOP_WS_RATE: '100000',
      VOXPOP_WS_BURST: '100000',
      VOXPOP_RATE_PARTICIPANTS: 'off',
      ...options.env,
    },
    { timeoutMs: options.readyTimeoutMs },
  );
  const audience: Audience = options.noAudience
    ? { code: '', pollId: 0, kind, options: [], alternating: [] }
    : await createAudience(server.url, kind);
  return {
    name,
    protocol: 'ws',
    server,
    audience,
    dbPath,
    stop: async () => {
      await server.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The one event and poll the references serve. */
export const REFERENCE_AUDIENCE: Audience = {
  code: '000001',
  pollId: 1,
  kind: 'single',
  options: [1, 2, 3],
  alternating: [{ choice: 1 }, { choice: 2 }],
};

async function startReference(
  name: TargetName,
  protocol: Protocol,
  script: string,
): Promise<RunningTarget> {
  const server = await startProcess(name, ['--import', 'tsx', join(ROOT, script)], {});
  return {
    name,
    protocol,
    server,
    audience: REFERENCE_AUDIENCE,
    stop: () => server.stop(),
  };
}

/** An event with one open poll on screen, made over voxpop's HTTP API as a host would. */
export async function createAudience(
  url: string,
  kind: AudienceKind = 'single',
): Promise<Audience> {
  const post = async (path: string, body: unknown, key?: string, method = 'POST') => {
    const response = await fetch(url + path, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(key ? { Authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<any>;
  };
  const created = await post('/api/events', { title: 'Bench' });
  const code = created.event.code as string;
  const hostKey = created.hostKey as string;
  const question = 'Can the European Union make a difference in the peace-building process?';
  const { poll } = await post(
    `/api/events/${code}/polls`,
    kind === 'single'
      ? { question, kind, options: ['Yes', 'No', 'Not sure'] }
      : kind === 'rating'
        ? { question, kind, max: 5, labels: { min: 'Not at all', max: 'Certainly' } }
        : kind === 'wordcloud'
          ? { question: 'Peace in the South Caucasus: your three words?', kind, maxWords: 3 }
          : { question: 'Your questions to the panel', kind, moderation: 'post' },
    hostKey,
  );
  await post(`/api/events/${code}/polls/${poll.id}`, { state: 'open' }, hostKey, 'PATCH');
  await post(`/api/events/${code}/active`, { pollId: poll.id }, hostKey, 'PUT');
  if (kind === 'rating')
    return { code, pollId: poll.id, kind, options: [], alternating: RATINGS, hostKey };
  if (kind === 'wordcloud')
    return { code, pollId: poll.id, kind, options: [], alternating: WORDS, hostKey };
  if (kind === 'qa') return { code, pollId: poll.id, kind, options: [], alternating: [], hostKey };
  const options = (poll.options as { id: number }[]).map((o) => o.id);
  return {
    code,
    pollId: poll.id,
    kind,
    options,
    alternating: options.slice(0, 2).map((choice) => ({ choice })),
    hostKey,
  };
}

/** Two values of the 1–5 scale: a change between them moves two counters, as a changed choice does. */
const RATINGS: BenchAnswer[] = [{ rating: 2 }, { rating: 4 }];

/** Two answers of three words with no key in common: a change between them moves six counts. */
const WORDS: BenchAnswer[] = [
  { words: ['peace', 'trust', 'dialogue'] },
  { words: ['hope', 'respect', 'future'] },
];
