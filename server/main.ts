/**
 * voxpop's entry point: read the configuration, start, say where to go,
 * shut down cleanly on SIGTERM/SIGINT. Everything else lives in its module.
 */
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.js';
import { startVoxpop } from './server.js';
import { loggerFor } from './observability/log.js';

// dist/server/main.js -> dist/client; server/main.ts (dev) -> dist/client as built.
const here = fileURLToPath(new URL('.', import.meta.url));
const defaultClientDir = here.includes('/dist/') ? `${here}../client` : `${here}../dist/client`;

const config = loadConfig(process.env, defaultClientDir);
const log = loggerFor(config);
const voxpop = await startVoxpop(config, log).catch((error: unknown) => {
  // Say why in one line (a store or bus out of reach, a port taken), not with a stack.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  const where = config.databaseUrl ? ` (store: ${redact(config.databaseUrl)})` : '';
  log.error(`could not start${where}: ${String(error)}${cause ? ` (${cause})` : ''}`, {
    event: 'start_failed',
  });
  process.exit(1);
});

// The lines a person reads in the terminal; as JSON, each also carries its parts as fields.
const { port, publicUrl } = voxpop;
log.info(`voxpop listening on ${config.host}:${port} (public URL ${publicUrl})`, {
  event: 'listening',
  host: config.host,
  port,
  publicUrl,
});
const store = config.databaseUrl ? redact(config.databaseUrl) : config.dbPath;
log.info(`  store: ${store}`, { event: 'store', store });
if (config.redisUrl) {
  const bus = redact(config.redisUrl);
  log.info(`  bus: ${bus} (a cluster: every process shares the store and the bus)`, {
    event: 'bus',
    bus,
  });
}
if (voxpop.demo) {
  const { event, hostKey } = voxpop.demo;
  const { code, title } = event.record;
  log.info(`  demo "${title}" (code ${code})`, { event: 'demo', code, title });
  const links = {
    join: `${publicUrl}/e/${code}`,
    present: `${publicUrl}/present/${code}`,
    host: `${publicUrl}/host/${code}#key=${hostKey}`,
  };
  log.info(`  join:    ${links.join}`, { event: 'demo_link', page: 'join', url: links.join });
  log.info(`  present: ${links.present}`, {
    event: 'demo_link',
    page: 'present',
    url: links.present,
  });
  log.info(`  host:    ${links.host}`, { event: 'demo_link', page: 'host', url: links.host });
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
    log.info(`voxpop: ${signal}, shutting down`, { event: 'shutdown', signal });
    voxpop.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('shutdown failed', { event: 'shutdown_failed', err: error });
        process.exit(1);
      },
    );
  });
}
