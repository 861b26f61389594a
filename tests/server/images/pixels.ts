/**
 * Reading a results picture as a person sees it: a decoded PNG's pixels,
 * where a colour is painted along a row, and whether anything was drawn in
 * the picture's outer margin (which would be text running off the canvas).
 */
import { PNG } from 'pngjs';

export interface Picture {
  width: number;
  height: number;
  /** The pixel at (x, y) as "#rrggbb". */
  at(x: number, y: number): string;
}

export function decodePng(bytes: Uint8Array): Picture {
  const png = PNG.sync.read(Buffer.from(bytes));
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return {
    width: png.width,
    height: png.height,
    at(x, y) {
      const i = (y * png.width + x) * 4;
      return `#${hex(png.data[i]!)}${hex(png.data[i + 1]!)}${hex(png.data[i + 2]!)}`;
    },
  };
}

/** The rows (y) where `colour` is painted at least `min` times. */
export function rowsWith(picture: Picture, colour: string, min = 10): number[] {
  const rows: number[] = [];
  for (let y = 0; y < picture.height; y++) {
    let n = 0;
    for (let x = 0; x < picture.width && n < min; x++) if (picture.at(x, y) === colour) n++;
    if (n >= min) rows.push(y);
  }
  return rows;
}

/** Where `colour` is painted along row y: first and last x, and how many pixels. */
export function spanOf(picture: Picture, y: number, colour: string) {
  let first = -1;
  let last = -1;
  let count = 0;
  for (let x = 0; x < picture.width; x++) {
    if (picture.at(x, y) !== colour) continue;
    if (first < 0) first = x;
    last = x;
    count++;
  }
  return { first, last, count, length: first < 0 ? 0 : last - first + 1 };
}

/** The middle row of the band where `colour` is painted. */
export function middleRow(picture: Picture, colour: string): number {
  const rows = rowsWith(picture, colour);
  if (rows.length === 0) throw new Error(`${colour} is painted nowhere`);
  return rows[Math.floor(rows.length / 2)]!;
}

/** Pixels in the outer `band` (a fraction of each side) that are not the background. */
export function paintedInMargin(picture: Picture, background: string, band = 0.012): number {
  const bx = Math.max(1, Math.floor(picture.width * band));
  const by = Math.max(1, Math.floor(picture.height * band));
  let painted = 0;
  for (let y = 0; y < picture.height; y++) {
    const edgeRow = y < by || y >= picture.height - by;
    for (let x = 0; x < picture.width; x++) {
      // Inside rows, only the left and right bands.
      if (!edgeRow && x === bx) x = picture.width - bx;
      if (picture.at(x, y) !== background) painted++;
    }
  }
  return painted;
}
