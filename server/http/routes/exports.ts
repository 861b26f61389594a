/** What leaves voxpop as files: every answer as CSV and JSON, and the QR code of the join link. */
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import QRCode from 'qrcode';
import type { AppDeps, AppEnv } from '../context.js';
import { csvRow } from '../csv.js';
import { requireHost } from '../middleware/event-access.js';
import { joinUrl } from '../../domain/wire.js';

/** v1's columns first, then v2's: the kind, and a score (empty for kinds without one). */
export const CSV_COLUMNS = [
  'poll_id',
  'question',
  'participant_id',
  'choices',
  'voted_at',
  'kind',
  'score',
] as const;

export function exportRoutes(deps: AppDeps) {
  const { voxpop } = deps;
  const app = new Hono<AppEnv>();
  const qrCache = new Map<string, string>();

  app.get('/export.csv', requireHost(), (c) => {
    const event = c.get('event');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="voxpop-${event.record.code}.csv"`);
    c.header('Cache-Control', 'no-store');
    return stream(c, async (out) => {
      await out.write(csvRow(CSV_COLUMNS));
      for await (const page of voxpop.exports.pages(event)) {
        let chunk = '';
        for (const answer of page) {
          chunk += csvRow([
            answer.pollId,
            answer.question,
            answer.participantId,
            answer.text,
            answer.votedAt,
            answer.kind,
            answer.score ?? '',
          ]);
        }
        await out.write(chunk);
      }
    });
  });

  app.get('/export.json', requireHost(), async (c) => {
    const event = c.get('event');
    c.header('Content-Disposition', `attachment; filename="voxpop-${event.record.code}.json"`);
    c.header('Cache-Control', 'no-store');
    return c.json(await voxpop.exports.json(event));
  });

  app.get('/qr.svg', async (c) => {
    const url = joinUrl(deps.publicUrl(), c.get('event').record.code);
    let svg = qrCache.get(url);
    if (!svg) {
      svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      qrCache.set(url, svg);
    }
    c.header('Content-Type', 'image/svg+xml');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(svg);
  });

  return app;
}
