/**
 * The results picture as SVG text, kind by kind, without a server: what it
 * says (question, figures, who answered), what it must never say (hidden
 * words and entries, a quiz's key before the close), escaping, wrapping,
 * sizes and themes; a few are drawn with resvg and looked at as pixels.
 */
import { describe, expect, test } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import type { Poll, Results } from '../../../shared/protocol.js';
import { resultsSvg, type ResultsPicture } from '../../../server/images/results-svg.js';
import { PngRenderer, RendererBusyError } from '../../../server/images/render-png.js';
import { THEMES } from '../../../server/images/theme.js';
import { textWidth } from '../../../server/images/text-measure.js';
import { translated } from '../../../server/images/translate.js';
import { decodePng, middleRow, paintedInMargin, spanOf } from './pixels.js';

const AT = '2026-12-06T10:00:00.000Z';
const common = { showResults: true, allowChange: true, createdAt: AT };

function choicePoll(question: string, labels: string[], kind: 'single' | 'multiple' = 'single') {
  return {
    ...common,
    id: 1,
    kind,
    question,
    state: 'open',
    options: labels.map((label, i) => ({ id: i + 1, label })),
    maxChoices: kind === 'single' ? 1 : labels.length,
  } as Poll;
}

function choiceResults(counts: number[], percents: number[], total: number): Results {
  return {
    pollId: 1,
    kind: 'single',
    state: 'open',
    total,
    options: counts.map((count, i) => ({
      id: i + 1,
      label: `Option ${i + 1}`,
      count,
      percent: percents[i]!,
    })),
  } as Results;
}

function svgOf(picture: Partial<ResultsPicture> & Pick<ResultsPicture, 'poll' | 'results'>) {
  return resultsSvg({
    eventTitle: 'Peace forum',
    theme: THEMES.light,
    width: 1600,
    height: 900,
    ...picture,
  });
}

/** The text content of every <text>, tags of tspans removed, entities read back. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\u00a0/g, ' '),
  );
}

/** Widths of the rects painted in `fill`, in order. */
const rectWidths = (svg: string, fill: string) =>
  [...svg.matchAll(new RegExp(`<rect [^>]*width="([\\d.]+)"[^>]*fill="${fill}"`, 'g'))].map((m) =>
    Number(m[1]),
  );

const renderer = new PngRenderer({ cacheMs: 0 });
const draw = async (svg: string) => decodePng(await renderer.render(svg));

describe('choice', () => {
  const poll = choicePoll('Can the EU make a difference?', ['Yes', 'No', 'Not sure']);
  const results = choiceResults([3, 1, 0], [75, 25, 0], 4);

  test('the question, each option with its percent and count, the voters, the footer', () => {
    const all = texts(svgOf({ poll, results }));
    expect(all).toContain('Can the EU make a difference?');
    for (const label of ['Yes', 'No', 'Not sure']) expect(all).toContain(label);
    expect(all).toContain('75% · 3');
    expect(all).toContain('25% · 1');
    expect(all).toContain('0% · 0');
    expect(all).toContain('4 voters · Single choice');
    expect(all).toContain('Peace forum');
    expect(all).toContain('voxpop');
  });

  test('bar lengths are the percents of one track: 75% is three times 25%, 0% draws no bar', () => {
    const svg = svgOf({ poll, results });
    const [track] = rectWidths(svg, THEMES.light.track);
    const [yes] = rectWidths(svg, THEMES.light.bars[0]!);
    const [no] = rectWidths(svg, THEMES.light.bars[1]!);
    expect(yes! / track!).toBeCloseTo(0.75, 2);
    expect(no! / track!).toBeCloseTo(0.25, 2);
    expect(rectWidths(svg, THEMES.light.bars[2]!)).toEqual([]);
  });

  test('drawn, the bars measure as the percents, in the theme colours', async () => {
    for (const theme of [THEMES.light, THEMES.dark]) {
      const picture = await draw(svgOf({ poll, results, theme }));
      expect([picture.width, picture.height]).toEqual([1600, 900]);
      expect(picture.at(3, 3)).toBe(theme.background);
      const yes = spanOf(picture, middleRow(picture, theme.bars[0]!), theme.bars[0]!);
      const no = spanOf(picture, middleRow(picture, theme.bars[1]!), theme.bars[1]!);
      expect(Math.abs(yes.length - 3 * no.length)).toBeLessThanOrEqual(4);
      expect(yes.first).toBe(no.first);
    }
  });

  test('no answers: a clear "No answers yet" and no bars', () => {
    const svg = svgOf({ poll, results: choiceResults([0, 0, 0], [0, 0, 0], 0) });
    expect(texts(svg)).toContain('No answers yet');
    expect(texts(svg)).toContain('0 voters · Single choice');
    expect(rectWidths(svg, THEMES.light.bars[0]!)).toEqual([]);
  });

  test('one voter is "1 voter"', () => {
    const svg = svgOf({ poll, results: choiceResults([1, 0, 0], [100, 0, 0], 1) });
    expect(texts(svg)).toContain('1 voter · Single choice');
  });
});

describe('escaping', () => {
  const hostile = `<script>alert("x")</script> & 'quoted' "too"`;
  const scripts = [
    'שלום עולם',
    'مرحبا',
    'Мир и диалог',
    'მშვიდობა',
    'Խաղաղություն',
    'Peace 🕊️ now',
  ];

  test('user texts are escaped and the SVG stays well-formed XML', () => {
    const poll = choicePoll(hostile, [hostile, ...scripts]);
    const results = choiceResults([1, 1, 1, 1, 1, 1, 1], [14, 14, 14, 14, 14, 15, 15], 7);
    const svg = svgOf({ poll, results, eventTitle: `${hostile} & co` });
    expect(svg).not.toContain('<script');
    expect(svg).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quoted&apos;',
    );
    expect(() => new Resvg(svg)).not.toThrow();
    const all = texts(svg);
    for (const text of scripts) expect(all).toContain(text);
    expect(all.some((t) => t.startsWith('<script>alert("x")'))).toBe(true);
  });

  test('characters XML cannot carry are dropped, not passed on', () => {
    const poll = choicePoll('Bell\u0007 and form feed\u000c?', ['A', 'B']);
    const svg = svgOf({ poll, results: choiceResults([1, 0], [100, 0], 1) });
    expect(svg).toContain('Bell and form feed?');
    expect(() => new Resvg(svg)).not.toThrow();
  });
});

describe('wrapping and sizes', () => {
  const long =
    'What would it take, in your own experience of the last ten years, for the communities on both sides of the line to trust one another enough to trade, travel and study together again without fear?';
  const questionLines = (svg: string) =>
    [
      ...svg.matchAll(
        /<text [^>]*font-size="([\d.]+)" font-weight="700" fill="[^"]+">([^<]*)<\/text>/g,
      ),
    ]
      .filter((m) => Number(m[1]) === 50)
      .map((m) => m[2]!);

  test('a long question wraps onto at most three lines, the last ending in an ellipsis', () => {
    const poll = choicePoll(long, ['Yes', 'No']);
    const svg = svgOf({ poll, results: choiceResults([1, 1], [50, 50], 2) });
    const lines = questionLines(svg);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 50, true)).toBeLessThanOrEqual(1600 - 128);
  });

  test('a word longer than a line is broken, not left to run off', () => {
    const poll = choicePoll('W'.repeat(120), ['Yes', 'No']);
    const lines = questionLines(svgOf({ poll, results: choiceResults([1, 1], [50, 50], 2) }));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 50, true)).toBeLessThanOrEqual(1600 - 128);
  });

  test.each([
    [640, 360],
    [3840, 2160],
    [320, 2160],
    [3840, 180],
  ])('at %ix%i nothing is drawn in the outer margin, whatever the texts', async (width, height) => {
    const labels = Array.from(
      { length: 20 },
      (_, i) => `${'Mmmm '.repeat(8)}option number ${i + 1}`,
    );
    const poll = choicePoll(long + ' ' + 'W'.repeat(60), labels);
    const counts = labels.map((_, i) => 1000 + i);
    const percents = labels.map((_, i) => (i < 20 ? 5 : 0));
    const svg = svgOf({
      poll,
      results: choiceResults(counts, percents, 99999),
      eventTitle: 'An event with a very long title '.repeat(6),
      width,
      height,
    });
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
    const picture = await draw(svg);
    expect([picture.width, picture.height]).toEqual([width, height]);
    expect(paintedInMargin(picture, THEMES.light.background)).toBe(0);
  });
});

describe('quiz', () => {
  const poll = {
    ...common,
    id: 1,
    kind: 'quiz',
    question: 'Which river is the longest?',
    state: 'closed',
    options: [
      { id: 1, label: 'Kura' },
      { id: 2, label: 'Aras' },
    ],
    timeLimit: 20,
    points: 1000,
  } as Poll;

  test('before the close (not the host): how many answered, never the key or the counts', () => {
    const results = { pollId: 1, kind: 'quiz', state: 'open', total: 7 } as Results;
    const svg = svgOf({ poll: { ...poll, state: 'open' } as Poll, results });
    const all = texts(svg);
    expect(all).toContain('7 players · Quiz');
    expect(all).toContain('The answers are shown when the question closes');
    expect(svg).not.toContain('Correct');
    expect(svg).not.toContain('Kura');
    expect(svg).not.toContain('%');
  });

  test('once visible: bars, and ✓ Correct on the correct option only', () => {
    const results = {
      pollId: 1,
      kind: 'quiz',
      state: 'closed',
      total: 4,
      options: [
        { id: 1, label: 'Kura', count: 3, percent: 75, correct: true },
        { id: 2, label: 'Aras', count: 1, percent: 25, correct: false },
      ],
    } as Results;
    const all = texts(svgOf({ poll, results }));
    expect(all).toContain('75% · 3  ✓ Correct');
    expect(all).toContain('25% · 1');
    expect(all.filter((t) => t.includes('Correct'))).toHaveLength(1);
  });
});

describe('the other kinds', () => {
  test('rating: the average, the median and every value with its percent and count', () => {
    const poll = {
      ...common,
      id: 1,
      kind: 'rating',
      question: 'How useful?',
      state: 'open',
      max: 5,
      labels: { min: 'Not at all', max: 'Very' },
    } as Poll;
    const results = {
      pollId: 1,
      kind: 'rating',
      state: 'open',
      total: 4,
      distribution: [
        { value: 1, count: 0, percent: 0 },
        { value: 2, count: 0, percent: 0 },
        { value: 3, count: 1, percent: 25 },
        { value: 4, count: 2, percent: 50 },
        { value: 5, count: 1, percent: 25 },
      ],
      average: 4,
      median: 4,
    } as Results;
    const all = texts(svgOf({ poll, results }));
    expect(all).toContain('4.0 / 5');
    expect(all).toContain('Median 4');
    expect(all).toContain('1 ★ · Not at all');
    expect(all).toContain('5 ★ · Very');
    expect(all).toContain('50% · 2');
    expect(all).toContain('4 voters · Rating');
  });

  test('ranking: the standings by rank, with points', () => {
    const poll = {
      ...common,
      id: 1,
      kind: 'ranking',
      question: 'Order these',
      state: 'open',
      options: [
        { id: 1, label: 'Trade' },
        { id: 2, label: 'Water' },
      ],
    } as Poll;
    const results = {
      pollId: 1,
      kind: 'ranking',
      state: 'open',
      total: 3,
      options: [
        { id: 1, label: 'Trade', points: 1, rank: 2, averagePosition: 1.67 },
        { id: 2, label: 'Water', points: 2, rank: 1, averagePosition: 1.33 },
      ],
    } as Results;
    const all = texts(svgOf({ poll, results }));
    expect(all.indexOf('1. Water')).toBeLessThan(all.indexOf('2. Trade'));
    expect(all).toContain('2 points · average position 1.3');
    expect(all).toContain('1 point · average position 1.7');
  });

  test('word cloud: the top 20 words anyone may see, as shares of participants', () => {
    const words = Array.from({ length: 25 }, (_, i) => ({ text: `word${i}`, count: 30 - i }));
    const results = {
      pollId: 1,
      kind: 'wordcloud',
      state: 'open',
      total: 40,
      words: [
        { text: 'rudeword', count: 99, flagged: true },
        { text: 'hiddenword', count: 98, hidden: true },
        ...words,
      ],
    } as Results;
    const poll = {
      ...common,
      id: 1,
      kind: 'wordcloud',
      question: 'One word?',
      state: 'open',
      maxWords: 3,
      filterProfanity: true,
    } as Poll;
    const svg = svgOf({ poll, results });
    const all = texts(svg);
    expect(svg).not.toContain('rudeword');
    expect(svg).not.toContain('hiddenword');
    expect(all).toContain('word0');
    expect(all).toContain('word19');
    expect(all).not.toContain('word20');
    // 30 of 40 participants: the multiple-choice share, 75%.
    expect(all).toContain('75% · 30');
    expect(all).toContain('40 participants · Word cloud');
  });

  test('open text: visible entries only, the same answer listed once with its count', () => {
    const entry = (id: number, text: string, status?: string) => ({ id, text, at: AT, status });
    const results = {
      pollId: 1,
      kind: 'text',
      state: 'open',
      total: 5,
      entries: [
        entry(5, 'More dialogue', 'visible'),
        entry(4, 'a secret', 'hidden'),
        entry(3, 'not yet', 'pending'),
        entry(2, 'more  dialogue', 'visible'),
        entry(1, 'Shared schools', 'visible'),
      ],
    } as Results;
    const poll = {
      ...common,
      id: 1,
      kind: 'text',
      question: 'Ideas?',
      state: 'open',
      maxLength: 280,
      moderation: 'post',
    } as Poll;
    const svg = svgOf({ poll, results });
    const all = texts(svg);
    expect(svg).not.toContain('a secret');
    expect(svg).not.toContain('not yet');
    expect(all).toContain('More dialogue');
    expect(all).toContain('× 2');
    expect(all).toContain('Shared schools');
  });

  test('Q&A: visible and answered questions by upvotes, pending and hidden never', () => {
    const q = (id: number, text: string, upvotes: number, status: string) => ({
      id,
      text,
      upvotes,
      status,
      highlighted: false,
      askedAt: AT,
    });
    const results = {
      pollId: 1,
      kind: 'qa',
      state: 'open',
      total: 4,
      questions: [
        q(1, 'Waiting question', 0, 'pending'),
        q(2, 'Popular question', 9, 'visible'),
        q(3, 'Hidden question', 50, 'hidden'),
        q(4, 'Done question', 3, 'answered'),
      ],
      counts: { pending: 1, visible: 1, hidden: 1, answered: 1 },
    } as Results;
    const poll = {
      ...common,
      id: 1,
      kind: 'qa',
      question: 'Questions for the panel',
      state: 'open',
      moderation: 'post',
    } as Poll;
    const svg = svgOf({ poll, results });
    const all = texts(svg);
    expect(svg).not.toContain('Waiting question');
    expect(svg).not.toContain('Hidden question');
    expect(all.indexOf('Popular question')).toBeLessThan(all.indexOf('Done question'));
    expect(all).toContain('▲ 9');
    expect(all).toContain('answered');
    expect(all).toContain('2 questions · Q&A');
  });
});

describe('a translation', () => {
  test('replaces the question and option labels, matched by option id', () => {
    const poll = choicePoll('Can the EU help?', ['Yes', 'No']);
    const results = choiceResults([2, 1], [67, 33], 3);
    const read = translated(poll, results, { question: 'შეუძლია?', options: ['დიახ', 'არა'] });
    const all = texts(svgOf(read));
    expect(all).toContain('შეუძლია?');
    expect(all).toContain('დიახ');
    expect(all).toContain('არა');
    expect(all).not.toContain('Yes');
  });
});

describe('the PNG renderer', () => {
  const svg = (n: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180"><rect width="${n}" height="10" fill="#000"/></svg>`;

  test('one picture asked for twice is drawn once', async () => {
    const once = new PngRenderer();
    const [a, b] = await Promise.all([once.render(svg(1)), once.render(svg(1))]);
    expect(a).toBe(b);
    expect(await once.render(svg(1))).toBe(a);
  });

  test('past the queue, a request is refused with images_busy, not held', async () => {
    const tight = new PngRenderer({ concurrency: 1, queue: 1 });
    const outcomes = await Promise.allSettled([1, 2, 3].map((n) => tight.render(svg(n))));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(RendererBusyError);
  });
});
