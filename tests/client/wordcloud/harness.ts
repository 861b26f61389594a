/**
 * The page side of the word cloud layout's browser tests: the real
 * StableCloud (client/src/kinds/wordcloud/layout.ts, d3-cloud inside) laying
 * out words in an area of a size the test sets, each layout drawn as the
 * presenter draws it (SVG text, centred, on its baseline) so that the test
 * measures the boxes a person would see. Bundled by Vite from the test (see
 * harness-page.ts).
 */
import {
  StableCloud,
  type CloudArea,
  type CloudLayout,
  type CloudSizes,
  type CloudWord,
} from '../../../client/src/kinds/wordcloud/layout.js';

export interface DrawnWord {
  key: string;
  text: string;
  size: number;
  /** The word's box on the page, in px. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Drawn {
  layout: CloudLayout;
  words: DrawnWord[];
  /** How long the layout took, and how many runs of d3-cloud it made. */
  ms: number;
  runs: number;
  /** Words given more than some shown, that the full cloud gave places first. */
  promoted: string[];
}

export interface Harness {
  /** A fresh cloud (places forgotten), or several, by name. */
  reset(name?: string): void;
  /** The words laid out by the named cloud in an area of this size, and drawn. */
  layout(words: CloudWord[], area: CloudArea, sizes?: Partial<CloudSizes>, name?: string): Drawn;
}

const clouds = new Map<string, StableCloud>();

const harness: Harness = {
  reset(name = 'cloud') {
    clouds.set(name, new StableCloud());
  },
  layout(words, area, sizes = {}, name = 'cloud') {
    const cloud = clouds.get(name) ?? new StableCloud();
    clouds.set(name, cloud);
    const family = getComputedStyle(document.body).fontFamily;
    const started = performance.now();
    const layout = cloud.layout(words, area, {
      min: 30,
      max: 144,
      floor: 20,
      padding: 5,
      family,
      weight: 700,
      ...sizes,
    });
    const ms = performance.now() - started;

    document.getElementById('cloud')?.remove();
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.id = 'cloud';
    svg.setAttribute('width', String(area.width));
    svg.setAttribute('height', String(area.height));
    svg.setAttribute(
      'viewBox',
      `${-area.width / 2} ${-area.height / 2} ${area.width} ${area.height}`,
    );
    svg.style.cssText = `position: absolute; left: 0; top: 0; font-family: ${family}`;
    for (const word of layout.words) {
      const text = document.createElementNS(ns, 'text');
      text.textContent = word.text;
      text.setAttribute('text-anchor', 'middle');
      text.dataset.key = word.key;
      text.style.cssText = `font-weight: 700; font-size: ${word.size}px; transform: translate(${word.x}px, ${word.y}px)`;
      svg.append(text);
    }
    document.body.append(svg);
    const drawn = [...svg.querySelectorAll('text')].map((text) => {
      const box = text.getBoundingClientRect();
      const word = layout.words.find((w) => w.key === text.dataset.key)!;
      return {
        key: word.key,
        text: word.text,
        size: word.size,
        left: box.left,
        top: box.top,
        right: box.right,
        bottom: box.bottom,
      };
    });
    return { layout, words: drawn, ms, runs: cloud.runs, promoted: cloud.promoted };
  },
};

(window as unknown as { harness: Harness }).harness = harness;
