/**
 * `npm run screenshots`: what a visitor sees first, rendered into
 * docs/screenshots/ with the same browser set-up as the tests (Debian's
 * Chromium through playwright-core, one context per person). A fresh server
 * with the demo event, 100 simulated attendees voting in the story's
 * proportions (81% Yes, 15% No, 4% Not sure), then:
 *
 *   join-phone.png, vote-phone.png, present.png (1920x1080), present-dark.png,
 *   host.png (1440x900)
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
  phoneContext,
  screenContext,
} from '../tests/support/browser.js';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/screenshots');
const STORY = [81, 15, 4];

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

async function main(): Promise<void> {
  if (!hasChromium) throw new Error('Chromium is needed: apt-get install -y chromium');
  const dir = mkdtempSync(join(tmpdir(), 'voxpop-shots-'));
  const config = loadConfig(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      VOXPOP_DB: join(dir, 'voxpop.db'),
      VOXPOP_LOG: 'silent',
      // What a room sees on a LAN (links and QR codes only; the browser uses 127.0.0.1).
      PUBLIC_URL: 'http://192.168.1.20:3000',
    },
    join(ROOT, 'dist/client'),
  );
  const server = await startVoxpop(config);
  const browser = await launchBrowser();
  let sockets: WebSocket[] = [];
  try {
    const demo = server.demo!;
    const poll = [...demo.event.polls.values()][0]!.record;
    sockets = await audience(
      server.url,
      demo.event.record.code,
      poll.id,
      poll.options.map((o) => o.id),
    );
    mkdirSync(OUT, { recursive: true });
    await shoot(browser, server.url, demo.event.record.code, demo.hostKey);
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
