/**
 * The three servers a scenario can run against, each started in its own
 * process on 127.0.0.1, with the audience's event and poll set up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from '../load/clients.js';
import { ROOT, startProcess, type ServerProcess } from './proc.js';

export type TargetName = 'voxpop' | 'ceiling' | 'socketio';
export const TARGETS: readonly TargetName[] = ['voxpop', 'ceiling', 'socketio'];

export interface Audience {
  code: string;
  pollId: number;
  /** Option ids in order: Yes, No, Not sure. */
  options: number[];
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
}

export async function startTarget(
  name: TargetName,
  options: VoxpopOptions = {},
): Promise<RunningTarget> {
  switch (name) {
    case 'voxpop':
      return startVoxpop(options);
    case 'ceiling':
      return startReference('ceiling', 'ws', 'bench/references/ceiling.ts');
    case 'socketio':
      return startReference('socketio', 'socketio', 'bench/references/socketio.ts');
  }
}

async function startVoxpop(options: VoxpopOptions): Promise<RunningTarget> {
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
    },
    '/healthz',
    options.readyTimeoutMs,
  );
  const audience = options.noAudience
    ? { code: '', pollId: 0, options: [] }
    : await createAudience(server.url);
  return {
    name: 'voxpop',
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
export const REFERENCE_AUDIENCE: Audience = { code: '000001', pollId: 1, options: [1, 2, 3] };

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

export async function createAudience(url: string): Promise<Audience> {
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
  const { poll } = await post(
    `/api/events/${code}/polls`,
    {
      question: 'Can the European Union make a difference in the peace-building process?',
      kind: 'single',
      options: ['Yes', 'No', 'Not sure'],
    },
    hostKey,
  );
  await post(`/api/events/${code}/polls/${poll.id}`, { state: 'open' }, hostKey, 'PATCH');
  await post(`/api/events/${code}/active`, { pollId: poll.id }, hostKey, 'PUT');
  return { code, pollId: poll.id, options: poll.options.map((o: { id: number }) => o.id), hostKey };
}
