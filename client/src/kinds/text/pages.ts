/**
 * How the presenter's wall of answers is cut into pages: cards newest first,
 * each into the shortest column of the page (the newest across the top),
 * and a card that no longer fits below starts the next page, so no card is
 * ever cut in half. Long answers are set a step smaller than short ones;
 * one still too tall at the smallest step (wall.tsx: over 60% of a page
 * beside other columns) has its text clamped to the lines that fit, ending
 * in an ellipsis, so it shares its page with others.
 */
import { codePoints } from '../../../../shared/limits.js';

/** Type sizes of a card, largest first (text.css sets each). */
export const CARD_SIZES = ['xl', 'l', 'm', 's'] as const;
export type CardSize = (typeof CARD_SIZES)[number];

/** The size a text starts at: the shorter, the larger. */
export function cardSize(text: string): CardSize {
  const length = codePoints(text);
  if (length <= 40) return 'xl';
  if (length <= 100) return 'l';
  if (length <= 200) return 'm';
  return 's';
}

export const smaller = (size: CardSize): CardSize | null =>
  CARD_SIZES[CARD_SIZES.indexOf(size) + 1] ?? null;

/** A page: its columns, each the indices of its cards from the top. */
export type Page = number[][];

/** A card to place: its height, and for one too long to show whole, how it gives up lines. */
export interface CardBox {
  height: number;
  /** Set for a card whose text is clamped anyway: its padding and borders, its line height. */
  clamp?: { chrome: number; line: number };
}

/** A clamped card gives up lines to fit the room left in a column, down to this many. */
export const MIN_LINES = 4;

/**
 * Cards (in order) on pages of `columns` columns of `height` pixels, `gap`
 * pixels between cards, no card taller than `tallest`: a clamped card is
 * cut to the lines that fit that, or fewer to fit where it lands. Returns
 * the pages, and the lines each clamped card keeps, by index.
 */
export function paginate(
  cards: readonly CardBox[],
  columns: number,
  height: number,
  gap: number,
  tallest = height,
): { pages: Page[]; lines: Map<number, number> } {
  const pages: Page[] = [];
  const lines = new Map<number, number>();
  let page: Page = [];
  let used: number[] = [];
  const fresh = () => {
    page = Array.from({ length: columns }, () => []);
    used = Array<number>(columns).fill(0);
    pages.push(page);
  };
  /** Lines of a clamped card that fit `room` pixels. */
  const fitting = (clamp: NonNullable<CardBox['clamp']>, room: number) =>
    Math.max(1, Math.floor((room - clamp.chrome) / clamp.line));

  cards.forEach((card, index) => {
    if (pages.length === 0) fresh();
    let h = Math.min(card.height, height);
    if (card.clamp) {
      lines.set(index, fitting(card.clamp, Math.min(tallest, height)));
      h = card.clamp.chrome + lines.get(index)! * card.clamp.line;
    }
    let column = used.indexOf(Math.min(...used));
    const room = height - (used[column] === 0 ? 0 : used[column]! + gap);
    if (h > room && used.some((u) => u > 0)) {
      const fewer = card.clamp ? fitting(card.clamp, room) : 0;
      if (card.clamp && fewer >= MIN_LINES) {
        // Shorter still, rather than a page turned with room left on it.
        lines.set(index, fewer);
        h = card.clamp.chrome + fewer * card.clamp.line;
      } else {
        fresh();
        column = 0;
      }
    }
    page[column]!.push(index);
    used[column] = used[column] === 0 ? h : used[column]! + gap + h;
  });
  return { pages, lines };
}
