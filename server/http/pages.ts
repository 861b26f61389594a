/**
 * Serves the built client: one HTML page per face of voxpop, and the hashed
 * assets Vite emits (cached for a year, since their names change with them).
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';
import { HttpError } from './errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export const PAGES = {
  '/': 'index.html',
  '/e/:code': 'vote.html',
  '/present/:code': 'present.html',
  '/host/:code': 'host.html',
} as const;

export function pageRoutes(clientDir: string) {
  const app = new Hono();
  const cache = new Map<string, Buffer>();

  async function file(relative: string): Promise<Buffer | null> {
    const cached = cache.get(relative);
    if (cached) return cached;
    const path = normalize(join(clientDir, relative));
    if (!path.startsWith(clientDir + sep)) return null;
    try {
      const content = await readFile(path);
      cache.set(relative, content);
      return content;
    } catch {
      return null;
    }
  }

  for (const [route, page] of Object.entries(PAGES)) {
    app.get(route, async (c) => {
      const html = await file(page);
      if (!html) {
        return c.text(
          'The voxpop client is not built yet: run `npm run build` (npm start does it for you).',
          503,
        );
      }
      c.header('Cache-Control', 'no-cache');
      return c.body(new Uint8Array(html), 200, { 'Content-Type': TYPES['.html']! });
    });
  }

  app.get('/favicon.svg', async (c) => {
    const icon = await file('favicon.svg');
    if (!icon) throw new HttpError('not_found');
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(new Uint8Array(icon), 200, { 'Content-Type': TYPES['.svg']! });
  });

  app.get('/assets/*', async (c) => {
    const relative = c.req.path.slice(1);
    const content = await file(relative);
    if (!content) throw new HttpError('not_found');
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(new Uint8Array(content), 200, {
      'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream',
    });
  });

  return app;
}
