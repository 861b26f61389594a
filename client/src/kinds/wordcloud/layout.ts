/**
 * The presenter's word cloud as places, without any markup: each word's
 * font size from its count, in a few steps, and its place from d3-cloud,
 * kept from one layout to the next so that the room can follow it.
 *
 * d3-cloud places words one by one, each from a start point drawn from its
 * `random()`, spiralling out from there (the start point itself first) until
 * the word fits. A layout here hands it a `random` that replays each known
 * word's previous centre, and its words in an order of our own (d3-cloud
 * sorts them by size; PlacingOrder keeps ours): first the words whose size
 * did not change, which therefore all fit exactly where they were, then the
 * others, most given first: a word that grew or shrank from its old centre
 * (one that no longer fits there moves to the nearest free place along its
 * spiral), a new word from a point near the centre seeded by the word
 * itself. So a word does not jump when another grows, and new words fill in
 * around the others. (d3-cloud would also only try places touching the
 * words already placed, which depends on their order; an empty frame placed
 * first lifts that.)
 *
 * Words are placed as their boxes (the width of the text and the font's
 * ascent and descent), not as their glyphs' pixels: no word sits in another's
 * box, and a word's box is what the page draws and what a test can measure.
 *
 * When the words do not fit, all sizes shrink by one factor, each word about
 * its centre (which keeps every place free), as far as the words the area can
 * hold stay readable. A cloud still full leaves words out, the least given:
 * a word given more that found no room takes its place before the words
 * given less (the one case where a word of unchanged size may move). The
 * text alternative lists every word.
 */
import cloud from 'd3-cloud';

export interface CloudWord {
  key: string;
  text: string;
  count: number;
}

export interface PlacedWord extends CloudWord {
  /** Font size in px. */
  size: number;
  /** The centre of the word (x) and its baseline (y), in px from the centre of the area. */
  x: number;
  y: number;
  /** The order in which the cloud first showed it: its colour, and its place in the DOM. */
  order: number;
}

export interface CloudArea {
  width: number;
  height: number;
}

export interface CloudSizes {
  /** Font sizes in px: the least counted words, the most counted word, and the smallest readable. */
  min: number;
  max: number;
  floor: number;
  /** px kept free around each word. */
  padding: number;
  /** The CSS font the words are drawn in (family and weight), as the page resolves it. */
  family: string;
  weight: number;
}

export interface CloudLayout {
  area: CloudArea;
  words: PlacedWord[];
  /** Words left out of the picture for want of room. */
  left: number;
}

/** About the share of its area a full cloud covers with its words' boxes. */
const FILLED = 0.6;

/** px a word as wide as the area may still move sideways (see `widest`). */
const LEEWAY = 64;

/** Runs of d3-cloud a layout may take to fit its words (one, unless the cloud is full). */
const MAX_RUNS = 4;

/** Counts map to this many sizes, so that most changes of counts change no size. */
export const STEPS = 6;

/** The size step of a count (1..STEPS): the most counted word gets the top one. */
export function stepOf(count: number, top: number): number {
  if (top <= 1) return STEPS;
  const share = Math.max(0, count - 1) / (top - 1);
  // Area, not height, follows the count: the step follows its square root.
  return 1 + Math.round((STEPS - 1) * Math.sqrt(Math.min(1, share)));
}

/** The font size of a step, in px: geometric from `min` to `max`. */
export function sizeOfStep(step: number, sizes: Pick<CloudSizes, 'min' | 'max'>): number {
  return sizes.min * (sizes.max / sizes.min) ** ((step - 1) / (STEPS - 1));
}

/** An array whose sort keeps the order given: d3-cloud sorts the words it places by size. */
class PlacingOrder<T> extends Array<T> {
  override sort(_compare?: (a: T, b: T) => number): this {
    return this;
  }
}

/** A small seeded generator (mulberry32), so a word's first start point is the same on every screen. */
function seeded(text: string): () => number {
  let seed = 2166136261;
  for (let i = 0; i < text.length; i++) seed = Math.imul(seed ^ text.charCodeAt(i), 16777619);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Datum {
  key: string;
  text: string;
  count: number;
  size: number;
  /** Where d3-cloud starts looking, in its coordinates (0..width, 0..height). */
  startX: number;
  startY: number;
  /** The spiral's direction, should the start point be taken. */
  clockwise: boolean;
  /** Placed before at this size: its old place is free for it. */
  kept: boolean;
  /** Its box with the padding, in px (boxSprite). */
  box?: { width: number; height: number };
  // Set by d3-cloud:
  x?: number;
  y?: number;
  font?: string;
  weight?: string | number;
  padding?: number;
}

/**
 * The value `random()` must return for d3-cloud to start a word at `at` on an
 * axis `length` long: it computes `(length * (random() + .5)) >> 1`.
 */
const startValue = (at: number, length: number) => (2 * at + 0.5) / length - 0.5;

/** The board is this much wider than the area: room for the column right of a sprite (boxSprite). */
const SPILL = 32;

/** d3-cloud's canvas, which it sizes and asks once, idly: the sprites are ours (boxSprite). */
const NO_CANVAS = {
  getContext: () => ({ getImageData: () => ({ data: [0, 0, 0, 0] }) }),
} as unknown as HTMLCanvasElement;

let measuring: CanvasRenderingContext2D | null = null;

/** The text's advance width and its font's ascent and descent, in px. */
function measure(text: string, size: number, sizes: CloudSizes) {
  measuring ??= document.createElement('canvas').getContext('2d')!;
  measuring.font = `${sizes.weight} ${size}px ${sizes.family}`;
  const m = measuring.measureText(text);
  return {
    width: m.width,
    ascent: m.fontBoundingBoxAscent ?? size * 0.95,
    descent: m.fontBoundingBoxDescent ?? size * 0.25,
  };
}

/**
 * The word as d3-cloud's sprite, made here instead of from its canvas's
 * pixels: the word's box (advance width, ascent to descent) and `padding`
 * around it, a bit per pixel in rows of 32-bit columns, centred on the word
 * and on its baseline as d3-cloud's own. Exact, and far cheaper than
 * reading back a 2048 px canvas on every layout.
 */
function boxSprite(datum: Datum, sizes: CloudSizes): void {
  const m = measure(datum.text, datum.size, sizes);
  const inner = m.width + 2 * sizes.padding;
  const width = ((Math.ceil(inner) + 2 + 31) >> 5) << 5;
  const first = Math.floor((width - inner) / 2);
  const last = Math.ceil((width + inner) / 2);
  const row: number[] = Array<number>(width >> 5).fill(0);
  for (let i = first; i < last; i++) row[i >> 5]! |= 1 << (31 - (i & 31));
  const y0 = -Math.ceil(m.ascent + sizes.padding);
  const y1 = Math.ceil(m.descent + sizes.padding);
  Object.assign(datum, {
    sprite: Array.from({ length: y1 - y0 }, () => row).flat(),
    width,
    height: y1 - y0,
    x0: -(width >> 1),
    // d3-cloud marks the 32-bit column right of a sprite too (where its bits spill over,
    // or all of the last one's, on a 32 px boundary): the board keeps that column in the
    // word's own row, instead of the next row's start.
    x1: (width >> 1) + SPILL,
    y0,
    y1,
    hasText: true,
    box: { width: last - first, height: y1 - y0 },
  });
}

/**
 * Keeps a cloud's places from one layout to the next. One per cloud on
 * screen; `forget` when it shows another poll.
 */
export class StableCloud {
  private centres = new Map<string, { x: number; y: number; size: number }>();
  private orders = new Map<string, number>();
  private nextOrder = 0;
  private area: CloudArea | null = null;
  /** The factor all sizes are shrunk by to fit: it only shrinks, so a place once given stays free. */
  private fit = 1;
  /** How many times d3-cloud ran for the last layout (tests and tuning). */
  runs = 0;
  /** The words that, in the last layout, took their places before others of their size did. */
  promoted: string[] = [];

  forget(): void {
    this.centres.clear();
    this.orders.clear();
    this.nextOrder = 0;
    this.area = null;
    this.fit = 1;
  }

  /** The words (most counted first) placed in an area of this size. */
  layout(words: readonly CloudWord[], area: CloudArea, sizes: CloudSizes): CloudLayout {
    // d3-cloud's collision board is in 32 px columns: its width a multiple of 32.
    const width = Math.max(32, Math.floor(area.width / 32) * 32);
    const height = Math.max(1, Math.floor(area.height));
    this.follow({ width, height });
    const top = Math.max(0, ...words.map((w) => w.count));
    // No word so wide that its sprite (padded, in 32 px columns) leaves it less than
    // LEEWAY px to move in: a 25-letter word at the top size would not fit at all, and a
    // word just as wide as the area would fit only where the spiral happens to pass.
    const widest = Math.max(32, width - LEEWAY - 2 * sizes.padding - 34);
    const wanted = words.map((word) => ({
      word,
      size: Math.min(
        sizeOfStep(stepOf(word.count, top), sizes),
        (widest * 100) / Math.max(1, measure(word.text, 100, sizes).width),
        height * 0.4,
      ),
    }));
    // Shrunk to fit, but never below the smallest readable size (unless wanted so small).
    const sizeAt = (size: number, fit: number) =>
      Math.max(Math.min(size, sizes.floor), Math.floor(size * fit));

    // How far all sizes may shrink: until the least given of the words that the cloud can
    // hold readably (their boxes filling the share of the area a cloud fills) reaches the
    // smallest readable size. The first run starts as small as those boxes say.
    let roomy = 1;
    let smallest = Infinity;
    let needed = 0;
    for (const { word, size } of wanted) {
      const m = measure(word.text, size, sizes);
      needed += (m.width + 2 * sizes.padding) * (m.ascent + m.descent + 2 * sizes.padding);
      const fit = Math.min(1, Math.sqrt((FILLED * width * height) / needed));
      if (smallest < Infinity && fit * Math.min(smallest, size) < sizes.floor) break;
      smallest = Math.min(smallest, size);
      roomy = fit;
    }
    const lowest = Math.min(1, sizes.floor / smallest);

    this.runs = 0;
    let fit = Math.max(lowest, Math.min(this.fit, roomy));
    const early = new Set<string>();
    let placed: Map<string, { x: number; y: number; size: number }> = new Map();
    for (;;) {
      placed = this.place(
        wanted.map(({ word, size }) => ({ word, size: sizeAt(size, fit) })),
        { width, height },
        sizes,
        early,
      );
      if (placed.size === words.length || this.runs >= MAX_RUNS) break;
      // Shrink everything a little, as far as it may...
      if (fit > lowest + 0.001) {
        fit = Math.max(fit * 0.88, lowest);
        continue;
      }
      // ...then the words left out that were given more than a word shown take their
      // places before the smaller words, so the least given are those left out.
      const least = Math.min(
        ...wanted.filter(({ word }) => placed.has(word.key)).map(({ word }) => word.count),
      );
      const late = wanted.filter(({ word }) => !placed.has(word.key) && word.count > least);
      if (late.length === 0) break;
      for (const { word } of late) early.add(word.key);
    }
    this.promoted = [...early];
    this.fit = fit;

    this.centres = placed;
    const shown: PlacedWord[] = [];
    for (const word of words) {
      const at = placed.get(word.key);
      if (!at) continue;
      if (!this.orders.has(word.key)) this.orders.set(word.key, this.nextOrder++);
      shown.push({
        ...word,
        size: at.size,
        // From d3-cloud's corner to the area's own centre (it may be a little wider).
        x: at.x - width / 2,
        y: at.y - height / 2,
        order: this.orders.get(word.key)!,
      });
    }
    return { area: { width, height }, words: shown, left: words.length - shown.length };
  }

  /** A new area: the old places scaled to it, and sizes may grow again. */
  private follow(area: CloudArea): void {
    const old = this.area;
    this.area = area;
    if (!old || (old.width === area.width && old.height === area.height)) return;
    const sx = area.width / old.width;
    const sy = area.height / old.height;
    for (const [key, at] of this.centres) {
      this.centres.set(key, { x: Math.round(at.x * sx), y: Math.round(at.y * sy), size: at.size });
    }
    this.fit = 1;
  }

  /** One run of d3-cloud: the places it found, by key, in its coordinates. */
  private place(
    words: { word: CloudWord; size: number }[],
    area: CloudArea,
    sizes: CloudSizes,
    early: ReadonlySet<string>,
  ): Map<string, { x: number; y: number; size: number }> {
    this.runs++;
    // In a full cloud, words given more that found no room (`early`) may take the places
    // of words given less: only the words of unchanged size given at least as often are sure
    // to stay where they were.
    const counts = new Map(words.map(({ word }) => [word.key, word.count]));
    const stays = Math.max(-Infinity, ...[...early].map((key) => counts.get(key) ?? 0));
    const kept: Datum[] = [];
    const others: Datum[] = [];
    for (const { word, size } of words) {
      const random = seeded(word.key);
      const before = this.centres.get(word.key);
      // Keep the old centre (inside the area); a new word starts near the middle.
      const startX = before
        ? Math.min(area.width - 1, Math.max(0, before.x))
        : Math.round(area.width * (0.5 + (random() - 0.5) * 0.2));
      const startY = before
        ? Math.min(area.height - 1, Math.max(0, before.y))
        : Math.round(area.height * (0.5 + (random() - 0.5) * 0.2));
      const datum: Datum = {
        key: word.key,
        text: word.text,
        count: word.count,
        size,
        startX,
        startY,
        clockwise: random() < 0.5,
        kept: before?.size === size && !early.has(word.key),
      };
      boxSprite(datum, sizes);
      (datum.kept && word.count >= stays ? kept : others).push(datum);
    }
    // Then the others, most given first, then largest (a word too long for its count's
    // size is no less given), a word that kept its size before one as given that did not.
    const byCount = (a: Datum, b: Datum) =>
      b.count - a.count || b.size - a.size || Number(b.kept) - Number(a.kept);
    const order = PlacingOrder.from([
      ...kept.sort(byCount),
      ...others.sort(byCount),
    ]) as PlacingOrder<Datum>;

    const board: [number, number] = [area.width + SPILL, area.height];
    order.unshift(frameOf(board));
    // d3-cloud asks, word after word: x, y, then the spiral's direction.
    const replay = order.flatMap((d) => [
      startValue(d.startX, board[0]),
      startValue(d.startY, board[1]),
      d.clockwise ? 0.25 : 0.75,
    ]);
    let next = 0;
    const result = new Map<string, { x: number; y: number; size: number }>();
    cloud<Datum>()
      .size(board)
      .words(order)
      .canvas(() => NO_CANVAS)
      .font(sizes.family)
      .fontWeight(sizes.weight)
      .fontSize((d) => d.size)
      .padding(sizes.padding)
      .rotate(0)
      // d3-cloud ends a word's search where its spiral gives no point (its types do not say so).
      .spiral(searches(order) as (size: [number, number]) => (t: number) => [number, number])
      .random(() => replay[next++] ?? 0.5)
      .timeInterval(Infinity)
      .on('end', (tags: Datum[]) => {
        // d3-cloud hands back places from the area's centre.
        for (const d of tags) {
          if (d.key === FRAME) continue;
          result.set(d.key, {
            x: d.x! + (board[0] >> 1),
            y: d.y! + (board[1] >> 1),
            size: d.size,
          });
        }
      })
      .start();
    return result;
  }
}

const FRAME = '';

/**
 * A word without a pixel as large as the whole board, placed first. d3-cloud
 * only tries places that touch the extent of the words placed before; that
 * would make a word's place depend on which were placed before it, so a word
 * could lose the place it had only because a neighbour is placed after it
 * this time. With the frame's extent the whole board, every place is tried.
 */
function frameOf([width, height]: [number, number]): Datum {
  return Object.assign(
    {
      key: FRAME,
      text: '',
      count: 0,
      size: 0,
      startX: width >> 1,
      startY: height >> 1,
      clockwise: true,
      kept: true,
    },
    {
      sprite: Array<number>((width >> 5) * height).fill(0),
      width,
      height,
      x0: -(width >> 1),
      x1: width >> 1,
      y0: -(height >> 1),
      y1: height - (height >> 1),
      hasText: true,
    },
  );
}

/**
 * The search for each word's place, in the order d3-cloud places them (it
 * asks for one spiral per word): d3-cloud's Archimedean spiral, stretched to
 * the area's shape, ended once it has left the whole area behind (d3-cloud's
 * own goes on much further). Once a word has found no room, a word at least
 * as wide and as tall is not searched for at all: in a full cloud, each of
 * the words left out would otherwise cost a search of the whole area.
 */
function searches(order: readonly Datum[]) {
  let index = 0;
  const failed: { width: number; height: number }[] = [];
  return (size: [number, number]): ((t: number) => [number, number] | null) => {
    const box = order[index++]?.box ?? { width: 0, height: 0 };
    if (failed.some((f) => box.width >= f.width && box.height >= f.height)) return () => null;
    const e = size[0] / size[1];
    const reach = size[1] * 1.05;
    return (t) => {
      const r = t * 0.1;
      if (Math.abs(r) > reach) {
        failed.push(box);
        return null;
      }
      return [e * r * Math.cos(r), r * Math.sin(r)];
    };
  };
}
