/**
 * Online backup while votes are being served: `npm run backup -- FILE`
 * against the compiled server in the middle of a vote storm. The copy
 * passes integrity_check, stands alone (no -wal beside it), and holds every
 * vote acknowledged before the backup began. The admin endpoint behind it
 * answers only this machine (and the admin token when one is set), and
 * never writes where a request says.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../server/http/app.js';
import type { PollRecord } from '../../server/domain/types.js';
import { openPoll, voxpopOn } from '../support/service.js';
import {
  cleanup,
  ROOT,
  startChildServer,
  appOver,
  startTestServer,
  tempDir,
  type ChildServer,
  type TestServer,
} from '../support/server.js';
import { createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';
import { figure, ms, summarize } from './support/figures.js';

const ADMIN_TOKEN = 'backup-operator-token';
const dir = tempDir('voxpop-backup-');
const dbPath = join(dir, 'data', 'voxpop.db');
let child: ChildServer;
/**
 * A database of some size first (10,000 participants, 100,000 votes), so the
 * copy takes many steps of SQLite's backup API with the server serving votes
 * between them, not one.
 */
async function fill(path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const { voxpop, close } = await voxpopOn(path);
  const { event } = await voxpop.events.create('Earlier event');
  const options = Array.from({ length: 10 }, (_, i) => `Earlier option ${i + 1}`);
  const polls: PollRecord[] = [];
  for (let i = 0; i < 10; i++) {
    const poll = await openPoll(voxpop, event, {
      question: `Earlier ${i}?`,
      kind: 'single',
      options,
    });
    polls.push(poll.record);
  }
  for (let chunk = 0; chunk < 2; chunk++) {
    const people = await Promise.all(
      Array.from({ length: 5000 }, () => voxpop.participants.add(event)),
    );
    await Promise.all(
      people.flatMap((p, i) =>
        polls.map((poll) =>
          voxpop.answers.cast(event, p.id, poll.id, { choices: [poll.options[i % 10]!.id] }),
        ),
      ),
    );
  }
  await close();
}

beforeAll(async () => {
  await fill(dbPath);
  child = await startChildServer({
    VOXPOP_DB: dbPath,
    VOXPOP_LOG: 'silent',
    VOXPOP_ADMIN_TOKEN: ADMIN_TOKEN,
    VOXPOP_WS_RATE: '100000',
    VOXPOP_WS_BURST: '100000',
  });
});
afterAll(async () => {
  await child?.kill();
  cleanup(dir);
});

/** `npm run backup -- FILE ...` as the operator types it (without npm's banner). */
function runBackup(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const cli = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/backup.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, VOXPOP_ADMIN_TOKEN: ADMIN_TOKEN, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    cli.stdout.on('data', (d) => (out += d));
    cli.stderr.on('data', (d) => (err += d));
    cli.once('exit', (code) => resolve({ code, out, err }));
  });
}

interface Sent {
  ref: string;
  pollId: number;
}

/** A phone voting as fast as its acks come back, changing its vote across the polls. */
class Voter {
  readonly sent: Sent[] = [];
  readonly acked = new Set<string>();
  /** When each ack arrived and how long it took. */
  readonly latencies: { at: number; ms: number }[] = [];
  private readonly sentAt = new Map<string, number>();
  private inFlight = 0;
  private n = 0;
  stopped = false;

  constructor(
    readonly index: number,
    readonly socket: TestSocket,
    readonly participantId: number,
    private readonly polls: { id: number; options: { id: number }[] }[],
    private readonly onAck: () => void,
  ) {
    socket.ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'ack') {
        this.acked.add(message.ref);
        const now = performance.now();
        this.latencies.push({ at: now, ms: now - this.sentAt.get(message.ref)! });
        this.onAck();
      } else if (message.type !== 'error') return;
      this.inFlight--;
      this.pump();
    });
  }

  pump(): void {
    while (!this.stopped && this.inFlight < 4 && this.socket.isOpen) {
      const n = this.n++;
      const poll = this.polls[n % this.polls.length]!;
      const ref = `b${this.index}-${n}`;
      this.sent.push({ ref, pollId: poll.id });
      this.sentAt.set(ref, performance.now());
      this.inFlight++;
      this.socket.send({
        type: 'vote',
        ref,
        pollId: poll.id,
        choices: [poll.options[(n + this.index) % poll.options.length]!.id],
      });
    }
  }
}

test('npm run backup mid-storm: integrity ok, one self-contained file, every vote acknowledged before it began', async () => {
  const created = await request(child.url, 'POST', '/api/events', {
    body: { title: 'Backup under load' },
    token: ADMIN_TOKEN,
  });
  const { code } = created.body.event as { code: string };
  const hostKey = created.body.hostKey as string;
  const polls: { id: number; options: { id: number }[] }[] = [];
  for (let i = 0; i < 4; i++)
    polls.push(await createPoll(child.url, code, hostKey, undefined, { active: i === 0 }));

  let acks = 0;
  let onAcks: (() => void) | null = null;
  let target = 0;
  const onAck = () => {
    if (++acks === target) onAcks?.();
  };
  const voters = await Promise.all(
    Array.from({ length: 10 }, async (_, i) => {
      const { socket, welcome } = await TestSocket.join(child.url, {
        event: code,
        role: 'attendee',
      });
      return new Voter(i, socket, welcome.participant!.id, polls, onAck);
    }),
  );
  const waitForAcks = (n: number) =>
    new Promise<void>((resolve) => {
      target = n;
      onAcks = resolve;
      if (acks >= n) resolve();
    });

  for (const voter of voters) voter.pump();
  await waitForAcks(500);

  // The backup begins: what has been acknowledged so far must be in it.
  const ackedBefore = voters.map((v) => new Set(v.acked));
  const acksAtStart = acks;
  const file = join(dir, 'backups', 'voxpop-backup.db');
  mkdirSync(join(dir, 'backups'), { recursive: true });
  writeFileSync(file, 'the previous backup'); // replaced atomically
  const started = performance.now();
  const result = await runBackup([file, '--url', child.url]);
  const took = performance.now() - started;
  const acksDuring = acks - acksAtStart;
  await waitForAcks(acks + 200); // the storm went on after it, too
  for (const voter of voters) voter.stopped = true;

  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  expect(result.out).toMatch(
    /^backup: .*voxpop-backup\.db \([\d.]+ (B|KiB|MiB)\) in [\d.]+ s .*integrity ok\n$/,
  );
  figure('backup: CLI output', result.out.trim().replace(file, 'FILE'));
  figure('backup: votes acknowledged while the backup ran', acksDuring);
  figure('backup: wall time of npm run backup (incl. tsx start)', `${took.toFixed(0)} ms`);
  const during = summarize(
    voters.flatMap((v) =>
      v.latencies.filter((l) => l.at >= started && l.at <= started + took).map((l) => l.ms),
    ),
  );
  const before = summarize(
    voters.flatMap((v) => v.latencies.filter((l) => l.at < started).map((l) => l.ms)),
  );
  figure('backup: ack latency before the backup (10 voters, 4 in flight each)', ms(before));
  figure('backup: ack latency while npm run backup ran', ms(during));
  // Served throughout: votes were acknowledged while the copy was taken.
  expect(acksDuring).toBeGreaterThan(0);
  // Nothing left behind: no temp file beside FILE, none in the server's folder.
  expect(readdirSync(join(dir, 'backups'))).toEqual(['voxpop-backup.db']);
  expect(readdirSync(join(dir, 'data')).filter((f) => f.includes('backup'))).toEqual([]);

  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(existsSync(`${file}-wal`)).toBe(false);
    const stored = db.prepare('SELECT ref FROM answers WHERE poll_id = ? AND participant_id = ?');
    let checked = 0;
    for (const [i, voter] of voters.entries()) {
      for (const poll of polls) {
        const mine = voter.sent.filter((s) => s.pollId === poll.id);
        const last = mine.map((s) => ackedBefore[i]!.has(s.ref)).lastIndexOf(true);
        if (last < 0) continue;
        const row = stored.get(poll.id, voter.participantId) as { ref: string } | undefined;
        // The last vote acknowledged before the backup, or one sent after it: never older, never missing.
        expect(row, `voter ${i}, poll ${poll.id}`).toBeDefined();
        const at = mine.findIndex((s) => s.ref === row!.ref);
        expect(at, `voter ${i}, poll ${poll.id}: ${row!.ref}`).toBeGreaterThanOrEqual(last);
        checked++;
      }
    }
    expect(checked).toBe(voters.length * polls.length);
    figure('backup: voter x poll pairs checked against the copy', checked);
  } finally {
    db.close();
  }
  for (const voter of voters) voter.socket.close();
});

describe('the admin endpoint and the CLI refuse what they should', () => {
  test('no token 401, a wrong one 403 (and the CLI says so, exit 1, FILE untouched)', async () => {
    expect((await request(child.url, 'POST', '/api/admin/backup')).status).toBe(401);
    const wrong = await request(child.url, 'POST', '/api/admin/backup', { token: 'nope' });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, 'forbidden']);
    const file = join(dir, 'untouched.db');
    writeFileSync(file, 'keep me');
    const result = await runBackup([file, '--url', child.url], { VOXPOP_ADMIN_TOKEN: 'nope' });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/backup failed: the server answered 403: .*admin token is wrong/);
    expect(statSync(file).size).toBe('keep me'.length);
  });

  test('a page (Origin), a proxy (forwarding headers) or a foreign Host is refused, even from loopback', async () => {
    const token = { token: ADMIN_TOKEN };
    const refusals: Record<string, string>[] = [
      { Origin: 'http://127.0.0.1:3000' },
      { 'X-Forwarded-For': '203.0.113.7' },
      { Forwarded: 'for=203.0.113.7' },
      { 'X-Real-IP': '203.0.113.7' },
    ];
    for (const headers of refusals) {
      const answer = await request(child.url, 'POST', '/api/admin/backup', { ...token, headers });
      expect([JSON.stringify(headers), answer.status]).toEqual([JSON.stringify(headers), 403]);
      expect(answer.body.error.message).toMatch(/answer only this machine/);
    }
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends Host: evil.example.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${child.url}/api/admin/backup`,
        {
          method: 'POST',
          headers: { Host: 'evil.example', Authorization: `Bearer ${ADMIN_TOKEN}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  test('a request cannot name where the server writes', async () => {
    const planted = join(dir, 'planted.db');
    const answer = await fetch(
      `${child.url}/api/admin/backup?file=${encodeURIComponent(planted)}`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ file: planted, path: planted }),
      },
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/vnd.sqlite3');
    const bytes = Buffer.from(await answer.arrayBuffer());
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(Number(answer.headers.get('content-length'))).toBe(bytes.length);
    expect(existsSync(planted)).toBe(false);
    expect(readdirSync(join(dir, 'data')).filter((f) => f.includes('backup'))).toEqual([]);
  });

  test('the CLI against a server that is not there: exit 1 and a plain message', async () => {
    const result = await runBackup([join(dir, 'nothing.db'), '--url', 'http://127.0.0.1:9']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/backup failed: cannot reach voxpop at http:\/\/127\.0\.0\.1:9/);
    expect(existsSync(join(dir, 'nothing.db'))).toBe(false);
  });
});

describe('who counts as this machine', () => {
  let server: TestServer;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    server = await startTestServer();
    app = appOver(server, { trustProxy: 1 });
  });
  afterAll(() => server.dispose());

  const from = (remoteAddress: string | undefined, host = '127.0.0.1:3000') =>
    app.request(
      '/api/admin/backup',
      { method: 'POST', headers: { Host: host } },
      { incoming: { socket: { remoteAddress }, headers: {} } },
    );

  test('loopback peers are; every other peer is not, whatever it claims', async () => {
    for (const peer of ['127.0.0.1', '127.0.0.2', '::1', '::ffff:127.0.0.1']) {
      const answer = await from(peer);
      expect([peer, answer.status]).toEqual([peer, 200]);
      await answer.arrayBuffer();
    }
    for (const peer of ['192.0.2.1', '10.0.0.1', '::ffff:192.0.2.1', '2001:db8::1', undefined]) {
      const answer = await from(peer);
      expect([peer, answer.status]).toEqual([peer, 403]);
      expect((await answer.json()).error.message).toMatch(/came from/);
    }
    // Without a Node request behind it (no peer at all): refused.
    expect((await app.request('/api/admin/backup', { method: 'POST' })).status).toBe(403);
    for (const host of ['localhost:3000', '[::1]:3000', '127.0.0.1']) {
      const answer = await from('127.0.0.1', host);
      expect([host, answer.status]).toEqual([host, 200]);
      await answer.arrayBuffer();
    }
    for (const host of ['evil.example', '127.0.0.1.evil.example', 'localhost.evil.example:3000']) {
      expect([host, (await from('127.0.0.1', host)).status]).toEqual([host, 403]);
    }
  });
});
