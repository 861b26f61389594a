/** Words as drawn on a page, by their boxes: what the word cloud's tests measure. */

export interface TextBox {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pairs of words whose boxes share more than a hair (half a pixel each way). */
export function overlaps(words: readonly TextBox[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const [a, b] = [words[i]!, words[j]!];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 0.5 && h > 0.5) found.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  return found;
}
