/**
 * Audience Q&A in real Chromium against a real server: two phones ask and
 * upvote (the presenter's count follows within 2 s, a second tap takes the
 * upvote back), the phone's list holds still under a reading finger with a
 * "new / updated" pill that applies the latest when tapped (and applies at
 * once at rest at the top), a question approved first waits on its phone as
 * "Waiting for moderation" until the host approves it, the highlighted
 * question fills the presenter's screen, an answered one goes to the end,
 * the host works from the keyboard, a phone past 10 questions is told so,
 * the host creates a Q&A poll from the editor, and axe finds nothing serious
 * on the vote, present and host pages, light or dark.
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
/** The phone's list holds still this long after a touch (kinds/qa/ballot.tsx), plus a push. */
const READING_MS = 2000;

interface HostQuestion {
  id: number;
  text: string;
  upvotes: number;
  status: 'pending' | 'visible' | 'hidden' | 'answered';
  highlighted: boolean;
}

describe.skipIf(!hasChromium)('audience Q&A', () => {
  let server: TestServer;
  const { open } = browserRoom((s) => (server = s));

  const qaPoll = (code: string, hostKey: string, moderation: 'pre' | 'post' = 'post') =>
    createPoll(server.url, code, hostKey, {
      question: 'Questions for the panel',
      kind: 'qa',
      moderation,
    });

  async function participant(code: string): Promise<string> {
    const joined = await request(server.url, 'POST', `/api/events/${code}/participants`);
    return joined.body.token as string;
  }

  /** A question from a new participant (or `token`'s) over HTTP; its id. */
  async function ask(code: string, pollId: number, text: string, token?: string) {
    const asked = await request(
      server.url,
      'POST',
      `/api/events/${code}/polls/${pollId}/questions`,
      {
        token: token ?? (await participant(code)),
        body: { text },
      },
    );
    expect(asked.status).toBe(201);
    return asked.body.question.id as number;
  }

  /** `n` upvotes of a question, each from a new participant. */
  async function upvote(code: string, pollId: number, questionId: number, n = 1) {
    for (let i = 0; i < n; i++) {
      const voted = await request(
        server.url,
        'PUT',
        `/api/events/${code}/polls/${pollId}/questions/${questionId}/upvote`,
        { token: await participant(code) },
      );
      expect(voted.status).toBe(200);
    }
  }

  const moderate = (code: string, hostKey: string, pollId: number, id: number, body: object) =>
    request(server.url, 'PATCH', `/api/events/${code}/polls/${pollId}/questions/${id}`, {
      token: hostKey,
      body,
    });

  async function hostQuestions(code: string, pollId: number, hostKey: string) {
    const { body } = await request(
      server.url,
      'GET',
      `/api/events/${code}/polls/${pollId}/results`,
      { token: hostKey },
    );
    return body.questions as HostQuestion[];
  }

  /** The phone's list, top to bottom, as ids. */
  const phoneOrder = (phone: Page) =>
    phone
      .getByTestId('qa-list')
      .locator('.qa-item')
      .evaluateAll((items) => items.map((i) => Number((i as HTMLElement).dataset.questionId)));
  const phoneItem = (phone: Page, text: string) =>
    phone.getByTestId('qa-list').locator('.qa-item', { hasText: text });
  /** The presenter's board: each question with its count, top to bottom. */
  const board = (screen: Page) =>
    screen
      .getByTestId('qa-board')
      .locator('.qa-board__item:not([hidden])')
      .evaluateAll((items) =>
        items.map((i) => [
          i.querySelector('.qa-board__text')!.textContent,
          Number(
            i.querySelector('[data-testid=qa-board-votes]')!.textContent!.trim().split(' ')[0],
          ),
        ]),
      );

  it('two phones ask and upvote: the presenter’s count follows, a second tap takes the upvote back', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Forum on peace-building');
    await qaPoll(code, hostKey);
    const screen = await open(`/present/${code}`);
    const tap = new SocketTap();
    const alice = await open(`/e/${code}`, { phone: true, tap });
    const bobsTap = new SocketTap();
    const bob = await open(`/e/${code}`, { phone: true, tap: bobsTap });
    await screen.getByTestId('qa-empty').getByText('No questions yet').waitFor();

    // Empty, then too long: a clear word in place, and nothing sent.
    const box = alice.getByRole('textbox', { name: 'Your question' });
    const send = alice.getByRole('button', { name: 'Send question' });
    await send.tap();
    await alice.getByRole('alert').getByText('Write your question first').waitFor();
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    await box.fill('x'.repeat(281));
    expect(await alice.getByTestId('qa-count').innerText()).toContain('281 / 280');
    expect(await send.isDisabled()).toBe(true);
    expect(await alice.getByRole('alert').innerText()).toBe(
      '1 character too many: a question is at most 280 characters.',
    );

    // Sent: "sending…" until the ack; then in everyone's list, marked Yours on Alice's phone only.
    tap.hold('ack');
    await box.fill('  Who funds the youth exchanges?  ');
    expect(await alice.getByTestId('qa-count').innerText()).toContain('30 / 280');
    await send.tap();
    await alice.getByTestId('qa-standing').getByText('sending…').waitFor();
    tap.release();
    await phoneItem(alice, 'Who funds the youth exchanges?').waitFor({ timeout: LIVE_MS });
    expect(await alice.getByTestId('qa-mine').count()).toBe(0);
    expect(
      await phoneItem(alice, 'Who funds the youth exchanges?').getByText('Yours').count(),
    ).toBe(1);
    await phoneItem(bob, 'Who funds the youth exchanges?').waitFor({ timeout: LIVE_MS });
    expect(await phoneItem(bob, 'Who funds the youth exchanges?').getByText('Yours').count()).toBe(
      0,
    );
    await expect
      .poll(() => board(screen), { timeout: LIVE_MS })
      .toEqual([['Who funds the youth exchanges?', 0]]);

    // Bob upvotes: pressed at once, and the presenter's count follows.
    const bobsUpvote = phoneItem(bob, 'Who funds the youth exchanges?').getByRole('button', {
      name: /^Upvote/,
    });
    // (Its ack held back: the tap shows at once, "sending…", before the server's word.)
    bobsTap.hold('ack');
    await bobsUpvote.tap();
    expect(await bobsUpvote.getAttribute('aria-pressed')).toBe('true');
    await phoneItem(bob, 'Who funds the youth exchanges?').getByText('sending…').waitFor();
    await expect
      .poll(() => board(screen), { timeout: LIVE_MS })
      .toEqual([['Who funds the youth exchanges?', 1]]);
    bobsTap.release();
    await phoneItem(bob, 'Who funds the youth exchanges?')
      .getByText('sending…')
      .waitFor({ state: 'detached', timeout: LIVE_MS });
    await expect
      .poll(() => bobsUpvote.getByTestId('qa-upvotes').innerText(), { timeout: LIVE_MS })
      .toBe('1');

    // Bob asks too, and Alice upvotes his: it ties, then leads once Bob's own upvote joins.
    await bob
      .getByRole('textbox', { name: 'Your question' })
      .fill('Can observers join the mission?');
    await bob.getByRole('button', { name: 'Send question' }).tap();
    await phoneItem(alice, 'Can observers join the mission?').waitFor({ timeout: LIVE_MS });
    await phoneItem(alice, 'Can observers join the mission?')
      .getByRole('button', { name: /^Upvote/ })
      .tap();
    await phoneItem(bob, 'Can observers join the mission?')
      .getByRole('button', { name: /^Upvote/ })
      .tap();
    await expect
      .poll(() => board(screen), { timeout: LIVE_MS })
      .toEqual([
        ['Can observers join the mission?', 2],
        ['Who funds the youth exchanges?', 1],
      ]);

    // A second tap takes Bob's first upvote back.
    await bobsUpvote.tap();
    expect(await bobsUpvote.getAttribute('aria-pressed')).toBe('false');
    await expect
      .poll(() => board(screen), { timeout: LIVE_MS })
      .toEqual([
        ['Can observers join the mission?', 2],
        ['Who funds the youth exchanges?', 0],
      ]);
    await screen.getByTestId('turnout').getByText('2 questions').waitFor();
  });

  it('the phone’s list holds still while read: a pill counts what changed, a tap applies it; at rest at the top it applies at once', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey);
    const ids: number[] = [];
    for (let i = 1; i <= 9; i++) ids.push(await ask(code, poll.id, `Question number ${i}?`));
    // 9 upvotes for the first, 8 for the second, ...: the list is 1, 2, ..., 9.
    for (const [i, id] of ids.entries()) await upvote(code, poll.id, id, 9 - i);
    const phone = await open(`/e/${code}`, { phone: true });
    await phone.getByTestId('qa-list').waitFor();
    expect(await phoneOrder(phone)).toEqual(ids);

    // The attendee scrolls into the list, reading.
    await phone.evaluate(() => {
      const list = document.querySelector('[data-testid=qa-list]')!;
      scrollTo(0, list.getBoundingClientRect().top + scrollY + 200);
    });
    // The last question climbs to the top and a new one arrives.
    await upvote(code, poll.id, ids[8]!, 10);
    const fresh = await ask(code, poll.id, 'A brand new question?');
    const pill = phone.getByTestId('qa-pill');
    await pill.waitFor({ timeout: LIVE_MS + 1000 });
    await expect.poll(() => pill.innerText(), { timeout: LIVE_MS }).toBe('2 new / updated');
    // Nothing moved under the finger, and the climber's count changed in place.
    expect(await phoneOrder(phone)).toEqual(ids);
    expect(await phoneItem(phone, 'Question number 9?').getByTestId('qa-upvotes').innerText()).toBe(
      '11',
    );
    // Even long after the last touch: scrolled into the list is still reading.
    await phone.waitForTimeout(READING_MS + 500);
    expect(await phoneOrder(phone)).toEqual(ids);

    await pill.tap();
    const latest = [ids[8]!, ...ids.slice(0, 8), fresh];
    await expect.poll(() => phoneOrder(phone)).toEqual(latest);
    await pill.waitFor({ state: 'detached' });
    // Taken to the top of the list.
    await expect
      .poll(() =>
        phone.evaluate(() =>
          Math.round(
            document.querySelector('[data-testid=qa-list-section]')!.getBoundingClientRect().top,
          ),
        ),
      )
      .toBeLessThan(60);

    // At rest at the top: a change applies at once, with no pill.
    await phone.evaluate(() => scrollTo(0, 0));
    await phone.waitForTimeout(READING_MS + 300);
    await upvote(code, poll.id, fresh, 20);
    await expect
      .poll(() => phoneOrder(phone), { timeout: LIVE_MS })
      .toEqual([fresh, ...latest.slice(0, -1)]);
    expect(await pill.count()).toBe(0);
  });

  it('approved first: the phone’s question waits for moderation; approved, highlighted big on the screen, answered to the end, from clicks and keys', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey, 'pre');
    const screen = await open(`/present/${code}`);
    const host = await open(`/host/${code}#key=${hostKey}`, { laptop: true });
    const phone = await open(`/e/${code}`, { phone: true });

    await phone
      .getByText('The host approves each question before it is shown.', { exact: false })
      .waitFor();
    await phone
      .getByRole('textbox', { name: 'Your question' })
      .fill('Is there a plan for returning families?');
    await phone.getByRole('button', { name: 'Send question' }).tap();
    const mine = phone.getByTestId('qa-mine');
    await mine.getByText('Waiting for moderation').waitFor({ timeout: LIVE_MS });
    expect(await mine.getByText('Is there a plan for returning families?').count()).toBe(1);
    expect(await phone.getByTestId('qa-list').count()).toBe(0);

    const card = host.locator('.poll-card', { hasText: 'Questions for the panel' });
    await card.getByText('Audience Q&A · approve first').waitFor();
    const queue = card.getByTestId('qa-desk-pending');
    await queue.getByText('Is there a plan for returning families?').waitFor({ timeout: LIVE_MS });
    await card.getByText('1 waiting · 0 open · 0 answered · 0 hidden').waitFor();
    // Not on the screen, seen or read aloud.
    expect(await screen.locator('body').textContent()).not.toContain('returning families');

    await queue.getByRole('button', { name: 'Approve' }).click();
    await phoneItem(phone, 'Is there a plan for returning families?').waitFor({ timeout: LIVE_MS });
    expect(
      await phoneItem(phone, 'Is there a plan for returning families?').getByText('Yours').count(),
    ).toBe(1);
    await mine.waitFor({ state: 'detached' });
    await expect
      .poll(() => board(screen), { timeout: LIVE_MS })
      .toEqual([['Is there a plan for returning families?', 0]]);

    // Two more, approved over HTTP, upvoted ahead of it.
    const trust = await ask(code, poll.id, 'How do we measure trust?');
    const funds = await ask(code, poll.id, 'Who funds the exchanges?');
    for (const id of [trust, funds])
      await moderate(code, hostKey, poll.id, id, { status: 'visible' });
    await upvote(code, poll.id, trust, 3);
    await upvote(code, poll.id, funds, 2);
    await card
      .getByText('0 waiting · 3 open · 0 answered · 0 hidden')
      .waitFor({ timeout: LIVE_MS });

    // Highlight: big and alone on the presenter's screen, marked on the phone.
    const open_ = card.getByTestId('qa-desk-visible');
    const fundsRow = open_.locator('li', { hasText: 'Who funds the exchanges?' });
    await fundsRow.getByRole('button', { name: 'Highlight' }).click();
    const spotlight = screen.getByTestId('qa-spotlight');
    await spotlight.getByText('Who funds the exchanges?').waitFor({ timeout: LIVE_MS });
    expect(await screen.getByTestId('qa-board').count()).toBe(0);
    const size = await spotlight
      .locator('.qa-spotlight__text')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // Far larger than the board's lines (1.5 rem, 36 px on this screen).
    expect(size).toBeGreaterThanOrEqual(60);
    await phoneItem(phone, 'Who funds the exchanges?')
      .getByText('On screen now')
      .waitFor({ timeout: LIVE_MS });
    expect(
      await fundsRow.getByRole('button', { name: 'On screen' }).getAttribute('aria-pressed'),
    ).toBe('true');

    // Highlighting another takes the first off: one at a time.
    await open_
      .locator('li', { hasText: 'How do we measure trust?' })
      .getByRole('button', { name: 'Highlight' })
      .click();
    await spotlight.getByText('How do we measure trust?').waitFor({ timeout: LIVE_MS });
    await expect
      .poll(async () =>
        (await hostQuestions(code, poll.id, hostKey)).filter((q) => q.highlighted).map((q) => q.id),
      )
      .toEqual([trust]);

    // Keys: the most upvoted (trust, on screen) is first; D marks it answered and off the spotlight.
    await card.getByText(/Keys on a focused question: A approve · H hide · D answered/).waitFor();
    await open_.locator('li').first().focus();
    await host.keyboard.press('d');
    await card
      .getByText('0 waiting · 2 open · 1 answered · 0 hidden')
      .waitFor({ timeout: LIVE_MS });
    await spotlight.waitFor({ state: 'detached', timeout: LIVE_MS });
    // Answered: at the end of the phone's list, marked; off the presenter's board.
    await expect
      .poll(() => phone.getByTestId('qa-list').locator('.qa-item__text').allInnerTexts(), {
        timeout: LIVE_MS,
      })
      .toEqual([
        'Who funds the exchanges?',
        'Is there a plan for returning families?',
        'How do we measure trust?',
      ]);
    expect(await phoneItem(phone, 'How do we measure trust?').getByText('Answered').count()).toBe(
      1,
    );
    await expect
      .poll(() => board(screen), { timeout: LIVE_MS })
      .toEqual([
        ['Who funds the exchanges?', 2],
        ['Is there a plan for returning families?', 0],
      ]);
    // Focus went on to the question now first; S puts it on screen, H hides the next.
    const focused = () =>
      host.evaluate(
        () => document.activeElement?.querySelector('.qa-desk__text')?.textContent ?? null,
      );
    await expect.poll(focused).toBe('Who funds the exchanges?');
    await host.keyboard.press('s');
    await spotlight.getByText('Who funds the exchanges?').waitFor({ timeout: LIVE_MS });
    await host.keyboard.press('j');
    expect(await focused()).toBe('Is there a plan for returning families?');
    await host.keyboard.press('h');
    await card
      .getByText('0 waiting · 1 open · 1 answered · 1 hidden')
      .waitFor({ timeout: LIVE_MS });
    await phoneItem(phone, 'Is there a plan for returning families?').waitFor({
      state: 'detached',
      timeout: LIVE_MS,
    });
  });

  it('a phone that asked 10 questions is told it has reached the limit', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await qaPoll(code, hostKey);
    const phone = await open(`/e/${code}`, { phone: true });
    await phone.getByRole('textbox', { name: 'Your question' }).waitFor();
    const token = await phone.evaluate((c) => localStorage.getItem(`voxpop:token:${c}`), code);
    for (let i = 1; i <= 9; i++) await ask(code, poll.id, `Mine number ${i}?`, token!);
    await phone.reload();
    await phone.getByText('You can ask 1 more.', { exact: false }).waitFor();
    await phone.getByRole('textbox', { name: 'Your question' }).fill('The tenth?');
    await phone.getByRole('button', { name: 'Send question' }).tap();
    await phone
      .getByTestId('qa-limit')
      .getByText('You have asked 10 questions')
      .waitFor({ timeout: LIVE_MS });
    expect(await phone.getByRole('textbox').count()).toBe(0);
    // All ten are the phone's own.
    await expect
      .poll(() => phone.getByTestId('qa-list').locator('.qa-mark--mine').count(), {
        timeout: LIVE_MS,
      })
      .toBe(10);
  });

  it('the host creates a Q&A poll from the editor, approved first, with no vote-change rule', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const host = await open(`/host/${code}#key=${hostKey}`, { laptop: true });
    await host.getByRole('button', { name: 'New poll' }).click();
    const editor = host.getByRole('dialog', { name: 'New poll' });
    await editor.getByRole('textbox', { name: 'Question' }).fill('Your questions for the panel');
    await editor.getByRole('radio', { name: /Ask and upvote/ }).check();
    expect(await editor.getByRole('radio', { name: /Show questions at once/ }).isChecked()).toBe(
      true,
    );
    expect(await editor.getByText('Attendees can change their vote').count()).toBe(0);
    await editor.getByRole('radio', { name: /Approve each question first/ }).check();
    await editor.getByRole('button', { name: 'Create poll' }).click();
    await editor.waitFor({ state: 'detached' });
    const card = host.locator('.poll-card', { hasText: 'Your questions for the panel' });
    await card.getByText('Audience Q&A · approve first').waitFor();
    const { body } = await request(server.url, 'GET', `/api/events/${code}`, { token: hostKey });
    expect(body.polls).toMatchObject([
      { kind: 'qa', question: 'Your questions for the panel', moderation: 'pre' },
    ]);
  });

  for (const dark of [false, true]) {
    it(`axe: vote, present and host pages of a Q&A poll, ${dark ? 'dark' : 'light'}`, async () => {
      const { code, hostKey } = await createEvent(server.url);
      const poll = await qaPoll(code, hostKey, 'pre');
      const ids: number[] = [];
      for (const text of ['How do we measure trust?', 'Who funds it?', 'Will we meet again?'])
        ids.push(await ask(code, poll.id, text));
      for (const id of ids.slice(0, 2))
        await moderate(code, hostKey, poll.id, id, { status: 'visible' });
      await moderate(code, hostKey, poll.id, ids[1]!, { status: 'answered' });
      await upvote(code, poll.id, ids[0]!, 2);

      const phone = await open(`/e/${code}`, { phone: true, dark });
      await phone.getByTestId('qa-list').waitFor();
      await phone.getByRole('textbox', { name: 'Your question' }).fill('Can observers join?');
      await phone.getByRole('button', { name: 'Send question' }).tap();
      await phone
        .getByTestId('qa-mine')
        .getByText('Waiting for moderation')
        .waitFor({ timeout: LIVE_MS });
      await phoneItem(phone, 'How do we measure trust?')
        .getByRole('button', { name: /^Upvote/ })
        .tap();
      // The count comes back with the ack or the next attendee push (at most once a second).
      await expect
        .poll(
          () => phoneItem(phone, 'How do we measure trust?').getByTestId('qa-upvotes').innerText(),
          { timeout: LIVE_MS },
        )
        .toBe('3');
      expect(await seriousViolations(phone)).toEqual([]);

      const screen = await open(`/present/${code}${dark ? '?theme=dark' : ''}`, { dark });
      await screen.getByTestId('qa-board').waitFor();
      expect(await seriousViolations(screen)).toEqual([]);
      await moderate(code, hostKey, poll.id, ids[0]!, { highlighted: true });
      await screen.getByTestId('qa-spotlight').waitFor({ timeout: LIVE_MS });
      expect(await seriousViolations(screen)).toEqual([]);

      const host = await open(`/host/${code}#key=${hostKey}`, { laptop: true, dark });
      await host.getByTestId('qa-desk-pending').locator('li').first().waitFor();
      expect(await seriousViolations(host)).toEqual([]);
    }, 60_000);
  }
});
