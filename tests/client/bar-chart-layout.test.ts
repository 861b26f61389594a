/**
 * Where the bar chart puts things, checked without a browser: a fake
 * `measure` (widths per character, bold wider) stands in for the canvas, and
 * a model of chart.js's placement (the chart area is the canvas less the
 * padding; n bars centred in n equal slots) turns a layout into boxes, so
 * "inside the canvas" and "nothing overlaps" are checked as geometry.
 * The browser tests (bar-chart/bar-chart.test.ts) check the same on real
 * fonts and real pixels.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPACT_SCALE,
  ellipsize,
  LARGE_SCALE,
  layoutChart,
  wrapText,
  type ChartLayout,
  type ChartScale,
  type LayoutRow,
  type Measure,
} from '../../client/src/lib/bar-chart-layout.js';

/** Proportional widths, roughly a sans-serif's: wide capitals, narrow i/l/space; heavier is wider. */
const measure: Measure = (text, size, weight) => {
  let em = 0;
  for (const ch of text) {
    if (/[MW]/.test(ch)) em += 0.9;
    else if (/[A-Z0-9%]/.test(ch)) em += 0.66;
    else if (/[il.,·' ]/.test(ch)) em += 0.3;
    else em += 0.55;
  }
  return em * size * (1 + (weight - 500) / 1000);
};
const at =
  (size: number, weight = 600) =>
  (t: string) =>
    measure(t, size, weight);

/** Where chart.js puts each bar for a layout: the chart area is the canvas less the padding. */
function place(layout: ChartLayout, width: number, height: number, n: number) {
  const area = {
    left: layout.padding.left,
    right: width - layout.padding.right,
    top: layout.padding.top,
    bottom: height - layout.padding.bottom,
  };
  const pitch = (area.bottom - area.top) / n;
  const centres = Array.from({ length: n }, (_, i) => area.top + (i + 0.5) * pitch);
  return { area, pitch, centres };
}

/** The same fitting of the type to a narrow canvas as layoutChart does (the bounds the fonts must keep). */
function bounds(scale: ChartScale, width: number, mode: ChartLayout['mode']) {
  const maxLabel = Math.max(scale.minLabel, Math.min(scale.maxLabel, Math.floor(width / 18)));
  const maxValue = Math.max(scale.minValue, Math.min(scale.maxValue, Math.floor(width / 14)));
  return mode === 'stacked'
    ? { label: [scale.minLabel, maxLabel], value: [scale.minValue, maxValue] }
    : {
        label: [Math.min(scale.minLabel, 13), maxLabel],
        value: [Math.min(scale.minValue, 13), maxValue],
      };
}

const words = fc.constantFrom(
  'Yes',
  'No',
  'Not',
  'sure',
  'European',
  'Union',
  'peace-building',
  'in',
  'the',
  'South',
  'Caucasus',
  'M',
  'WWWWWWWW',
  'internationalisation',
  'Tbilisi',
  'online',
  'a',
);
const label = fc.array(words, { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
const rowsArb = fc.array(fc.record({ label, count: fc.nat({ max: 250_000 }) }), {
  minLength: 1,
  maxLength: 20,
});
/**
 * Canvas sizes the pages give the chart: the large scale only on screens wider
 * than 760 px (lib/chart-view.tsx), the compact one on phones and the host's
 * side panel; at least ~24 px a row (the presenter's floor is 1.1rem).
 */
const chartArb = fc
  .record({
    rows: rowsArb,
    large: fc.boolean(),
    pitch: fc.integer({ min: 24, max: 220 }),
    fraction: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ rows, large, pitch, fraction }) => {
    const [min, max] = large ? [700, 1920] : [300, 1000];
    return {
      rows,
      width: Math.round(min + fraction * (max - min)),
      height: rows.length * pitch,
      scale: large ? LARGE_SCALE : COMPACT_SCALE,
    };
  });

describe('wrapText and ellipsize', () => {
  it('wraps greedily at spaces and keeps every word when they fit', () => {
    const width = measure('Can the European', 20, 600);
    expect(wrapText('Can the European Union make a difference', width, 3, at(20))).toEqual([
      'Can the European',
      'Union make a',
      'difference',
    ]);
  });

  it('cuts the last allowed line with an ellipsis that fits', () => {
    const width = measure('Can the European', 20, 600);
    const lines = wrapText('Can the European Union make a difference', width, 2, at(20));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Can the European');
    expect(lines[1]).toMatch(/^Union make.*…$/);
    expect(measure(lines[1]!, 20, 600)).toBeLessThanOrEqual(width);
  });

  it('ellipsizes to the longest prefix that fits, without a space before the ellipsis', () => {
    const text = 'Economic cooperation';
    const width = measure('Economic c…', 16, 600);
    expect(ellipsize(text, width, at(16))).toBe('Economic c…');
    expect(ellipsize(text, measure('Economic …', 16, 600), at(16))).toBe('Economic…');
    expect(ellipsize(text, 1, at(16))).toBe('…');
  });

  it('never returns a line wider than asked (while an ellipsis fits at all), property', () => {
    fc.assert(
      fc.property(
        label,
        fc.integer({ min: 40, max: 900 }),
        fc.integer({ min: 1, max: 3 }),
        (text, width, max) => {
          const lines = wrapText(text, width, max, at(16));
          expect(lines.length).toBeGreaterThan(0);
          expect(lines.length).toBeLessThanOrEqual(max);
          for (const line of lines) expect(measure(line, 16, 600)).toBeLessThanOrEqual(width);
          // Lines read in order as the label does, each cut one a prefix of what it stands for.
          const flat = text.split(/\s+/).join(' ');
          let from = 0;
          for (const line of lines) {
            const kept = line.replace(/…$/, '');
            const found = flat.indexOf(kept, from);
            expect(found, `"${kept}" in "${flat}" after ${from}`).toBeGreaterThanOrEqual(0);
            from = found + kept.length;
          }
          if (!lines.some((l) => l.endsWith('…'))) expect(lines.join(' ')).toBe(flat);
        },
      ),
    );
  });
});

describe('layoutChart', () => {
  const three: LayoutRow[] = [
    { label: 'Yes', count: 312 },
    { label: 'No', count: 58 },
    { label: 'Not sure', count: 15 },
  ];

  it('has nothing to lay out without rows or room', () => {
    expect(layoutChart([], 800, 400, LARGE_SCALE, measure)).toBeNull();
    expect(layoutChart(three, 0, 400, LARGE_SCALE, measure)).toBeNull();
    expect(layoutChart(three, 800, 0, LARGE_SCALE, measure)).toBeNull();
  });

  it('gives the projector big type for three options, and a phone its compact type', () => {
    const projector = layoutChart(three, 1400, 600, LARGE_SCALE, measure)!;
    expect(projector.mode).toBe('stacked');
    expect(projector.labelFont).toBe(LARGE_SCALE.maxLabel);
    expect(projector.valueFont).toBe(LARGE_SCALE.maxValue);
    expect(projector.thickness).toBe(LARGE_SCALE.maxThickness);
    expect(projector.lines).toEqual([['Yes'], ['No'], ['Not sure']]);

    const phone = layoutChart(three, 342, 3 * 56 + 8, COMPACT_SCALE, measure)!;
    expect(phone.mode).toBe('stacked');
    expect(phone.labelFont).toBeLessThanOrEqual(COMPACT_SCALE.maxLabel);
    expect(phone.valueFont).toBeLessThanOrEqual(COMPACT_SCALE.maxValue);
    expect(phone.thickness).toBeLessThanOrEqual(COMPACT_SCALE.maxThickness);
  });

  it('puts 20 options inline: one-line labels in a column left of the bars', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ label: `Option ${i + 1}`, count: i }));
    const layout = layoutChart(rows, 1400, 600, LARGE_SCALE, measure)!;
    expect(layout.mode).toBe('inline');
    expect(layout.lines.every((l) => l.length === 1)).toBe(true);
    const widest = Math.max(...rows.map((r) => measure(r.label, layout.labelFont, 600)));
    expect(layout.padding.left).toBeGreaterThanOrEqual(widest);
    expect(layout.lines.map((l) => l[0])).toEqual(rows.map((r) => r.label));
  });

  it('switches to inline exactly where a row gets shorter than the scale allows', () => {
    for (const scale of [LARGE_SCALE, COMPACT_SCALE]) {
      const n = 5;
      const at = (pitch: number) =>
        layoutChart(three.concat(three).slice(0, n), 900, n * pitch, scale, measure)!.mode;
      expect(at(scale.stackedMinRow)).toBe('stacked');
      expect(at(scale.stackedMinRow - 1)).toBe('inline');
    }
  });

  it('keeps the value room fixed on "100%", so bars do not rescale as percentages move', () => {
    const a = layoutChart([{ label: 'A', count: 5 }], 800, 200, LARGE_SCALE, measure)!;
    const b = layoutChart([{ label: 'A', count: 7 }], 800, 200, LARGE_SCALE, measure)!;
    expect(a.padding.right).toBe(b.padding.right);
    // More digits in the count take more room.
    const c = layoutChart([{ label: 'A', count: 70_000 }], 800, 200, LARGE_SCALE, measure)!;
    expect(c.padding.right).toBeGreaterThan(a.padding.right);
  });

  it('shrinks long labels before cutting them, and cuts them with an ellipsis inside the canvas', () => {
    const long =
      'Security guarantees from outside the region, monitored by an international mission with a mandate';
    const layout = layoutChart(
      [
        { label: long, count: 3 },
        { label: 'No', count: 1 },
      ],
      342,
      2 * 92 + 8,
      COMPACT_SCALE,
      measure,
    )!;
    expect(layout.lines[0]!.length).toBe(2);
    expect(layout.lines[0]![1]).toMatch(/…$/);
    for (const line of layout.lines[0]!) {
      expect(measure(line, layout.labelFont, 600)).toBeLessThanOrEqual(342 - 4);
    }
  });

  it('keeps every font within its scale, fitted to narrow canvases (property)', () => {
    fc.assert(
      fc.property(chartArb, ({ rows, width, height, scale }) => {
        const layout = layoutChart(rows, width, height, scale, measure)!;
        expect(layout.mode).toBe(
          height / rows.length >= scale.stackedMinRow ? 'stacked' : 'inline',
        );
        const b = bounds(scale, width, layout.mode);
        for (const font of [
          layout.labelFont,
          layout.valueFont,
          layout.countFont,
          layout.thickness,
        ]) {
          expect(Number.isInteger(font)).toBe(true);
        }
        expect(layout.labelFont).toBeGreaterThanOrEqual(b.label[0]!);
        expect(layout.labelFont).toBeLessThanOrEqual(b.label[1]!);
        expect(layout.valueFont).toBeGreaterThanOrEqual(b.value[0]!);
        expect(layout.valueFont).toBeLessThanOrEqual(b.value[1]!);
        expect(layout.countFont).toBeLessThan(layout.valueFont);
        expect(layout.thickness).toBeLessThanOrEqual(scale.maxThickness);
        expect(layout.lineHeight).toBeGreaterThanOrEqual(layout.labelFont);
      }),
      { numRuns: 400 },
    );
  });

  it('wraps every label into its room: two lines at most stacked, one inline (property)', () => {
    fc.assert(
      fc.property(chartArb, ({ rows, width, height, scale }) => {
        const layout = layoutChart(rows, width, height, scale, measure)!;
        const room = layout.mode === 'stacked' ? width - 4 : layout.padding.left - 2 * layout.gap;
        expect(layout.lines).toHaveLength(rows.length);
        for (const lines of layout.lines) {
          expect(lines.length).toBeGreaterThanOrEqual(1);
          expect(lines.length).toBeLessThanOrEqual(layout.mode === 'stacked' ? 2 : 1);
          for (const line of lines) {
            expect(measure(line, layout.labelFont, 600)).toBeLessThanOrEqual(room + 1e-9);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps labels, bars and values inside the canvas, and nothing overlaps (property)', () => {
    fc.assert(
      fc.property(chartArb, ({ rows, width, height, scale }) => {
        const layout = layoutChart(rows, width, height, scale, measure)!;
        const { area, pitch, centres } = place(layout, width, height, rows.length);
        const half = layout.thickness / 2;
        const maxCount = Math.max(...rows.map((r) => r.count));
        // Values: at 100 % the bar ends at the area's right edge; "100% · N" still fits.
        const valueEnd =
          area.right +
          layout.gap +
          measure('100%', layout.valueFont, 700) +
          measure(` · ${maxCount}`, layout.countFont, 500);
        expect(valueEnd).toBeLessThanOrEqual(width);
        // However long the labels and counts, the bars keep some room (about a seventh at worst: 300 px, 6-digit counts, inline).
        expect(area.right - area.left).toBeGreaterThanOrEqual(width * 0.1);
        // Bars: inside the canvas, apart from each other.
        expect(centres[0]! - half).toBeGreaterThanOrEqual(0);
        expect(centres.at(-1)! + half).toBeLessThanOrEqual(height);
        expect(layout.thickness).toBeLessThan(pitch);
        centres.forEach((y, i) => {
          const lines = layout.lines[i]!;
          if (layout.mode === 'stacked') {
            // The label block stands on the bar's top edge (its lines' em boxes, bottom line on
            // the baseline "bottom"), clear of the row above and of that row's value.
            const top =
              y - half - layout.gap - (lines.length - 1) * layout.lineHeight - layout.labelFont;
            expect(top).toBeGreaterThanOrEqual(-1e-9);
            if (i > 0) {
              const above = centres[i - 1]!;
              expect(top).toBeGreaterThanOrEqual(
                above + Math.max(half, layout.valueFont / 2) - 1e-9,
              );
            }
          } else {
            // One line beside the bar: the label column ends a gap before the bars, rows of type do not touch.
            expect(measure(lines[0]!, layout.labelFont, 600) + layout.gap).toBeLessThanOrEqual(
              area.left,
            );
            expect(Math.max(layout.labelFont, layout.valueFont)).toBeLessThanOrEqual(pitch);
            expect(y - layout.labelFont / 2).toBeGreaterThanOrEqual(-1e-9);
            expect(y + layout.labelFont / 2).toBeLessThanOrEqual(height);
          }
        });
      }),
      { numRuns: 400 },
    );
  });
});
