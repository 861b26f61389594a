/**
 * A poll's results as a picture for slides: GET …/polls/:pollId/results.svg
 * and results.png. Whoever may read the results JSON may read the picture,
 * as the same role (readableResults); the query chooses its size, theme and
 * language, and anything else there is 422 `invalid_query`.
 */
import { Hono, type Context } from 'hono';
import type { Poll, Results } from '../../../shared/protocol.js';
import { canonicalTag } from '../../../shared/translations.js';
import { PngRenderer, RendererBusyError } from '../../images/render-png.js';
import { resultsSvg } from '../../images/results-svg.js';
import { IMAGE_THEMES, THEMES, type ImageThemeName } from '../../images/theme.js';
import { translated } from '../../images/translate.js';
import type { LiveEvent } from '../../service/index.js';
import type { AppDeps, AppEnv } from '../context.js';
import { HttpError } from '../errors.js';
import { readableResults } from './participation.js';

export const IMAGE_SIZE = {
  width: { min: 320, max: 3840, default: 1600 },
  height: { min: 180, max: 2160, default: 900 },
} as const;

interface ImageQuery {
  width: number;
  height: number;
  theme: ImageThemeName;
  /** A translation's tag; null: the poll's own text. */
  lang: string | null;
}

const invalid = (message: string) => new HttpError('invalid_query', message);

function dimension(raw: string | undefined, name: keyof typeof IMAGE_SIZE): number {
  const { min, max, default: fallback } = IMAGE_SIZE[name];
  if (raw === undefined) return fallback;
  const value = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min && value <= max))
    throw invalid(
      `${name} must be a whole number of pixels from ${min} to ${max} (got "${raw.slice(0, 20)}")`,
    );
  return value;
}

/** The picture's options from the query; the language is checked against the poll's translations. */
function readQuery(c: Context<AppEnv>, event: LiveEvent, poll: Poll): ImageQuery {
  const theme = c.req.query('theme') ?? 'light';
  if (!(IMAGE_THEMES as readonly string[]).includes(theme))
    throw invalid(`theme must be "light" or "dark" (got "${theme.slice(0, 20)}")`);
  return {
    width: dimension(c.req.query('width'), 'width'),
    height: dimension(c.req.query('height'), 'height'),
    theme: theme as ImageThemeName,
    lang: language(c.req.query('lang'), event, poll),
  };
}

/**
 * The translation `lang` names: one the poll has (its canonical tag), or
 * the event's own language, which is the original (null).
 */
function language(raw: string | undefined, event: LiveEvent, poll: Poll): string | null {
  if (raw === undefined) return null;
  const tag = canonicalTag(raw);
  if (tag === null)
    throw invalid(
      `lang must be a language tag such as "ka" or "pt-BR" (got "${raw.slice(0, 40)}")`,
    );
  if (tag === event.record.language) return null;
  const offered = Object.keys(poll.translations ?? {});
  if (!offered.includes(tag)) {
    const list = offered.length > 0 ? offered.join(', ') : 'none';
    throw invalid(
      `lang: this poll is not translated into ${tag} (its own language is ${event.record.language}; translations: ${list})`,
    );
  }
  return tag;
}

export function imageRoutes(deps: AppDeps) {
  const { voxpop } = deps;
  const app = new Hono<AppEnv>();
  const renderer = new PngRenderer();

  /** The SVG for this request, and the file name it is served under (without extension). */
  async function picture(c: Context<AppEnv>): Promise<{ svg: string; name: string }> {
    const { poll: live, role } = await readableResults(c, voxpop);
    const event = c.get('event');
    let poll: Poll = voxpop.views.poll(live, role);
    let results: Results = voxpop.views.results(live, role);
    const query = readQuery(c, event, poll);
    if (query.lang !== null)
      ({ poll, results } = translated(poll, results, poll.translations![query.lang]!));
    const svg = resultsSvg({
      poll,
      results,
      eventTitle: event.record.title,
      theme: THEMES[query.theme],
      width: query.width,
      height: query.height,
    });
    return { svg, name: `voxpop-${event.record.code}-poll-${live.record.id}` };
  }

  const headers = (c: Context<AppEnv>, type: string, filename: string) => {
    c.header('Content-Type', type);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Disposition', `inline; filename="${filename}"`);
    c.header('X-Content-Type-Options', 'nosniff');
  };

  app.get('/:pollId/results.svg', async (c) => {
    const { svg, name } = await picture(c);
    headers(c, 'image/svg+xml; charset=utf-8', `${name}.svg`);
    // Opened on its own, the picture runs nothing and loads nothing.
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    return c.body(svg);
  });

  app.get('/:pollId/results.png', async (c) => {
    const { svg, name } = await picture(c);
    const png = await renderer.render(svg).catch((error: unknown) => {
      if (error instanceof RendererBusyError)
        throw new HttpError('images_busy', undefined, { 'Retry-After': '1' });
      throw error;
    });
    headers(c, 'image/png', `${name}.png`);
    return c.body(new Uint8Array(png));
  });

  return app;
}
