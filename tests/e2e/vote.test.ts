/**
 * The attendee's phone in a real browser against a real server: voting shows
 * "sending…" until the server's ack and only then "counted", the page follows
 * the host live, a reload keeps the vote, a server restart loses nothing, and
 * what people type is shown as text, never run. Results are read off the
 * phone's chart itself (tests/support/chart-probe.ts: the labels and
 * "N% · count" it painted, its bars' lengths in pixels at devicePixelRatio 2).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { hasChromium, launchBrowser, PHONE } from '../support/browser.js';
import { expectChartShows, installChartProbe, type ShownRow } from '../support/chart-probe.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { cleanup, freePort, readDb, startTestServer, type TestServer } from '../support/server.js';
import { SocketTap } from '../support/socket-tap.js';
import { TestSocket } from '../support/ws-client.js';

/** What the attendee would notice: a change on the phone takes at most this long. */
const LIVE_MS = 2000;
/** Phones get tallies at most once a second, then the bars glide for 700 ms. */
const SETTLED_MS = LIVE_MS + 1000;
const CHART = '.vote-results__chart canvas';

interface Phone {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

describe.skipIf(!hasChromium)('vote page', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  async function openPhone(
    url: string,
    { dark = false, tap }: { dark?: boolean; tap?: SocketTap } = {},
  ): Promise<Phone> {
    const context = await browser.newContext({
      viewport: PHONE,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      colorScheme: dark ? 'dark' : 'light',
    });
    contexts.push(context);
    await installChartProbe(context);
    const page = await context.newPage();
    page.setDefaultTimeout(5000);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    if (tap) await tap.attach(page);
    await page.goto(url);
    return { page, context, errors };
  }

  const option = (page: Page, label: string) =>
    page
      .locator('.vote-option')
      .filter({ has: page.locator('.vote-option__label', { hasText: new RegExp(`^${label}$`) }) });
  const status = (page: Page) => page.getByTestId('vote-status');
  const chartShows = (page: Page, rows: ShownRow[]) =>
    expectChartShows(page, CHART, rows, { timeout: SETTLED_MS });

  async function results(code: string, pollId: number, hostKey: string) {
    const answer = await request(server.url, 'GET', `/api/events/${code}/polls/${pollId}/results`, {
      token: hostKey,
    });
    return answer.body as { total: number; options: { label: string; count: number }[] };
  }

  it('shows "sending…" until the ack, then "counted"; the presenter sees the vote within 2 s', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Forum on peace-building');
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Can the European Union make a difference?',
      kind: 'single',
      options: ['Yes', 'No', 'Not sure'],
    });
    const { socket: presenter } = await TestSocket.join(server.url, {
      event: code,
      role: 'presenter',
    });
    const tap = new SocketTap();
    const phone = await openPhone(`${server.url}/e/${code}`, { tap });
    const { page } = phone;

    await page
      .getByRole('heading', { name: 'Can the European Union make a difference?' })
      .waitFor();
    expect(await page.locator('.vote-top__title').textContent()).toBe('Forum on peace-building');
    expect(await page.getByText('Tap an answer to vote.').isVisible()).toBe(true);
    expect(phone.errors).toEqual([]);

    // Hold the ack back: the server has the vote, the phone must not claim it yet.
    tap.hold('ack');
    await option(page, 'Yes').click();
    await option(page, 'Yes').getByText('sending…').waitFor({ timeout: LIVE_MS });
    await presenter.seen('tally', (t) => t.pollId === poll.id && t.total === 1, LIVE_MS);
    expect((await results(code, poll.id, hostKey)).total).toBe(1);
    expect(await status(page).textContent()).toContain('Sending your vote');
    expect(await page.getByText('Your vote is counted').count()).toBe(0);
    expect(tap.heldTypes()).toContain('ack');

    tap.release();
    await page.getByText('Your vote is counted').waitFor({ timeout: LIVE_MS });
    await option(page, 'Yes').getByText('Your vote').waitFor();
    expect(await option(page, 'Yes').getAttribute('aria-pressed')).toBe('true');
    expect(await option(page, 'Yes').getByText('sending…').count()).toBe(0);
    expect(await page.getByText('You can change your vote until voting closes.').isVisible()).toBe(
      true,
    );

    // Changing the vote moves it; the voter is still counted once.
    await option(page, 'No').click();
    await option(page, 'No').getByText('Your vote').waitFor({ timeout: LIVE_MS });
    expect(await option(page, 'Yes').getAttribute('aria-pressed')).toBe('false');
    const after = await results(code, poll.id, hostKey);
    expect(after.total).toBe(1);
    expect(after.options.map((o) => o.count)).toEqual([0, 1, 0]);
    expect(phone.errors).toEqual([]);
    presenter.close();
  });

  it('follows the host: a new poll appears without reload, results only after voting, closing stops voting', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Live follow');
    const tap = new SocketTap();
    const { page, errors } = await openPhone(`${server.url}/e/${code}`, { tap });
    await page.getByRole('heading', { name: 'Waiting for the next question' }).waitFor();
    expect(await page.getByText('The moderator will open the next question').isVisible()).toBe(
      true,
    );

    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Which instrument builds the most trust?',
      kind: 'single',
      options: ['Dialogue', 'Trade', 'Mediation'],
    });
    await page
      .getByRole('heading', { name: 'Which instrument builds the most trust?' })
      .waitFor({ timeout: LIVE_MS });

    // Someone else votes; this phone has not, so it sees no results yet.
    const { socket: other } = await TestSocket.join(server.url, { event: code, role: 'attendee' });
    const tallied = tap.delivers('tally');
    expect((await other.vote(poll.id, [poll.options[1]!.id])).type).toBe('ack');
    await tallied;
    await page.getByText('Tap an answer to vote.').waitFor();
    expect(await page.locator('.vote-results').count()).toBe(0);

    await option(page, 'Dialogue').click();
    await page.getByText('Your vote is counted').waitFor({ timeout: LIVE_MS });
    await page.getByRole('heading', { name: 'Live results' }).waitFor({ timeout: LIVE_MS });
    await page.getByText('2 voters', { exact: true }).waitFor({ timeout: LIVE_MS });
    await chartShows(page, [
      { label: 'Dialogue', percent: 50, count: 1 },
      { label: 'Trade', percent: 50, count: 1 },
      { label: 'Mediation', percent: 0, count: 0 },
    ]);

    // A tally the page is handed reaches the chart: the other voter moves to Mediation.
    const moved = tap.delivers('tally', SETTLED_MS);
    expect((await other.vote(poll.id, [poll.options[2]!.id])).type).toBe('ack');
    await moved;
    const final = [
      { label: 'Dialogue', percent: 50, count: 1 },
      { label: 'Trade', percent: 0, count: 0 },
      { label: 'Mediation', percent: 50, count: 1 },
    ];
    await chartShows(page, final);

    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      body: { state: 'closed' },
      token: hostKey,
    });
    await page.locator('.vote-badge', { hasText: 'Voting closed' }).waitFor({ timeout: LIVE_MS });
    expect(await page.locator('.vote-option:enabled').count()).toBe(0);
    await page.getByRole('heading', { name: 'Results', exact: true }).waitFor();
    expect(await page.getByText('You chose: Dialogue').isVisible()).toBe(true);
    await chartShows(page, final);
    // The table beside it is the text alternative (read aloud, not shown): the same numbers.
    const rows = page.getByTestId('results-text').locator('tbody tr');
    expect(await rows.locator('th').allTextContents()).toEqual(['Dialogue', 'Trade', 'Mediation']);
    expect(await rows.getByTestId('percent').allTextContents()).toEqual(['50%', '0%', '50%']);

    // Hidden results disappear; taking the poll off screen brings back the waiting screen.
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      body: { showResults: false },
      token: hostKey,
    });
    await page.locator('.vote-results').waitFor({ state: 'detached', timeout: LIVE_MS });
    await request(server.url, 'PUT', `/api/events/${code}/active`, {
      body: { pollId: null },
      token: hostKey,
    });
    await page
      .getByRole('heading', { name: 'Waiting for the next question' })
      .waitFor({ timeout: LIVE_MS });
    expect(errors).toEqual([]);
    other.close();
  });

  it('keeps the vote across a reload: same participant, "your vote" marked', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Reload me',
      kind: 'single',
      options: ['Alpha', 'Beta'],
    });
    const { page } = await openPhone(`${server.url}/e/${code}`);
    await option(page, 'Beta').click();
    await page.getByText('Your vote is counted').waitFor({ timeout: LIVE_MS });
    const storedToken = () =>
      page.evaluate<string | null>(`localStorage.getItem('voxpop:token:${code}')`);
    const token = await storedToken();
    expect(token).toBeTruthy();

    await page.reload();
    await option(page, 'Beta').getByText('Your vote').waitFor({ timeout: LIVE_MS });
    expect(await option(page, 'Beta').getAttribute('aria-pressed')).toBe('true');
    expect(await storedToken()).toBe(token);

    // A re-vote after the reload replaces the vote instead of adding a voter.
    await option(page, 'Alpha').click();
    await option(page, 'Alpha').getByText('Your vote').waitFor({ timeout: LIVE_MS });
    const after = await results(code, poll.id, hostKey);
    expect(after.total).toBe(1);
    expect(after.options.map((o) => o.count)).toEqual([1, 0]);
  });

  it('says a vote is final where changes are not allowed, and offers no change', async () => {
    const { code, hostKey } = await createEvent(server.url);
    await createPoll(server.url, code, hostKey, {
      question: 'Final answer?',
      kind: 'single',
      options: ['Left', 'Right'],
      allowChange: false,
    });
    const { page } = await openPhone(`${server.url}/e/${code}`);
    await page.getByText('Your vote is final once sent.').waitFor();
    await option(page, 'Left').click();
    await page.getByText('Your vote is counted').waitFor({ timeout: LIVE_MS });
    expect(await page.getByText('Your vote is final.').isVisible()).toBe(true);
    expect(await option(page, 'Right').isDisabled()).toBe(true);
  });

  it('multiple choice: no more than maxChoices, Submit only when valid', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Pick up to two',
      kind: 'multiple',
      options: ['One', 'Two', 'Three', 'Four'],
      maxChoices: 2,
    });
    const { page } = await openPhone(`${server.url}/e/${code}`);
    await page.getByText('Choose up to 2', { exact: true }).waitFor();
    const submit = page.getByRole('button', { name: 'Submit vote' });
    expect(await submit.isDisabled()).toBe(true);

    await option(page, 'One').click();
    await option(page, 'Three').click();
    // The third pick is refused, and the page says why.
    await option(page, 'Four').click({ force: true });
    expect(await option(page, 'Four').getAttribute('aria-pressed')).toBe('false');
    expect(await option(page, 'Four').getAttribute('aria-disabled')).toBe('true');
    await page.getByText('the most you can choose').waitFor();
    expect(await page.locator('.vote-submit__count').textContent()).toBe('2 of 2 chosen');

    await option(page, 'One').click();
    expect(await submit.isEnabled()).toBe(true);
    await option(page, 'Four').click();
    await submit.click();
    await page.getByText('Your vote is counted').waitFor({ timeout: LIVE_MS });
    await option(page, 'Three').getByText('Your vote').waitFor();
    await option(page, 'Four').getByText('Your vote').waitFor();
    const tally = await results(code, poll.id, hostKey);
    expect(tally.total).toBe(1);
    expect(tally.options.map((o) => o.count)).toEqual([0, 0, 1, 1]);
    // Nothing changed since the vote: nothing to submit.
    expect(await page.getByRole('button', { name: 'Update my vote' }).isDisabled()).toBe(true);
  });

  it('explains a refused vote in plain words (the poll closed before the phone heard)', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Too late?',
      kind: 'single',
      options: ['Yes', 'No'],
    });
    const tap = new SocketTap();
    const { page } = await openPhone(`${server.url}/e/${code}`, { tap });
    await option(page, 'Yes').waitFor();
    tap.hold('poll', 'tally');
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      body: { state: 'closed' },
      token: hostKey,
    });
    await option(page, 'Yes').click();
    await status(page)
      .getByText('Voting has closed. Your vote was not counted.')
      .waitFor({ timeout: LIVE_MS });
    expect(await option(page, 'Yes').getAttribute('aria-pressed')).toBe('false');
    tap.release();
    await page.locator('.vote-badge', { hasText: 'Voting closed' }).waitFor({ timeout: LIVE_MS });
  });

  it('renders markup typed as a question or option as text, and runs none of it', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    const { code, hostKey } = await createEvent(server.url, `<script>alert(2)</script>`);
    const poll = await createPoll(server.url, code, hostKey, {
      question: xss,
      kind: 'single',
      options: [xss, `${xss} 2`],
    });
    const context = await browser.newContext({ viewport: PHONE });
    contexts.push(context);
    await installChartProbe(context);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}/e/${code}`);
    await page.locator('#vote-question').waitFor();
    expect(await page.locator('#vote-question').textContent()).toBe(xss);
    expect(await page.locator('.vote-top__title').textContent()).toBe('<script>alert(2)</script>');
    expect(await page.locator('.vote-option__label').allTextContents()).toEqual([xss, `${xss} 2`]);
    await page.locator('.vote-option').first().click();
    await page.getByText('Your vote is counted').waitFor({ timeout: LIVE_MS });
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      body: { state: 'closed' },
      token: hostKey,
    });
    await page.getByText(`You chose: ${xss}`).waitFor({ timeout: LIVE_MS });
    // The chart paints the labels as the characters typed.
    await chartShows(page, [
      { label: xss, percent: 100, count: 1 },
      { label: `${xss} 2`, percent: 0, count: 0 },
    ]);
    expect(await page.locator('main img, header img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('says so when the event does not exist or has ended', async () => {
    const missing = await openPhone(`${server.url}/e/999999`);
    await missing.page.getByRole('heading', { name: 'No event with code 999999' }).waitFor();
    expect(
      await missing.page.getByRole('link', { name: 'Enter another code' }).getAttribute('href'),
    ).toBe('/');

    const malformed = await openPhone(`${server.url}/e/12ab`);
    await malformed.page
      .getByRole('heading', { name: 'This link has no valid event code' })
      .waitFor();

    const { code, hostKey } = await createEvent(server.url);
    const { page } = await openPhone(`${server.url}/e/${code}`);
    await page.getByRole('heading', { name: 'Waiting for the next question' }).waitFor();
    await request(server.url, 'DELETE', `/api/events/${code}`, { token: hostKey });
    await page.getByRole('heading', { name: 'This event has ended' }).waitFor({ timeout: LIVE_MS });
  });

  it('has no serious or critical accessibility violations, light and dark', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Accessible event');
    await createPoll(server.url, code, hostKey, {
      question: 'Is this readable?',
      kind: 'multiple',
      options: ['Yes', 'Mostly', 'No'],
      maxChoices: 2,
    });
    for (const dark of [false, true]) {
      const { page, errors } = await openPhone(`${server.url}/e/${code}`, { dark });
      await option(page, 'Yes').click();
      await page.getByRole('button', { name: 'Submit vote' }).click();
      await page.getByText('Your vote is counted').waitFor({ timeout: LIVE_MS });
      await page.getByRole('heading', { name: 'Live results' }).waitFor();
      // Each run adds a voter for Yes; the chart reads the same in either palette.
      const voters = dark ? 2 : 1;
      await chartShows(page, [
        { label: 'Yes', percent: 100, count: voters },
        { label: 'Mostly', percent: 0, count: 0 },
        { label: 'No', percent: 0, count: 0 },
      ]);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    }
  });

  it('is keyboard operable: an option is a button that votes on Enter', async () => {
    const { code, hostKey } = await createEvent(server.url);
    await createPoll(server.url, code, hostKey, {
      question: 'Keys only',
      kind: 'single',
      options: ['First', 'Second'],
    });
    const { page } = await openPhone(`${server.url}/e/${code}`);
    await option(page, 'First').waitFor();
    // Tab from the top of the page reaches the first answer.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await option(page, 'First').evaluate((el) => el.matches(':focus'))) break;
    }
    expect(await option(page, 'First').evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('Enter');
    await option(page, 'First').getByText('Your vote').waitFor({ timeout: LIVE_MS });
  });

  // Each simulated person's browser goes when their test ends; two cores are shared.
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => {})));
  });
});

describe.skipIf(!hasChromium)('vote page across a server restart', () => {
  it('delivers a vote made during the outage exactly once after reconnecting', async () => {
    const port = await freePort();
    const env = { PORT: String(port) };
    const first = await startTestServer(env);
    const browser = await launchBrowser();
    let second: TestServer | null = null;
    try {
      const { code, hostKey } = await createEvent(first.url);
      const poll = await createPoll(first.url, code, hostKey, {
        question: 'Still there?',
        kind: 'single',
        options: ['Yes', 'No'],
      });
      const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      page.setDefaultTimeout(5000);
      await page.goto(`${first.url}/e/${code}`);
      const yes = page.locator('.vote-option', { hasText: 'Yes' });
      await yes.waitFor();

      await first.close();
      await page
        .locator('[data-testid="connection"][data-status="offline"]')
        .waitFor({ timeout: LIVE_MS });
      await yes.click();
      await yes.getByText('sending…').waitFor();
      await page.getByText('Not sent yet: waiting for the connection…').waitFor();
      // A longer outage earns the banner.
      await page.getByText("Reconnecting… your vote will be sent when you're back online").waitFor({
        timeout: 5000,
      });

      second = await startTestServer({ ...env, VOXPOP_DB: first.dbPath });
      // The socket retries with capped backoff (at most 15 s); it is a few seconds here.
      await page.getByText('Your vote is counted').waitFor({ timeout: 20_000 });
      await yes.getByText('Your vote').waitFor();
      expect(await page.locator('.vote-banner').count()).toBe(0);

      const answer = await request(
        second.url,
        'GET',
        `/api/events/${code}/polls/${poll.id}/results`,
        {
          token: hostKey,
        },
      );
      expect(answer.body.total).toBe(1);
      expect(answer.body.options.map((o: { count: number }) => o.count)).toEqual([1, 0]);
      const db = readDb(first.dbPath);
      try {
        const row = db
          .prepare('SELECT COUNT(*) AS n FROM answers WHERE poll_id = ?')
          .get(poll.id) as { n: number };
        expect(row.n).toBe(1);
      } finally {
        db.close();
      }
      await context.close();
    } finally {
      await browser.close();
      await second?.close();
      await first.close();
      cleanup(first.dir);
      if (second) cleanup(second.dir);
    }
  }, 45_000);
});
