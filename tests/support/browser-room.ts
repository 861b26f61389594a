/**
 * A browser test file's room: one real server and one Chromium for the
 * file, a fresh context per page opened (a background tab never repaints
 * chart.js), and after each test every page it opened must have stayed free
 * of console errors and uncaught exceptions.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { LAPTOP, launchBrowser, PHONE, SCREEN } from './browser.js';
import { installChartProbe } from './chart-probe.js';
import { request } from './http.js';
import { startTestServer, type TestServer } from './server.js';
import type { SocketTap } from './socket-tap.js';

export interface OpenOptions {
  /** A phone (390x844, touch, 2x); else the presenter's 1920x1080, or with `laptop` the host's laptop. */
  phone?: boolean;
  laptop?: boolean;
  dark?: boolean;
  /** The browser's language (navigator.languages, Accept-Language); English by default. */
  locale?: string;
  /** Hold or watch the page's socket. */
  tap?: SocketTap;
  /**
   * HTTP statuses the test makes the page get on purpose (a refusal it checks
   * the page shows): Chromium's console line for each is then no problem.
   */
  expectedStatuses?: number[];
}

/** Registers the file's hooks; `use` gets the server and browser once they are up. */
export function browserRoom(
  use: (server: TestServer, browser: Browser) => void,
  {
    chartProbe = false,
    env = {},
  }: {
    chartProbe?: boolean;
    /** The server's environment beyond the tests' defaults (server/config.ts). */
    env?: Record<string, string>;
  } = {},
) {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(env), launchBrowser()]);
    use(server, browser);
  });
  afterEach(async () => {
    const seen = problems;
    await Promise.all(contexts.map((c) => c.close()));
    contexts = [];
    problems = [];
    expect(seen).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** A page of the server at `path`, in a context of its own. */
  async function open(path: string, options: OpenOptions = {}): Promise<Page> {
    const colorScheme = options.dark ? 'dark' : 'light';
    const locale = options.locale ?? 'en-US';
    const context = await browser!.newContext(
      options.phone
        ? {
            viewport: PHONE,
            deviceScaleFactor: 2,
            isMobile: true,
            hasTouch: true,
            colorScheme,
            locale,
          }
        : { viewport: options.laptop ? LAPTOP : SCREEN, colorScheme, locale },
    );
    contexts.push(context);
    if (chartProbe) await installChartProbe(context);
    const page = await context.newPage();
    page.setDefaultTimeout(5000);
    const expected = new Set(options.expectedStatuses);
    const isExpected = (text: string) =>
      expected.has(Number(/^Failed to load resource: .* status of (\d+)/.exec(text)?.[1]));
    page.on(
      'console',
      (m) => m.type() === 'error' && !isExpected(m.text()) && problems.push(`console: ${m.text()}`),
    );
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    if (options.tap) await options.tap.attach(page);
    await page.goto(server!.url + path);
    return page;
  }

  /** One new participant's answer over HTTP (the room around the phone under test). */
  async function answer(code: string, pollId: number, body: object): Promise<void> {
    const joined = await request(server!.url, 'POST', `/api/events/${code}/participants`);
    const voted = await request(server!.url, 'PUT', `/api/events/${code}/polls/${pollId}/vote`, {
      token: joined.body.token,
      body,
    });
    expect(voted.status).toBe(200);
  }

  return { open, answer };
}
