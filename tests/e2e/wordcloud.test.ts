/**
 * A word cloud poll in real Chromium against a real server: a phone turns
 * typed words into chips (Enter or Add), refuses an empty, over-long,
 * letterless or repeated word with its own message, removes a chip, submits
 * (sending… until the ack, then counted) and finds its words again after a
 * reload, then changes them; the presenter draws the words the server
 * counts as a cloud, the most given the biggest, no word over another, and a
 * word whose size did not change keeps its box while others grow and new
 * ones arrive; words the profanity filter flags or the host hides reach
 * neither the screen nor the phones (text and table alike) while the host's
 * card shows them marked, and one click there hides a word from the screen
 * (another shows it again); the host creates a word cloud from the editor.
 * axe finds nothing serious on the vote and present pages, light or dark.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { hasChromium } from '../support/browser.js';
import { browserRoom } from '../support/browser-room.js';
import { createEvent, createPoll, request } from '../support/http.js';
import type { TestServer } from '../support/server.js';
import { SocketTap } from '../support/socket-tap.js';
import { overlaps } from '../support/word-boxes.js';

/** What a person would notice: a change on a page takes at most this long. */
const LIVE_MS = 2000;

interface WordBox {
  key: string;
  text: string;
  count: number;
  fontSize: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The cloud as painted: each word's text, count, font size and box on the page. */
const cloudWords = (page: Page): Promise<WordBox[]> =>
  page
    .getByTestId('wordcloud')
    .locator('text')
    .evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return {
          key: (el as SVGTextElement).dataset.key!,
          text: el.textContent ?? '',
          count: Number((el as SVGTextElement).dataset.count),
          fontSize: parseFloat(getComputedStyle(el).fontSize),
          left: box.left,
          top: box.top,
          right: box.right,
          bottom: box.bottom,
        };
      }),
    );

/** Once no word animates any more (fading in, growing). */
const settled = (page: Page) =>
  page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-testid="wordcloud"] text')].every((el) =>
        el.getAnimations().every((a) => a.playState !== 'running'),
      ),
    null,
    { timeout: 5000 },
  );

/**
 * Settled, and the same for longer than the cloud waits between layouts
 * (300 ms): a layout still to come (a tally that arrived a moment later)
 * would otherwise be caught half-way.
 */
async function atRest(page: Page): Promise<WordBox[]> {
  let last = '';
  for (let i = 0; i < 20; i++) {
    await settled(page);
    const words = await cloudWords(page);
    const now = JSON.stringify(words);
    if (now === last) return words;
    last = now;
    await page.waitForTimeout(400);
  }
  throw new Error('the word cloud never came to rest');
}

/** The text alternative's rows, as read aloud: word and count. */
const tableRows = (page: Page) =>
  page
    .getByTestId('results-text')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map(
        (row) => `${row.querySelector('th')!.textContent}: ${row.querySelector('td')!.textContent}`,
      ),
    );

describe.skipIf(!hasChromium)('word cloud polls', () => {
  let server: TestServer;
  const { open, answer } = browserRoom((s) => (server = s));

  /** One new participant's words over HTTP. */
  const give = (code: string, pollId: number, words: string[]) => answer(code, pollId, { words });
  const results = async (code: string, pollId: number, hostKey?: string) =>
    (
      await request(server.url, 'GET', `/api/events/${code}/polls/${pollId}/results`, {
        ...(hostKey ? { token: hostKey } : {}),
      })
    ).body as {
      total: number;
      words: { text: string; count: number; flagged?: true; hidden?: true }[];
    };
  const wordcloudPoll = (code: string, hostKey: string, question: string, maxWords = 3) =>
    createPoll(server.url, code, hostKey, { question, kind: 'wordcloud', maxWords });

  it('the phone makes chips, refuses each bad word saying why, removes one, submits; a reload shows them; a change resubmits', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Forum on peace-building');
    const poll = await wordcloudPoll(code, hostKey, 'What does peace need most?');
    const tap = new SocketTap();
    const phone = await open(`/e/${code}`, { phone: true, tap });
    await phone.getByRole('heading', { name: 'What does peace need most?' }).waitFor();
    // The word cloud's input loads after the question shows (inputs load on first use).
    await phone.getByText('Up to 3 words', { exact: true }).waitFor();

    const field = phone.getByRole('textbox', { name: 'A word' });
    const add = phone.getByRole('button', { name: 'Add', exact: true });
    const problem = phone.getByTestId('word-problem');
    const chips = () =>
      phone.getByTestId('word-chips').locator('.wordcloud-chip__text').allInnerTexts();
    const type = async (text: string, how: 'enter' | 'add' = 'enter') => {
      await field.fill(text);
      if (how === 'enter') await field.press('Enter');
      else await add.tap();
    };

    // The field is at the top of the card, above the keyboard's reach, and every target is big.
    const fieldBox = (await field.boundingBox())!;
    expect(fieldBox.y).toBeLessThan(844 / 2);
    expect(fieldBox.height).toBeGreaterThanOrEqual(44);
    expect((await add.boundingBox())!.height).toBeGreaterThanOrEqual(44);

    await add.tap();
    await problem.getByText('A word must not be empty.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');

    await type('  Peace! ');
    await expect.poll(chips).toEqual(['Peace']);
    expect(await field.inputValue()).toBe('');
    expect(await problem.innerText()).toBe('');
    // The keyboard stays up: focus is back in the field for the next word.
    expect(await phone.evaluate(() => document.activeElement?.id)).toBe('wordcloud-word');

    for (const [typed, message] of [
      ['x'.repeat(26), 'A word is at most 25 characters; this one has 26.'],
      ['!!!', 'A word needs at least one letter or digit.'],
      ['PEACE', 'You already added “Peace”.'],
    ] as const) {
      await type(typed);
      await problem.getByText(message, { exact: true }).waitFor();
      expect(await chips()).toEqual(['Peace']);
      // Typing again clears the message.
      await field.fill('');
      expect(await problem.innerText()).toBe('');
    }

    await type('hope', 'add');
    await expect.poll(chips).toEqual(['Peace', 'hope']);
    const remove = phone.getByRole('button', { name: 'Remove hope' });
    expect((await remove.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await remove.tap();
    await expect.poll(chips).toEqual(['Peace']);
    await type('trust');
    await type('dialogue');
    await expect.poll(chips).toEqual(['Peace', 'trust', 'dialogue']);
    // Full: the field is off, and says why.
    expect(await field.isDisabled()).toBe(true);
    expect(await phone.getByTestId('words-full').innerText()).toBe(
      'That is 3 words, the most you can give. To add another, remove one first.',
    );

    // Hold the ack back: the server has the words, the phone must not claim them yet.
    tap.hold('ack');
    await phone.getByRole('button', { name: 'Submit words' }).tap();
    await phone
      .getByTestId('words-answer')
      .getByText('Peace, trust, dialogue · sending…')
      .waitFor();
    expect(await phone.getByTestId('vote-status').innerText()).toContain('Sending your vote');
    await expect.poll(async () => (await results(code, poll.id, hostKey)).total).toBe(1);
    expect(await phone.getByText('Your vote is counted').count()).toBe(0);
    tap.release();
    await phone.getByText('Your vote is counted').waitFor({ timeout: LIVE_MS });
    const stored = await results(code, poll.id, hostKey);
    expect(stored.words.map((w) => [w.text, w.count]).sort()).toEqual([
      ['Peace', 1],
      ['dialogue', 1],
      ['trust', 1],
    ]);

    // A reload is the same participant, with the same words on record.
    await phone.reload();
    await phone.getByText('You can change your words until voting closes.').waitFor();
    await expect.poll(chips).toEqual(['Peace', 'trust', 'dialogue']);
    const update = phone.getByRole('button', { name: 'Update my words' });
    expect(await update.isDisabled()).toBe(true);
    // Results on the phone once it has answered: the words as a ranked list.
    await phone.getByRole('heading', { name: 'Live results' }).waitFor();
    expect((await phone.getByTestId('rank-word').allInnerTexts()).sort()).toEqual([
      'Peace',
      'dialogue',
      'trust',
    ]);

    // A change: trust out, hope in; the server keeps one answer, the new one.
    await phone.getByRole('button', { name: 'Remove trust' }).tap();
    await type('hope');
    await expect.poll(chips).toEqual(['Peace', 'dialogue', 'hope']);
    await update.tap();
    await phone.getByText('Your vote is counted').waitFor({ timeout: LIVE_MS });
    await expect
      .poll(async () => (await results(code, poll.id, hostKey)).words.map((w) => w.text).sort())
      .toEqual(['Peace', 'dialogue', 'hope']);
    expect((await results(code, poll.id, hostKey)).total).toBe(1);
  });

  it('the presenter draws the counted words, the most given biggest; a word keeps its box as others grow and arrive; none ever overlaps another', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await wordcloudPoll(code, hostKey, 'What does peace need most?');
    for (const words of [
      ['peace', 'hope', 'trust'],
      ['Peace', 'hope', 'trust'],
      ['peace', 'hope'],
      ['peace', 'dialogue'],
      ['peace'],
      ['PEACE!', 'calm', 'future'],
      ['bridges', 'courage'],
    ])
      await give(code, poll.id, words);
    const expected = (await results(code, poll.id)).words;
    expect(expected[0]).toEqual({ text: 'peace', count: 6 });
    const screen = await open(`/present/${code}`);

    // Every counted word, painted; then at rest.
    await expect
      .poll(async () => (await cloudWords(screen)).map((w) => `${w.text}: ${w.count}`).sort(), {
        timeout: LIVE_MS,
      })
      .toEqual(expected.map((w) => `${w.text}: ${w.count}`).sort());
    const before = await atRest(screen);
    expect(overlaps(before)).toEqual([]);
    const cloud = (await screen.getByTestId('wordcloud').boundingBox())!;
    for (const word of before) {
      expect(word.left, word.text).toBeGreaterThanOrEqual(cloud.x - 1);
      expect(word.right, word.text).toBeLessThanOrEqual(cloud.x + cloud.width + 1);
      expect(word.top, word.text).toBeGreaterThanOrEqual(cloud.y - 1);
      expect(word.bottom, word.text).toBeLessThanOrEqual(cloud.y + cloud.height + 1);
    }

    // Sizes follow counts; the top word reads at a glance from the back of a room (at least
    // 10% of the 1080 px screen's height), the least given still read from 10 m (36 px).
    const peace = before.find((w) => w.key === 'peace')!;
    for (const word of before.filter((w) => w !== peace)) {
      expect(word.fontSize, word.text).toBeLessThan(peace.fontSize);
      expect((word.right - word.left) * (word.bottom - word.top)).toBeLessThan(
        (peace.right - peace.left) * (peace.bottom - peace.top),
      );
    }
    expect(peace.fontSize).toBeGreaterThanOrEqual(108);
    const sorted = [...before].sort((a, b) => b.count - a.count);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.fontSize).toBeLessThanOrEqual(sorted[i - 1]!.fontSize);
    expect(Math.min(...before.map((w) => w.fontSize))).toBeGreaterThanOrEqual(36);

    // The text alternative: the same words and counts, most given first.
    await expect
      .poll(() => tableRows(screen), { timeout: LIVE_MS })
      .toEqual(expected.map((w) => `${w.text}: ${w.count}`));

    // Another participant gives a small word again (it grows) and a new one. Watch every
    // frame until the cloud is at rest again: no two words may ever overlap.
    const frames: WordBox[][] = [];
    let watching = true;
    const watch = (async () => {
      while (watching) {
        frames.push(await cloudWords(screen));
        await screen.waitForTimeout(30);
      }
    })();
    await give(code, poll.id, ['calm', 'justice']);
    await expect
      .poll(async () => (await cloudWords(screen)).map((w) => w.key), { timeout: LIVE_MS })
      .toContain('justice');
    const after = await atRest(screen);
    watching = false;
    await watch;
    frames.push(after);
    for (const frame of frames) expect(overlaps(frame)).toEqual([]);
    expect(frames.length).toBeGreaterThan(5);

    const now = new Map(after.map((w) => [w.key, w]));
    const calm = now.get('calm')!;
    expect(calm.count).toBe(2);
    expect(calm.fontSize).toBeGreaterThan(before.find((w) => w.key === 'calm')!.fontSize);
    let unchanged = 0;
    for (const word of before) {
      const later = now.get(word.key)!;
      if (later.fontSize !== word.fontSize) continue;
      unchanged++;
      for (const side of ['left', 'top', 'right', 'bottom'] as const)
        expect(Math.abs(later[side] - word[side]), `${word.text} ${side}`).toBeLessThanOrEqual(1);
    }
    expect(unchanged).toBeGreaterThanOrEqual(before.length - 1);
    expect(now.get('justice')!.fontSize).toBeGreaterThan(0);
    await expect.poll(() => tableRows(screen), { timeout: LIVE_MS }).toContain('calm: 2');
  });

  it('flagged and hidden words reach neither the screen nor the phones; the host sees them marked and hides or shows a word with one click', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await wordcloudPoll(code, hostKey, 'How was the day?');
    for (const words of [['sh1t', 'peace'], ['peace', 'boring'], ['peace', 'long'], ['boring']])
      await give(code, poll.id, words);
    const screen = await open(`/present/${code}`);
    const phone = await open(`/e/${code}`, { phone: true });
    const host = await open(`/host/${code}#key=${hostKey}`, { laptop: true });

    // The phone answers, so it is shown the results too.
    await phone.getByRole('textbox', { name: 'A word' }).fill('calm');
    await phone.getByRole('textbox', { name: 'A word' }).press('Enter');
    await phone.getByRole('button', { name: 'Submit words' }).tap();
    await phone.getByRole('heading', { name: 'Live results' }).waitFor({ timeout: LIVE_MS });

    const screenWords = async () => (await cloudWords(screen)).map((w) => w.text).sort();
    await expect
      .poll(screenWords, { timeout: LIVE_MS })
      .toEqual(['boring', 'calm', 'long', 'peace']);
    const everywhere = async () => [
      (await screen.locator('body').innerText()) +
        (await screen.getByTestId('wordcloud').textContent()),
      await screen.getByTestId('results-text').textContent(),
      await phone.locator('body').textContent(),
    ];
    for (const text of await everywhere()) expect(text).not.toMatch(/sh1t/i);

    // The host's card: every word, the flagged one marked and named so.
    const card = host.locator('.poll-card', { hasText: 'How was the day?' });
    await card.getByText('Word cloud · up to 3 words').waitFor();
    const flagged = card.getByRole('button', { name: 'sh1t, 1, filtered as profanity: hide' });
    await flagged.waitFor({ timeout: LIVE_MS });
    expect(await flagged.innerText()).toContain('filtered');

    // One click hides "boring" from the room; the card shows it struck through, named hidden.
    await card.getByRole('button', { name: 'boring, 2: hide' }).click();
    const hidden = card.getByRole('button', { name: 'boring, 2, hidden: show again' });
    await hidden.waitFor({ timeout: LIVE_MS });
    expect(
      await hidden
        .locator('.wordcloud-mini__text')
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('line-through');
    await expect.poll(screenWords, { timeout: LIVE_MS }).toEqual(['calm', 'long', 'peace']);
    await expect
      .poll(async () => (await tableRows(screen)).join(), { timeout: LIVE_MS })
      .not.toContain('boring');
    await expect
      .poll(async () => (await phone.getByTestId('word-ranks').textContent()) ?? '', {
        timeout: LIVE_MS,
      })
      .not.toContain('boring');
    for (const text of await everywhere()) expect(text).not.toMatch(/sh1t|boring/i);

    // Clicked again, it is back.
    await hidden.click();
    await card.getByRole('button', { name: 'boring, 2: hide' }).waitFor({ timeout: LIVE_MS });
    await expect
      .poll(screenWords, { timeout: LIVE_MS })
      .toEqual(['boring', 'calm', 'long', 'peace']);
    const { words } = await results(code, poll.id, hostKey);
    expect(words.find((w) => w.text === 'boring')).toEqual({ text: 'boring', count: 2 });
  });

  it('the host creates a word cloud from the editor: words per attendee and the profanity filter', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const host = await open(`/host/${code}#key=${hostKey}`, { laptop: true });
    await host.getByRole('button', { name: 'New poll' }).click();
    const editor = host.getByRole('dialog', { name: 'New poll' });
    await editor.getByLabel('Question').fill('One word for today?');
    await editor.getByRole('radio', { name: /A few words/ }).check();
    const filter = editor.getByRole('checkbox', { name: /Filter profanity/ });
    expect(await filter.isChecked()).toBe(true);
    await editor.getByLabel('Each attendee gives').selectOption('2');
    await filter.uncheck();
    await editor.getByRole('button', { name: 'Create poll' }).click();
    await editor.waitFor({ state: 'detached' });

    const card = host.locator('.poll-card', { hasText: 'One word for today?' });
    await card.getByText('Word cloud · up to 2 words').waitFor();
    expect(await card.getByTestId('mini-results').innerText()).toBe('No words yet.');
    const { body } = await request(server.url, 'GET', `/api/events/${code}`, { token: hostKey });
    expect(body.polls).toMatchObject([
      { kind: 'wordcloud', question: 'One word for today?', maxWords: 2, filterProfanity: false },
    ]);
  });

  for (const dark of [false, true]) {
    it(`axe: vote and present pages of a word cloud, ${dark ? 'dark' : 'light'}`, async () => {
      const { code, hostKey } = await createEvent(server.url);
      const poll = await wordcloudPoll(code, hostKey, 'What does peace need most?');
      for (const words of [['peace', 'hope'], ['peace', 'trust'], ['dialogue']])
        await give(code, poll.id, words);
      const phone = await open(`/e/${code}`, { phone: true, dark });
      const field = phone.getByRole('textbox', { name: 'A word' });
      await field.fill('courage');
      await field.press('Enter');
      // A refused word's message on screen too.
      await field.fill('???');
      await field.press('Enter');
      await phone
        .getByTestId('word-problem')
        .getByText(/letter or digit/)
        .waitFor();
      expect(await seriousViolations(phone)).toEqual([]);
      await field.fill('');
      await phone.getByRole('button', { name: 'Submit words' }).tap();
      await phone.getByRole('heading', { name: 'Live results' }).waitFor({ timeout: LIVE_MS });
      expect(await seriousViolations(phone)).toEqual([]);
      const screen = await open(`/present/${code}${dark ? '?theme=dark' : ''}`, { dark });
      await screen.getByTestId('wordcloud').locator('text').first().waitFor();
      await settled(screen);
      expect(await seriousViolations(screen)).toEqual([]);
    }, 60_000);
  }
});
