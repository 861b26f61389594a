/**
 * Debian's Chromium driven by playwright-core, set up as on this machine (no
 * downloaded browser). `hasChromium` lets browser suites skip, loudly, where
 * there is none; under CI (`CI=true`) a skipped test fails the run (see
 * summary-reporter.ts), and CI installs Chromium, so there they always run.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { announceSkip } from './skip-notice.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

if (!hasChromium) {
  announceSkip(
    'browser tests',
    `Chromium not found at ${CHROMIUM_PATH}`,
    'Install it with: apt-get install -y chromium',
  );
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE = { width: 390, height: 844 };
export const SCREEN = { width: 1920, height: 1080 };
export const LAPTOP = { width: 1440, height: 900 };

/** One context per simulated person: background tabs never repaint chart.js. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
}

export function screenContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: SCREEN });
}

export function laptopContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: LAPTOP });
}
