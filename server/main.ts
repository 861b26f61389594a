/**
 * voxpop's entry point: read the configuration, start, say where to go,
 * shut down cleanly on SIGTERM/SIGINT. Everything else lives in its module.
 */
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.js';
import { startVoxpop } from './server.js';

// dist/server/main.js -> dist/client; server/main.ts (dev) -> dist/client as built.
const here = fileURLToPath(new URL('.', import.meta.url));
const defaultClientDir = here.includes('/dist/') ? `${here}../client` : `${here}../dist/client`;

const config = loadConfig(process.env, defaultClientDir);
const voxpop = await startVoxpop(config).catch((error: unknown) => {
  // Say why in one line (a store or bus out of reach, a port taken), not with a stack.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  const where = config.databaseUrl ? ` (store: ${redact(config.databaseUrl)})` : '';
  console.error(`voxpop: could not start${where}: ${String(error)}${cause ? ` (${cause})` : ''}`);
  process.exit(1);
});
const log = (line: string) => config.log && console.log(line);

log(`voxpop listening on ${config.host}:${voxpop.port} (public URL ${voxpop.publicUrl})`);
log(`  store: ${config.databaseUrl ? redact(config.databaseUrl) : config.dbPath}`);
if (config.redisUrl)
  log(`  bus: ${redact(config.redisUrl)} (a cluster: every process shares the store and the bus)`);
if (voxpop.demo) {
  const { event, hostKey } = voxpop.demo;
  const base = voxpop.publicUrl;
  log(`  demo "${event.record.title}" (code ${event.record.code})`);
  log(`  join:    ${base}/e/${event.record.code}`);
  log(`  present: ${base}/present/${event.record.code}`);
  log(`  host:    ${base}/host/${event.record.code}#key=${hostKey}`);
}

/** A URL as it may be printed: without its password. */
function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1); // a second Ctrl-C means now
    stopping = true;
    log(`voxpop: ${signal}, shutting down`);
    voxpop.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('voxpop: shutdown failed', error);
        process.exit(1);
      },
    );
  });
}
