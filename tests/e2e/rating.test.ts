/**
 * A rating poll in real Chromium against a real server: a phone rates with
 * one tap (sending… until the ack, then counted, the answer marked), the
 * answer survives a reload, the presenter shows what the room would see (the
 * distribution read off the chart's painted bars, the average and median as
 * visible, big text), hidden results stay hidden, and the host creates a
 * rating from the editor. axe finds nothing serious on either page, light
 * or dark.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { hasChromium } from '../support/browser.js';
import { browserRoom } from '../support/browser-room.js';
import { expectChartShows } from '../support/chart-probe.js';
import { createEvent, createPoll, request } from '../support/http.js';
import type { TestServer } from '../support/server.js';
import { SocketTap } from '../support/socket-tap.js';

/** What a person would notice: a change on a page takes at most this long... */
const LIVE_MS = 2000;
/** ...and bars have finished gliding (700 ms) after at most this. */
const SETTLED_MS = LIVE_MS + 1000;
const CHART = '[data-testid="chart"] canvas';

describe.skipIf(!hasChromium)('rating polls', () => {
  let server: TestServer;
  const { open, answer } = browserRoom((s) => (server = s), { chartProbe: true });

  /** One new participant's rating over HTTP. */
  const rate = (code: string, pollId: number, value: number) => answer(code, pollId, { value });

  const star = (page: Page, value: number) => page.locator(`.rating-step[data-value="${value}"]`);
  const results = async (code: string, pollId: number, hostKey: string) =>
    (
      await request(server.url, 'GET', `/api/events/${code}/polls/${pollId}/results`, {
        token: hostKey,
      })
    ).body as { total: number; average: number | null; distribution: { count: number }[] };

  it('one tap rates: sending… until the ack, then counted and marked; a reload keeps it; the presenter shows the room', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Forum on peace-building');
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'How useful was this session?',
      kind: 'rating',
      max: 5,
      labels: { min: 'Not at all', max: 'Very useful' },
    });
    for (const value of [5, 4, 2]) await rate(code, poll.id, value);
    const screen = await open(`/present/${code}`);
    const tap = new SocketTap();
    const phone = await open(`/e/${code}`, { phone: true, tap });

    await phone.getByRole('heading', { name: 'How useful was this session?' }).waitFor();
    expect(await star(phone, 1).getAttribute('aria-label')).toBe('1 star, Not at all');
    expect(await phone.getByText('5 · Very useful').isVisible()).toBe(true);
    expect(await phone.getByText('Tap a star to rate.').isVisible()).toBe(true);

    // Hold the ack back: the server has the answer, the phone must not claim it yet.
    tap.hold('ack');
    await star(phone, 4).tap();
    await phone.getByTestId('rating-answer').getByText('4 stars · sending…').waitFor();
    expect(await phone.getByTestId('vote-status').textContent()).toContain('Sending your vote');
    await expect.poll(async () => (await results(code, poll.id, hostKey)).total).toBe(4);
    expect(await phone.getByText('Your vote is counted').count()).toBe(0);
    tap.release();
    await phone.getByText('Your vote is counted').waitFor({ timeout: LIVE_MS });
    expect(await star(phone, 4).getAttribute('aria-pressed')).toBe('true');
    // Stars light up to the answer, not past it.
    const lit = () =>
      phone.locator('.rating-step[data-lit]').evaluateAll((els) => els.map((e) => e.textContent));
    expect(await lit()).toEqual(['1', '2', '3', '4']);

    // The presenter: the distribution as bars, the average and median big enough for the back row.
    await expectChartShows(
      screen,
      CHART,
      [
        { label: '1 ★ · Not at all', percent: 0, count: 0 },
        { label: '2 ★', percent: 25, count: 1 },
        { label: '3 ★', percent: 0, count: 0 },
        { label: '4 ★', percent: 50, count: 2 },
        { label: '5 ★ · Very useful', percent: 25, count: 1 },
      ],
      { timeout: SETTLED_MS },
    );
    const average = screen.getByTestId('rating-average');
    await expect.poll(() => average.innerText(), { timeout: LIVE_MS }).toBe('3.8 / 5\naverage');
    expect(await screen.getByTestId('rating-median').innerText()).toBe('median 4');
    expect(await screen.getByTestId('turnout').innerText()).toContain('4 voters');
    const big = await average.evaluate((el) => ({
      size: parseFloat(getComputedStyle(el).fontSize),
      bottom: el.getBoundingClientRect().bottom,
    }));
    // 1080 px tall: at least 10% of the screen's height, read from 10 m; and on screen.
    expect(big.size).toBeGreaterThanOrEqual(108);
    expect(big.bottom).toBeLessThan(1080);

    // A changed rating moves the bars, still one voter.
    await star(phone, 2).tap();
    await phone.getByText('Your rating: 2 stars').waitFor({ timeout: LIVE_MS });
    await expectChartShows(
      screen,
      CHART,
      [
        { label: '1 ★ · Not at all', percent: 0, count: 0 },
        { label: '2 ★', percent: 50, count: 2 },
        { label: '3 ★', percent: 0, count: 0 },
        { label: '4 ★', percent: 25, count: 1 },
        { label: '5 ★ · Very useful', percent: 25, count: 1 },
      ],
      { timeout: SETTLED_MS },
    );
    await expect.poll(() => average.innerText(), { timeout: LIVE_MS }).toBe('3.3 / 5\naverage');

    // A reload is the same participant, with the same answer marked.
    await phone.reload();
    await phone.getByText('Your rating: 2 stars').waitFor({ timeout: LIVE_MS });
    expect(await star(phone, 2).getAttribute('aria-pressed')).toBe('true');
    expect(await lit()).toEqual(['1', '2']);
    expect((await results(code, poll.id, hostKey)).total).toBe(4);

    // Results on the phone once it has voted: the same summary, compact.
    await phone.getByRole('heading', { name: 'Live results' }).waitFor();
    expect(await phone.getByTestId('rating-average').innerText()).toBe('3.3 / 5\naverage');
  });

  it('a 10-point scale shows numbers, lights only the answer; hidden results stay hidden', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'How likely are you to come back?',
      kind: 'rating',
      max: 10,
    });
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      token: hostKey,
      body: { showResults: false },
    });
    await rate(code, poll.id, 9);
    const screen = await open(`/present/${code}`);
    const phone = await open(`/e/${code}`, { phone: true });
    await phone.getByText('Tap a number to rate.').waitFor();
    expect(await phone.locator('.rating-step svg').count()).toBe(0);
    await star(phone, 7).tap();
    await phone.getByText('Your vote is counted').waitFor({ timeout: LIVE_MS });
    expect(await star(phone, 7).getAttribute('aria-label')).toBe('7 of 10');
    expect(
      await phone
        .locator('.rating-step[data-lit]')
        .evaluateAll((els) => els.map((e) => e.textContent)),
    ).toEqual(['7']);

    // No numbers anywhere while the host hides them.
    await screen.getByTestId('results-note').getByText('Results will be shown soon').waitFor();
    expect(await screen.locator('canvas').count()).toBe(0);
    expect(await screen.getByTestId('rating-average').count()).toBe(0);
    expect(await phone.locator('.vote-results').count()).toBe(0);

    // Shown: both get them within the second.
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      token: hostKey,
      body: { showResults: true },
    });
    await expect
      .poll(() => screen.getByTestId('rating-average').innerText(), { timeout: LIVE_MS })
      .toBe('8.0 / 10\naverage');
    await phone.getByRole('heading', { name: 'Live results' }).waitFor({ timeout: LIVE_MS });
  });

  it('the host creates a rating from the editor: scale size and end words', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const host = await open(`/host/${code}#key=${hostKey}`, { laptop: true });
    await host.getByRole('button', { name: 'New poll' }).click();
    const editor = host.getByRole('dialog', { name: 'New poll' });
    await editor.getByLabel('Question').fill('How clear was the talk?');
    await editor.getByRole('radio', { name: /A rating/ }).check();
    await editor.getByLabel('Scale', { exact: true }).selectOption('7');
    await editor.getByLabel('Word for 1 (optional)').fill('Muddy');
    await editor.getByLabel('Word for 7 (optional)').fill('Crystal clear');
    await editor.getByRole('button', { name: 'Create poll' }).click();
    await editor.waitFor({ state: 'detached' });

    const card = host.locator('.poll-card', { hasText: 'How clear was the talk?' });
    await card.getByText('Rating · 1 to 7').waitFor();
    expect(await card.locator('.mini-label').allTextContents()).toEqual([
      '1 · Muddy',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7 · Crystal clear',
    ]);
    const { body } = await request(server.url, 'GET', `/api/events/${code}`, { token: hostKey });
    expect(body.polls).toMatchObject([
      {
        kind: 'rating',
        question: 'How clear was the talk?',
        max: 7,
        labels: { min: 'Muddy', max: 'Crystal clear' },
      },
    ]);
  });

  for (const dark of [false, true]) {
    it(`axe: vote and present pages of a rating, ${dark ? 'dark' : 'light'}`, async () => {
      const { code, hostKey } = await createEvent(server.url);
      const poll = await createPoll(server.url, code, hostKey, {
        question: 'Rate the venue',
        kind: 'rating',
        max: 5,
        labels: { min: 'Poor', max: 'Great' },
      });
      await rate(code, poll.id, 4);
      const phone = await open(`/e/${code}`, { phone: true, dark });
      await star(phone, 3).tap();
      await phone.getByRole('heading', { name: 'Live results' }).waitFor({ timeout: LIVE_MS });
      expect(await seriousViolations(phone)).toEqual([]);
      const screen = await open(`/present/${code}${dark ? '?theme=dark' : ''}`, { dark });
      await screen.getByTestId('rating-average').waitFor();
      expect(await seriousViolations(screen)).toEqual([]);
    }, 60_000);
  }
});
