/**
 * The reference for bench/probes/upgrade-memory.ts: voxpop assembled by
 * server/server.ts's own `assemble` (same store, service, realtime with the
 * same ws WebSocketServer and its options, the same Hono app) and served with
 * its `serverOptions`, except for the WebSocket upgrade: GET /ws goes through
 * @hono/node-server 2's built-in `upgradeWebSocket` helper, with our
 * WebSocketServer handed to `serve({ websocket: { server } })`, instead of
 * server/http/upgrade.ts.
 *
 * The /ws route keeps voxpop's middleware in front (security headers, the
 * Origin check) and, once the helper opens the socket, hands the raw ws
 * socket and its upgrade request to the same `realtime.accept` voxpop uses:
 * same Connection, join handling, heartbeat and rate limits. Every other
 * request is voxpop's own app.
 *
 * Configured by voxpop's own environment variables (server/config.ts). Not a
 * product: only the probe starts it, on 127.0.0.1.
 *
 *   node --import tsx bench/probes/builtin-upgrade-server.ts
 */
import type { Server } from 'node:http';
import { serve, upgradeWebSocket, type HttpBindings, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import type { WebSocket } from 'ws';
import { ERRORS } from '../../shared/codes.js';
import { join } from 'node:path';
import { loadConfig } from '../../server/config.js';
import { assemble, MAX_HEADERS_COUNT, serverOptions } from '../../server/server.js';
import { derivePublicUrl } from '../../server/public-url.js';
import { errorResponse, HttpError } from '../../server/http/errors.js';
import { originCheck } from '../../server/http/middleware/origin-check.js';
import { securityHeaders } from '../../server/http/middleware/security-headers.js';
import { ROOT } from '../lib/proc.js';

const config = loadConfig(process.env, join(ROOT, 'dist/client'));
// The probe listens on 127.0.0.1, so this is what server.ts derives there too.
const publicUrl = config.publicUrl ?? derivePublicUrl(config.host, config.port, null);
const { store, bus, voxpop, realtime, app } = await assemble(config, () => publicUrl);

// GET /ws as createApp would declare it with the built-in helper in place of
// acceptUpgrade(): the same middleware, then upgradeWebSocket.
const outer = new Hono<{ Bindings: HttpBindings }>();
outer.get(
  '/ws',
  securityHeaders(config.frameAncestors),
  originCheck(() => config.allowedOrigins),
  upgradeWebSocket((c) => ({
    onOpen(_event, ws) {
      realtime.accept(ws.raw as unknown as WebSocket, c.env.incoming);
    },
  })),
);
outer.all('*', (c) => app.fetch(c.req.raw, c.env));
outer.onError((error, c) =>
  errorResponse(
    c,
    error instanceof HttpError
      ? error
      : new HttpError('internal_error', ERRORS.internal_error.message),
  ),
);

const server = await new Promise<ServerType>((resolve, reject) => {
  const s = serve(
    {
      fetch: outer.fetch,
      port: config.port,
      hostname: config.host,
      websocket: { server: realtime.wss },
      serverOptions: serverOptions(config),
    },
    () => resolve(s),
  );
  s.once('error', reject);
});
(server as Server).maxHeadersCount = MAX_HEADERS_COUNT;
if (config.log) console.log(`builtin-upgrade reference listening on ${config.host}:${config.port}`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    (server as Server).close();
    voxpop.close();
    realtime.close();
    for (const ws of realtime.wss.clients) ws.terminate();
    (server as Server).closeAllConnections();
    void bus
      .close()
      .then(() => store.close())
      .finally(() => process.exit(0));
  });
}
