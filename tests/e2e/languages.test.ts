/**
 * Languages in real Chromium against a real server. A phone whose browser
 * speaks Georgian reads the whole vote page in Georgian (no English of the
 * catalogue left on it), the poll in its Georgian translation with a way to
 * read the original, and votes into the same tally as an English phone; the
 * language menu switches a page and is remembered; the presenter screen
 * speaks the event's language and, when the host asks, alternates the
 * event's languages. axe finds nothing serious in any language tried.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import enAttendee from '../../client/src/i18n/locales/en/attendee.js';
import kaAttendee from '../../client/src/i18n/locales/ka/attendee.js';
import ruAttendee from '../../client/src/i18n/locales/ru/attendee.js';
import type { Message } from '../../client/src/i18n/catalogue.js';
import { seriousViolations } from '../support/axe.js';
import { hasChromium } from '../support/browser.js';
import { browserRoom } from '../support/browser-room.js';
import { createEvent, createPoll, request } from '../support/http.js';
import type { TestServer } from '../support/server.js';

const LIVE_MS = 2000;

const POLL = {
  question: 'Can the European Union make a difference?',
  kind: 'single',
  options: ['Yes', 'No', 'Not sure'],
  translations: {
    ka: {
      question: 'შეუძლია თუ არა ევროკავშირს ცვლილების შეტანა?',
      options: ['დიახ', 'არა', 'არ ვარ დარწმუნებული'],
    },
    ru: {
      question: 'Может ли Европейский союз что-то изменить?',
      options: ['Да', 'Нет', 'Затрудняюсь ответить'],
    },
  },
};

const text = (m: Message | undefined) => {
  if (m === undefined) throw new Error('no such key in the catalogue');
  return typeof m === 'string' ? m : m.other;
};

/** The English catalogue's words still visible on the page (where the language's differ). */
async function englishLeft(page: Page, other: Record<string, Message>): Promise<string[]> {
  const shown = await page.locator('body').innerText();
  return Object.entries(enAttendee as Record<string, Message>)
    .map(([key, message]) => [text(message), text(other[key] ?? message)] as const)
    .filter(([english, translated]) => english !== translated && !english.includes('{'))
    .filter(([english]) => english.length > 3 && shown.includes(english))
    .map(([english]) => english);
}

describe.skipIf(!hasChromium)('languages', () => {
  let server: TestServer;
  const { open } = browserRoom((s) => (server = s));

  async function translatedEvent() {
    const { code, hostKey } = await createEvent(server.url, 'Forum on peace-building');
    await request(server.url, 'PATCH', `/api/events/${code}`, {
      token: hostKey,
      body: { languages: ['ka', 'ru'] },
    });
    const poll = await createPoll(server.url, code, hostKey, POLL);
    return { code, hostKey, pollId: poll.id as number };
  }

  it('a Georgian phone joins, reads the page and the poll in Georgian, and votes into the English phone’s tally', async () => {
    const { code, hostKey, pollId } = await translatedEvent();
    // From the join page: the code typed in, in Georgian all the way.
    const georgian = await open('/', { phone: true, locale: 'ka-GE' });
    await georgian.getByLabel(text(kaAttendee['join.codeLabel'])).fill(code);
    expect(await englishLeft(georgian, kaAttendee)).toEqual([]);
    expect(await seriousViolations(georgian)).toEqual([]);
    await georgian.getByRole('button', { name: text(kaAttendee['join.join']) }).tap();
    await georgian.getByRole('heading', { name: POLL.translations.ka.question }).waitFor();
    expect(await georgian.evaluate(() => document.documentElement.lang)).toBe('ka');
    expect(await georgian.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await georgian.getByText(text(kaAttendee['connection.live'])).waitFor();
    expect(await englishLeft(georgian, kaAttendee)).toEqual([]);
    expect(await seriousViolations(georgian)).toEqual([]);

    // The original is one tap away, and back.
    await georgian.getByRole('button', { name: text(kaAttendee['vote.showOriginal']) }).tap();
    await georgian.getByRole('heading', { name: POLL.question }).waitFor();
    await georgian.getByRole('button', { name: /ქართული/ }).tap();
    await georgian.getByRole('heading', { name: POLL.translations.ka.question }).waitFor();

    const english = await open(`/e/${code}`, { phone: true });
    await english.getByRole('heading', { name: POLL.question }).waitFor();
    expect(await english.getByTestId('translation-switch').count()).toBe(0);

    await georgian.getByRole('button', { name: /დიახ/ }).tap();
    await english.getByRole('button', { name: /Yes/ }).tap();
    await expect
      .poll(
        async () =>
          (
            await request(server.url, 'GET', `/api/events/${code}/polls/${pollId}/results`, {
              token: hostKey,
            })
          ).body.options[0].count,
        { timeout: LIVE_MS },
      )
      .toBe(2);
    // Each phone shows the same count under its own words.
    await georgian.getByText(text(kaAttendee['vote.counted'])).waitFor({ timeout: LIVE_MS });
    expect(await englishLeft(georgian, kaAttendee)).toEqual([]);
    expect(await seriousViolations(georgian)).toEqual([]);
  }, 60_000);

  it('the language menu switches the page at once and is remembered on the next visit', async () => {
    const { code } = await translatedEvent();
    const phone = await open(`/e/${code}`, { phone: true });
    await phone.getByRole('heading', { name: POLL.question }).waitFor();
    await phone.getByTestId('language-menu').selectOption('ru');
    await phone.getByRole('heading', { name: POLL.translations.ru.question }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await englishLeft(phone, ruAttendee)).toEqual([]);
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.reload();
    await phone.getByRole('heading', { name: POLL.translations.ru.question }).waitFor();
    expect(await phone.getByTestId('language-menu').inputValue()).toBe('ru');
  });

  it('the host chooses the languages in the console and types a poll’s Georgian text; a Georgian phone reads it', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Forum on peace-building');
    const host = await open(`/host/${code}#key=${hostKey}`, { laptop: true });
    const card = host.getByTestId('languages-card');
    await card.getByRole('checkbox', { name: 'ქართული' }).check();
    await expect
      .poll(
        async () => (await request(server.url, 'GET', `/api/events/${code}`)).body.event.languages,
        {
          timeout: LIVE_MS,
        },
      )
      .toEqual(['ka']);
    expect(await seriousViolations(host)).toEqual([]);

    await host.getByRole('button', { name: 'New poll' }).click();
    const dialog = host.getByRole('dialog');
    // The poll's own question comes first; each language's has the same label inside its section.
    await dialog.getByLabel('Question', { exact: true }).first().fill(POLL.question);
    await dialog.getByLabel('Option 1', { exact: true }).fill('Yes');
    await dialog.getByLabel('Option 2', { exact: true }).fill('No');
    const georgianText = dialog.locator('details[data-language="ka"]');
    await georgianText.locator('summary').click();
    await georgianText.locator('textarea').fill(POLL.translations.ka.question);
    await georgianText.locator('input').nth(0).fill('დიახ');
    expect(await seriousViolations(host)).toEqual([]);
    await dialog.getByRole('button', { name: 'Create poll' }).click();
    await dialog.waitFor({ state: 'detached' });
    const { body } = await request(server.url, 'GET', `/api/events/${code}`, { token: hostKey });
    // The blank second option takes the original's label.
    expect(body.polls[0].translations).toEqual({
      ka: { question: POLL.translations.ka.question, options: ['დიახ', 'No'] },
    });
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${body.polls[0].id}`, {
      token: hostKey,
      body: { state: 'open' },
    });
    await request(server.url, 'PUT', `/api/events/${code}/active`, {
      token: hostKey,
      body: { pollId: body.polls[0].id },
    });
    const phone = await open(`/e/${code}`, { phone: true, locale: 'ka' });
    await phone.getByRole('heading', { name: POLL.translations.ka.question }).waitFor();
    await phone.getByRole('button', { name: /დიახ/ }).waitFor();

    // The console in Armenian, axe-clean too.
    const armenianHost = await open(`/host/${code}#key=${hostKey}`, {
      laptop: true,
      locale: 'hy-AM',
    });
    await armenianHost.getByTestId('languages-card').waitFor();
    expect(await armenianHost.evaluate(() => document.documentElement.lang)).toBe('hy');
    expect(await seriousViolations(armenianHost)).toEqual([]);
  }, 60_000);

  it('the presenter speaks the event’s language, and alternates the event’s languages when asked', async () => {
    const { code, hostKey } = await translatedEvent();
    await request(server.url, 'PATCH', `/api/events/${code}`, {
      token: hostKey,
      body: { language: 'ka' },
    });
    // ka is now the event's own language: the further ones are ru (and en, added back).
    await request(server.url, 'PATCH', `/api/events/${code}`, {
      token: hostKey,
      body: { languages: ['en', 'ru'] },
    });
    const screen = await open(`/present/${code}`);
    const heading = (name: string) => screen.getByRole('heading', { name });
    await heading(POLL.translations.ka.question).waitFor();
    // The screen's own words follow once Georgian's catalogue is in.
    await expect
      .poll(() => screen.evaluate(() => document.documentElement.lang), { timeout: LIVE_MS })
      .toBe('ka');
    expect(await seriousViolations(screen)).toEqual([]);

    await screen.clock.install();
    await request(server.url, 'PATCH', `/api/events/${code}`, {
      token: hostKey,
      body: { alternateLanguages: true },
    });
    // Every 8 seconds the next language: Georgian, English, Russian, Georgian again.
    for (const [question, lang] of [
      [POLL.question, 'en'],
      [POLL.translations.ru.question, 'ru'],
      [POLL.translations.ka.question, 'ka'],
    ] as const) {
      await screen.clock.runFor(8000);
      await heading(question).waitFor({ timeout: LIVE_MS });
      await expect
        .poll(() => screen.evaluate(() => document.documentElement.lang), { timeout: LIVE_MS })
        .toBe(lang);
    }
    expect(await seriousViolations(screen)).toEqual([]);
  });
});
