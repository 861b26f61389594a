/**
 * `npm run screenshots`: what a visitor sees first, rendered into
 * docs/screenshots/ with the same browser set-up as the tests (Debian's
 * Chromium through playwright-core, one context per person). A fresh server
 * with the demo event, 100 simulated attendees voting in the story's
 * proportions (81% Yes, 15% No, 4% Not sure), then:
 *
 *   join-phone.png, vote-phone.png, present.png (1920x1080), present-dark.png,
 *   host.png (1440x900)
 *
 * then a rating, a ranking, a word cloud and an open-text question put on screen,
 * answered by a small room over the HTTP API and by the phone itself:
 *
 *   rating-phone.png, rating-present.png, ranking-phone.png, ranking-present.png,
 *   wordcloud-phone.png, wordcloud-present.png
 *   text-phone.png, text-present.png, text-host.png
 *
 * and questions for the panel (Q&A, approved first), asked and upvoted by a
 * small room, one answered, one asked and one upvoted by the phone:
 *
 *   qa-phone.png, qa-present.png, qa-present-highlight.png, qa-host.png
 *
 * and the demo's question in the forum's languages: a phone in Georgian, one
 * in Armenian after voting, the presenter screen in Russian (the event's
 * language for the shot), and the host's editor with the translations
 * (`--languages` shoots only these):
 *
 *   vote-ka.png, vote-hy.png, present-ru.png, host-translations.png
 *
 * and a quiz night in an event of its own (a named phone and seven named
 * players answering over the HTTP API), a question running, then closed,
 * then the leaderboard (`--quiz` shoots only these):
 *
 *   quiz-phone-open.png, quiz-phone-result.png, quiz-present-open.png,
 *   quiz-present-closed.png, quiz-leaderboard.png, quiz-leaderboard-dark.png,
 *   quiz-host.png, quiz-editor.png
 *
 * and the demo's question as a streaming overlay (`?overlay=1`), rendered
 * without a background as OBS gets it, then laid over a camera picture
 * drawn in CSS so the transparency shows: light, and dark with the join
 * card (`--overlay` shoots only these):
 *
 *   overlay.png, overlay-join.png
 *
 * and the server's results pictures for slides (GET …/results.png) of a
 * four-option poll with a few hundred votes, in both themes (`--images`
 * draws only these, no browser needed):
 *
 *   results-light.png, results-dark.png
 *
 * and the demo console's Webhooks card with two webhooks, one whose receiver
 * took a new poll's opening and one whose receiver answers 500, then the
 * one-time secret of a third added from the card (`--webhooks` shoots only
 * these):
 *
 *   host-webhooks.png, host-webhooks-secret.png
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../server/config.js';
import { startVoxpop } from '../server/server.js';
import {
  hasChromium,
  launchBrowser,
  laptopContext,
  PHONE,
  phoneContext,
  screenContext,
} from '../tests/support/browser.js';
import { WebhookReceiver } from '../tests/support/webhook-receiver.js';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/screenshots');
const STORY = [81, 15, 4];

/** A four-option poll answered by 318 attendees over HTTP, drawn by the server in both themes. */
async function drawImages(base: string): Promise<void> {
  const { event, hostKey } = await api<{ event: { code: string }; hostKey: string }>(
    base,
    'POST',
    '/api/events',
    { title: 'Prospects for peace-building in the South Caucasus' },
  );
  const polls = `/api/events/${event.code}/polls`;
  const { poll } = await api<{ poll: { id: number; options: { id: number }[] } }>(
    base,
    'POST',
    polls,
    {
      question: 'What should the next round of talks put first?',
      kind: 'single',
      options: [
        'Trade and transport links',
        'Water and the environment',
        'Education and youth exchanges',
        'Missing persons and memory',
      ],
    },
    hostKey,
  );
  await api(base, 'PATCH', `${polls}/${poll.id}`, { state: 'open' }, hostKey);
  const votes = [131, 94, 67, 26];
  for (const [i, n] of votes.entries()) {
    await Promise.all(
      Array.from({ length: n }, async () => {
        const { token } = await api<{ token: string }>(
          base,
          'POST',
          `/api/events/${event.code}/participants`,
        );
        await api(
          base,
          'PUT',
          `${polls}/${poll.id}/vote`,
          { choices: [poll.options[i]!.id] },
          token,
        );
      }),
    );
  }
  for (const theme of ['light', 'dark']) {
    const response = await fetch(`${base}${polls}/${poll.id}/results.png?theme=${theme}`);
    if (!response.ok) throw new Error(`results.png: ${response.status} ${await response.text()}`);
    writeFileSync(join(OUT, `results-${theme}.png`), Buffer.from(await response.arrayBuffer()));
  }
}

/** 100 attendees who join and vote, each waiting for the ack; they stay connected. */
async function audience(
  url: string,
  code: string,
  pollId: number,
  options: number[],
): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  const choices = STORY.flatMap((n, i) => Array<number>(n).fill(options[i]!));
  await Promise.all(
    choices.map(
      (choice, i) =>
        new Promise<void>((resolve, reject) => {
          const ws = new WebSocket(`${url.replace('http', 'ws')}/ws`);
          sockets.push(ws);
          const timer = setTimeout(() => reject(new Error('an attendee got no ack')), 20_000);
          ws.on('open', () =>
            ws.send(JSON.stringify({ type: 'join', event: code, role: 'attendee' })),
          );
          ws.on('message', (data) => {
            const message = JSON.parse(String(data)) as { type: string };
            if (message.type === 'welcome') {
              ws.send(
                JSON.stringify({ type: 'vote', ref: `shot-${i}`, pollId, choices: [choice] }),
              );
            } else if (message.type === 'ack') {
              clearTimeout(timer);
              resolve();
            }
          });
        }),
    ),
  );
  return sockets;
}

async function shoot(browser: Browser, base: string, code: string, hostKey: string): Promise<void> {
  const phone = await phoneContext(browser);
  const join = await phone.newPage();
  await join.goto(`${base}/`);
  await join.waitForLoadState('networkidle');
  await join.screenshot({ path: `${OUT}/join-phone.png` });
  await phone.close();

  // A phone that has just voted "Yes": the counted confirmation and the live results.
  const voter = await phoneContext(browser);
  const vote = await voter.newPage();
  await vote.goto(`${base}/e/${code}`);
  await vote.getByRole('button', { name: /^Yes/ }).click();
  await vote
    .getByText(/counted/i)
    .first()
    .waitFor({ timeout: 10_000 });
  await vote.waitForTimeout(1500); // the results chart animates in
  await vote.screenshot({ path: `${OUT}/vote-phone.png` });

  for (const [theme, file] of [
    ['light', 'present.png'],
    ['dark', 'present-dark.png'],
  ] as const) {
    const screen = await screenContext(browser);
    const present = await screen.newPage();
    await present.goto(`${base}/present/${code}?theme=${theme}`);
    await present.waitForLoadState('networkidle');
    await present.waitForTimeout(2000); // bars animate to their values
    await present.screenshot({ path: `${OUT}/${file}` });
    await screen.close();
  }

  const laptop = await laptopContext(browser);
  const host = await laptop.newPage();
  await host.goto(`${base}/host/${code}#key=${hostKey}`);
  await host.waitForLoadState('networkidle');
  await host.waitForTimeout(1000);
  await host.screenshot({ path: `${OUT}/host.png` });
  await laptop.close();
  await voter.close();
}

/**
 * A camera picture drawn with CSS gradients (a wall, window light, a desk, a
 * speaker), 1920x1080: light and dark areas both, as behind a real overlay.
 */
const CAMERA_PICTURE = `
  .scene { position: relative; width: 1920px; height: 1080px; overflow: hidden;
    background:
      radial-gradient(ellipse 22% 38% at 78% 30%, rgb(255 250 235 / 95%), rgb(255 250 235 / 0) 70%),
      linear-gradient(90deg, rgb(0 0 0 / 0) 70%, rgb(255 255 255 / 55%) 70.2%, rgb(255 255 255 / 0) 95%),
      linear-gradient(180deg, #6f8096 0%, #b8b0a2 60%, #4a3a2e 60.5%, #2b221b 100%); }
  .head { position: absolute; left: 520px; top: 250px; width: 230px; height: 290px;
    border-radius: 50%; background: radial-gradient(circle at 40% 35%, #d9a27c, #8a5a3d); }
  .torso { position: absolute; left: 360px; top: 520px; width: 560px; height: 700px;
    border-radius: 280px 280px 0 0; background: linear-gradient(160deg, #26324a, #0d1220); }
  .overlay { position: absolute; inset: 0; }`;

/** The overlay at `path` as a browser source renders it, laid over the camera picture. */
async function shootOverlay(browser: Browser, base: string, path: string, file: string) {
  const screen = await screenContext(browser);
  const page = await screen.newPage();
  await page.goto(`${base}${path}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2000); // bars animate to their values
  const overlay = await page.screenshot({ omitBackground: true });
  await page.setContent(
    `<!doctype html><style>body { margin: 0 } ${CAMERA_PICTURE}</style>` +
      `<div class="scene"><div class="head"></div><div class="torso"></div>` +
      `<img class="overlay" alt="" src="data:image/png;base64,${overlay.toString('base64')}"></div>`,
  );
  await page.evaluate('document.images[0].decode()');
  await page.screenshot({ path: `${OUT}/${file}` });
  await screen.close();
}

async function shootOverlays(browser: Browser, base: string, code: string): Promise<void> {
  await shootOverlay(browser, base, `/present/${code}?overlay=1`, 'overlay.png');
  await shootOverlay(
    browser,
    base,
    `/present/${code}?overlay=1&join=1&theme=dark`,
    'overlay-join.png',
  );
}

/** A phone whose browser speaks `locale`. */
const phoneIn = (browser: Browser, locale: string) =>
  browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
  });

async function shootLanguages(
  browser: Browser,
  base: string,
  code: string,
  hostKey: string,
): Promise<void> {
  const georgian = await phoneIn(browser, 'ka-GE');
  const ka = await georgian.newPage();
  await ka.goto(`${base}/e/${code}`);
  await ka.getByTestId('translation-switch').waitFor();
  await ka.waitForTimeout(500);
  await ka.screenshot({ path: `${OUT}/vote-ka.png` });
  await georgian.close();

  const armenian = await phoneIn(browser, 'hy-AM');
  const hy = await armenian.newPage();
  await hy.goto(`${base}/e/${code}`);
  await hy.getByTestId('translation-switch').waitFor();
  await hy.getByRole('button', { name: /^Այո/ }).click();
  await hy.locator('.vote-results').waitFor({ timeout: 10_000 });
  await hy.waitForTimeout(1500); // the results chart animates in
  await hy.screenshot({ path: `${OUT}/vote-hy.png`, fullPage: true });
  await armenian.close();

  // The presenter screen speaks the event's language: Russian, for this shot.
  await api(base, 'PATCH', `/api/events/${code}`, { language: 'ru' }, hostKey);
  const screen = await screenContext(browser);
  const present = await screen.newPage();
  await present.goto(`${base}/present/${code}`);
  await present.waitForLoadState('networkidle');
  await present.waitForTimeout(2000); // bars animate to their values
  await present.screenshot({ path: `${OUT}/present-ru.png` });
  await screen.close();
  await api(
    base,
    'PATCH',
    `/api/events/${code}`,
    { language: 'en', languages: ['ru', 'ka', 'hy', 'az'] },
    hostKey,
  );

  const laptop = await laptopContext(browser);
  const host = await laptop.newPage();
  await host.goto(`${base}/host/${code}#key=${hostKey}`);
  const card = host.locator('.poll-card').first();
  await card.getByRole('button', { name: 'Edit' }).click();
  const dialog = host.getByRole('dialog');
  const georgianFields = dialog.locator('details[data-language="ka"]');
  await georgianFields.locator('summary').click();
  await georgianFields.locator('input').last().scrollIntoViewIfNeeded();
  await host.waitForTimeout(300);
  await host.screenshot({ path: `${OUT}/host-translations.png` });
  await laptop.close();
}

/** The HTTP API as the host and the audience use it. */
async function api<T = unknown>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? null : await response.json()) as T;
}

/** A question of another kind, open and on screen, with `answers` given by as many attendees. */
async function onScreen(
  base: string,
  code: string,
  hostKey: string,
  body: Record<string, unknown>,
  answers: (options: { id: number }[]) => Record<string, unknown>[],
): Promise<{ id: number }> {
  const events = `/api/events/${code}`;
  const { poll } = await api<{ poll: { id: number; options?: { id: number }[] } }>(
    base,
    'POST',
    `${events}/polls`,
    body,
    hostKey,
  );
  await api(base, 'PATCH', `${events}/polls/${poll.id}`, { state: 'open' }, hostKey);
  await api(base, 'PUT', `${events}/active`, { pollId: poll.id }, hostKey);
  for (const answer of answers(poll.options ?? [])) {
    const { token } = await api<{ token: string }>(base, 'POST', `${events}/participants`);
    await api(base, 'PUT', `${events}/polls/${poll.id}/vote`, answer, token);
  }
  return poll;
}

/** The phone after answering (`answer` does it), and the presenter screen, of the poll on screen. */
async function shootKind(
  browser: Browser,
  base: string,
  code: string,
  name: string,
  answer: (page: import('playwright-core').Page) => Promise<void>,
): Promise<void> {
  const phone = await phoneContext(browser);
  const vote = await phone.newPage();
  await vote.goto(`${base}/e/${code}`);
  await answer(vote);
  await vote
    .getByText(/counted/i)
    .first()
    .waitFor({ timeout: 10_000 });
  await vote.getByRole('heading', { name: 'Live results' }).waitFor({ timeout: 10_000 });
  // The results view loads after the page (and the chart after it): let it
  // arrive and the bars grow, even on a busy machine.
  await vote.waitForLoadState('networkidle');
  await vote.waitForTimeout(2500);
  await vote.screenshot({ path: `${OUT}/${name}-phone.png`, fullPage: true });
  await phone.close();

  const screen = await screenContext(browser);
  const present = await screen.newPage();
  await present.goto(`${base}/present/${code}`);
  await present.waitForLoadState('networkidle');
  await present.waitForTimeout(2000);
  await present.screenshot({ path: `${OUT}/${name}-present.png` });
  await screen.close();
}

async function shootKinds(browser: Browser, base: string, code: string, hostKey: string) {
  // 40 ratings: mostly 4s and 5s, as a session that went well.
  const ratings = [1, 2, 3, 4, 5].flatMap((value, i) =>
    Array(([1, 2, 7, 17, 13] as const)[i]).fill({ value }),
  );
  await onScreen(
    base,
    code,
    hostKey,
    {
      question: 'How useful was this session for your work?',
      kind: 'rating',
      max: 5,
      labels: { min: 'Not at all', max: 'Very useful' },
    },
    () => ratings,
  );
  await shootKind(browser, base, code, 'rating', (page) =>
    page.getByRole('button', { name: /^4 stars/ }).click(),
  );

  const orders = [
    [1, 0, 2, 3],
    [1, 2, 0, 3],
    [0, 1, 3, 2],
    [2, 1, 0, 3],
    [1, 0, 3, 2],
  ];
  await onScreen(
    base,
    code,
    hostKey,
    {
      question: 'Which should the forum work on first?',
      kind: 'ranking',
      options: [
        'Trade and transport links',
        'Dialogue between communities',
        'Mediation',
        'Security guarantees',
      ],
    },
    (options) =>
      Array.from({ length: 24 }, (_, i) => ({
        order: orders[i % orders.length]!.map((k) => options[k]!.id),
      })),
  );
  await shootKind(browser, base, code, 'ranking', async (page) => {
    await page.getByRole('button', { name: 'Move Mediation up' }).click();
    await page.getByRole('button', { name: 'Submit ranking' }).click();
  });

  // A word cloud: a room of 30, "peace" given most, a long tail of words given once.
  const said = [
    ['peace', 'dialogue', 'trust'],
    ['Peace', 'hope'],
    ['peace', 'future', 'trust'],
    ['dialogue', 'bridges', 'peace'],
    ['justice', 'peace', 'hope'],
    ['trust', 'reconciliation'],
    ['peace', 'neighbours', 'dialogue'],
    ['patience', 'peace'],
    ['hope', 'trade', 'youth'],
    ['women', 'peace', 'security'],
    ['hope', 'courage'],
    ['memory', 'peace', 'truth'],
    ['trust', 'openness', 'respect'],
    ['dialogue', 'listening'],
    ['peace', 'education', 'roads'],
  ];
  await onScreen(
    base,
    code,
    hostKey,
    {
      question: 'In one word: what does peace in the region need most?',
      kind: 'wordcloud',
      maxWords: 3,
    },
    () => Array.from({ length: 30 }, (_, i) => ({ words: said[i % said.length]! })),
  );
  await shootKind(browser, base, code, 'wordcloud', async (page) => {
    const field = page.getByRole('textbox', { name: 'A word' });
    for (const word of ['Patience', 'dialogue']) {
      await field.fill(word);
      await field.press('Enter');
    }
    await page.getByRole('button', { name: 'Submit words' }).click();
  });

  // Open text, approved before it is shown: most answers on the wall, a few waiting.
  const suggestions = [
    'Water sharing along the Kura and Araks rivers',
    'How young people from both sides can meet more often',
    'Trade corridors and who benefits from them',
    'The role of women in mediation',
    'Missing persons and the families still waiting for news',
    'Textbooks: what children learn about their neighbours',
    'Lessons from other regions that made peace work',
    'Mine clearance, and returning to the land',
    'Media and disinformation across the borders',
    'Cultural heritage sites and who protects them',
    'More time for questions from the audience, please',
    'Exchange programmes for teachers',
  ];
  const question = 'Which topic should the next session take up?';
  const text = await onScreen(
    base,
    code,
    hostKey,
    { question, kind: 'text', moderation: 'pre' },
    () => suggestions.map((s) => ({ text: s })),
  );
  const events = `/api/events/${code}`;
  const pending = await api<{ entries: { id: number }[] }>(
    base,
    'GET',
    `${events}/polls/${text.id}/results`,
    undefined,
    hostKey,
  );
  for (const { id } of pending.entries.slice(2)) {
    await api(
      base,
      'PATCH',
      `${events}/polls/${text.id}/entries/${id}`,
      { status: 'visible' },
      hostKey,
    );
  }
  await shootKind(browser, base, code, 'text', async (page) => {
    await page.getByRole('textbox').fill('A session on the rivers we share');
    await page.getByRole('button', { name: /^Send/ }).click();
  });
  // The host's moderation desk for it.
  const laptop = await laptopContext(browser);
  const host = await laptop.newPage();
  await host.goto(`${base}/host/${code}#key=${hostKey}`);
  const card = host.locator('.poll-card', { hasText: question });
  await card
    .getByRole('button', { name: /^Approve/ })
    .first()
    .waitFor();
  await host.waitForTimeout(500);
  await card.screenshot({ path: `${OUT}/text-host.png` });
  await laptop.close();
}

const QA_QUESTION = 'Questions from the floor';

/** Questions for the panel: asked by a small room, most approved, upvoted, one answered, one highlighted. */
async function shootQa(browser: Browser, base: string, code: string, hostKey: string) {
  const events = `/api/events/${code}`;
  const { poll } = await api<{ poll: { id: number } }>(
    base,
    'POST',
    `${events}/polls`,
    { question: QA_QUESTION, kind: 'qa', moderation: 'pre' },
    hostKey,
  );
  await api(base, 'PATCH', `${events}/polls/${poll.id}`, { state: 'open' }, hostKey);
  await api(base, 'PUT', `${events}/active`, { pollId: poll.id }, hostKey);
  const questions = `${events}/polls/${poll.id}/questions`;
  const texts = [
    'How can civil society keep talking when official talks stall?',
    'What role should women mediators play in the next round?',
    'Who funds the cross-border youth exchanges?',
    'Is there a plan for the displaced families returning home?',
    'Can the EU guarantee monitoring on the ground?',
    'What did the last round of talks actually agree on?',
    'How do we measure trust between communities?',
    'Will the forum meet again next year?',
  ];
  const upvotes = [9, 3, 6, 1, 4, 0, 2];
  const tokens: string[] = [];
  for (let i = 0; i < 12; i++) {
    tokens.push((await api<{ token: string }>(base, 'POST', `${events}/participants`)).token);
  }
  const ids: number[] = [];
  for (const [i, text] of texts.entries()) {
    const { question } = await api<{ question: { id: number } }>(
      base,
      'POST',
      questions,
      { text },
      tokens[i],
    );
    ids.push(question.id);
  }
  // The last one waits for the host; the others are approved and upvoted.
  for (const [i, id] of ids.slice(0, -1).entries()) {
    await api(base, 'PATCH', `${questions}/${id}`, { status: 'visible' }, hostKey);
    for (let n = 0; n < upvotes[i]!; n++) {
      await api(base, 'PUT', `${questions}/${id}/upvote`, undefined, tokens[n]);
    }
  }
  await api(base, 'PATCH', `${questions}/${ids[5]}`, { status: 'answered' }, hostKey);

  const phone = await phoneContext(browser);
  const vote = await phone.newPage();
  await vote.goto(`${base}/e/${code}`);
  await vote.getByTestId('qa-list').waitFor();
  await vote
    .getByLabel('Your question')
    .fill('Can observers from the region join the monitoring mission?');
  await vote.getByRole('button', { name: 'Send question' }).click();
  await vote.getByText('Waiting for moderation').waitFor();
  await vote
    .locator('.qa-item')
    .nth(1)
    .getByRole('button', { name: /Upvote/ })
    .click();

  const screen = await screenContext(browser);
  const present = await screen.newPage();
  await present.goto(`${base}/present/${code}`);
  await present.getByTestId('qa-results').waitFor();
  await present.waitForTimeout(1500);
  await present.screenshot({ path: `${OUT}/qa-present.png` });

  const laptop = await laptopContext(browser);
  const host = await laptop.newPage();
  await host.goto(`${base}/host/${code}#key=${hostKey}`);
  const card = host.locator('.poll-card', { hasText: QA_QUESTION });
  await card.getByTestId('qa-desk').waitFor();
  // Tall enough for the whole card below the page's sticky header.
  await host.setViewportSize({ width: 1440, height: 1800 });
  await card.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await host.waitForTimeout(800);
  await card.screenshot({ path: `${OUT}/qa-host.png` });
  await laptop.close();

  await api(base, 'PATCH', `${questions}/${ids[1]}`, { highlighted: true }, hostKey);
  await present.getByTestId('qa-spotlight').waitFor();
  await present.waitForTimeout(1000);
  await present.screenshot({ path: `${OUT}/qa-present-highlight.png` });
  await screen.close();

  // The phone at rest at the top: the latest list, the highlight marked.
  await vote.evaluate('window.scrollTo(0, 0)');
  await vote.waitForTimeout(3500);
  await vote.screenshot({ path: `${OUT}/qa-phone.png`, fullPage: true });
  await phone.close();
}

/** A quiz night: a phone and seven players, a question running and closed, the leaderboard. */
async function shootQuiz(browser: Browser, base: string): Promise<void> {
  const { event, hostKey } = await api<{ event: { code: string }; hostKey: string }>(
    base,
    'POST',
    '/api/events',
    { title: 'Pub quiz night' },
  );
  const events = `/api/events/${event.code}`;
  const quiz = async (question: string, options: string[], correct: number[], timeLimit = 30) =>
    (
      await api<{ poll: { id: number; options: { id: number }[] } }>(
        base,
        'POST',
        `${events}/polls`,
        { question, kind: 'quiz', options, correct, timeLimit },
        hostKey,
      )
    ).poll;
  const first = await quiz(
    'Which planet has the most moons?',
    ['Jupiter', 'Saturn', 'Uranus', 'Neptune'],
    [1],
  );
  const second = await quiz(
    'What is the capital of Australia?',
    ['Sydney', 'Melbourne', 'Canberra'],
    [2],
  );
  const names = ['Quizzy Rascals', 'Mo', 'The Know-Alls', 'Priya', 'Table 7', 'Jonas', 'Lena'];
  const players: string[] = [];
  for (const name of names) {
    players.push(
      (await api<{ token: string }>(base, 'POST', `${events}/participants`, { name })).token,
    );
  }
  const play = async (poll: { id: number; options: { id: number }[] }, picks: number[]) => {
    for (const [i, token] of players.entries()) {
      await api(
        base,
        'PUT',
        `${events}/polls/${poll.id}/vote`,
        { choices: [poll.options[picks[i]!]!.id] },
        token,
      );
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  };
  const open = async (poll: { id: number }) => {
    await api(base, 'PUT', `${events}/active`, { pollId: poll.id }, hostKey);
    await api(base, 'PATCH', `${events}/polls/${poll.id}`, { state: 'open' }, hostKey);
  };
  const close = (poll: { id: number }) =>
    api(base, 'PATCH', `${events}/polls/${poll.id}`, { state: 'closed' }, hostKey);

  // A first round played without the phone, so the board has scores.
  await open(first);
  await play(first, [1, 1, 0, 1, 3, 1, 2]);
  await close(first);

  const phone = await phoneContext(browser);
  const vote = await phone.newPage();
  await vote.goto(`${base}/e/${event.code}`);
  await vote.getByLabel(/Your name on the leaderboard/).fill('Ada');
  await vote.getByRole('button', { name: 'Save' }).click();
  await vote.getByText(/Saved: the leaderboard shows you/).waitFor();

  await open(second);
  await play(second, [2, 2, 0, 2, 1, 2, 2]);
  await vote.getByTestId('quiz-countdown').waitFor();
  await vote.waitForTimeout(1200);
  await vote.screenshot({ path: `${OUT}/quiz-phone-open.png`, fullPage: true });

  const screen = await screenContext(browser);
  const present = await screen.newPage();
  await present.goto(`${base}/present/${event.code}`);
  await present.getByTestId('quiz-running').waitFor();
  await present.waitForTimeout(1500);
  await present.screenshot({ path: `${OUT}/quiz-present-open.png` });

  await vote.getByRole('button', { name: /Canberra/ }).click();
  await vote.getByText('Answer locked in').waitFor();
  await close(second);
  await vote.getByTestId('quiz-score').waitFor();
  await vote.waitForTimeout(800);
  await vote.screenshot({ path: `${OUT}/quiz-phone-result.png`, fullPage: true });
  await present.getByTestId('quiz-correct').waitFor();
  await present.waitForTimeout(2000);
  await present.screenshot({ path: `${OUT}/quiz-present-closed.png` });

  const laptop = await laptopContext(browser);
  const host = await laptop.newPage();
  await host.goto(`${base}/host/${event.code}#key=${hostKey}`);
  await host.getByTestId('leaderboard-top').waitFor();
  await host.waitForTimeout(800);
  await host.screenshot({ path: `${OUT}/quiz-host.png` });
  await host.getByRole('button', { name: 'New poll' }).first().click();
  await host.getByRole('radio', { name: /^A quiz/ }).check();
  await host
    .getByRole('textbox', { name: 'Question' })
    .fill('How many strings does a standard violin have?');
  for (const [i, label] of ['Four', 'Five', 'Six'].entries())
    await host.getByRole('textbox', { name: `Option ${i + 1}` }).fill(label);
  await host.getByLabel('Correct: option 1').check();
  await host.waitForTimeout(300);
  await host.screenshot({ path: `${OUT}/quiz-editor.png` });
  await laptop.close();

  await api(base, 'PATCH', events, { leaderboard: true }, hostKey);
  await present.getByTestId('podium').waitFor();
  await present.waitForTimeout(1500);
  await present.screenshot({ path: `${OUT}/quiz-leaderboard.png` });
  await screen.close();
  const dark = await screenContext(browser);
  const board = await dark.newPage();
  await board.goto(`${base}/present/${event.code}?theme=dark`);
  await board.getByTestId('podium').waitFor();
  await board.waitForTimeout(1500);
  await board.screenshot({ path: `${OUT}/quiz-leaderboard-dark.png` });
  await dark.close();
  await phone.close();
}

/**
 * The Webhooks card of the demo's console on a laptop (1440x900), scrolled
 * to it: a receiver that took the opening of a new poll, one that answers
 * 500 and is being retried, then the secret of a webhook added from the
 * card's form.
 */
async function shootWebhooks(
  browser: Browser,
  base: string,
  code: string,
  hostKey: string,
): Promise<void> {
  const [crm, bot] = await Promise.all([WebhookReceiver.start(), WebhookReceiver.start()]);
  bot.fallback = 500;
  try {
    const events = `/api/events/${code}`;
    for (const url of [`${crm.url}/crm/voxpop-polls`, `${bot.url}/chat-bot/announce`])
      await api(
        base,
        'POST',
        `${events}/webhooks`,
        { url, events: ['poll.opened', 'poll.closed'] },
        hostKey,
      );
    const { poll } = await api<{ poll: { id: number } }>(
      base,
      'POST',
      `${events}/polls`,
      {
        question: 'Which step should the next round of talks take first?',
        kind: 'single',
        options: ['Reopen transport links', 'Exchange of prisoners', 'Joint border commission'],
      },
      hostKey,
    );
    await api(base, 'PATCH', `${events}/polls/${poll.id}`, { state: 'open' }, hostKey);
    await Promise.all([crm.waitFor(1), bot.waitFor(1)]);

    const laptop = await laptopContext(browser);
    const host = await laptop.newPage();
    await host.goto(`${base}/host/${code}#key=${hostKey}`);
    const card = host.getByTestId('webhooks-card');
    await card.getByText(/^Delivered · 204/).waitFor({ timeout: 10_000 });
    await card.getByText(/^Failed · 500/).waitFor({ timeout: 10_000 });
    await card.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await host.waitForTimeout(300);
    await host.screenshot({ path: `${OUT}/host-webhooks.png` });

    await card.getByLabel('Address (URL)').fill(`${crm.url}/sheets/attendance`);
    await card.getByRole('button', { name: 'Add webhook' }).click();
    await card.getByTestId('webhook-secret').waitFor();
    await card
      .getByTestId('webhook-secret')
      .evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await host.waitForTimeout(300);
    await host.screenshot({ path: `${OUT}/host-webhooks-secret.png` });
    await laptop.close();
  } finally {
    await Promise.all([crm.close(), bot.close()]);
  }
}

async function main(): Promise<void> {
  // The results images are drawn by the server: only the browser's screenshots need Chromium.
  const images = process.argv.includes('--images');
  if (!hasChromium && !images) throw new Error('Chromium is needed: apt-get install -y chromium');
  const dir = mkdtempSync(join(tmpdir(), 'voxpop-shots-'));
  const config = loadConfig(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      VOXPOP_DB: join(dir, 'voxpop.db'),
      VOXPOP_LOG: 'silent',
      // What a room sees on a LAN (links and QR codes only; the browser uses 127.0.0.1).
      PUBLIC_URL: 'http://192.168.1.20:3000',
      // The webhooks shot's receivers are on this machine.
      VOXPOP_WEBHOOK_ALLOW_PRIVATE: '1',
    },
    join(ROOT, 'dist/client'),
  );
  const server = await startVoxpop(config);
  if (images) {
    mkdirSync(OUT, { recursive: true });
    await drawImages(server.url).finally(() => server.close());
    rmSync(dir, { recursive: true, force: true });
    console.log(`results images written to ${OUT}`);
    return;
  }
  const browser = await launchBrowser();
  let sockets: WebSocket[] = [];
  try {
    const only = process.argv.includes('--languages');
    if (process.argv.includes('--quiz')) {
      mkdirSync(OUT, { recursive: true });
      await shootQuiz(browser, server.url);
      console.log(`quiz screenshots written to ${OUT}`);
      return;
    }
    const demo = server.demo!;
    const poll = [...demo.event.polls.values()][0]!.record;
    sockets = await audience(
      server.url,
      demo.event.record.code,
      poll.id,
      poll.options.map((o) => o.id),
    );
    mkdirSync(OUT, { recursive: true });
    if (process.argv.includes('--webhooks')) {
      await shootWebhooks(browser, server.url, demo.event.record.code, demo.hostKey);
      console.log(`webhooks screenshots written to ${OUT}`);
      return;
    }
    if (process.argv.includes('--overlay')) {
      await shootOverlays(browser, server.url, demo.event.record.code);
      console.log(`overlay screenshots written to ${OUT}`);
      return;
    }
    if (only) {
      await shootLanguages(browser, server.url, demo.event.record.code, demo.hostKey);
      console.log(`language screenshots written to ${OUT}`);
      return;
    }
    await shoot(browser, server.url, demo.event.record.code, demo.hostKey);
    await shootOverlays(browser, server.url, demo.event.record.code);
    await shootLanguages(browser, server.url, demo.event.record.code, demo.hostKey);
    await shootKinds(browser, server.url, demo.event.record.code, demo.hostKey);
    await shootQa(browser, server.url, demo.event.record.code, demo.hostKey);
    await shootQuiz(browser, server.url);
    await shootWebhooks(browser, server.url, demo.event.record.code, demo.hostKey);
    await drawImages(server.url);
    console.log(`screenshots written to ${OUT}`);
  } finally {
    for (const ws of sockets) ws.terminate();
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
