/**
 * Assembles one voxpop process from its parts: store -> service -> realtime
 * -> HTTP app -> node server. Used by main.ts and by the integration tests,
 * which start it on an ephemeral port.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import { derivePublicUrl, type Config } from './config.js';
import { openStore, type Store } from './store/index.js';
import { Voxpop } from './service/voxpop.js';
import { silentPublisher } from './service/publisher.js';
import { createRealtime, DEFAULT_REALTIME_OPTIONS, type Realtime } from './realtime/index.js';
import { createApp } from './http/app.js';
import { attachUpgrade } from './realtime/upgrade.js';
import { ensureDemo, type DemoEvent } from './demo.js';
import { KeyedRateLimiter } from './rate-limit.js';
import { dirname } from 'node:path';
import { tmpdir } from 'node:os';

/** Node drops headers past this count; browsers send about 20, proxies add a few. */
const MAX_HEADERS_COUNT = 100;

export interface RunningVoxpop {
  readonly url: string;
  readonly port: number;
  readonly publicUrl: string;
  readonly store: Store;
  readonly service: Voxpop;
  readonly realtime: Realtime;
  readonly demo: DemoEvent | null;
  /** The node HTTP server (its limits and timeouts are read by the tests). */
  readonly httpServer: Server;
  /** Graceful: stop accepting, commit queued writes, say goodbye (1001), close the database. */
  close(): Promise<void>;
}

export async function startVoxpop(config: Config): Promise<RunningVoxpop> {
  const store = openStore(config.dbPath);
  let publicUrl = config.publicUrl ?? '';
  const service = new Voxpop(store, silentPublisher, { publicUrl: () => publicUrl });
  // One budget per client address for minting participants, over HTTP and WebSocket alike.
  const participantLimiter = new KeyedRateLimiter(config.rateParticipants);
  const realtime = createRealtime(service, {
    ...DEFAULT_REALTIME_OPTIONS,
    heartbeatMs: config.heartbeatMs,
    hub: { ...DEFAULT_REALTIME_OPTIONS.hub, maxBufferedBytes: config.wsMaxBufferedBytes },
    participantLimiter,
    trustProxy: config.trustProxy,
    connection: {
      ...DEFAULT_REALTIME_OPTIONS.connection,
      joinTimeoutMs: config.joinTimeoutMs,
      messagesPerSecond: config.wsRate,
      messageBurst: config.wsBurst,
    },
  });

  const app = createApp({
    service,
    publicUrl: () => publicUrl,
    adminToken: config.adminToken,
    allowedOrigins: config.allowedOrigins,
    frameAncestors: config.frameAncestors,
    clientDir: config.clientDir,
    eventLimiter: new KeyedRateLimiter(config.rateEvents),
    participantLimiter,
    trustProxy: config.trustProxy,
    backupDir: config.dbPath === ':memory:' ? tmpdir() : dirname(config.dbPath),
  });

  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: config.port,
        hostname: config.host,
        serverOptions: {
          // Cut off clients that trickle headers or bodies (slowloris).
          headersTimeout: config.headersTimeoutMs,
          requestTimeout: config.requestTimeoutMs,
          // Node checks those timeouts only this often (30 s by default).
          connectionsCheckingInterval: Math.min(1000, Math.max(50, config.headersTimeoutMs / 4)),
          keepAliveTimeout: 65_000,
          maxHeaderSize: 16 * 1024,
        },
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  (server as Server).maxHeadersCount = MAX_HEADERS_COUNT;
  attachUpgrade(server as Server, app.fetch, realtime.wss, realtime.accept);
  const port = (server.address() as AddressInfo).port;
  if (!config.publicUrl) publicUrl = derivePublicUrl(config.host, port);
  const demo = config.demo ? ensureDemo(service) : null;

  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const local = host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host;
  let closing: Promise<void> | null = null;

  return {
    url: `http://${local}:${port}`,
    port,
    get publicUrl() {
      return publicUrl;
    },
    store,
    service,
    realtime,
    demo,
    httpServer: server as Server,
    close: () => (closing ??= shutdown(server as Server, realtime, store)),
  };
}

async function shutdown(server: Server, realtime: Realtime, store: Store): Promise<void> {
  server.close();
  server.closeIdleConnections();
  // Commit what is queued and let the acks go out before the goodbye.
  store.writer.close();
  await new Promise((resolve) => setImmediate(resolve));
  realtime.close();
  const deadline = Date.now() + 1000;
  while (realtime.wss.clients.size > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  for (const ws of realtime.wss.clients) ws.terminate();
  server.closeAllConnections();
  store.close();
}
