/**
 * A poll's results as an SVG picture for a slide: the question, the kind's
 * chart with each figure written out, how many answered, and a footer with
 * the event's title. Pure: the same results, size and theme give the same
 * text, which is what the PNG cache keys on (render-png.ts).
 *
 * Everything is laid out in units of the 1600x900 design (`u`), so the
 * picture scales to any size the route allows; every text is measured
 * (text-measure.ts) and cut short to its box, so nothing runs off the
 * canvas. The percentages are the server's own (the results' `percent`,
 * or the shared multiple-choice rule for words), never computed twice.
 */
import type { Poll, PollOf, Results, ResultsOf } from '../../shared/protocol.js';
import { shareOfVotersPercents } from '../../shared/kinds/choice.js';
import { barColour, type ImageTheme } from './theme.js';
import { ellipsize, textWidth, wrapText } from './text-measure.js';

/** The one font the PNG is drawn with (render-png.ts loads it); viewers of the SVG fall back. */
export const FONT_FAMILY = 'DejaVu Sans';

export interface ResultsPicture {
  /** The poll as the caller sees it, in the language asked for. */
  poll: Poll;
  /** Its results as the caller sees them, labelled like `poll`. */
  results: Results;
  eventTitle: string;
  theme: ImageTheme;
  width: number;
  height: number;
}

/** Words the picture shows as many as fit of. */
const MAX_WORDS = 20;
const QUESTION_LINES = 3;

const KIND_NAMES: Record<Results['kind'], string> = {
  single: 'Single choice',
  multiple: 'Multiple choice',
  rating: 'Rating',
  ranking: 'Ranking',
  wordcloud: 'Word cloud',
  text: 'Open text',
  qa: 'Q&A',
  quiz: 'Quiz',
};

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A row of a bar chart: its label, the bar's length (0–100) and the figures written past it. */
interface BarRow {
  label: string;
  length: number;
  value: string;
  detail: string;
  colour: string;
  /** A quiz's correct option: "✓ Correct" after the figures. */
  correct?: boolean;
}

/** A listed text (open text, Q&A): the text, and its count where it has one. */
interface ListRow {
  text: string;
  count: string | null;
  note: string | null;
  colour: string;
}

const NUMBER = new Intl.NumberFormat('en');
const num = (n: number) => NUMBER.format(n);
const plural = (n: number, one: string, many: string) => `${num(n)} ${n === 1 ? one : many}`;
const r = (n: number) => Math.round(n * 10) / 10;

/** XML text: markup characters escaped, characters XML 1.0 cannot carry dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface TextStyle {
  size: number;
  fill: string;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
}

function text(x: number, y: number, content: string, style: TextStyle): string {
  const weight = style.bold ? ' font-weight="700"' : '';
  const anchor = style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
  return `<text x="${r(x)}" y="${r(y)}" font-size="${r(style.size)}"${weight}${anchor} fill="${style.fill}">${escapeXml(content)}</text>`;
}

function rect(box: Box, fill: string, radius = 0): string {
  const rx = radius > 0 ? ` rx="${r(radius)}"` : '';
  return `<rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.w)}" height="${r(box.h)}"${rx} fill="${fill}"/>`;
}

export function resultsSvg(picture: ResultsPicture): string {
  const { width: W, height: H, theme, results } = picture;
  const u = Math.min(W / 1600, H / 900);
  // Margins follow each side, so a picture far from 16:9 keeps its edges clear too.
  const padX = W * 0.04;
  const padY = H * 0.07;
  const contentW = W - 2 * padX;
  const parts: string[] = [rect({ x: 0, y: 0, w: W, h: H }, theme.background)];

  // The question, up to three lines.
  const questionSize = 50 * u;
  const lines = wrapText(picture.poll.question, contentW, questionSize, {
    bold: true,
    maxLines: QUESTION_LINES,
  });
  let y = padY + questionSize * 0.95;
  for (const line of lines) {
    parts.push(text(padX, y, line, { size: questionSize, fill: theme.text, bold: true }));
    y += questionSize * 1.22;
  }
  const metaSize = 26 * u;
  const metaY = y - questionSize * 1.22 + questionSize * 0.3 + metaSize * 1.6;
  const meta = `${answeredText(results)} · ${KIND_NAMES[results.kind]}`;
  parts.push(
    text(padX, metaY, ellipsize(meta, contentW, metaSize), { size: metaSize, fill: theme.muted }),
  );

  // The footer: the event, and whose picture it is.
  const footerSize = 22 * u;
  const footerY = H - padY * 0.6;
  const brand = 'voxpop';
  const brandW = textWidth(brand, footerSize, true);
  parts.push(
    text(padX, footerY, ellipsize(picture.eventTitle, contentW - brandW - 32 * u, footerSize), {
      size: footerSize,
      fill: theme.muted,
    }),
    text(W - padX, footerY, brand, {
      size: footerSize,
      fill: theme.muted,
      bold: true,
      anchor: 'end',
    }),
  );

  const top = metaY + 40 * u;
  const body: Box = { x: padX, y: top, w: contentW, h: footerY - footerSize - 28 * u - top };
  parts.push(kindBody(picture, body, u));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT_FAMILY}, sans-serif">`,
    `<title>${escapeXml(picture.poll.question)}</title>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** "312 voters", or the kind's own word for who answered. */
function answeredText(results: Results): string {
  switch (results.kind) {
    case 'wordcloud':
      return plural(results.total, 'participant', 'participants');
    case 'text':
      return plural(results.total, 'answer', 'answers');
    case 'qa':
      return plural(visibleQuestions(results).length, 'question', 'questions');
    case 'quiz':
      return plural(results.total, 'player', 'players');
    default:
      return plural(results.total, 'voter', 'voters');
  }
}

function kindBody(picture: ResultsPicture, box: Box, u: number): string {
  const { results, theme } = picture;
  const empty = (message: string) => centred(message, box, u, theme);
  switch (results.kind) {
    case 'single':
    case 'multiple': {
      if (results.total === 0) return empty('No answers yet');
      return barChart(choiceRows(picture.poll as PollOf<'single'>, results, theme), box, u, theme);
    }
    case 'quiz': {
      if (results.total === 0) return empty('No answers yet');
      // Before the close nobody but the host sees the counts or the key.
      if (!results.options) return empty('The answers are shown when the question closes');
      return barChart(quizRows(results.options, theme), box, u, theme);
    }
    case 'rating':
      if (results.total === 0) return empty('No answers yet');
      return ratingBody(picture.poll as PollOf<'rating'>, results, box, u, theme);
    case 'ranking':
      if (results.total === 0) return empty('No answers yet');
      return barChart(
        rankingRows(picture.poll as PollOf<'ranking'>, results, theme),
        box,
        u,
        theme,
      );
    case 'wordcloud': {
      const rows = wordRows(results, theme);
      if (rows.length === 0)
        return empty(results.total === 0 ? 'No answers yet' : 'No words to show yet');
      return columns(rows, box, u, theme);
    }
    case 'text': {
      const rows = entryRows(results, theme);
      if (rows.length === 0)
        return empty(results.total === 0 ? 'No answers yet' : 'No answers to show yet');
      return list(rows, box, u, theme);
    }
    case 'qa': {
      const rows = visibleQuestions(results).map((q, i) => ({
        text: q.text,
        count: `▲ ${num(q.upvotes)}`,
        note: q.status === 'answered' ? 'answered' : null,
        colour: barColour(theme, i),
      }));
      if (rows.length === 0) return empty('No questions yet');
      return list(rows, box, u, theme);
    }
  }
}

function choiceRows(
  poll: Pick<PollOf<'single'>, 'options'>,
  results: ResultsOf<'single'> | ResultsOf<'multiple'>,
  theme: ImageTheme,
): BarRow[] {
  const byId = new Map(results.options.map((o) => [o.id, o]));
  return poll.options.map((option, i) => {
    const result = byId.get(option.id);
    return {
      label: option.label,
      length: result?.percent ?? 0,
      value: `${result?.percent ?? 0}%`,
      detail: num(result?.count ?? 0),
      colour: barColour(theme, i),
    };
  });
}

function quizRows(options: NonNullable<ResultsOf<'quiz'>['options']>, theme: ImageTheme): BarRow[] {
  return options.map((option) => ({
    label: option.label,
    length: option.percent,
    value: `${option.percent}%`,
    detail: num(option.count),
    colour: option.correct ? theme.success : theme.muted,
    correct: option.correct,
  }));
}

/** The standings by Borda points, each bar scaled to the top score, as the presenter shows them. */
function rankingRows(
  poll: PollOf<'ranking'>,
  results: ResultsOf<'ranking'>,
  theme: ImageTheme,
): BarRow[] {
  const order = new Map(poll.options.map((o, i) => [o.id, i]));
  const top = Math.max(0, ...results.options.map((o) => o.points));
  return [...results.options]
    .sort((a, b) => a.rank - b.rank || order.get(a.id)! - order.get(b.id)!)
    .map((option) => ({
      label: `${option.rank}. ${option.label}`,
      length: top === 0 ? 0 : (option.points / top) * 100,
      value: plural(option.points, 'point', 'points'),
      detail:
        option.averagePosition === null
          ? ''
          : `average position ${option.averagePosition.toFixed(1)}`,
      colour: barColour(theme, order.get(option.id) ?? 0),
    }));
}

/** The most given words anyone may see, each as a share of participants (multiple choice's rule). */
function wordRows(results: ResultsOf<'wordcloud'>, theme: ImageTheme): BarRow[] {
  const words = results.words.filter((w) => !w.flagged && !w.hidden).slice(0, MAX_WORDS);
  const shares = shareOfVotersPercents(
    words.map((w) => w.count),
    results.total,
  );
  return words.map((word, i) => ({
    label: word.text,
    length: shares[i]!,
    value: `${shares[i]}%`,
    detail: num(word.count),
    colour: barColour(theme, i),
  }));
}

/**
 * Open text's visible entries, the same text given by several people listed
 * once with how many gave it, most given first (newest first among equals).
 */
function entryRows(results: ResultsOf<'text'>, theme: ImageTheme): ListRow[] {
  const groups = new Map<string, { text: string; count: number; first: number }>();
  results.entries.forEach((entry, i) => {
    if (entry.status !== undefined && entry.status !== 'visible') return;
    const key = entry.text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { text: entry.text, count: 1, first: i });
  });
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map((group, i) => ({
      text: group.text,
      count: group.count > 1 ? `× ${num(group.count)}` : null,
      note: null,
      colour: barColour(theme, i),
    }));
}

/** The questions everyone may see, in the results' order (upvotes, answered ones last). */
function visibleQuestions(results: ResultsOf<'qa'>) {
  return results.questions.filter((q) => q.status === 'visible' || q.status === 'answered');
}

function centred(message: string, box: Box, u: number, theme: ImageTheme): string {
  const size = 44 * u;
  return text(box.x + box.w / 2, box.y + box.h / 2, ellipsize(message, box.w, size), {
    size,
    fill: theme.muted,
    anchor: 'middle',
  });
}

/**
 * Horizontal bars on full-length tracks, the figures just past each bar's
 * end ("75% · 3"), as the presenter draws them. With room, each label sits
 * above its bar; when rows are tight, beside it.
 */
function barChart(rows: BarRow[], box: Box, u: number, theme: ImageTheme): string {
  if (rows.length === 0) return '';
  const rowH = Math.min(box.h / rows.length, 160 * u);
  const stacked = rowH >= 72 * u;
  const labelSize = stacked ? Math.min(32 * u, rowH * 0.3) : Math.min(28 * u, rowH * 0.5);
  const barH = stacked ? Math.min(44 * u, rowH * 0.36) : rowH * 0.6;
  const valueSize = Math.min(labelSize * 1.05, barH * 0.95);
  const detailSize = valueSize * 0.85;
  const gap = 12 * u;
  const labelColumn = stacked ? 0 : box.w * 0.3;
  const figures = (row: BarRow) => ({
    value: row.value,
    // No-break spaces: a space at the start of a tspan is dropped when drawn.
    detail: row.detail ? `\u00a0·\u00a0${row.detail}` : '',
    correct: row.correct ? '\u00a0\u00a0✓\u00a0Correct' : '',
  });
  const figuresWidth = (row: BarRow) => {
    const f = figures(row);
    return (
      textWidth(f.value, valueSize, true) +
      textWidth(f.detail, detailSize) +
      textWidth(f.correct, detailSize, true)
    );
  };
  const reserve = gap + Math.max(...rows.map(figuresWidth));
  const trackX = box.x + labelColumn;
  const trackW = Math.max(box.w - labelColumn - reserve, box.w * 0.2);
  const radius = Math.min(barH / 4, 10 * u);
  const parts: string[] = [];
  rows.forEach((row, i) => {
    const rowTop = box.y + i * rowH;
    const block = stacked ? labelSize * 1.2 + gap * 0.6 + barH : barH;
    const barY = rowTop + (rowH - block) / 2 + (stacked ? labelSize * 1.2 + gap * 0.6 : 0);
    const middle = barY + barH / 2;
    if (stacked) {
      parts.push(
        text(
          box.x,
          barY - gap * 0.6 - labelSize * 0.25,
          ellipsize(row.label, box.w, labelSize, true),
          {
            size: labelSize,
            fill: theme.text,
            bold: true,
          },
        ),
      );
    } else {
      parts.push(
        text(
          box.x,
          middle + labelSize * 0.36,
          ellipsize(row.label, labelColumn - gap, labelSize, true),
          {
            size: labelSize,
            fill: theme.text,
            bold: true,
          },
        ),
      );
    }
    parts.push(rect({ x: trackX, y: barY, w: trackW, h: barH }, theme.track, radius));
    const length = (trackW * Math.min(100, Math.max(0, row.length))) / 100;
    if (length > 0)
      parts.push(
        rect({ x: trackX, y: barY, w: length, h: barH }, row.colour, Math.min(radius, length / 2)),
      );
    const f = figures(row);
    const detail = f.detail
      ? `<tspan font-size="${r(detailSize)}" font-weight="400" fill="${theme.muted}">${escapeXml(f.detail)}</tspan>`
      : '';
    const correct = f.correct
      ? `<tspan font-size="${r(detailSize)}" fill="${theme.success}">${escapeXml(f.correct)}</tspan>`
      : '';
    parts.push(
      `<text x="${r(trackX + length + gap)}" y="${r(middle + valueSize * 0.36)}" font-size="${r(valueSize)}" font-weight="700" fill="${theme.text}">${escapeXml(f.value)}${detail}${correct}</text>`,
    );
  });
  return parts.join('\n');
}

/** More than ten rows: two columns side by side, the first ten on the left. */
function columns(rows: BarRow[], box: Box, u: number, theme: ImageTheme): string {
  if (rows.length <= 10) return barChart(rows, box, u, theme);
  const gutter = 56 * u;
  const w = (box.w - gutter) / 2;
  const perColumn = Math.ceil(rows.length / 2);
  // The same row height in both columns, so their rows line up.
  const rowH = box.h / perColumn;
  const right = rows.slice(perColumn);
  return [
    barChart(rows.slice(0, perColumn), { ...box, w }, u, theme),
    barChart(right, { x: box.x + w + gutter, y: box.y, w, h: rowH * right.length }, u, theme),
  ].join('\n');
}

/** Rating: the average big on the left, the distribution's bars on the right. */
function ratingBody(
  poll: PollOf<'rating'>,
  results: ResultsOf<'rating'>,
  box: Box,
  u: number,
  theme: ImageTheme,
): string {
  const summaryW = box.w * 0.28;
  const averageSize = Math.min(140 * u, box.h * 0.4, summaryW / 2.2);
  const average = results.average === null ? '–' : results.average.toFixed(1);
  const of = `\u00a0/\u00a0${poll.max}`;
  const ofSize = averageSize * 0.4;
  const averageY = box.y + Math.min(box.h * 0.45, averageSize * 1.1);
  const labelSize = 26 * u;
  const parts = [
    `<text x="${r(box.x)}" y="${r(averageY)}" font-size="${r(averageSize)}" font-weight="700" fill="${theme.text}">${escapeXml(average)}<tspan font-size="${r(ofSize)}" font-weight="400" fill="${theme.muted}">${escapeXml(of)}</tspan></text>`,
    text(box.x, averageY + labelSize * 1.8, 'Average', { size: labelSize, fill: theme.muted }),
    text(
      box.x,
      averageY + labelSize * 3.6,
      `Median ${results.median === null ? '–' : String(results.median)}`,
      { size: labelSize * 1.15, fill: theme.text, bold: true },
    ),
  ];
  const stars = poll.max === 5;
  const rows: BarRow[] = results.distribution.map((d, i) => {
    const word =
      d.value === 1 ? poll.labels?.min : d.value === poll.max ? poll.labels?.max : undefined;
    const value = stars ? `${d.value} ★` : String(d.value);
    return {
      label: word ? `${value} · ${word}` : value,
      length: d.percent,
      value: `${d.percent}%`,
      detail: num(d.count),
      colour: barColour(theme, i),
    };
  });
  const gutter = 48 * u;
  parts.push(
    barChart(
      rows,
      { x: box.x + summaryW + gutter, y: box.y, w: box.w - summaryW - gutter, h: box.h },
      u,
      theme,
    ),
  );
  return parts.join('\n');
}

/**
 * Texts in a column, each up to two lines beside a coloured mark, with its
 * count at the right; as many as fit, then how many more there are.
 */
function list(rows: ListRow[], box: Box, u: number, theme: ImageTheme): string {
  const size = 30 * u;
  const lineH = size * 1.25;
  const blockGap = 20 * u;
  const markW = 6 * u;
  const textX = box.x + markW + 22 * u;
  const countW = rows.some((row) => row.count) ? 150 * u : 0;
  const textW = box.x + box.w - countW - textX;
  const moreSize = 24 * u;
  const parts: string[] = [];
  let y = box.y;
  let shown = 0;
  for (const row of rows) {
    const lines = wrapText(row.text, textW, size, { maxLines: 2 });
    // A note goes under the count: the block takes two lines then.
    const blockH = Math.max(lines.length, row.note ? 2 : 1) * lineH;
    const left = rows.length - shown - 1;
    // Keep a line for "+ N more" unless this is the last row.
    const need = blockH + (left > 0 ? blockGap + moreSize * 1.4 : 0);
    if (y + need > box.y + box.h) break;
    parts.push(rect({ x: box.x, y, w: markW, h: blockH - size * 0.2 }, row.colour, markW / 2));
    lines.forEach((line, k) =>
      parts.push(text(textX, y + size * 0.9 + k * lineH, line, { size, fill: theme.text })),
    );
    if (row.count) {
      parts.push(
        text(box.x + box.w, y + size * 0.9, row.count, {
          size,
          fill: theme.text,
          bold: true,
          anchor: 'end',
        }),
      );
    }
    if (row.note) {
      parts.push(
        text(box.x + box.w, y + size * 0.9 + lineH * 0.9, row.note, {
          size: size * 0.7,
          fill: theme.muted,
          anchor: 'end',
        }),
      );
    }
    y += blockH + blockGap;
    shown++;
  }
  if (shown < rows.length) {
    parts.push(
      text(textX, y + moreSize * 0.9, `+ ${num(rows.length - shown)} more`, {
        size: moreSize,
        fill: theme.muted,
      }),
    );
  }
  return parts.join('\n');
}
