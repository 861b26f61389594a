/**
 * The QR code as a phone's camera meets it: rendered by Chromium where people
 * see it (the presenter screen, the host console's invite panel, the raw
 * qr.svg), screenshotted, and decoded with jsQR, an independent QR reader.
 * What it decodes to must be the event's join link on PUBLIC_URL, which is
 * not the address the browser loaded the page from.
 */
// jsqr is CommonJS with its function also on `.default`, which is what its types describe.
import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, laptopContext, launchBrowser, screenContext } from '../support/browser.js';
import { createEvent } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

const PUBLIC_URL = 'http://vote.example.net:8080';

/** The text of the one QR code in a PNG, as a phone's reader finds it; null when none is found. */
function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsqr.default(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

/** Wait for the image to load, then decode what is on screen where it is. */
async function decodeShown(page: Page, qr: Locator): Promise<string | null> {
  await qr.waitFor();
  await page.waitForFunction(
    (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0,
    await qr.elementHandle(),
  );
  return decodeQr(await qr.screenshot());
}

describe.skipIf(!hasChromium)('the QR code, decoded from the screen', () => {
  let server: TestServer;
  let browser: Browser;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ PUBLIC_URL }), launchBrowser()]);
  });
  afterEach(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    contexts = [];
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  async function open(context: Promise<BrowserContext>, path: string): Promise<Page> {
    const ctx = await context;
    contexts.push(ctx);
    const page = await ctx.newPage();
    page.setDefaultTimeout(5000);
    await page.goto(server.url + path);
    return page;
  }

  it('on the presenter screen with no poll on it, the large QR opens the join link', async () => {
    const { code } = await createEvent(server.url, 'Plenary');
    const page = await open(screenContext(browser), `/present/${code}`);
    await page.getByTestId('lobby').waitFor();
    const qr = page.getByTestId('lobby').getByTestId('qr');
    expect(await decodeShown(page, qr)).toBe(`${PUBLIC_URL}/e/${code}`);
  });

  it("in the host console's invite panel, the QR opens the join link", async () => {
    const { code, hostKey } = await createEvent(server.url, 'Forum');
    const page = await open(laptopContext(browser), `/host/${code}#key=${hostKey}`);
    const qr = page
      .getByRole('complementary', { name: 'Sharing and event settings' })
      .getByRole('img', {
        name: `QR code that opens the join link for event ${code}`,
      });
    expect(await decodeShown(page, qr)).toBe(`${PUBLIC_URL}/e/${code}`);
  });

  it('GET /api/events/:code/qr.svg, rendered in a page, is the join link of that event and no other', async () => {
    const [first, second] = [await createEvent(server.url), await createEvent(server.url)];
    const ctx = await screenContext(browser);
    contexts.push(ctx);
    const page = await ctx.newPage();
    for (const { code } of [first, second]) {
      await page.setContent(
        `<body style="margin:0;background:#fff"><img alt="QR" width="300" height="300" src="${server.url}/api/events/${code}/qr.svg"></body>`,
      );
      const qr = page.getByRole('img', { name: 'QR' });
      expect(await decodeShown(page, qr)).toBe(`${PUBLIC_URL}/e/${code}`);
    }
  });
});
