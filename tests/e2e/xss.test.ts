/**
 * What people type is shown as text on every face of voxpop. An event title,
 * a question and options written as HTML are opened on the vote, present and
 * host pages: each shows the characters, builds no element from them, and
 * never runs them (no dialog opens). The CSP would block an inline handler
 * anyway, so the element check is the one that proves the rendering.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasChromium,
  laptopContext,
  launchBrowser,
  phoneContext,
  screenContext,
} from '../support/browser.js';
import { createEvent, createPoll } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestSocket } from '../support/ws-client.js';

const PAYLOAD = '<img src=x onerror=alert(1)>';
const SECOND = '<img src=y onerror=alert(2)>';

interface Watched {
  page: Page;
  /** Dialogs, uncaught exceptions and console errors seen on the page. */
  problems: string[];
}

async function watch(context: BrowserContext, url: string): Promise<Watched> {
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return { page, problems };
}

/** No element was built from the payload: no <img> pointing at x or y. */
const injectedImages = (page: Page) => page.locator('img[src="x"], img[src="y"]').count();

describe.skipIf(!hasChromium)('user text is rendered as text', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('on the vote, present and host pages', async () => {
    const { code, hostKey } = await createEvent(server.url, PAYLOAD);
    const poll = await createPoll(server.url, code, hostKey, {
      question: PAYLOAD,
      kind: 'single',
      options: [PAYLOAD, SECOND],
    });
    // A vote, so the results (and their labels) are on every page too.
    const attendee = await TestSocket.join(server.url, { event: code, role: 'attendee' });
    await attendee.socket.vote(poll.id, [poll.options[0]!.id]);

    const contexts = await Promise.all([
      phoneContext(browser),
      screenContext(browser),
      laptopContext(browser),
    ]);
    const [phoneCtx, screenCtx, laptopCtx] = contexts;
    const vote = await watch(phoneCtx!, `${server.url}/e/${code}`);
    const present = await watch(screenCtx!, `${server.url}/present/${code}`);
    const host = await watch(laptopCtx!, `${server.url}/host/${code}#key=${hostKey}`);

    // Vote page: the question and both options, as text.
    await vote.page.getByRole('heading', { name: PAYLOAD }).waitFor();
    await vote.page.getByRole('button', { name: SECOND }).waitFor();
    await vote.page.getByRole('button', { name: PAYLOAD }).first().click();

    // Presenter screen: the question as text.
    await present.page.getByText(PAYLOAD, { exact: true }).first().waitFor();

    // Host console: title, question and options as text, and in the editor's fields.
    await host.page.getByTestId('event-title').filter({ hasText: PAYLOAD }).waitFor();
    const card = host.page.locator(`.poll-card[data-poll-id="${poll.id}"]`);
    expect(await card.locator('.poll-question').textContent()).toBe(PAYLOAD);
    expect(await card.locator('.mini-label').allTextContents()).toEqual([PAYLOAD, SECOND]);
    await card.getByRole('button', { name: 'Edit' }).click();
    const editor = host.page.getByRole('dialog', { name: 'Edit poll' });
    expect(await editor.getByLabel('Question').inputValue()).toBe(PAYLOAD);
    expect(await editor.getByLabel('Option 2', { exact: true }).inputValue()).toBe(SECOND);

    for (const { page, problems } of [vote, present, host]) {
      expect(await injectedImages(page)).toBe(0);
      expect(problems).toEqual([]);
    }

    attendee.socket.close();
    await Promise.all(contexts.map((c) => c.close()));
  });
});
