/**
 * The presenter screen at 1920x1080 in a real browser against a real server:
 * it follows the host's active poll by itself, shows votes within 2 s on the
 * same chart (never a rebuilt one), keeps numbers off the screen while results
 * are hidden, shows the closed state, the join code and QR with no poll on
 * screen, the margin of error on request, and renders what people typed as
 * text. Results are read off the chart itself (tests/support/chart-probe.ts:
 * the labels and "N% · count" it painted, its bars' lengths in pixels); the
 * hidden results table is checked only as the text alternative.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, SCREEN } from '../support/browser.js';
import { expectChartShows, installChartProbe, type ShownRow } from '../support/chart-probe.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { freePort, startTestServer, type TestServer } from '../support/server.js';
import { TestSocket } from '../support/ws-client.js';
import { seriousViolations } from '../support/axe.js';

/** What the room would notice: a change reaches the screen within this. */
const LIVE_MS = 2000;
/** ... and the bars have finished gliding to it (700 ms) within this. */
const SETTLED_MS = LIVE_MS + 1000;
const CHART = '[data-testid="chart"] canvas';

interface Screen {
  page: Page;
  /** Console errors, uncaught exceptions and dialogs seen so far. */
  problems: string[];
}

describe.skipIf(!hasChromium)('present page', () => {
  let server: TestServer;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let screens: Screen[] = [];
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterEach(async () => {
    // Every screen a test opened stayed free of console errors and dialogs.
    const seen = screens.map((s) => s.problems);
    for (const socket of sockets.splice(0)) socket.close();
    await Promise.all(contexts.map((c) => c.close()));
    contexts = [];
    screens = [];
    for (const problems of seen) expect(problems).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** One browser context per screen: chart.js never repaints in a background tab. */
  async function openScreen(path: string): Promise<Screen> {
    const context = await browser.newContext({ viewport: SCREEN });
    contexts.push(context);
    await installChartProbe(context);
    const page = await context.newPage();
    page.setDefaultTimeout(5000);
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(server.url + path);
    const screen = { page, problems };
    screens.push(screen);
    return screen;
  }

  async function attendee(code: string): Promise<TestSocket> {
    const { socket } = await TestSocket.join(server.url, { event: code, role: 'attendee' });
    sockets.push(socket);
    return socket;
  }

  /** Many votes quickly over HTTP: one participant each. */
  async function votes(code: string, pollId: number, optionId: number, n: number): Promise<void> {
    await Promise.all(
      Array.from({ length: n }, async () => {
        const joined = await request(server.url, 'POST', `/api/events/${code}/participants`);
        const voted = await request(server.url, 'PUT', `/api/events/${code}/polls/${pollId}/vote`, {
          token: joined.body.token,
          body: { choices: [optionId] },
        });
        expect(voted.status).toBe(200);
      }),
    );
  }

  const patchPoll = (code: string, hostKey: string, pollId: number, body: object) =>
    request(server.url, 'PATCH', `/api/events/${code}/polls/${pollId}`, { token: hostKey, body });
  const setActive = (code: string, hostKey: string, pollId: number | null) =>
    request(server.url, 'PUT', `/api/events/${code}/active`, { token: hostKey, body: { pollId } });

  /**
   * The chart has settled on these rows (label, "N% · count", a bar N% of the
   * track in the option's colour), and the results table, its text
   * alternative for screen readers, says the same.
   */
  async function showsResults(page: Page, rows: ShownRow[]): Promise<void> {
    await expectChartShows(page, CHART, rows, { timeout: SETTLED_MS });
    // The table is re-rendered at most once a second (it is announced), so it may trail the chart.
    const table = page.getByTestId('results-text').locator('tbody tr');
    await expect
      .poll(
        async () => ({
          labels: await table.locator('th').allTextContents(),
          percents: await table.getByTestId('percent').allTextContents(),
        }),
        { timeout: LIVE_MS },
      )
      .toEqual({ labels: rows.map((r) => r.label), percents: rows.map((r) => `${r.percent}%`) });
  }

  it('follows the active poll, shows votes within 2 s on the same chart, and counts turnout', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Forum on peace-building');
    const first = await createPoll(server.url, code, hostKey, {
      question: 'Can the European Union make a difference?',
      kind: 'single',
      options: ['Yes', 'No', 'Not sure'],
    });
    const { page } = await openScreen(`/present/${code}`);
    await page
      .getByRole('heading', { name: 'Can the European Union make a difference?' })
      .waitFor();
    const canvas = page.locator('[data-testid="chart"] canvas');
    await canvas.waitFor();
    // Mark the node: if the chart were rebuilt in a new canvas, the mark would be gone.
    await canvas.evaluate((el) => el.setAttribute('data-first', ''));
    expect(await page.getByTestId('turnout').textContent()).toContain('No votes yet');

    const [yes, no] = first.options;
    const people = await Promise.all([1, 2, 3, 4].map(() => attendee(code)));
    for (const [i, person] of people.entries()) {
      expect((await person.vote(first.id, [i < 3 ? yes!.id : no!.id])).type).toBe('ack');
    }
    await showsResults(page, [
      { label: 'Yes', percent: 75, count: 3 },
      { label: 'No', percent: 25, count: 1 },
      { label: 'Not sure', percent: 0, count: 0 },
    ]);
    await expect
      .poll(() => page.getByTestId('turnout').textContent(), { timeout: LIVE_MS })
      .toBe('4 voters · 100% of 4 present');
    expect(await page.locator('canvas[data-first]').count()).toBe(1);
    expect(await page.getByTestId('results-text').getAttribute('aria-live')).toBe('polite');

    // The host puts another poll on screen: the page follows, on the same Chart.
    const second = await createPoll(server.url, code, hostKey, {
      question: 'Should the forum meet again next year?',
      kind: 'single',
      options: ['Yes, in Tbilisi', 'Yes, online', 'No'],
    });
    await page
      .getByRole('heading', { name: 'Should the forum meet again next year?' })
      .waitFor({ timeout: LIVE_MS });
    expect((await people[0]!.vote(second.id, [second.options[1]!.id])).type).toBe('ack');
    await showsResults(page, [
      { label: 'Yes, in Tbilisi', percent: 0, count: 0 },
      { label: 'Yes, online', percent: 100, count: 1 },
      { label: 'No', percent: 0, count: 0 },
    ]);
    expect(await page.locator('canvas[data-first]').count()).toBe(1);

    // Back to the first: its numbers are still right, drawn on the same canvas.
    await setActive(code, hostKey, first.id);
    await showsResults(page, [
      { label: 'Yes', percent: 75, count: 3 },
      { label: 'No', percent: 25, count: 1 },
      { label: 'Not sure', percent: 0, count: 0 },
    ]);
    expect(await page.locator('canvas[data-first]').count()).toBe(1);

    expect(await seriousViolations(page)).toEqual([]);
    // Nothing scrolls on the projector.
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth > innerWidth,
      y: document.documentElement.scrollHeight > innerHeight,
    }));
    expect(overflow).toEqual({ x: false, y: false });
  });

  it('drops a tally older than the one it shows', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Stale?',
      kind: 'single',
      options: ['A', 'B'],
    });
    const context = await browser.newContext({ viewport: SCREEN });
    contexts.push(context);
    await installChartProbe(context);
    const page = await context.newPage();
    // Stand between page and server, to replay an old tally after a newer one.
    let inject: ((message: string) => void) | null = null;
    const tallies: { seq: number; text: string }[] = [];
    await page.routeWebSocket(/\/ws$/, (route) => {
      const upstream = route.connectToServer();
      route.onMessage((m) => upstream.send(m));
      upstream.onMessage((m) => {
        const text = String(m);
        const message = JSON.parse(text) as { type: string; seq?: number };
        if (message.type === 'tally') tallies.push({ seq: message.seq!, text });
        route.send(text);
      });
      inject = (text) => route.send(text);
    });
    await page.goto(`${server.url}/present/${code}`);
    await page.getByRole('heading', { name: 'Stale?' }).waitFor();
    const [first, second] = [await attendee(code), await attendee(code)];
    await first.vote(poll.id, [poll.options[0]!.id]);
    await expect
      .poll(() => page.getByTestId('turnout').textContent(), { timeout: LIVE_MS })
      .toMatch(/^1 voter/);
    await second.vote(poll.id, [poll.options[1]!.id]);
    await expect
      .poll(() => page.getByTestId('turnout').textContent(), { timeout: LIVE_MS })
      .toMatch(/^2 voters/);

    // Replay the one-voter tally, then a presence push: once the page shows the
    // presence, it has handled the stale tally before it, and must still count two.
    const oldest = tallies.reduce((a, b) => (a.seq < b.seq ? a : b));
    expect(JSON.parse(oldest.text).total).toBe(1);
    inject!(oldest.text);
    inject!(JSON.stringify({ type: 'presence', attendees: 40 }));
    await expect
      .poll(() => page.getByTestId('turnout').textContent(), { timeout: LIVE_MS })
      .toBe('2 voters · 5% of 40 present');
    // The chart did not take the old tally either: not "A 100% · 1".
    await showsResults(page, [
      { label: 'A', percent: 50, count: 1 },
      { label: 'B', percent: 50, count: 1 },
    ]);
  });

  it('shows the options without any numbers while results are hidden, and the numbers once revealed', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Which topic after the break?',
      kind: 'single',
      options: ['Security guarantees', 'Economic cooperation', 'Cultural exchange'],
    });
    await patchPoll(code, hostKey, poll.id, { showResults: false });
    await votes(code, poll.id, poll.options[1]!.id, 3);
    const { page } = await openScreen(`/present/${code}`);
    await page.getByRole('heading', { name: 'Which topic after the break?' }).waitFor();

    await page.getByText('Results will be shown soon').waitFor();
    const listed = await page.getByTestId('options-preview').locator('li').allTextContents();
    expect(listed).toEqual(['Security guarantees', 'Economic cooperation', 'Cultural exchange']);
    expect(await page.getByTestId('results-text').count()).toBe(0);
    expect(await page.locator('canvas').count()).toBe(0);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\d+\s*%|\bvoters?\b/);

    await patchPoll(code, hostKey, poll.id, { showResults: true });
    await showsResults(page, [
      { label: 'Security guarantees', percent: 0, count: 0 },
      { label: 'Economic cooperation', percent: 100, count: 3 },
      { label: 'Cultural exchange', percent: 0, count: 0 },
    ]);
    expect(await page.getByText('Results will be shown soon').count()).toBe(0);
  });

  it('marks a closed poll as closed and keeps its results', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Closing soon?',
      kind: 'single',
      options: ['Yes', 'No'],
    });
    await votes(code, poll.id, poll.options[0]!.id, 2);
    const { page } = await openScreen(`/present/${code}`);
    const results = [
      { label: 'Yes', percent: 100, count: 2 },
      { label: 'No', percent: 0, count: 0 },
    ];
    await showsResults(page, results);
    expect(await page.getByTestId('closed-badge').count()).toBe(0);

    await patchPoll(code, hostKey, poll.id, { state: 'closed' });
    await page.getByTestId('closed-badge').waitFor({ timeout: LIVE_MS });
    expect(await page.getByTestId('closed-badge').textContent()).toContain('Voting closed');
    await showsResults(page, results);
  });

  it('with no poll on screen shows the join code large and a QR code that loads; follows the host in and out', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Plenary');
    const { page } = await openScreen(`/present/${code}`);
    const lobbyCode = page.getByTestId('lobby-code');
    await lobbyCode.waitFor();
    expect(await lobbyCode.textContent()).toBe(`${code.slice(0, 3)} ${code.slice(3)}`);
    const size = await lobbyCode.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(120);
    const host = new URL(server.url).host;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Join at ${host}`);
    const qr = page.getByTestId('qr');
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="qr"]');
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    expect(await qr.getAttribute('src')).toBe(`/api/events/${code}/qr.svg`);
    expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(400);
    expect(await seriousViolations(page)).toEqual([]);

    const poll = await createPoll(server.url, code, hostKey, {
      question: 'On screen now?',
      kind: 'single',
      options: ['Yes', 'No'],
    });
    await page.getByRole('heading', { name: 'On screen now?' }).waitFor({ timeout: LIVE_MS });
    // Beside a poll the code and QR stay on screen.
    expect(await page.getByTestId('join-code').textContent()).toBe(
      `${code.slice(0, 3)} ${code.slice(3)}`,
    );
    expect(await page.getByTestId('qr').isVisible()).toBe(true);

    await setActive(code, hostKey, null);
    await lobbyCode.waitFor({ timeout: LIVE_MS });
    await setActive(code, hostKey, poll.id);
    await page.getByRole('heading', { name: 'On screen now?' }).waitFor({ timeout: LIVE_MS });
    await request(server.url, 'DELETE', `/api/events/${code}/polls/${poll.id}`, { token: hostKey });
    await lobbyCode.waitFor({ timeout: LIVE_MS });

    await request(server.url, 'DELETE', `/api/events/${code}`, { token: hostKey });
    await page.getByText('This event has ended').waitFor({ timeout: LIVE_MS });
  });

  it('takes its theme from ?theme=, light by default', async () => {
    const { code } = await createEvent(server.url);
    const dark = await openScreen(`/present/${code}?theme=dark`);
    await dark.page.getByTestId('lobby-code').waitFor();
    expect(await dark.page.locator('html').getAttribute('data-theme')).toBe('dark');
    const light = await openScreen(`/present/${code}`);
    await light.page.getByTestId('lobby-code').waitFor();
    expect(await light.page.locator('html').getAttribute('data-theme')).toBe('light');
    const background = (page: Page) =>
      page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background(dark.page)).not.toBe(await background(light.page));
    expect(await seriousViolations(dark.page)).toEqual([]);
  });

  it('shows the margin of error with ?stats=1 or the event setting, and hides it with no votes', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'How sure are we?',
      kind: 'single',
      options: ['Yes', 'No'],
    });
    const withParam = await openScreen(`/present/${code}?stats=1`);
    const plain = await openScreen(`/present/${code}`);
    await withParam.page.getByRole('heading', { name: 'How sure are we?' }).waitFor();
    expect(await withParam.page.getByTestId('stats').count()).toBe(0); // n = 0

    await votes(code, poll.id, poll.options[0]!.id, 81);
    await votes(code, poll.id, poll.options[1]!.id, 19);
    const stats = withParam.page.getByTestId('stats');
    await expect
      .poll(() => stats.textContent(), { timeout: LIVE_MS })
      .toMatch(/^100 voters · ±7\.7 points at 95% confidence/);
    expect(await stats.getAttribute('title')).toContain('normal approximation');
    expect(await stats.locator('.visually-hidden').textContent()).toContain('“Yes” (81%)');
    await showsResults(withParam.page, [
      { label: 'Yes', percent: 81, count: 81 },
      { label: 'No', percent: 19, count: 19 },
    ]);

    // Without the parameter it follows the host's setting, live.
    await plain.page.getByTestId('turnout').waitFor();
    expect(await plain.page.getByTestId('stats').count()).toBe(0);
    await request(server.url, 'PATCH', `/api/events/${code}`, {
      token: hostKey,
      body: { showStats: true },
    });
    await expect
      .poll(() => plain.page.getByTestId('stats').textContent(), { timeout: LIVE_MS })
      .toMatch(/±7\.7 points/);
  });

  it('goes full screen on F or the button, and hides the button while full screen', async () => {
    const { code } = await createEvent(server.url);
    const { page } = await openScreen(`/present/${code}`);
    const button = page.getByRole('button', { name: /Full screen/ });
    await button.waitFor();
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await button.waitFor({ state: 'detached' });
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await button.click();
    await page.waitForFunction(() => document.fullscreenElement !== null);
  });

  it('says when the connection drops and comes back with the same results after a server restart', async () => {
    const port = await freePort();
    let own = await startTestServer({ PORT: String(port) });
    try {
      const { code, hostKey } = await createEvent(own.url);
      const poll = await createPoll(own.url, code, hostKey, {
        question: 'Still there?',
        kind: 'single',
        options: ['Yes', 'No'],
      });
      const joined = await request(own.url, 'POST', `/api/events/${code}/participants`);
      await request(own.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
        token: joined.body.token,
        body: { choices: [poll.options[1]!.id] },
      });
      const context = await browser.newContext({ viewport: SCREEN });
      contexts.push(context);
      await installChartProbe(context);
      const page = await context.newPage();
      await page.goto(`${own.url}/present/${code}`);
      const connection = page.getByTestId('connection');
      await expect.poll(() => connection.textContent()).toBe('Live');
      const results = [
        { label: 'Yes', percent: 0, count: 0 },
        { label: 'No', percent: 100, count: 1 },
      ];
      await showsResults(page, results);

      await own.close();
      await expect
        .poll(() => connection.textContent(), { timeout: LIVE_MS })
        .toMatch(/Reconnecting|Connecting/);
      own = await startTestServer({ PORT: String(port), VOXPOP_DB: own.dbPath });
      await expect.poll(() => connection.textContent(), { timeout: 10_000 }).toBe('Live');
      await showsResults(page, results);
      expect(await page.getByRole('heading', { name: 'Still there?' }).isVisible()).toBe(true);
    } finally {
      await own.dispose();
    }
  });

  it('renders what people typed as text: no markup, no script, no dialog', async () => {
    const { code, hostKey } = await createEvent(
      server.url,
      '<b>Title</b><img src=x onerror=alert(0)>',
    );
    const question = '<img src=x onerror=alert(1)> <script>alert(2)</script>';
    await createPoll(server.url, code, hostKey, {
      question,
      kind: 'single',
      options: ['<b>bold</b>', '"><svg onload=alert(3)>'],
    });
    const { page } = await openScreen(`/present/${code}`);
    await page.getByTestId('question').waitFor();
    expect(await page.getByTestId('question').textContent()).toBe(question);
    expect(await page.locator('.event-title').textContent()).toBe(
      '<b>Title</b><img src=x onerror=alert(0)>',
    );
    expect(await page.locator('img[src="x"], script:not([src]), svg[onload], b').count()).toBe(0);
    // Painted on the chart as typed, and the same in the table.
    await showsResults(page, [
      { label: '<b>bold</b>', percent: 0, count: 0 },
      { label: '"><svg onload=alert(3)>', percent: 0, count: 0 },
    ]);
  });
});
