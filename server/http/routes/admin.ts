/**
 * Operator endpoints, for this machine only (see local-only.ts). The online
 * backup: SQLite's backup API on the server's own writing connection, so the
 * copy includes every commit up to its end while votes keep being served.
 * The server writes only to a temporary file it names itself, in the
 * database's folder, and streams it back; the file is unlinked as soon as it
 * is open, so nothing is left behind even if the client goes away.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../context.js';
import { localOnly } from '../middleware/local-only.js';
import { HttpError } from '../errors.js';

export function adminRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.post('/backup', localOnly(deps.adminToken), async (c) => {
    const file = join(deps.backupDir, `.voxpop-backup-${randomBytes(8).toString('hex')}.tmp`);
    const started = performance.now();
    const backup = deps.voxpop.backup;
    if (!backup) throw new HttpError('not_found', 'this store makes no online backup');
    try {
      await backup(file);
    } catch (error) {
      await rm(file, { force: true });
      throw error;
    }
    const milliseconds = Math.round(performance.now() - started);
    const handle = await open(file, 'r');
    await rm(file);
    const { size } = await handle.stat();
    const body = Readable.toWeb(createReadStream('', { fd: handle })) as ReadableStream<Uint8Array>;
    return c.body(body, 200, {
      'Content-Type': 'application/vnd.sqlite3',
      'Content-Length': String(size),
      'Content-Disposition': 'attachment; filename="voxpop-backup.db"',
      'Cache-Control': 'no-store',
      'X-Voxpop-Backup-Ms': String(milliseconds),
    });
  });

  return app;
}
