/**
 * A ranking poll in real Chromium against a real server: a phone puts the
 * options in order by dragging them AND by the up/down buttons from the
 * keyboard (each move announced), submits once (sending… until the ack,
 * then counted), and finds its order again after a reload; the presenter
 * shows the room the options by Borda points, with points and average
 * position, as visible text; hidden results stay hidden; the host creates a
 * ranking from the editor. axe finds nothing serious on either page, light
 * or dark.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { hasChromium } from '../support/browser.js';
import { browserRoom } from '../support/browser-room.js';
import { createEvent, createPoll, request } from '../support/http.js';
import type { TestServer } from '../support/server.js';
import { SocketTap } from '../support/socket-tap.js';

/** What a person would notice: a change on a page takes at most this long. */
const LIVE_MS = 2000;
const OPTIONS = ['Trade', 'Dialogue', 'Mediation', 'Security'];

describe.skipIf(!hasChromium)('ranking polls', () => {
  let server: TestServer;
  const { open, answer } = browserRoom((s) => (server = s));

  async function rankingPoll(code: string, hostKey: string, question = 'Which matter most?') {
    return createPoll(server.url, code, hostKey, { question, kind: 'ranking', options: OPTIONS });
  }

  /** One new participant's order, by labels, over HTTP. */
  async function rank(
    code: string,
    poll: { id: number; options: { id: number; label: string }[] },
    labels: string[],
  ): Promise<void> {
    const order = labels.map((l) => poll.options.find((o) => o.label === l)!.id);
    await answer(code, poll.id, { order });
  }

  /** The phone's list as a person reads it, top to bottom. */
  const shownOrder = (page: Page) =>
    page.locator('.ranking-item .ranking-label').evaluateAll((els) =>
      // The ordinal before each label is for screen readers ("1st: "); the eye reads the label.
      els.map((e) => e.lastChild?.textContent ?? ''),
    );
  /** The presenter's standing as it is painted: label, points, average position. */
  const standing = (page: Page) =>
    page
      .getByTestId('ranking-standings')
      .locator('li')
      .evaluateAll((items) =>
        items
          .filter((li) => (li as HTMLElement).offsetParent !== null)
          .map((li) => {
            const text = (id: string) =>
              (li.querySelector(`[data-testid="${id}"]`) as HTMLElement).innerText;
            return `${(li.querySelector('.ranking-standing__rank') as HTMLElement).innerText}. ${li.querySelector('[data-testid="standing-label"]')!.lastChild!.textContent} · ${text('standing-points')} · ${text('standing-position')}`;
          }),
      );
  const answerOf = async (code: string, token: string, pollId: number) => {
    const { body } = await request(
      server.url,
      'GET',
      `/api/events/${code}/polls/${pollId}/results`,
      {
        token,
      },
    );
    return body;
  };

  it('buttons from the keyboard, announced; one submit; the presenter shows the standing by points; a reload keeps the order', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Forum on peace-building');
    const poll = await rankingPoll(code, hostKey);
    await rank(code, poll, ['Dialogue', 'Trade', 'Mediation', 'Security']);
    await rank(code, poll, ['Dialogue', 'Mediation', 'Trade', 'Security']);
    const screen = await open(`/present/${code}`);
    const tap = new SocketTap();
    const phone = await open(`/e/${code}`, { phone: true, tap });
    await phone.getByRole('heading', { name: 'Which matter most?' }).waitFor();
    // The ranking's input loads after the question shows (inputs load on first use).
    await phone.getByRole('button', { name: 'Move Security up' }).waitFor();
    expect(await shownOrder(phone)).toEqual(OPTIONS);

    // Keyboard only: Security up twice, then Trade down once.
    await phone.getByRole('button', { name: 'Move Security up' }).focus();
    await phone.keyboard.press('Enter');
    await phone
      .getByTestId('ranking-announcement')
      .getByText('Security, position 3 of 4.')
      .waitFor();
    // Focus stayed with Security, so the next Enter moves it again.
    await phone.keyboard.press('Enter');
    await phone
      .getByTestId('ranking-announcement')
      .getByText('Security, position 2 of 4.')
      .waitFor();
    expect(await phone.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move Security up',
    );
    await phone.getByRole('button', { name: 'Move Trade down' }).click();
    expect(await shownOrder(phone)).toEqual(['Security', 'Trade', 'Dialogue', 'Mediation']);
    expect(await phone.getByRole('button', { name: 'Move Security up' }).isDisabled()).toBe(true);

    tap.hold('ack');
    await phone.getByRole('button', { name: 'Submit ranking' }).click();
    await phone.getByTestId('vote-status').getByText('Sending your vote…').waitFor();
    await expect.poll(async () => (await answerOf(code, hostKey, poll.id)).total).toBe(3);
    expect(await phone.getByText('Your vote is counted').count()).toBe(0);
    tap.release();
    await phone.getByText('Your vote is counted').waitFor({ timeout: LIVE_MS });
    expect(await phone.getByRole('button', { name: 'Update my ranking' }).isDisabled()).toBe(true);

    // Borda, 3 points for a first place down to 0 for a last, over the three orders
    // (D T M S, D M T S, and this phone's S T D M); a tie keeps the poll's order.
    await expect
      .poll(() => standing(screen), { timeout: LIVE_MS })
      .toEqual([
        '1. Dialogue · 7 points · avg. position 1.7',
        '2. Trade · 5 points · avg. position 2.3',
        '3. Mediation · 3 points · avg. position 3.0',
        '3. Security · 3 points · avg. position 3.0',
      ]);
    const labelSize = await screen
      .getByTestId('standing-label')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // Readable from 10 m on a 1080 px screen: at least 36 px type.
    expect(labelSize).toBeGreaterThanOrEqual(36);

    await phone.reload();
    await phone.getByText('You can change your ranking until voting closes.').waitFor();
    expect(await shownOrder(phone)).toEqual(['Security', 'Trade', 'Dialogue', 'Mediation']);
    // Results on the phone after voting: the same standing, compact.
    await phone.getByRole('heading', { name: 'Live results' }).waitFor();
    expect(await phone.getByTestId('standing-label').first().innerText()).toBe('1st:\nDialogue');
  });

  it('drag to reorder: the dragged option lands where it is dropped, and that order is sent', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await rankingPoll(code, hostKey, 'Drag me');
    const phone = await open(`/e/${code}`, { phone: true });
    await phone.getByRole('heading', { name: 'Drag me' }).waitFor();
    const item = (label: string) => phone.locator('.ranking-item', { hasText: label });

    // Mediation by its grip onto the top half of Trade: it becomes first.
    await item('Mediation')
      .locator('.ranking-grip')
      .dragTo(item('Trade'), { targetPosition: { x: 40, y: 6 } });
    await expect
      .poll(() => shownOrder(phone), { timeout: LIVE_MS })
      .toEqual(['Mediation', 'Trade', 'Dialogue', 'Security']);
    await phone
      .getByTestId('ranking-announcement')
      .getByText('Mediation, position 1 of 4.')
      .waitFor();
    // Trade onto the bottom half of Security: it becomes last.
    await item('Trade')
      .locator('.ranking-grip')
      .dragTo(item('Security'), { targetPosition: { x: 40, y: 50 } });
    await expect
      .poll(() => shownOrder(phone), { timeout: LIVE_MS })
      .toEqual(['Mediation', 'Dialogue', 'Security', 'Trade']);
    await phone.getByRole('button', { name: 'Submit ranking' }).click();
    await phone.getByText('Your vote is counted').waitFor({ timeout: LIVE_MS });

    const results = await answerOf(code, hostKey, poll.id);
    const points = Object.fromEntries(
      (results.options as { label: string; points: number }[]).map((o) => [o.label, o.points]),
    );
    expect(points).toEqual({ Mediation: 3, Dialogue: 2, Security: 1, Trade: 0 });
  });

  it('hidden results stay hidden on the presenter and the phone', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await rankingPoll(code, hostKey, 'Secret standing');
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      token: hostKey,
      body: { showResults: false },
    });
    await rank(code, poll, ['Security', 'Mediation', 'Dialogue', 'Trade']);
    const screen = await open(`/present/${code}`);
    const phone = await open(`/e/${code}`, { phone: true });
    await phone.getByRole('button', { name: 'Submit ranking' }).click();
    await phone.getByText('Your vote is counted').waitFor({ timeout: LIVE_MS });
    await screen.getByText('Results will be shown soon').waitFor();
    expect(await screen.getByTestId('options-preview').locator('li').allInnerTexts()).toEqual(
      OPTIONS.map((l, i) => `${i + 1}\n${l}`),
    );
    expect(await screen.getByTestId('ranking-standings').count()).toBe(0);
    expect(await screen.getByText(/points/).count()).toBe(0);
    expect(await phone.getByTestId('ranking-standings').count()).toBe(0);
  });

  it('the host creates a ranking from the editor', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const host = await open(`/host/${code}#key=${hostKey}`, { laptop: true });
    await host.getByRole('button', { name: 'New poll' }).click();
    const editor = host.getByRole('dialog', { name: 'New poll' });
    await editor.getByLabel('Question').fill('What first?');
    await editor.getByRole('radio', { name: /An order/ }).check();
    await editor.getByLabel('Option 1', { exact: true }).fill('Roads');
    await editor.getByLabel('Option 1', { exact: true }).press('Enter');
    await host.keyboard.type('Schools');
    await host.keyboard.press('Enter');
    await host.keyboard.type('Clinics');
    await editor.getByRole('button', { name: 'Create poll' }).click();
    await editor.waitFor({ state: 'detached' });

    const card = host.locator('.poll-card', { hasText: 'What first?' });
    await card.getByText('Ranking · 3 options').waitFor();
    const { body } = await request(server.url, 'GET', `/api/events/${code}`, { token: hostKey });
    expect(body.polls).toMatchObject([
      {
        kind: 'ranking',
        question: 'What first?',
        options: [{ label: 'Roads' }, { label: 'Schools' }, { label: 'Clinics' }],
      },
    ]);
  });

  for (const dark of [false, true]) {
    it(`axe: vote and present pages of a ranking, ${dark ? 'dark' : 'light'}`, async () => {
      const { code, hostKey } = await createEvent(server.url);
      const poll = await rankingPoll(code, hostKey, 'Rank the topics');
      await rank(code, poll, ['Dialogue', 'Trade', 'Mediation', 'Security']);
      const phone = await open(`/e/${code}`, { phone: true, dark });
      await phone.getByRole('button', { name: 'Submit ranking' }).waitFor();
      expect(await seriousViolations(phone)).toEqual([]);
      await phone.getByRole('button', { name: 'Submit ranking' }).click();
      await phone.getByRole('heading', { name: 'Live results' }).waitFor({ timeout: LIVE_MS });
      expect(await seriousViolations(phone)).toEqual([]);
      const screen = await open(`/present/${code}${dark ? '?theme=dark' : ''}`, { dark });
      await screen.getByTestId('ranking-standings').waitFor();
      expect(await seriousViolations(screen)).toEqual([]);
    }, 60_000);
  }
});
