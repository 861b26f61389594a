/**
 * npm run backup -- FILE [--url http://127.0.0.1:3000]
 *
 * An online backup of a running voxpop: asks the server (POST
 * /api/admin/backup, answered only on the same machine) for a copy taken
 * with SQLite's backup API on its own writing connection, so votes keep
 * being served while it runs and every vote acknowledged before it began is
 * in it. The copy is checked (PRAGMA integrity_check), made a self-contained
 * single file (journal_mode DELETE), and only then renamed onto FILE: FILE is
 * either the old file or a whole, checked backup, never half of one.
 *
 * The URL also comes from VOXPOP_URL, or PORT on 127.0.0.1; the admin token,
 * when the server has one, from VOXPOP_ADMIN_TOKEN.
 */
import { createWriteStream } from 'node:fs';
import { open, rm, rename, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';

class BackupError extends Error {}

const USAGE = 'usage: npm run backup -- FILE [--url http://127.0.0.1:3000]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) throw new BackupError(USAGE);
  const target = resolve(positionals[0]!);
  const port = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : undefined;
  const base = (values.url ?? process.env.VOXPOP_URL ?? port ?? 'http://127.0.0.1:3000').replace(
    /\/+$/,
    '',
  );
  const token = process.env.VOXPOP_ADMIN_TOKEN;

  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(`${base}/api/admin/backup`, {
      method: 'POST',
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
  } catch {
    throw new BackupError(`cannot reach voxpop at ${base}: is the server running?`);
  }
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as {
      error?: { message: string };
    } | null;
    throw new BackupError(
      `the server answered ${response.status}: ${body?.error?.message ?? response.statusText}`,
    );
  }

  // Beside the target, so the final rename stays on one file system.
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await pipeline(
      Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
      createWriteStream(temporary, { flags: 'wx' }),
    );
    const expected = Number(response.headers.get('content-length'));
    const { size } = await stat(temporary);
    if (Number.isFinite(expected) && expected > 0 && size !== expected) {
      throw new BackupError(`the copy was cut short: ${size} of ${expected} bytes`);
    }
    checkAndSeal(temporary);
    await fsync(temporary);
    await rename(temporary, target);
    await fsync(dirname(target));
  } catch (error) {
    await rm(temporary, { force: true });
    await rm(`${temporary}-journal`, { force: true });
    throw error;
  }
  const { size } = await stat(target);
  const seconds = (performance.now() - started) / 1000;
  const serverMs = response.headers.get('x-voxpop-backup-ms');
  console.log(
    `backup: ${target} (${formatBytes(size)}) in ${seconds.toFixed(2)} s` +
      (serverMs ? ` (server copy ${serverMs} ms)` : '') +
      ', integrity ok',
  );
}

/** A SQLite database that passes integrity_check, rewritten as one self-contained file. */
function checkAndSeal(file: string): void {
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (error) {
    throw new BackupError(`the copy is not a SQLite database: ${(error as Error).message}`);
  }
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new BackupError(`the copy fails integrity_check: ${String(result)}`);
    // The server's file is in WAL mode; a backup should not need a -wal beside it.
    db.pragma('journal_mode = DELETE');
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`the copy is not a SQLite database: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

/** Flush a file (or a folder, after a rename in it) to disk. */
async function fsync(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

main().catch((error: unknown) => {
  console.error(`backup failed: ${error instanceof BackupError ? error.message : String(error)}`);
  process.exit(1);
});
