/**
 * How wide a text is in DejaVu Sans, the images' only font, without the font
 * at hand: the advance widths of printable ASCII read from the font files
 * (in ems), and for everything else a width at or above what its script
 * takes (Cyrillic, Georgian, Armenian average 0.64–0.78 em), so a line cut
 * here never runs past its box once drawn. Plus wrapping and ellipses.
 */

// prettier-ignore
const REGULAR = [0.318,0.401,0.46,0.838,0.637,0.951,0.78,0.275,0.391,0.391,0.5,0.838,0.318,0.361,0.318,0.337,0.637,0.637,0.637,0.637,0.637,0.637,0.637,0.637,0.637,0.637,0.337,0.337,0.838,0.838,0.838,0.531,1,0.685,0.687,0.699,0.771,0.632,0.576,0.775,0.752,0.295,0.295,0.656,0.558,0.863,0.749,0.788,0.604,0.788,0.695,0.635,0.611,0.732,0.685,0.989,0.686,0.611,0.686,0.391,0.337,0.391,0.838,0.5,0.5,0.613,0.635,0.55,0.635,0.616,0.353,0.635,0.634,0.278,0.278,0.58,0.278,0.975,0.634,0.612,0.635,0.635,0.412,0.521,0.393,0.634,0.592,0.818,0.592,0.592,0.525,0.637,0.337,0.637,0.838];
// prettier-ignore
const BOLD = [0.349,0.457,0.521,0.838,0.696,1.002,0.873,0.307,0.458,0.458,0.523,0.838,0.38,0.416,0.38,0.366,0.696,0.696,0.696,0.696,0.696,0.696,0.696,0.696,0.696,0.696,0.4,0.4,0.838,0.838,0.838,0.581,1,0.774,0.763,0.734,0.831,0.684,0.684,0.821,0.837,0.373,0.373,0.775,0.638,0.996,0.837,0.851,0.733,0.851,0.771,0.721,0.683,0.813,0.774,1.104,0.771,0.725,0.726,0.458,0.366,0.458,0.838,0.5,0.5,0.675,0.716,0.593,0.716,0.679,0.436,0.716,0.712,0.343,0.343,0.666,0.343,1.042,0.712,0.688,0.716,0.716,0.494,0.596,0.479,0.712,0.652,0.924,0.646,0.652,0.583,0.712,0.366,0.712,0.838];

export const ELLIPSIS = '…';

/** One code point's advance in ems. */
function advance(codePoint: number, bold: boolean): number {
  if (codePoint >= 32 && codePoint < 127) return (bold ? BOLD : REGULAR)[codePoint - 32]!;
  // Combining marks and joiners take no room of their own.
  if ((codePoint >= 0x300 && codePoint < 0x370) || codePoint === 0x200d || codePoint === 0xfe0f)
    return 0;
  // Wide scripts and emoji (not in the font: drawn as a box at most an em wide).
  if (codePoint >= 0x2e80) return 1.05;
  return bold ? 0.9 : 0.82;
}

/** The width in px of `text` at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += advance(char.codePointAt(0)!, bold);
  return ems * size;
}

/** `text` cut short with an ellipsis to fit `maxWidth`; itself when it fits. */
export function ellipsize(text: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const room = maxWidth - textWidth(ELLIPSIS, size, bold);
  let kept = '';
  let width = 0;
  for (const char of text) {
    const next = advance(char.codePointAt(0)!, bold) * size;
    if (width + next > room) break;
    kept += char;
    width += next;
  }
  return kept.trimEnd() + ELLIPSIS;
}

/**
 * `text` broken at spaces into lines no wider than `maxWidth`, at most
 * `maxLines` of them, the last ending in an ellipsis when text is left over.
 * A word wider than a line is broken where the line ends.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  options: { bold?: boolean; maxLines: number },
): string[] {
  const bold = options.bold ?? false;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate, size, bold) <= maxWidth;
  for (let w = 0; w < words.length; w++) {
    let word = words[w]!;
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
    }
    // A word longer than a whole line: as much as fits on each line.
    while (!fits(word)) {
      const [head, rest] = splitToWidth(word, maxWidth, size, bold);
      lines.push(head);
      word = rest;
      if (lines.length >= options.maxLines) break;
    }
    line = word;
    if (lines.length >= options.maxLines) {
      return closeWithEllipsis(lines, options.maxLines, maxWidth, size, bold);
    }
  }
  if (line) lines.push(line);
  if (lines.length > options.maxLines)
    return closeWithEllipsis(lines, options.maxLines, maxWidth, size, bold);
  return lines;
}

/** The first `maxLines` lines, the last one marked as cut short. */
function closeWithEllipsis(
  lines: string[],
  maxLines: number,
  maxWidth: number,
  size: number,
  bold: boolean,
): string[] {
  const kept = lines.slice(0, maxLines);
  // Cutting "last…" keeps a single ellipsis: only what is short of the box gets one.
  kept[maxLines - 1] = ellipsize(kept[maxLines - 1]! + ELLIPSIS, maxWidth, size, bold);
  return kept;
}

/** The longest head of `word` (at least one character) that fits, and the rest. */
function splitToWidth(word: string, maxWidth: number, size: number, bold: boolean) {
  const chars = [...word];
  let width = 0;
  let n = 0;
  while (n < chars.length) {
    const next = advance(chars[n]!.codePointAt(0)!, bold) * size;
    if (n > 0 && width + next > maxWidth) break;
    width += next;
    n++;
  }
  return [chars.slice(0, n).join(''), chars.slice(n).join('')] as const;
}
