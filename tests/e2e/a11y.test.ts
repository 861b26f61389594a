/**
 * axe on every page of voxpop, as people meet them: the join page, the vote
 * page with a poll to answer, the presenter screen in its light and dark
 * themes, and the host console (also with the poll editor open). No serious
 * or critical violation; on failure the report names each rule and node.
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
import { seriousViolations } from '../support/axe.js';

describe.skipIf(!hasChromium)('accessibility (axe)', () => {
  let server: TestServer;
  let browser: Browser;
  let code: string;
  let hostKey: string;
  let attendee: TestSocket;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    ({ code, hostKey } = await createEvent(
      server.url,
      'Prospects for peace-building in the South Caucasus',
    ));
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Can the European Union make a difference in the peace-building process?',
      kind: 'single',
      options: ['Yes', 'No', 'Not sure'],
    });
    // One vote, so the pages show results and not only empty states.
    ({ socket: attendee } = await TestSocket.join(server.url, { event: code, role: 'attendee' }));
    await attendee.vote(poll.id, [poll.options[0]!.id]);
  });
  afterAll(async () => {
    attendee?.close();
    await browser?.close();
    await server?.dispose();
  });

  async function check(
    makeContext: (b: Browser) => Promise<BrowserContext>,
    path: string,
    ready: (page: Page) => Promise<unknown>,
  ): Promise<void> {
    const context = await makeContext(browser);
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(5000);
      await page.goto(server.url + path);
      await ready(page);
      const found = await seriousViolations(page);
      expect(found, `${path}\n${found.join('\n')}`).toEqual([]);
    } finally {
      await context.close();
    }
  }

  it('join page', async () => {
    await check(phoneContext, '/', (page) => page.locator('main').waitFor());
  });

  it('vote page', async () => {
    await check(phoneContext, `/e/${code}`, (page) =>
      page.getByRole('button', { name: /Not sure/ }).waitFor(),
    );
  });

  const question = (page: Page) =>
    page.getByText('Can the European Union make a difference', { exact: false }).first().waitFor();
  const pollCard = (page: Page) => page.locator('.poll-card').first().waitFor();
  const darkLaptop = (b: Browser) =>
    b.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });

  it('present page', async () => {
    await check(screenContext, `/present/${code}`, question);
  });

  it('present page, ?theme=dark', async () => {
    await check(screenContext, `/present/${code}?theme=dark`, question);
  });

  it('host page', async () => {
    await check(laptopContext, `/host/${code}#key=${hostKey}`, pollCard);
  });

  it('host page, dark', async () => {
    await check(darkLaptop, `/host/${code}#key=${hostKey}`, pollCard);
  });

  it('host page with the poll editor open', async () => {
    await check(laptopContext, `/host/${code}#key=${hostKey}`, async (page) => {
      await pollCard(page);
      await page.getByRole('button', { name: 'New poll' }).click();
      await page.getByRole('dialog', { name: 'New poll' }).waitFor();
    });
  });
});
