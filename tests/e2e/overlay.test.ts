/**
 * The presenter screen as a streaming overlay (`/present/:code?overlay=1`)
 * in real Chromium at 1920x1080 against a real server, as OBS would
 * composite it: the page rendered without a background (`omitBackground`,
 * what a browser source does) is read pixel by pixel, so a corner of the
 * frame must be see-through while the results panel and its bars are not.
 * No top bar, no join card unless `&join=1`, nothing at all with nothing on
 * screen. `?poll=<id>` stays on its poll whatever the host puts on screen,
 * the leaderboard included, and says so, small, when that poll cannot be
 * shown (a number that is none, an unknown id, a private draft, a deleted
 * poll). Bars are read off the chart itself (tests/support/chart-probe.ts).
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { seriousViolations, settleAnimations } from '../support/axe.js';
import { hasChromium } from '../support/browser.js';
import { browserRoom } from '../support/browser-room.js';
import { expectChartShows, readChart, type ShownRow } from '../support/chart-probe.js';
import { createEvent, createPoll, request } from '../support/http.js';
import type { TestServer } from '../support/server.js';

/** What a viewer would notice: a change reaches the overlay within this... */
const LIVE_MS = 2000;
/** ...and the bars have finished gliding (700 ms) within this. */
const SETTLED_MS = LIVE_MS + 1000;
const CHART = '[data-testid="chart"] canvas';

/** The overlay as a browser source gets it: a PNG without the page's default background. */
interface Frame {
  width: number;
  height: number;
  /** [r, g, b, a] at a CSS pixel (the screen is 1x). */
  at(x: number, y: number): [number, number, number, number];
  /** The most opaque pixel of the frame. */
  maxAlpha(): number;
}

async function frameOf(page: Page): Promise<Frame> {
  // Let entrance animations end, so a fading panel is not caught half there.
  await settleAnimations(page);
  const png = PNG.sync.read(await page.screenshot({ omitBackground: true }));
  return {
    width: png.width,
    height: png.height,
    at(x, y) {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
    },
    maxAlpha() {
      let max = 0;
      for (let i = 3; i < png.data.length; i += 4) max = Math.max(max, png.data[i]!);
      return max;
    },
  };
}

describe.skipIf(!hasChromium)('the streaming overlay', () => {
  let server: TestServer;
  const { open, answer } = browserRoom((s) => (server = s), { chartProbe: true });

  const vote = (code: string, pollId: number, optionId: number) =>
    answer(code, pollId, { choices: [optionId] });
  const setActive = (code: string, hostKey: string, pollId: number | null) =>
    request(server.url, 'PUT', `/api/events/${code}/active`, { token: hostKey, body: { pollId } });
  const patchEvent = (code: string, hostKey: string, body: object) =>
    request(server.url, 'PATCH', `/api/events/${code}`, { token: hostKey, body });

  const question = (page: Page, text: string) =>
    page.getByTestId('question').filter({ hasText: text });

  it('is see-through around a visible results panel, has no page chrome, and its bars follow the votes', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Forum on peace-building');
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Can the European Union make a difference?',
      kind: 'single',
      options: ['Yes', 'No', 'Not sure'],
    });
    const overlay = await open(`/present/${code}?overlay=1`);
    await question(overlay, 'Can the European Union make a difference?').waitFor();

    // No page chrome: no top bar, no full-screen button, no join card, no lobby.
    expect(await overlay.locator('.top-bar').count()).toBe(0);
    expect(await overlay.getByRole('button').count()).toBe(0);
    expect(await overlay.getByTestId('join-card').count()).toBe(0);
    expect(await overlay.getByTestId('lobby').count()).toBe(0);

    const [yes, no] = poll.options as { id: number }[];
    for (const option of [yes, yes, yes, no]) await vote(code, poll.id, option!.id);
    const rows: ShownRow[] = [
      { label: 'Yes', percent: 75, count: 3 },
      { label: 'No', percent: 25, count: 1 },
      { label: 'Not sure', percent: 0, count: 0 },
    ];
    const reading = await expectChartShows(overlay, CHART, rows, { timeout: SETTLED_MS });
    await expect
      .poll(() => overlay.getByTestId('turnout').textContent(), { timeout: LIVE_MS })
      .toContain('4 voters');

    const frame = await frameOf(overlay);
    expect([frame.width, frame.height]).toEqual([1920, 1080]);
    // The camera picture shows through the page: every corner is fully transparent...
    for (const [x, y] of [
      [2, 2],
      [1917, 2],
      [2, 1077],
      [1917, 1077],
      [200, 540],
    ] as const) {
      expect(frame.at(x, y)[3], `alpha at ${x},${y}`).toBe(0);
    }
    // ...while the panel under the results is all but opaque (the picture faintly through it)...
    const panel = (await overlay.locator('section.poll').boundingBox())!;
    const inPanel = frame.at(panel.x + 8, panel.y + panel.height / 2);
    expect(inPanel[3]).toBeGreaterThanOrEqual(220);
    // ...and the bar of "Yes" is painted fully opaque, in its option's colour.
    const canvas = (await overlay.locator(CHART).boundingBox())!;
    const bar = reading.rows[0]!.bar;
    const barPixel = frame.at(
      canvas.x + (bar.start + bar.end) / 2 / reading.dpr,
      canvas.y + reading.rows[0]!.y / reading.dpr,
    );
    expect(barPixel[3]).toBe(255);
    expect(
      `#${barPixel
        .slice(0, 3)
        .map((c) => c.toString(16).padStart(2, '0'))
        .join('')}`,
    ).toBe(reading.colours['--bar-1']);

    // A later vote moves the same bars.
    await vote(code, poll.id, no!.id);
    await expectChartShows(
      overlay,
      CHART,
      [
        { label: 'Yes', percent: 60, count: 3 },
        { label: 'No', percent: 40, count: 2 },
        { label: 'Not sure', percent: 0, count: 0 },
      ],
      { timeout: SETTLED_MS },
    );

    expect(await seriousViolations(overlay)).toEqual([]);
    const overflow = await overlay.evaluate(() => ({
      x: document.documentElement.scrollWidth > innerWidth,
      y: document.documentElement.scrollHeight > innerHeight,
    }));
    expect(overflow).toEqual({ x: false, y: false });
  });

  it('is see-through in the dark theme too, where the page would otherwise be dark', async () => {
    const { code, hostKey } = await createEvent(server.url);
    await createPoll(server.url, code, hostKey, {
      question: 'Dark enough?',
      kind: 'single',
      options: ['Yes', 'No'],
    });
    const overlay = await open(`/present/${code}?overlay=1&theme=dark`, { dark: true });
    await question(overlay, 'Dark enough?').waitFor();
    // The chart comes with the results view, a moment after the question.
    await overlay.locator(CHART).waitFor({ timeout: SETTLED_MS });
    await readChart(overlay, CHART);
    const frame = await frameOf(overlay);
    expect(frame.at(2, 2)[3]).toBe(0);
    expect(frame.at(1917, 1077)[3]).toBe(0);
    const panel = (await overlay.locator('section.poll').boundingBox())!;
    const [r, g, b, a] = frame.at(panel.x + 8, panel.y + panel.height / 2);
    expect(a).toBeGreaterThanOrEqual(220);
    expect(Math.max(r, g, b)).toBeLessThan(60); // a dark panel under light text
    expect(await seriousViolations(overlay)).toEqual([]);
  });

  it('shows the join card with &join=1, beside the poll and alone when nothing is on screen; without it, nothing at all', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Shall we begin?',
      kind: 'single',
      options: ['Yes', 'No'],
    });
    const joined = await open(`/present/${code}?overlay=1&join=1`);
    await question(joined, 'Shall we begin?').waitFor();
    const card = joined.getByTestId('join-card');
    await card.waitFor();
    expect(await joined.getByTestId('join-code').textContent()).toBe(
      `${code.slice(0, 3)} ${code.slice(3)}`,
    );
    expect(await joined.getByTestId('qr').isVisible()).toBe(true);
    // Beside the results panel, not over it.
    const [cardBox, pollBox] = [
      (await card.boundingBox())!,
      (await joined.locator('section.poll').boundingBox())!,
    ];
    expect(cardBox.x).toBeGreaterThanOrEqual(pollBox.x + pollBox.width);
    expect(await seriousViolations(joined)).toEqual([]);

    const plain = await open(`/present/${code}?overlay=1`);
    await question(plain, 'Shall we begin?').waitFor();
    expect(await plain.getByTestId('join-card').count()).toBe(0);

    // The host takes the poll off screen: the card stays alone; the plain overlay empties.
    await setActive(code, hostKey, null);
    await joined.getByTestId('idle').waitFor({ timeout: LIVE_MS });
    expect(await joined.getByTestId('join-card').isVisible()).toBe(true);
    expect(await joined.getByTestId('lobby').count()).toBe(0);
    await plain.getByTestId('idle').waitFor({ timeout: LIVE_MS });
    expect(await plain.getByTestId('join-card').count()).toBe(0);
    expect(await plain.getByTestId('lobby').count()).toBe(0);
    expect((await frameOf(plain)).maxAlpha()).toBe(0);

    // Back on screen: both show it again.
    await setActive(code, hostKey, poll.id);
    await question(plain, 'Shall we begin?').waitFor({ timeout: LIVE_MS });
    await question(joined, 'Shall we begin?').waitFor({ timeout: LIVE_MS });
  });

  it('stays on its pinned poll, with live bars, when the host puts another poll or the leaderboard on screen', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const pinned = await createPoll(server.url, code, hostKey, {
      question: 'Which session was best?',
      kind: 'single',
      options: ['Morning', 'Afternoon'],
    });
    const overlay = await open(`/present/${code}?overlay=1&poll=${pinned.id}`);
    await question(overlay, 'Which session was best?').waitFor();

    const other = await createPoll(server.url, code, hostKey, {
      question: 'Lunch: good?',
      kind: 'single',
      options: ['Yes', 'No'],
    });
    // The presenter that follows the host has moved on; the pinned overlay has not.
    const follower = await open(`/present/${code}?overlay=1`);
    await question(follower, 'Lunch: good?').waitFor({ timeout: LIVE_MS });
    await overlay.waitForTimeout(300);
    expect(await question(overlay, 'Which session was best?').count()).toBe(1);
    expect(await question(overlay, 'Lunch: good?').count()).toBe(0);

    // Its poll is off screen, yet its tallies still reach it.
    const [morning, afternoon] = pinned.options as { id: number }[];
    await vote(code, pinned.id, morning!.id);
    await vote(code, pinned.id, afternoon!.id);
    await vote(code, pinned.id, afternoon!.id);
    await vote(code, pinned.id, afternoon!.id);
    await vote(code, other.id, (other.options as { id: number }[])[0]!.id);
    await expectChartShows(
      overlay,
      CHART,
      [
        { label: 'Morning', percent: 25, count: 1 },
        { label: 'Afternoon', percent: 75, count: 3 },
      ],
      { timeout: SETTLED_MS },
    );

    // The leaderboard goes on screen: the follower shows it, the pinned overlay keeps its poll.
    expect((await patchEvent(code, hostKey, { leaderboard: true })).status).toBe(200);
    await follower.getByTestId('leaderboard').waitFor({ timeout: LIVE_MS });
    await overlay.waitForTimeout(300);
    expect(await overlay.getByTestId('leaderboard').count()).toBe(0);
    expect(await question(overlay, 'Which session was best?').count()).toBe(1);
  });

  it('says so, small, when the pinned poll cannot be shown: private until published, gone once deleted', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const draft = await createPoll(
      server.url,
      code,
      hostKey,
      { question: 'Not yet', kind: 'single', options: ['A', 'B'] },
      { open: false, active: false },
    );
    const overlay = await open(`/present/${code}?overlay=1&poll=${draft.id}`);
    const notice = overlay.getByTestId('notice');
    await notice.getByText(`Poll ${draft.id} is not available`).waitFor();
    expect(await notice.textContent()).toContain('a draft the host has not opened yet');
    expect(await overlay.getByTestId('question').count()).toBe(0);
    // Small, for the operator: a corner of the frame, the rest of the picture left free.
    const box = (await notice.boundingBox())!;
    expect(box.width * box.height).toBeLessThan(1920 * 1080 * 0.1);
    expect((await frameOf(overlay)).at(200, 200)[3]).toBe(0);
    expect(await seriousViolations(overlay)).toEqual([]);

    // Opening it publishes it: the overlay shows it at once.
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${draft.id}`, {
      token: hostKey,
      body: { state: 'open' },
    });
    await question(overlay, 'Not yet').waitFor({ timeout: LIVE_MS });

    // Deleted: the notice again, not an empty frame.
    await request(server.url, 'DELETE', `/api/events/${code}/polls/${draft.id}`, {
      token: hostKey,
    });
    await notice.getByText(`Poll ${draft.id} is not available`).waitFor({ timeout: LIVE_MS });
  });

  it('says what is wrong with a ?poll= that names no poll, in the event’s language', async () => {
    const { code, hostKey } = await createEvent(server.url);
    await createPoll(server.url, code, hostKey, {
      question: 'On screen',
      kind: 'single',
      options: ['A', 'B'],
    });
    const typo = await open(`/present/${code}?overlay=1&poll=abc`);
    await typo.getByTestId('notice').getByText('"abc" is not a poll number').waitFor();
    expect(await typo.getByTestId('notice').textContent()).toContain('?poll=3');
    // Not the active poll instead: the operator asked for one that is not there.
    expect(await typo.getByTestId('question').count()).toBe(0);

    const unknown = await open(`/present/${code}?overlay=1&poll=987654`);
    await unknown.getByTestId('notice').getByText('Poll 987654 is not available').waitFor();

    // The screen speaks the event's language, its notices too.
    expect((await patchEvent(code, hostKey, { language: 'de' })).status).toBe(200);
    const german = await open(`/present/${code}?overlay=1&poll=abc`);
    await german.getByTestId('notice').getByText('„abc“ ist keine Umfragenummer').waitFor();
  });
});
