/**
 * The bar chart (client/src/lib/bar-chart.ts) in real Chromium, read as a
 * person reads it: the texts it painted in its last frame and, once its
 * animation settles, its bars' pixels (tests/support/chart-probe.ts). Each
 * test gives it known rows on a canvas of a known size and checks labels,
 * "N% · count" and bar lengths against those rows, so a chart that draws
 * stale, swapped or wrong numbers fails here.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMPACT_SCALE, LARGE_SCALE } from '../../../client/src/lib/bar-chart-layout.js';
import { largestRemainderPercents } from '../../../shared/kinds/choice.js';
import { hasChromium, launchBrowser } from '../../support/browser.js';
import {
  expectedRows,
  percentsOf,
  seenRows,
  trackOf,
  type ChartReading,
  type PaintedText,
  type ShownRow,
} from '../../support/chart-probe.js';
import { HarnessPage, rowsOf, type HarnessOptions } from './harness-page.js';

/** The phone's chart box for three one-line options (vote/poll-results.tsx: 56 px a row + 8). */
const PHONE_BOX = { width: 342, height: 3 * 56 + 8 };
/** The presenter's chart box on a 1920x1080 projector, about. */
const SCREEN_BOX = { width: 1380, height: 560 };

const ROOM = rowsOf([
  ['Yes', 312, 81],
  ['No', 58, 15],
  ['Not sure', 15, 4],
]);

const shown = (rows: { label: string; count: number; percent: number }[]): ShownRow[] =>
  rows.map(({ label, count, percent }) => ({ label, count, percent }));

/** Rows with percents as the server computes them for a single-choice poll. */
function tally(options: [label: string, count: number][]) {
  const percents = largestRemainderPercents(options.map(([, count]) => count));
  return rowsOf(options.map(([label, count], i) => [label, count, percents[i]!]));
}

/** A text's box in device pixels (its em box: the chart paints left-aligned, "middle" or "bottom"). */
function box(t: PaintedText) {
  const top = t.baseline === 'bottom' ? t.y - t.size : t.y - t.size / 2;
  return { left: t.x, right: t.x + t.width, top, bottom: top + t.size };
}

/**
 * Every text inside the canvas, no two texts on top of each other, and no
 * label over a bar or its track (values sit on the track past the bar's end
 * by design).
 */
function expectTidy(reading: ChartReading): void {
  const problems: string[] = [];
  const boxes = reading.texts.map((t) => ({ t, ...box(t) }));
  for (const b of boxes) {
    if (b.left < -1 || b.top < -1 || b.right > reading.width + 1 || b.bottom > reading.height + 1) {
      problems.push(`"${b.t.text}" leaves the canvas: ${JSON.stringify(box(b.t))}`);
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) problems.push(`"${a.t.text}" overlaps "${b.t.text}"`);
    }
  }
  const track = trackOf(reading);
  const labels = new Set(reading.rows.flatMap((r) => r.lines));
  for (const b of boxes.filter((b) => labels.has(b.t.text))) {
    for (const band of reading.bands) {
      const h = Math.min(b.bottom, band.bottom) - Math.max(b.top, band.top);
      const w = Math.min(b.right, track.end) - Math.max(b.left, track.start);
      if (w > 1 && h > 1) problems.push(`label "${b.t.text}" is drawn over a bar`);
    }
  }
  expect(problems).toEqual([]);
}

describe.skipIf(!hasChromium)('bar chart in Chromium', () => {
  let browser: Browser;
  const pages: HarnessPage[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(options?: HarnessOptions): Promise<HarnessPage> {
    const page = await HarnessPage.open(browser, options);
    pages.push(page);
    return page;
  }

  for (const [name, size, large, dpr] of [
    ['a phone (devicePixelRatio 2)', PHONE_BOX, false, 2],
    ['a phone at devicePixelRatio 1', PHONE_BOX, false, 1],
    ['the projector', SCREEN_BOX, true, 1],
  ] as const) {
    it(`paints each option's label, "N% · count" and a bar N% of the track long, on ${name}`, async () => {
      const chart = await open({ dpr });
      await chart.create(size, { large });
      await chart.update(ROOM);
      const reading = await chart.read();
      expect(reading.settled).toBe(true);
      expect(reading.dpr).toBe(dpr);
      expect(seenRows(reading)).toEqual(expectedRows(shown(ROOM)));
      expectTidy(reading);
      // Stacked: each label above its own bar, the bars one under another.
      expect(reading.bands).toHaveLength(3);
      reading.rows.forEach((row, i) => {
        const band = reading.bands[i]!;
        expect(row.y).toBeGreaterThan(band.top);
        expect(row.y).toBeLessThan(band.bottom);
      });
      // The type is the scale's: large on the projector, compact on a phone.
      const scale = large ? LARGE_SCALE : COMPACT_SCALE;
      const value = reading.texts.find((t) => t.text === '81%')!.size / dpr;
      expect(value).toBeGreaterThanOrEqual(scale.minValue);
      expect(value).toBeLessThanOrEqual(scale.maxValue);
      if (large) expect(value).toBe(LARGE_SCALE.maxValue);
    });
  }

  it('follows its box when it is resized', async () => {
    const chart = await open({ dpr: 2 });
    await chart.create(PHONE_BOX);
    await chart.update(ROOM);
    const narrow = await chart.read();
    await chart.page.evaluate(() => {
      document.getElementById('box')!.style.width = '700px';
    });
    await expect.poll(async () => (await chart.read()).width, { timeout: 3000 }).toBe(1400);
    const wide = await chart.read();
    expect(seenRows(wide)).toEqual(expectedRows(shown(ROOM)));
    expect(trackOf(wide).end).toBeGreaterThan(trackOf(narrow).end * 1.8);
    expectTidy(wide);
  });

  it('draws 0 % as no bar at all and 100 % as a bar over the whole track', async () => {
    const chart = await open({ dpr: 2 });
    await chart.create(PHONE_BOX);
    const rows = rowsOf([
      ['Everyone', 7, 100],
      ['Nobody', 0, 0],
      ['Nobody either', 0, 0],
    ]);
    await chart.update(rows);
    const reading = await chart.read();
    expect(seenRows(reading)).toEqual(expectedRows(shown(rows)));
    const [all, none] = reading.rows;
    const track = trackOf(reading);
    expect(all!.bar).toMatchObject({ start: track.start, trackSeen: false });
    expect(track.end - all!.bar.end).toBeLessThanOrEqual(1);
    // No sliver of colour where a bar is 0: the whole band is track.
    expect(none!.bar).toMatchObject({ colour: null, trackSeen: true });
    expect(none!.bar.trackEnd - none!.bar.trackStart).toBeGreaterThanOrEqual(
      track.end - track.start - 1,
    );
  });

  it('glides to new numbers, and once settled shows only the new ones', async () => {
    const chart = await open();
    await chart.create(SCREEN_BOX, { large: true });
    await chart.update(ROOM);
    await chart.read();
    const before = (await chart.history()).length;

    const next = rowsOf([
      ['Yes', 320, 40],
      ['No', 290, 36],
      ['Not sure', 190, 24],
    ]);
    await chart.update(next);
    const reading = await chart.read();
    expect(seenRows(reading)).toEqual(expectedRows(shown(next)));
    expectTidy(reading);

    // Every frame in between moves each percent from the old value towards the new, never back.
    const frames = (await chart.history()).slice(before).map(percentsOf);
    expect(frames.length).toBeGreaterThan(10);
    const values = frames.map((f) => f.map((p) => Number.parseInt(p, 10)));
    ROOM.forEach((old, i) => {
      const path = values.map((v) => v[i]!);
      const to = next[i]!.percent;
      const direction = Math.sign(to - old.percent);
      path.forEach((v, k) => {
        expect(Math.sign(to - v) * direction).toBeGreaterThanOrEqual(0);
        if (k > 0) expect((v - path[k - 1]!) * direction).toBeGreaterThanOrEqual(0);
      });
      expect(path.at(-1)).toBe(to);
    });
    // Counts are the new ones from the first frame on: only the bars and their percents glide.
    for (const frame of (await chart.history()).slice(before)) {
      expect(frame.filter((t) => t.startsWith(' · '))).toEqual([' · 320', ' · 290', ' · 190']);
    }

    // Later frames, if any, keep the new numbers.
    await chart.page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    expect(seenRows(await chart.read())).toEqual(expectedRows(shown(next)));
  });

  it("another poll's options replace the rows: new labels only, bars growing from zero", async () => {
    const chart = await open({ dpr: 2 });
    await chart.create(PHONE_BOX);
    await chart.update(ROOM);
    await chart.read();
    const before = (await chart.history()).length;

    const other = [
      { id: 11, label: 'Yes, in Tbilisi', count: 1, percent: 25 },
      { id: 12, label: 'Yes, online', count: 3, percent: 75 },
    ];
    await chart.update(other);
    const reading = await chart.read();
    expect(seenRows(reading)).toEqual(expectedRows(shown(other)));
    expectTidy(reading);
    const frames = (await chart.history()).slice(before);
    // The first frame of the new poll shows it at zero; no frame after the switch shows an old label.
    expect(percentsOf(frames[0]!)).toEqual(['0%', '0%']);
    for (const frame of frames) {
      expect(frame.filter((t) => ['Yes', 'No', 'Not sure'].includes(t))).toEqual([]);
      expect(percentsOf(frame)).toHaveLength(2);
    }

    // An option renamed (same id) is a new row too: the new label is painted.
    const renamed = [other[0]!, { ...other[1]!, label: 'Yes, online only' }];
    await chart.update(renamed);
    expect(seenRows(await chart.read())).toEqual(expectedRows(shown(renamed)));
  });

  it('lays 20 options out inline: one-line labels left of the bars, every bar in proportion', async () => {
    const chart = await open();
    await chart.create(SCREEN_BOX, { large: true });
    const rows = tally(
      Array.from({ length: 20 }, (_, i) => [`Option ${i + 1}`, (i * 7) % 13] as [string, number]),
    );
    await chart.update(rows);
    const reading = await chart.read();
    expect(seenRows(reading)).toEqual(expectedRows(shown(rows)));
    expectTidy(reading);
    const track = trackOf(reading);
    for (const row of reading.rows) {
      expect(row.lines).toHaveLength(1);
      const label = reading.texts.find((t) => t.text === row.lines[0])!;
      expect(label.x + label.width).toBeLessThan(track.start);
      expect(Math.abs(label.y - row.y)).toBeLessThan(1);
    }
  });

  it('cuts a label too long for two lines with an ellipsis, inside the canvas', async () => {
    const chart = await open({ dpr: 2 });
    const long =
      'Security guarantees from outside the region, monitored by an international mission with a clear mandate';
    await chart.create({ width: 342, height: 2 * 92 + 8 });
    const rows = rowsOf([
      [long, 3, 75],
      ['No', 1, 25],
    ]);
    await chart.update(rows);
    const reading = await chart.read();
    const [first, second] = reading.rows;
    expect(first!.lines).toHaveLength(2);
    expect(first!.lines[1]).toMatch(/…$/);
    expect(long.startsWith(first!.label.replace(/…$/, ''))).toBe(true);
    expect(second!.label).toBe('No');
    expect(seenRows(reading)).toEqual(
      expectedRows([{ ...shown(rows)[0]!, label: first!.label }, shown(rows)[1]!]),
    );
    expectTidy(reading);
  });

  it('with reduced motion shows the final numbers in the first frame, and follows a change of the preference', async () => {
    const chart = await open({ reducedMotion: 'reduce' });
    await chart.create(PHONE_BOX);
    const before = (await chart.history()).length;
    await chart.update(ROOM);
    // No animation: update() painted before it returned.
    let frames = (await chart.history()).slice(before).map(percentsOf);
    expect(frames.at(-1)).toEqual(['81%', '15%', '4%']);
    expect(seenRows(await chart.read())).toEqual(expectedRows(shown(ROOM)));

    const next = rowsOf([
      ['Yes', 10, 50],
      ['No', 10, 50],
      ['Not sure', 0, 0],
    ]);
    let mark = (await chart.history()).length;
    await chart.update(next);
    frames = (await chart.history()).slice(mark).map(percentsOf);
    expect(frames).toEqual([['50%', '50%', '0%']]);

    // The chart hears of the change from the media query's change event, which comes at the
    // page's next rendering step, after emulateMedia() has returned: wait for it (the
    // chart's listener was added first, so it has run by then).
    const changed = chart.page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          matchMedia('(prefers-reduced-motion: reduce)').addEventListener(
            'change',
            () => resolve(),
            {
              once: true,
            },
          ),
        ),
    );
    await chart.page.emulateMedia({ reducedMotion: 'no-preference' });
    await changed;
    mark = (await chart.history()).length;
    await chart.update(ROOM);
    expect(seenRows(await chart.read())).toEqual(expectedRows(shown(ROOM)));
    frames = (await chart.history()).slice(mark).map(percentsOf);
    expect(frames.length).toBeGreaterThan(10);
  });

  for (const how of ['data-theme on <html>', 'the system colour scheme'] as const) {
    it(`repaints in the dark palette when the theme changes (${how})`, async () => {
      const chart = await open({ dpr: 2 });
      await chart.create(PHONE_BOX);
      await chart.update(ROOM);
      const light = await chart.read();
      expect(seenRows(light)).toEqual(expectedRows(shown(ROOM)));

      if (how === 'data-theme on <html>') {
        await chart.page.evaluate(() =>
          document.documentElement.setAttribute('data-theme', 'dark'),
        );
      } else {
        await chart.page.emulateMedia({ colorScheme: 'dark' });
      }
      const dark = await chart.read();
      // The probe classifies pixels against the page's palette now: the dark one.
      expect(dark.colours['--bar-1']).not.toBe(light.colours['--bar-1']);
      expect(dark.colours['--surface-2']).not.toBe(light.colours['--surface-2']);
      expect(seenRows(dark)).toEqual(expectedRows(shown(ROOM)));
      expect(dark.rows.every((r) => r.bar.trackSeen)).toBe(true);
      const fills = (predicate: (t: PaintedText) => boolean) => [
        ...new Set(dark.texts.filter(predicate).map((t) => t.fill)),
      ];
      expect(fills((t) => !t.text.startsWith(' · '))).toEqual([dark.colours['--text']]);
      expect(fills((t) => t.text.startsWith(' · '))).toEqual([dark.colours['--text-muted']]);
    });
  }

  it('does not repaint for the same numbers, and repaints for a new count at the same percent', async () => {
    const chart = await open();
    await chart.create(PHONE_BOX);
    await chart.update(ROOM);
    const settled = await chart.read();
    await chart.update(ROOM.map((r) => ({ ...r })));
    const again = await chart.read({ idleFrames: 20 });
    expect(again.frame).toBe(settled.frame);

    const recount = ROOM.map((r) => ({ ...r, count: r.count * 10 }));
    await chart.update(recount);
    const reading = await chart.read();
    expect(reading.frame).toBeGreaterThan(settled.frame);
    expect(seenRows(reading)).toEqual(expectedRows(shown(recount)));
    expectTidy(reading);
  });

  it('makes room for the count as it gains digits, so "100% · N" stays inside the canvas', async () => {
    const chart = await open({ dpr: 2 });
    await chart.create(PHONE_BOX);
    const small = rowsOf([
      ['Yes', 9, 100],
      ['No', 0, 0],
      ['Not sure', 0, 0],
    ]);
    await chart.update(small);
    const before = await chart.read();
    const big = rowsOf([
      ['Yes', 250_000, 100],
      ['No', 0, 0],
      ['Not sure', 0, 0],
    ]);
    await chart.update(big);
    const after = await chart.read();
    expect(seenRows(after)).toEqual(expectedRows(shown(big)));
    expectTidy(after);
    expect(trackOf(after).end).toBeLessThan(trackOf(before).end);
  });
});
