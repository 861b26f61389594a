/**
 * The real vote page in Chromium against the compiled server in a child
 * process, killed with SIGKILL at the worst moments and restarted on the
 * same port and database: the page reconnects by itself, re-sends what was
 * not acknowledged under the ref of its first send, and the voter ends up
 * with exactly one stored row, the one they chose last.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, phoneContext } from '../support/browser.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { RecordingTap } from '../support/recording-tap.js';
import {
  cleanup,
  freePort,
  readDb,
  startChildServer,
  tempDir,
  type ChildServer,
} from '../support/server.js';

/** Backoff after a drop is 0.25-0.5 s, then 0.5-1, 1-2, 2-4 s: a restart of ~1 s is back well within this. */
const BACK_WITHIN_MS = 20_000;

interface StoredVote {
  ballot: number;
  ref: string | null;
}

describe.skipIf(!hasChromium)('the vote page across kill -9 of the server', () => {
  const dir = tempDir('voxpop-crash-resend-');
  const dbPath = join(dir, 'voxpop.db');
  let port: number;
  let server: ChildServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const start = () => startChildServer({ VOXPOP_DB: dbPath, VOXPOP_LOG: 'silent' }, port);

  beforeAll(async () => {
    port = await freePort();
    [server, browser] = await Promise.all([start(), launchBrowser()]);
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => {})));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.kill();
    cleanup(dir);
  });

  /** kill -9, then the same compiled server on the same port and file. */
  async function crashAndRestart(): Promise<void> {
    const signalled = await server.kill('SIGKILL');
    expect(signalled).toBeNull(); // died of the signal, no exit code: nothing was flushed on the way out
    server = await start();
  }

  async function openPhone(url: string, tap: RecordingTap): Promise<Page> {
    const context = await phoneContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(5000);
    await tap.attach(page);
    await page.goto(url);
    return page;
  }

  const option = (page: Page, label: string) =>
    page
      .locator('.vote-option')
      .filter({ has: page.locator('.vote-option__label', { hasText: new RegExp(`^${label}$`) }) });

  /** A room with one open poll on screen, and one phone on it. */
  async function setUp(tap: RecordingTap) {
    const { code, hostKey } = await createEvent(server.url, 'Crash test');
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Can the European Union make a difference?',
      kind: 'single',
      options: ['Yes', 'No', 'Not sure'],
    });
    const page = await openPhone(`${server.url}/e/${code}`, tap);
    await page
      .getByRole('heading', { name: 'Can the European Union make a difference?' })
      .waitFor();
    const welcome = tap.received('welcome', 1)[0]!.message as { participant: { id: number } };
    const ballotOf = (label: string) => 2 ** poll.options.findIndex((o) => o.label === label);
    return { code, hostKey, poll, page, participantId: welcome.participant.id, ballotOf };
  }

  /** This voter's rows, as a restarted server would read them: only what was committed. */
  function storedVotes(participantId: number): StoredVote[] {
    const db = readDb(dbPath);
    try {
      return db
        .prepare('SELECT value AS ballot, ref FROM answers WHERE participant_id = ?')
        .all(participantId) as StoredVote[];
    } finally {
      db.close();
    }
  }

  async function untilStored(participantId: number, ref: string): Promise<void> {
    const deadline = Date.now() + 5000;
    while (!storedVotes(participantId).some((v) => v.ref === ref)) {
      if (Date.now() > deadline) throw new Error(`vote ${ref} was never committed`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async function counts(code: string, pollId: number, hostKey: string) {
    const answer = await request(server.url, 'GET', `/api/events/${code}/polls/${pollId}/results`, {
      token: hostKey,
    });
    const body = answer.body as { total: number; options: { count: number }[] };
    return { total: body.total, counts: body.options.map((o) => o.count) };
  }

  const refsOf = (tap: RecordingTap, connection?: number) =>
    tap.sent('vote', connection).map((v) => v.message.ref as string);

  it('a vote committed whose ack died with the server: re-sent under its first ref, stored once', async () => {
    const tap = new RecordingTap();
    const { code, hostKey, poll, page, participantId, ballotOf } = await setUp(tap);

    tap.hold({ toPage: ['ack'] });
    await option(page, 'Yes').click();
    await option(page, 'Yes').getByText('sending…').waitFor();
    const [ref] = refsOf(tap, 1);
    expect(ref).toBeDefined();
    await untilStored(participantId, ref!);
    // Committed and answered, but the page has not heard: it must not claim it yet.
    await expect.poll(() => tap.received('ack', 1).length).toBe(1);
    expect(tap.received('ack', 1)[0]!.passed).toBe(false);
    expect(await page.getByText('Your vote is counted').count()).toBe(0);

    // Hold no more from here: what was held dies with its connection, and the
    // new connection's messages may flow before crashAndRestart() returns.
    tap.stopHolding();
    await crashAndRestart();
    await page.getByText('Your vote is counted').waitFor({ timeout: BACK_WITHIN_MS });
    await option(page, 'Yes').getByText('Your vote').waitFor();
    await option(page, 'Yes').getByText('sending…').waitFor({ state: 'detached' });

    // Exactly one row for this voter, under the ref of the first send.
    expect(storedVotes(participantId)).toEqual([{ ballot: ballotOf('Yes'), ref }]);
    // What the page did: the same vote again, same ref, on the new connection, and its ack arrived.
    const again = tap.connections;
    expect(again).toBeGreaterThan(1);
    await expect.poll(() => refsOf(tap, again)).toEqual([ref]);
    await expect
      .poll(() => tap.received('ack', again).map((a) => [a.message.ref, a.passed]))
      .toEqual([[ref, true]]);
    expect(await counts(code, poll.id, hostKey)).toEqual({ total: 1, counts: [1, 0, 0] });
  }, 60_000);

  it('a vote changed before any ack came back: after the crash the later choice wins, once', async () => {
    const tap = new RecordingTap();
    const { code, hostKey, poll, page, participantId, ballotOf } = await setUp(tap);

    tap.hold({ toPage: ['ack'] });
    await option(page, 'Yes').click();
    await option(page, 'Yes').getByText('sending…').waitFor();
    const [first] = refsOf(tap, 1);
    await untilStored(participantId, first!);
    await option(page, 'No').click();
    await option(page, 'No').getByText('sending…').waitFor();
    const [, second] = refsOf(tap, 1);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    await untilStored(participantId, second!);
    expect(tap.received('ack', 1).every((a) => !a.passed)).toBe(true);

    // Hold no more from here: what was held dies with its connection, and the
    // new connection's messages may flow before crashAndRestart() returns.
    tap.stopHolding();
    await crashAndRestart();
    await page.getByText('Your vote is counted').waitFor({ timeout: BACK_WITHIN_MS });
    await option(page, 'No').getByText('Your vote').waitFor();
    expect(await option(page, 'Yes').getAttribute('aria-pressed')).toBe('false');
    expect(await option(page, 'No').getAttribute('aria-pressed')).toBe('true');
    await option(page, 'No').getByText('sending…').waitFor({ state: 'detached' });

    expect(storedVotes(participantId)).toEqual([{ ballot: ballotOf('No'), ref: second }]);
    // Only the later vote is re-sent; the superseded one is not.
    await expect.poll(() => refsOf(tap, tap.connections)).toEqual([second]);
    expect(await counts(code, poll.id, hostKey)).toEqual({ total: 1, counts: [0, 1, 0] });
  }, 60_000);

  it('a vote the server never received before the crash: sent after the restart, stored once under its ref', async () => {
    const tap = new RecordingTap();
    const { code, hostKey, poll, page, participantId, ballotOf } = await setUp(tap);

    // The page sends it; the tap keeps it from the server, so the kill comes before any commit.
    tap.hold({ fromPage: ['vote'] });
    await option(page, 'Not sure').click();
    await option(page, 'Not sure').getByText('sending…').waitFor();
    await expect.poll(() => refsOf(tap, 1).length).toBe(1);
    const [ref] = refsOf(tap, 1);
    expect(storedVotes(participantId)).toEqual([]);

    // Hold no more from here: what was held dies with its connection, and the
    // new connection's messages may flow before crashAndRestart() returns.
    tap.stopHolding();
    await crashAndRestart();
    await page.getByText('Your vote is counted').waitFor({ timeout: BACK_WITHIN_MS });
    await option(page, 'Not sure').getByText('Your vote').waitFor();

    expect(storedVotes(participantId)).toEqual([{ ballot: ballotOf('Not sure'), ref }]);
    await expect.poll(() => refsOf(tap, tap.connections)).toEqual([ref]);
    expect(await counts(code, poll.id, hostKey)).toEqual({ total: 1, counts: [0, 0, 1] });
  }, 60_000);
});
