/**
 * The word cloud on the presenter's screen: the words as SVG text, sized and
 * placed by layout.ts in the box the stage leaves it, in the page's type and
 * the theme's colours. A layout runs when what it shows changes (a word
 * arrives or leaves, its size step or spelling changes, the box is resized),
 * at most every LAYOUT_EVERY_MS; in between, counts move nothing. A word
 * that grows does so in place, gliding to its new size; a new word, or one
 * that had to move, fades in where it goes; a word that shrinks does so at
 * once. So a word's box is never outside the place its layout gave it, and
 * no two words overlap even mid-animation (with reduced motion, none).
 */
import { useEffect, useRef, useState } from 'hono/jsx/dom';
import { t } from '../../i18n/i18n.js';
import { useDedupedEffect } from '../../lib/deduped-effect.js';
import {
  StableCloud,
  stepOf,
  type CloudArea,
  type CloudLayout,
  type CloudSizes,
  type CloudWord,
  type PlacedWord,
} from './layout.js';

/** A burst of tallies (ten a second on a busy poll) makes at most a few layouts. */
const LAYOUT_EVERY_MS = 300;

/**
 * A crowded cloud leaves its least given words out. Past this many words a
 * line under it says how many (kept even when empty, so that it never
 * resizes the cloud); fewer all fit, but on a very small screen.
 */
const ROOMY = 30;

/** The root size the stylesheet scales with the viewport (24 px on a 1920x1080 projector). */
const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/**
 * Sizes for the back of the room: the top word 6 rem (144 px on a 1080 px
 * screen), the least given 1.5 rem (36 px), and, when many words crowd the
 * cloud, no smaller than 0.85 rem and never below 19 px (bold: large text,
 * for contrast's sake).
 */
function sizesOf(element: Element): CloudSizes {
  const r = rem();
  return {
    min: Math.round(r * 1.5),
    max: Math.round(r * 6),
    floor: Math.max(19, Math.round(r * 0.85)),
    padding: Math.max(2, Math.round(r * 0.2)),
    family: getComputedStyle(element).fontFamily,
    weight: 700,
  };
}

export function Cloud({ words, pollId }: { words: CloudWord[]; pollId: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [area, setArea] = useState<CloudArea | null>(null);
  const [shown, setShown] = useState<CloudLayout | null>(null);
  const kept = useRef({
    cloud: new StableCloud(),
    pollId,
    words,
    area,
    last: 0,
    timer: null as ReturnType<typeof setTimeout> | null,
    shown: null as CloudLayout | null,
    /** The layout before the one shown, by word: which words grew in place. */
    before: new Map<string, PlacedWord>(),
  });
  const state = kept.current;
  state.words = words;
  state.area = area;

  useDedupedEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      setArea((old) =>
        old && old.width === width && old.height === height ? old : { width, height },
      );
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      if (state.timer !== null) clearTimeout(state.timer);
    };
  }, []);

  // What a layout depends on; counts that keep every word's size step change nothing.
  const top = Math.max(0, ...words.map((w) => w.count));
  const signature = area
    ? `${pollId} ${area.width}x${area.height}\n${words
        .map((w) => `${w.key}\t${w.text}\t${stepOf(w.count, top)}`)
        .join('\n')}`
    : '';

  useEffect(() => {
    if (!signature) return;
    if (state.pollId !== pollId) {
      // Another poll in the same place on the stage: its words start afresh, at once.
      state.cloud.forget();
      state.pollId = pollId;
      state.shown = null;
      state.last = 0;
      if (state.timer !== null) clearTimeout(state.timer);
      state.timer = null;
    }
    const run = () => {
      state.timer = null;
      state.last = performance.now();
      if (!state.area || !box.current) return;
      const next = state.cloud.layout(state.words, state.area, sizesOf(box.current));
      state.before = new Map(state.shown?.words.map((w) => [w.key, w]));
      state.shown = next;
      setShown(next);
    };
    if (state.timer !== null) return; // the layout already due takes the latest words
    const wait = state.last + LAYOUT_EVERY_MS - performance.now();
    if (wait <= 0) run();
    else state.timer = setTimeout(run, wait);
  }, [signature]);

  const counts = new Map(words.map((w) => [w.key, w.count]));
  // Until its first layout, another poll's words are not this one's.
  const current = state.pollId === pollId ? shown : null;
  const placed = current ? [...current.words].sort((a, b) => a.order - b.order) : [];
  return (
    <div class="wordcloud-cloud">
      <div class="wordcloud-box" ref={box} data-testid="wordcloud">
        {area && (
          <svg
            class="wordcloud-svg"
            width={area.width}
            height={area.height}
            viewBox={`${-area.width / 2} ${-area.height / 2} ${area.width} ${area.height}`}
            aria-hidden="true"
            focusable="false"
          >
            {/* In the order first shown: a new word is added after the others, none is moved. */}
            {placed.map((word) => {
              const was = state.before.get(word.key);
              const grew = was && was.x === word.x && was.y === word.y && was.size < word.size;
              return (
                <text
                  // A word in a new place is a new element: it fades in there.
                  key={`${word.key} ${word.x} ${word.y}`}
                  class="wordcloud-word"
                  data-key={word.key}
                  data-count={counts.get(word.key) ?? word.count}
                  data-grow={grew ? '' : undefined}
                  text-anchor="middle"
                  style={`transform: translate(${word.x}px, ${word.y}px); font-size: ${word.size}px; fill: var(--bar-${(word.order % 8) + 1})`}
                >
                  {word.text}
                </text>
              );
            })}
          </svg>
        )}
      </div>
      {words.length > ROOMY && (
        <p class="wordcloud-more" data-testid="wordcloud-more">
          {current && current.left > 0 ? t('wordcloud.cloudMore', { count: current.left }) : ''}
        </p>
      )}
    </div>
  );
}
