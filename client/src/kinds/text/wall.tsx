/**
 * The presenter's wall of answers: cards newest first, as large as their
 * length allows, laid out in columns and cut into pages that never cut a
 * card (pages.ts). With more than one page it turns by itself every 8 s to
 * the older answers, "1 / 3" saying where it is; a new answer rises in at
 * the top (still, with reduced motion). The wall is drawn for the room and
 * hidden from screen readers, which get every entry as a list instead, and
 * new ones announced politely, at most once a second, while voting is open.
 */
import { useLayoutEffect, useRef, useState, type Child } from 'hono/jsx/dom';
import { t } from '../../i18n/i18n.js';
import { useDedupedEffect } from '../../lib/deduped-effect.js';
import type { ResultsFor } from '../kind.js';
import { cardSize, paginate, smaller, type CardBox, type CardSize } from './pages.js';
import { TEXT_LIMITS } from './settings.js';
import { answersLabel } from './words.js';

type Entry = ResultsFor<'text'>['entries'][number];

/** How long a page stays before the next one. */
export const PAGE_MS = 8000;
/** A column is at least this many rem wide (three on a 1920x1080 projector's stage). */
const MIN_COLUMN_REM = 17;
const MAX_COLUMNS = 3;
/** Beside other columns, no card is taller than this share of a page: a long answer leaves room. */
const TALLEST = 0.6;
/** An answer counts as new, and rises in, for this long after it first arrives. */
const NEW_MS = 1500;

interface Layout {
  columns: number;
  /** Pages of columns of entry ids. */
  pages: number[][][];
  /** The size each card is set at, and the lines kept by those clamped to fit. */
  sizes: Record<number, CardSize>;
  clamps: Record<number, number>;
}

/** The root size the stylesheet scales with the viewport (24 px on a 1920x1080 projector). */
const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
/** Phones scroll the presenter's page instead of paging it (present.css). */
const scrolls = () => innerWidth <= 760;

function Card(props: { entry: Entry; size: CardSize; clamp?: number; fresh?: boolean }) {
  const { entry } = props;
  return (
    <div
      class="text-card"
      data-entry-id={entry.id}
      data-size={props.size}
      data-new={props.fresh ? '' : undefined}
      data-clamped={props.clamp ? '' : undefined}
      style={`--accent: var(--bar-${(entry.id % 8) + 1})${props.clamp ? `; --clamp: ${props.clamp}` : ''}`}
    >
      <p class="text-card__text">{entry.text}</p>
    </div>
  );
}

/** Measures every card at the column's width and cuts the wall into pages. */
function measure(wall: HTMLElement, ruler: HTMLElement, entries: readonly Entry[]): Layout {
  const style = getComputedStyle(wall);
  const gap = parseFloat(style.rowGap) || 0;
  const width = wall.clientWidth;
  const height = wall.clientHeight;
  const paged = !scrolls();
  const minColumn = rem() * MIN_COLUMN_REM;
  const columns = paged
    ? Math.max(1, Math.min(MAX_COLUMNS, Math.floor((width + gap) / (minColumn + gap))))
    : 1;
  ruler.style.width = `${(width - gap * (columns - 1)) / columns}px`;

  const cards = [...ruler.children] as HTMLElement[];
  const sizes: Record<number, CardSize> = {};
  // Every size first, then one read of every height: one layout, not one per card.
  entries.forEach((entry, i) => {
    sizes[entry.id] = cardSize(entry.text);
    cards[i]!.dataset.size = sizes[entry.id];
  });
  const boxes: CardBox[] = cards.map((card) => ({ height: card.getBoundingClientRect().height }));
  const tallest = columns > 1 ? height * TALLEST : height;
  if (paged) {
    entries.forEach((entry, i) => {
      const card = cards[i]!;
      const box = boxes[i]!;
      // Too tall: a step smaller, then clamped to the lines that fit.
      let next = smaller(sizes[entry.id]!);
      while (box.height > tallest && next) {
        sizes[entry.id] = next;
        card.dataset.size = next;
        box.height = card.getBoundingClientRect().height;
        next = smaller(next);
      }
      if (box.height > tallest) {
        const text = card.firstElementChild as HTMLElement;
        const line = parseFloat(getComputedStyle(text).lineHeight) || rem();
        box.clamp = { chrome: box.height - text.getBoundingClientRect().height, line };
      }
    });
  }
  const placed = paged
    ? paginate(boxes, columns, height, gap, tallest)
    : { pages: [[entries.map((_, i) => i)]], lines: new Map<number, number>() };
  const clamps: Record<number, number> = {};
  for (const [i, lines] of placed.lines) clamps[entries[i]!.id] = lines;
  const pages = placed.pages;
  return {
    columns,
    pages: pages.map((page) => page.map((column) => column.map((i) => entries[i]!.id))),
    sizes,
    clamps,
  };
}

/** New entries for the polite announcement, at most one a second. */
function useAnnouncement(entries: readonly Entry[], live: boolean): string {
  const [said, setSaid] = useState('');
  const seen = useRef<Set<number> | null>(null);
  const waiting = useRef<Entry[]>([]);
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const say = () => {
    timer.current = null;
    const fresh = waiting.current.sort((a, b) => b.id - a.id);
    waiting.current = [];
    if (fresh.length === 0) return;
    last.current = Date.now();
    setSaid(
      fresh.length === 1
        ? t('present.wall.newAnswer', { text: fresh[0]!.text })
        : t('present.wall.newAnswers', { count: fresh.length, text: fresh[0]!.text }),
    );
  };

  const ids = entries.map((e) => e.id).join();
  useDedupedEffect(() => {
    // What is there when the wall first shows is not news.
    if (seen.current === null) {
      seen.current = new Set(entries.map((e) => e.id));
      return;
    }
    const known = seen.current;
    const fresh = entries.filter((e) => !known.has(e.id));
    for (const entry of fresh) known.add(entry.id);
    if (!live || fresh.length === 0) return;
    waiting.current.push(...fresh);
    const wait = last.current + 1000 - Date.now();
    if (wait <= 0) say();
    else timer.current ??= setTimeout(say, wait);
  }, [ids, live]);
  useDedupedEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  return said;
}

export function Wall(props: {
  entries: readonly Entry[];
  live: boolean;
  caption: string;
  /** Shown instead of the wall while it has no answers. */
  empty: Child;
}) {
  const { entries } = props;
  const wall = useRef<HTMLDivElement>(null);
  const ruler = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<Layout | null>(null);
  const [box, setBox] = useState('');
  const [turns, setTurns] = useState(0);
  const said = useAnnouncement(entries, props.live);

  // When each entry first arrived: those there from the start do not rise in.
  const born = useRef<Map<number, number> | null>(null);
  const now = Date.now();
  if (born.current === null) born.current = new Map(entries.map((e) => [e.id, 0]));
  for (const entry of entries) if (!born.current.has(entry.id)) born.current.set(entry.id, now);

  const ids = entries.map((e) => e.id).join();
  useLayoutEffect(() => {
    if (!wall.current || !ruler.current) return;
    const next = measure(wall.current, ruler.current, entries);
    setLayout((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
  }, [ids, box]);

  useDedupedEffect(() => {
    const element = wall.current;
    if (!element) return;
    const observer = new ResizeObserver(() =>
      setBox(`${element.clientWidth}x${element.clientHeight}`),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const pages = layout?.pages ?? [];
  useDedupedEffect(() => {
    if (pages.length < 2) return;
    const timer = setInterval(() => setTurns((n) => n + 1), PAGE_MS);
    return () => clearInterval(timer);
  }, [pages.length]);

  const showing = entries.length > 0;
  // Only entries the latest results hold are drawn: a hidden one leaves at once.
  const byId = new Map(entries.map((e) => [e.id, e]));
  const index = pages.length > 0 ? turns % pages.length : 0;
  const page = pages[index] ?? [];

  return (
    <>
      <div class="text-wall-head">
        <p class="text-wall-head__count" data-testid="text-answers">
          {answersLabel(entries.length, TEXT_LIMITS.wallEntries)}
        </p>
        {pages.length > 1 && (
          <p class="text-wall-head__pager" aria-hidden="true" data-testid="wall-pager">
            {index + 1} / {pages.length}
          </p>
        )}
      </div>
      {!showing && props.empty}
      <div
        ref={wall}
        class="text-wall"
        aria-hidden="true"
        data-testid="text-wall"
        hidden={!showing}
        data-page={index + 1}
        data-pages={pages.length}
        style={`--columns: ${layout?.columns ?? 1}`}
      >
        <div class="text-wall__page" key={`page-${index}`}>
          {page.map((column, c) => (
            <div class="text-wall__column" key={c}>
              {column.map((id) => {
                const entry = byId.get(id);
                if (!entry) return null;
                return (
                  <Card
                    key={id}
                    entry={entry}
                    size={layout?.sizes[id] ?? cardSize(entry.text)}
                    clamp={layout?.clamps[id]}
                    fresh={now - (born.current?.get(id) ?? 0) < NEW_MS}
                  />
                );
              })}
            </div>
          ))}
        </div>
        <div ref={ruler} class="text-wall__ruler">
          {entries.map((entry) => (
            <Card key={entry.id} entry={entry} size={cardSize(entry.text)} />
          ))}
        </div>
      </div>
      <ol class="visually-hidden" aria-label={t('present.wall.list', { caption: props.caption })}>
        {entries.map((entry) => (
          <li key={entry.id}>{entry.text}</li>
        ))}
      </ol>
      <p class="visually-hidden" aria-live="polite" data-testid="text-announcement">
        {said}
      </p>
    </>
  );
}
