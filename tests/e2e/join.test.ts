/**
 * The front door in a real browser: an attendee types a code and lands on
 * the vote page (or is told plainly why not); an organiser names an event and
 * lands on its host page with the key in the URL fragment, never the query.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { hasChromium, launchBrowser, PHONE } from '../support/browser.js';
import { createEvent, request } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

describe.skipIf(!hasChromium)('join page', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // With the demo seeded, as `npm start` runs, so "Try the demo" has somewhere to go.
    [server, browser] = await Promise.all([startTestServer({ VOXPOP_DEMO: '1' }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => {})));
  });

  async function open(
    base: string,
    { dark = false, phone = true }: { dark?: boolean; phone?: boolean } = {},
  ): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({
      viewport: phone ? PHONE : { width: 1440, height: 900 },
      deviceScaleFactor: phone ? 2 : 1,
      isMobile: phone,
      hasTouch: phone,
      colorScheme: dark ? 'dark' : 'light',
    });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(5000);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Join a live poll' }).waitFor();
    return { page, errors };
  }

  const codeField = (page: Page) => page.getByLabel('Event code');
  const help = (page: Page) => page.locator('#event-code-help');

  it('offers a numeric keypad and says clearly what is wrong with a code', async () => {
    const { page, errors } = await open(server.url);
    const field = codeField(page);
    expect(await field.getAttribute('inputmode')).toBe('numeric');
    expect(await field.getAttribute('pattern')).toBe('[0-9]*');
    expect(await field.getAttribute('autocomplete')).toBe('off');

    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await help(page).getByText('Enter the 6-digit code shown on the screen.').waitFor();

    await field.fill('1234');
    await field.press('Enter');
    await help(page).getByText('An event code has 6 digits; this one has 4.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');

    // Spaces, dashes and pasted join links all come down to the six digits.
    await field.fill('12 34-56');
    expect(await field.inputValue()).toBe('123456');
    await field.fill('https://polls.example.org/e/654321');
    expect(await field.inputValue()).toBe('654321');

    const unknown = '000001';
    expect((await request(server.url, 'GET', `/api/events/${unknown}`)).status).toBe(404);
    await field.fill(unknown);
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await help(page).getByText(`No event has the code ${unknown}.`).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    // The lookup's 404 is the answer, not a page error; only the browser's own network line may appear.
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  });

  it('takes a valid code to the vote page', async () => {
    const { code } = await createEvent(server.url, 'Town hall');
    const { page, errors } = await open(server.url);
    await codeField(page).fill(code);
    await codeField(page).press('Enter');
    await page.waitForURL(`${server.url}/e/${code}`);
    await page.getByRole('heading', { name: 'Waiting for the next question' }).waitFor();
    expect(await page.locator('.vote-top__title').textContent()).toBe('Town hall');
    expect(errors).toEqual([]);
  });

  it('creates an event and lands on its host page with the key in the fragment only', async () => {
    const { page, errors } = await open(server.url, { phone: false });
    await page.getByRole('button', { name: 'Create an event' }).click();
    const title = page.getByLabel('Event name');
    await title.waitFor();
    expect(await title.evaluate((el) => el.matches(':focus'))).toBe(true);
    expect(
      await page.getByText('Keep it: it is the only way back to your controls.').isVisible(),
    ).toBe(true);

    await page.getByRole('button', { name: 'Create event' }).click();
    await page.getByText('Give your event a name').waitFor();

    await title.fill('Peace-building forum, day 1');
    // Only this page's errors count; the host page is judged by its own tests.
    expect(errors).toEqual([]);
    await page.getByRole('button', { name: 'Create event' }).click();
    await page.waitForURL(/\/host\/\d{6}#key=/);
    const url = new URL(page.url());
    expect(url.search).toBe('');
    const code = /^\/host\/(\d{6})$/.exec(url.pathname)![1]!;
    const key = new URLSearchParams(url.hash.slice(1)).get('key')!;
    expect(key.length).toBeGreaterThanOrEqual(22);

    // The key in the fragment is the event's host key.
    const event = await request(server.url, 'GET', `/api/events/${code}`);
    expect(event.body.event.title).toBe('Peace-building forum, day 1');
    const patched = await request(server.url, 'PATCH', `/api/events/${code}`, {
      body: { title: 'Peace-building forum, day one' },
      token: key,
    });
    expect(patched.status).toBe(200);
  });

  it('offers the demo quietly when the server has one', async () => {
    const { page } = await open(server.url);
    const demo = page.getByRole('link', { name: 'Try the demo' });
    await demo.waitFor();
    const answer = await request(server.url, 'GET', '/api/demo');
    expect(await demo.getAttribute('href')).toBe(`/e/${answer.body.event.code}`);
    await demo.click();
    await page.getByRole('heading', { name: /European Union/ }).waitFor();
  });

  it('asks organisers for the access token where the server requires one', async () => {
    const guarded = await startTestServer({ VOXPOP_ADMIN_TOKEN: 'organisers-only-token' });
    try {
      const { page } = await open(guarded.url, { phone: false });
      expect(await page.getByRole('link', { name: 'Try the demo' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Create an event' }).click();
      await page.getByLabel('Event name').fill('Board meeting');
      await page.getByRole('button', { name: 'Create event' }).click();
      await page.getByText('only organisers can create events').waitFor();
      await page.getByLabel('Organiser access token').fill('wrong');
      await page.getByRole('button', { name: 'Create event' }).click();
      await page.getByText('That access token is not right').waitFor();
      await page.getByLabel('Organiser access token').fill('organisers-only-token');
      await page.getByRole('button', { name: 'Create event' }).click();
      await page.waitForURL(/\/host\/\d{6}#key=/);
    } finally {
      await guarded.dispose();
    }
  });

  it('has no serious or critical accessibility violations, and no console errors on load', async () => {
    for (const dark of [false, true]) {
      const { page, errors } = await open(server.url, { dark });
      await page.getByRole('link', { name: 'Try the demo' }).waitFor();
      await page.getByRole('button', { name: 'Create an event' }).click();
      await page.getByLabel('Event name').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    }
  });
});
