/**
 * The host console's Webhooks card in Chromium against a real server that
 * may deliver to loopback (VOXPOP_WEBHOOK_ALLOW_PRIVATE=1), with receivers
 * on 127.0.0.1. The host adds a webhook; its secret is shown once and is the
 * one a receiver verifies the console's own poll opening with; after Done it
 * is nowhere in the page; the list tells delivered from failing; a URL the
 * server refuses shows the server's reason under the field; Remove asks
 * first. axe finds nothing serious, light or dark, and a phone's width holds
 * the card.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { hasChromium } from '../support/browser.js';
import { browserRoom } from '../support/browser-room.js';
import { createEvent, createPoll, request } from '../support/http.js';
import type { TestServer } from '../support/server.js';
import { signatureHolds, WebhookReceiver, type Received } from '../support/webhook-receiver.js';

const ofEvent = (code: string) => (r: Received) => r.json?.event?.code === code;

/** Whether `text` is anywhere in the page: its markup or any field's value. */
const inPage = (page: Page, text: string) =>
  page.evaluate(
    (needle) =>
      document.documentElement.outerHTML.includes(needle) ||
      [...document.querySelectorAll('input, textarea')].some((field) =>
        (field as HTMLInputElement).value.includes(needle),
      ),
    text,
  );

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);

/** The delivery line of the webhook to `url`, once it matches. */
const deliveryOf = (card: Locator, url: string) =>
  card.getByTestId('webhook').filter({ hasText: url }).getByTestId('webhook-delivery');

describe.skipIf(!hasChromium)('the host console’s webhooks', () => {
  let server: TestServer;
  let receiver: WebhookReceiver;
  let failing: WebhookReceiver;
  const { open } = browserRoom((s) => (server = s), {
    env: { VOXPOP_WEBHOOK_ALLOW_PRIVATE: '1', VOXPOP_WEBHOOK_BACKOFF_MS: '100' },
  });
  beforeAll(async () => {
    [receiver, failing] = await Promise.all([WebhookReceiver.start(), WebhookReceiver.start()]);
    failing.fallback = 500;
  });
  afterAll(async () => {
    await Promise.all([receiver?.close(), failing?.close()]);
  });

  const listed = async (code: string, hostKey: string) =>
    (await request(server.url, 'GET', `/api/events/${code}/webhooks`, { token: hostKey })).body
      .webhooks;

  it('adds a webhook, shows its secret once, delivers the poll the console opens, and removes it', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Forum on peace-building');
    await createPoll(server.url, code, hostKey, undefined, { open: false, active: false });
    // The refusal below is a 422 on purpose.
    const host = await open(`/host/${code}#key=${hostKey}`, {
      laptop: true,
      expectedStatuses: [422],
    });
    const card = host.getByTestId('webhooks-card');
    await card.getByText('No webhooks yet.').waitFor();
    const url = card.getByLabel('Address (URL)');
    const add = card.getByRole('button', { name: 'Add webhook' });

    // What the console checks itself: an address, and at least one event.
    await add.click();
    await card.getByRole('alert').filter({ hasText: 'Enter the address to send to.' }).waitFor();
    expect(await focusedId(host)).toBe('webhook-url');
    await url.fill(`${receiver.url}/hook`);
    await card.getByRole('checkbox', { name: 'Poll opened' }).uncheck();
    await card.getByRole('checkbox', { name: 'Poll closed' }).uncheck();
    await add.click();
    await card.getByRole('alert').filter({ hasText: 'Choose at least one event.' }).waitFor();
    expect(await listed(code, hostKey)).toEqual([]);

    // Anything else is the server's to say, and the card says it as the server put it.
    await card.getByRole('checkbox', { name: 'Poll opened' }).check();
    await card.getByRole('checkbox', { name: 'Poll closed' }).check();
    await url.fill('ftp://crm.example/hook');
    await add.click();
    const refused = card.getByRole('alert');
    await refused.filter({ hasText: 'http or https, not ftp' }).waitFor();
    expect(await refused.textContent()).toMatch(
      /^Could not add the webhook: url must be http or https, not ftp/,
    );
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await listed(code, hostKey)).toEqual([]);
    expect(await seriousViolations(host)).toEqual([]);

    // Added: the secret, once, focused and selected, with what to do with it.
    await url.fill(`${receiver.url}/hook`);
    await add.click();
    const secretField = card.getByLabel(`Signing secret for ${receiver.url}/hook`);
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^whsec_/);
    await expect.poll(() => focusedId(host)).toBe('webhook-secret');
    await card
      .getByText(
        'Shown once: verify deliveries with it (X-Voxpop-Signature: HMAC-SHA256 of the body).',
      )
      .waitFor();
    expect(await card.getByRole('alert').count()).toBe(0);
    expect(await url.inputValue()).toBe('');
    const row = card.getByRole('listitem').filter({ hasText: `${receiver.url}/hook` });
    expect(await row.getByRole('listitem').allTextContents()).toEqual([
      'Poll opened',
      'Poll closed',
    ]);
    expect(await deliveryOf(card, receiver.url).textContent()).toBe('No deliveries yet');
    expect(await seriousViolations(host)).toEqual([]);

    // The console opens the poll; the delivery verifies with the secret the card showed.
    await host.getByRole('button', { name: 'Open voting' }).click();
    const [delivery] = await receiver.waitFor(1, ofEvent(code));
    expect(delivery!.headers['x-voxpop-event']).toBe('poll.opened');
    expect(signatureHolds(delivery!, secret)).toBe(true);
    await deliveryOf(card, receiver.url)
      .filter({ hasText: /^Delivered · 204 · just now$/ })
      .waitFor({ timeout: 5000 });

    // Done: the secret leaves the page for good, and focus goes back to Add.
    expect(await inPage(host, secret)).toBe(true);
    await card.getByRole('button', { name: 'Done' }).click();
    await secretField.waitFor({ state: 'detached' });
    expect(await inPage(host, secret)).toBe(false);
    expect(await focusedId(host)).toBe('webhook-add');
    await host.reload();
    await deliveryOf(card, receiver.url).filter({ hasText: 'Delivered · 204' }).waitFor();
    expect(await inPage(host, secret)).toBe(false);

    // Remove asks first; Cancel keeps it, the confirmation removes it.
    const remove = card.getByRole('button', { name: `Remove the webhook ${receiver.url}/hook` });
    await remove.click();
    const dialog = host.getByRole('dialog', { name: 'Remove this webhook?' });
    await dialog.getByText(`${receiver.url}/hook`).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await listed(code, hostKey)).toHaveLength(1);
    await remove.click();
    await dialog.getByRole('button', { name: 'Remove webhook' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByText('No webhooks yet.').waitFor();
    expect(await listed(code, hostKey)).toEqual([]);
    expect(await focusedId(host)).toBe('webhook-add');
  }, 90_000);

  it('tells a delivered webhook from a failing one; axe-clean light and dark, and on a phone', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Two receivers');
    for (const [to, path] of [
      // Longer than a phone's card is wide.
      [receiver, '/crm/voxpop/polls-opened-and-closed-for-the-forum'],
      [failing, '/chat-bot'],
    ] as const) {
      const added = await request(server.url, 'POST', `/api/events/${code}/webhooks`, {
        token: hostKey,
        body: { url: `${to.url}${path}`, events: ['poll.opened', 'poll.closed'] },
      });
      expect(added.status).toBe(201);
    }
    for (const dark of [false, true]) {
      const host = await open(`/host/${code}#key=${hostKey}`, { laptop: true, dark });
      const card = host.getByTestId('webhooks-card');
      await deliveryOf(card, `${receiver.url}/crm`).filter({ hasText: 'No deliveries' }).waitFor();
      expect(await seriousViolations(host)).toEqual([]);
    }

    // The poll opens from the API; the console hears of it and asks for the list again.
    const host = await open(`/host/${code}#key=${hostKey}`, { laptop: true, dark: true });
    const card = host.getByTestId('webhooks-card');
    await deliveryOf(card, `${receiver.url}/crm`).filter({ hasText: 'No deliveries' }).waitFor();
    await createPoll(server.url, code, hostKey);
    await failing.waitFor(1, ofEvent(code));
    await deliveryOf(card, `${receiver.url}/crm`)
      .filter({ hasText: /^Delivered · 204/ })
      .waitFor({ timeout: 5000 });
    const failed = deliveryOf(card, `${failing.url}/chat-bot`);
    await failed
      .filter({
        hasText: /^Failed( · 500 · retrying \(1 pending\)|: the receiver answered 500 · just now)$/,
      })
      .waitFor({ timeout: 5000 });
    expect(await failed.getAttribute('data-tone')).toBe('failed');
    expect(await seriousViolations(host)).toEqual([]);

    // A phone's width: the card fits, the long addresses cut short rather than pushing it wider.
    const phone = await open(`/host/${code}#key=${hostKey}`, { phone: true });
    const phoneCard = phone.getByTestId('webhooks-card');
    await deliveryOf(phoneCard, `${receiver.url}/crm`).waitFor();
    const fits = await phoneCard.evaluate((card) => ({
      box: card.getBoundingClientRect().toJSON() as DOMRect,
      // What is wider than its box, but the addresses, which are cut short on purpose.
      wider: [card, ...card.querySelectorAll('*')]
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .filter((element) => !element.matches('.webhook-url'))
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
      page: document.documentElement.clientWidth,
    }));
    expect(fits.page).toBe(390);
    expect(fits.box.left).toBeGreaterThanOrEqual(0);
    expect(fits.box.right).toBeLessThanOrEqual(390);
    expect(fits.wider).toEqual([]);
    expect(await seriousViolations(phone)).toEqual([]);

    // Nor is the console wider than the phone, with the longer words of Russian in its top bar.
    for (const locale of ['en-US', 'ru-RU']) {
      const page = await open(`/host/${code}#key=${hostKey}`, { phone: true, locale });
      await page.getByTestId('webhooks-card').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), locale).toBe(390);
    }
  }, 90_000);
});
