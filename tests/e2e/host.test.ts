/**
 * The host console in a real browser, with an attendee's phone beside it:
 * what the moderator does on the laptop shows up on the phone without a
 * reload, and what the phone does shows up in the console.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, laptopContext, launchBrowser, phoneContext } from '../support/browser.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestSocket } from '../support/ws-client.js';

/** What the console shows live; 2 s is the budget the moderator would notice. */
const LIVE_MS = 2000;

/** Wait until the locator's text is exactly `text` (trimmed). */
async function hasText(locator: Locator, text: string, timeout = LIVE_MS): Promise<void> {
  await locator
    .filter({ hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) })
    .waitFor({ timeout });
}

describe.skipIf(!hasChromium)('host page', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** Uncaught exceptions and console errors per page: a console that works shows none. */
  const problems = new Map<Page, string[]>();

  async function openHost(path: string): Promise<Page> {
    const context = await laptopContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(5000);
    const seen: string[] = [];
    problems.set(page, seen);
    page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') seen.push(`console: ${message.text()}`);
    });
    await page.goto(server.url + path);
    return page;
  }

  it('runs a poll from creation to deletion while a phone follows along', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Forum on peace-building');
    const host = await openHost(`/host/${code}#key=${hostKey}`);
    const phoneCtx = await phoneContext(browser);
    const phone = await phoneCtx.newPage();
    phone.setDefaultTimeout(5000);
    await phone.goto(`${server.url}/e/${code}`);

    // The phone counts as a connected attendee.
    await hasText(host.getByTestId('presence').locator('strong'), '1', 4000);

    // Create through the editor: question, then options, Enter moving down the list.
    const question = 'Which instrument builds the most trust?';
    await host.getByRole('button', { name: 'New poll' }).click();
    const editor = host.getByRole('dialog', { name: 'New poll' });
    await editor.getByLabel('Question').fill(question);
    await editor.getByLabel('Option 1', { exact: true }).fill('Dialogue');
    await editor.getByLabel('Option 1', { exact: true }).press('Enter');
    await host.keyboard.type('Trade');
    await host.keyboard.press('Enter');
    await host.keyboard.type('Mediation');
    await editor.getByRole('button', { name: 'Create poll' }).click();
    await editor.waitFor({ state: 'detached' });

    const card = host.locator('.poll-card', { hasText: question });
    await hasText(card.getByTestId('state'), 'Draft');
    expect(await card.locator('.mini-label').allTextContents()).toEqual([
      'Dialogue',
      'Trade',
      'Mediation',
    ]);

    // Open it and put it on screen: the phone shows it without a reload.
    await card.getByRole('button', { name: 'Open voting' }).click();
    await hasText(card.getByTestId('state'), 'Open');
    await card.getByRole('button', { name: 'Put on screen' }).click();
    await card.getByTestId('on-screen').waitFor({ timeout: LIVE_MS });
    await phone.getByRole('heading', { name: question }).waitFor({ timeout: LIVE_MS });

    // The phone votes: the console's mini result counts it.
    await phone.getByRole('button', { name: /Trade/ }).click();
    const trade = card.locator('.mini-row', { hasText: 'Trade' });
    await hasText(trade.getByTestId('percent'), '100%');
    await hasText(trade.getByTestId('count'), '1 vote');
    await hasText(card.getByTestId('voters'), '1 voter');

    // Closing stops the phone from voting.
    await card.getByRole('button', { name: 'Close voting' }).click();
    await hasText(card.getByTestId('state'), 'Closed');
    await phone.getByText('Voting closed').first().waitFor({ timeout: LIVE_MS });
    const enabledOptions = phone.locator('button:not([disabled])', { hasText: 'Dialogue' });
    expect(await enabledOptions.count()).toBe(0);
    const polls = (await request(server.url, 'GET', `/api/events/${code}`)).body.polls as {
      id: number;
    }[];
    const pollId = polls[0]!.id;

    // Hidden results: the public results endpoint refuses, the host still sees them.
    await card.getByRole('button', { name: 'Hide results' }).click();
    await card.getByText('Results hidden', { exact: true }).waitFor({ timeout: LIVE_MS });
    expect(
      (await request(server.url, 'GET', `/api/events/${code}/polls/${pollId}/results`)).status,
    ).toBe(403);
    expect(
      (
        await request(server.url, 'GET', `/api/events/${code}/polls/${pollId}/results`, {
          token: hostKey,
        })
      ).status,
    ).toBe(200);
    await hasText(trade.getByTestId('percent'), '100%');

    // Reset asks first, then the counts go to zero.
    await card.getByRole('button', { name: 'Reset' }).click();
    const resetDialog = host.getByRole('dialog', { name: 'Reset this poll?' });
    await resetDialog.getByText('Its 1 vote will be cleared').waitFor();
    await resetDialog.getByRole('button', { name: 'Reset votes' }).click();
    await resetDialog.waitFor({ state: 'detached' });
    await hasText(card.getByTestId('voters'), '0 voters');
    await hasText(trade.getByTestId('percent'), '0%');

    // Delete asks first; then the poll is gone from the console and the phone.
    await card.getByRole('button', { name: 'Delete' }).click();
    const deleteDialog = host.getByRole('dialog', { name: 'Delete this poll?' });
    await deleteDialog.getByRole('button', { name: 'Delete poll' }).click();
    await card.waitFor({ state: 'detached', timeout: LIVE_MS });
    await phone
      .getByRole('heading', { name: question })
      .waitFor({ state: 'detached', timeout: LIVE_MS });
    await host.getByText('No polls yet').waitFor();
    expect(problems.get(host)).toEqual([]);

    await phoneCtx.close();
    await host.context().close();
  });

  it('keeps the host key for the tab and updates the event for everyone', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Old title');
    const presenter = await TestSocket.join(server.url, { event: code, role: 'presenter' });
    const host = await openHost(`/host/${code}#key=${hostKey}`);
    await hasText(host.getByTestId('event-title'), 'Old title');

    // The key stays in sessionStorage: the same tab without the fragment still moderates.
    await host.goto(`${server.url}/host/${code}`);
    await hasText(host.getByTestId('event-title'), 'Old title');
    expect(new URL(host.url()).hash).toBe(`#key=${hostKey}`);

    // Rename in place; the presenter hears it as an `event` push.
    await host.getByRole('button', { name: 'Rename event' }).click();
    await host.getByLabel('Event title').fill('New title');
    await host.getByLabel('Event title').press('Enter');
    await hasText(host.getByTestId('event-title'), 'New title');
    await presenter.socket.seen('event', (m) => m.event.title === 'New title');

    // The margin-of-error switch patches showStats.
    await host.getByRole('switch', { name: /Show margin of error on screen/ }).check();
    await presenter.socket.seen('event', (m) => m.event.showStats === true);
    presenter.socket.close();
    await host.context().close();
  });

  it('refuses option edits after the first vote and says why', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Lunch?',
      kind: 'single',
      options: ['Soup', 'Salad'],
    });
    const attendee = await TestSocket.join(server.url, { event: code, role: 'attendee' });
    await attendee.socket.vote(poll.id, [poll.options[0]!.id]);
    const host = await openHost(`/host/${code}#key=${hostKey}`);
    const card = host.locator(`.poll-card[data-poll-id="${poll.id}"]`);
    await hasText(card.getByTestId('voters'), '1 voter');

    await card.getByRole('button', { name: 'Edit' }).click();
    const editor = host.getByRole('dialog', { name: 'Edit poll' });
    await editor
      .getByText("Options can't be edited after the first vote — reset the poll first.")
      .waitFor();
    expect(
      await editor.getByLabel('Option 1', { exact: true }).getAttribute('readonly'),
    ).not.toBeNull();
    // The question may still change, and the phone hears it.
    await editor.getByLabel('Question').fill('Lunch today?');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.waitFor({ state: 'detached' });
    await card.getByRole('heading', { name: 'Lunch today?' }).waitFor();
    await attendee.socket.seen('poll', (m) => m.poll.question === 'Lunch today?');
    attendee.socket.close();
    await host.context().close();
  });

  it('exports the votes as a CSV file with a header row', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const attendee = await TestSocket.join(server.url, { event: code, role: 'attendee' });
    await attendee.socket.vote(poll.id, [poll.options[1]!.id]);
    attendee.socket.close();

    const host = await openHost(`/host/${code}#key=${hostKey}`);
    const [download] = await Promise.all([
      host.waitForEvent('download'),
      host.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^voxpop-${code}-votes-.*\\.csv$`));
    const lines = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split(/\r?\n/);
    // Contract v2: v1's columns first, then the answer's kind and score.
    expect(lines[0]).toBe('poll_id,question,participant_id,choices,voted_at,kind,score');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/,B,[^,]+,single,$/);
    await host.context().close();
  });

  it('explains a wrong key, a missing key and an unknown event', async () => {
    const { code } = await createEvent(server.url);
    const wrong = await openHost(`/host/${code}#key=not-the-key`);
    await hasText(
      wrong.getByRole('heading', { level: 1 }),
      `This host link is not valid for event ${code} — check you copied the whole link`,
      4000,
    );
    await wrong.context().close();

    const missing = await openHost(`/host/${code}`);
    await hasText(
      missing.getByRole('heading', { level: 1 }),
      `This host link is incomplete for event ${code} — check you copied the whole link`,
      4000,
    );
    await missing.context().close();

    const unknown = await openHost('/host/000000#key=whatever');
    await hasText(unknown.getByRole('heading', { level: 1 }), 'There is no event 000000', 4000);
    await unknown.context().close();
  });
});
