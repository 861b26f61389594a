/**
 * Assembles one voxpop process from its parts: store and bus (the ports) ->
 * service -> realtime -> HTTP app -> node server. Used by main.ts and by the
 * integration tests, which start it on an ephemeral port.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import type { Config } from './config.js';
import { derivePublicUrl, listensEverywhere, readNetworkView } from './public-url.js';
import { openSqliteStore } from './store/sqlite/index.js';
import type { Store } from './store/port.js';
import { LocalBus } from './bus/local.js';
import type { Bus } from './bus/port.js';
import { openVoxpop, type Voxpop } from './service/index.js';
import { createRealtime, DEFAULT_REALTIME_OPTIONS, type Realtime } from './realtime/index.js';
import { createApp, type VoxpopApp } from './http/app.js';
import type { Dependencies } from './http/context.js';
import { attachUpgrade } from './http/upgrade.js';
import { ensureDemo, type DemoEvent } from './demo.js';
import { KeyedRateLimiter } from './rate-limit.js';
import { WebhookSender } from './webhooks/sender.js';
import { dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { loggerFor, type Logger } from './observability/log.js';
import { NO_METRICS, type WriterObservers } from './observability/metrics.js';
import { PrometheusMetrics } from './observability/prometheus.js';

/** A webhook receiver that has not answered by then has failed this attempt (ms). */
const WEBHOOK_TIMEOUT_MS = 10_000;

/** Node drops headers past this count; browsers send about 20, proxies add a few. */
export const MAX_HEADERS_COUNT = 100;

export interface RunningVoxpop {
  readonly url: string;
  readonly port: number;
  readonly publicUrl: string;
  readonly store: Store;
  readonly bus: Bus;
  readonly voxpop: Voxpop;
  readonly realtime: Realtime;
  readonly demo: DemoEvent | null;
  /** This process's metrics (GET /metrics); null with VOXPOP_METRICS=0. */
  readonly metrics: PrometheusMetrics | null;
  /** The node HTTP server (its limits and timeouts are read by the tests). */
  readonly httpServer: Server;
  /** Graceful: stop accepting, commit queued writes, say goodbye (1001), close the database. */
  close(): Promise<void>;
}

/** Every part of one voxpop but the listening socket: what `startVoxpop` serves. */
export interface Assembled {
  store: Store;
  bus: Bus;
  voxpop: Voxpop;
  realtime: Realtime;
  app: VoxpopApp;
  metrics: PrometheusMetrics | null;
}

/** Store and bus -> service -> realtime -> HTTP app, from the configuration. */
export async function assemble(
  config: Config,
  publicUrl: () => string,
  log: Logger = loggerFor(config),
): Promise<Assembled> {
  const metrics = config.metrics ? new PrometheusMetrics() : null;
  const observers = { metrics: metrics ?? NO_METRICS, log };
  const store = await openStore(config, observers);
  let bus: Bus;
  try {
    bus = await openBus(config, store, log);
  } catch (error) {
    await store.close();
    throw error;
  }
  const voxpop = await openVoxpop(store, bus, {
    publicUrl,
    resyncMs: config.clusterResyncMs,
    webhooks: {
      transport: new WebhookSender({
        allowPrivate: config.webhookAllowPrivate,
        timeoutMs: WEBHOOK_TIMEOUT_MS,
      }),
      backoffMs: config.webhookBackoffMs,
    },
    log: (message, error) => log.warn(message, { event: 'background_failure', err: error }),
    metrics: observers.metrics,
  });
  // One budget per client address for minting participants, over HTTP and WebSocket alike.
  const participantLimiter = new KeyedRateLimiter(config.rateParticipants);
  const realtime = createRealtime(voxpop, bus, {
    ...DEFAULT_REALTIME_OPTIONS,
    heartbeatMs: config.heartbeatMs,
    sseKeepAliveMs: config.sseKeepAliveMs,
    hub: {
      ...DEFAULT_REALTIME_OPTIONS.hub,
      maxBufferedBytes: config.wsMaxBufferedBytes,
      // Presence is summed across the processes of a cluster.
      origin: bus.linkState() === null ? null : (store.shards?.id ?? null),
      metrics: observers.metrics,
    },
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
    voxpop,
    publicUrl,
    adminToken: config.adminToken,
    allowedOrigins: config.allowedOrigins,
    frameAncestors: config.frameAncestors,
    clientDir: config.clientDir,
    eventLimiter: new KeyedRateLimiter(config.rateEvents),
    participantLimiter,
    trustProxy: config.trustProxy,
    backupDir: config.dbPath === ':memory:' ? tmpdir() : dirname(config.dbPath),
    dependencies: config.databaseUrl ? () => dependencies(store, bus) : null,
    streams: realtime.streams,
    metrics,
    log,
  });
  metrics?.countSockets(() => realtime.sockets());
  return { store, bus, voxpop, realtime, app, metrics };
}

/** SQLite at VOXPOP_DB, or PostgreSQL (with shards, for a cluster) at VOXPOP_DATABASE_URL. */
async function openStore(config: Config, observers: WriterObservers): Promise<Store> {
  if (!config.databaseUrl) return openSqliteStore(config.dbPath, observers);
  const { openPostgresStore } = await import('./store/postgres/index.js');
  // Several processes decide on the same polls: an answer commits only while its poll is open.
  return openPostgresStore({ url: config.databaseUrl, answersOnlyWhileOpen: true, observers });
}

/** This process alone, or Redis between processes (named by the store's shard). */
async function openBus(config: Config, store: Store, log: Logger): Promise<Bus> {
  if (!config.redisUrl) return new LocalBus();
  const { openRedisBus } = await import('./bus/redis.js');
  return openRedisBus({
    url: config.redisUrl,
    origin: store.shards?.id,
    log: (line) => log.warn(line, { event: 'bus' }),
  });
}

/** /healthz: the store is down when it does not answer within 2 s; the bus, as it last knew. */
async function dependencies(store: Store, bus: Bus): Promise<Dependencies> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), 2000);
  });
  const up = await Promise.race([store.health(), timeout]).then(
    () => true,
    () => false,
  );
  clearTimeout(timer);
  const link = bus.linkState();
  return { store: up ? 'up' : 'down', ...(link === null ? {} : { bus: link }) };
}

/** The node HTTP server's limits and timeouts (`serve({ serverOptions })`). */
export function serverOptions(config: Config) {
  return {
    // Cut off clients that trickle headers or bodies (slowloris).
    headersTimeout: config.headersTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    // Node checks those timeouts only this often (30 s by default).
    connectionsCheckingInterval: Math.min(1000, Math.max(50, config.headersTimeoutMs / 4)),
    keepAliveTimeout: 65_000,
    maxHeaderSize: 16 * 1024,
  };
}

export async function startVoxpop(
  config: Config,
  log: Logger = loggerFor(config),
): Promise<RunningVoxpop> {
  // Read before listening, so the links are right from the first request.
  const network =
    !config.publicUrl && listensEverywhere(config.host) ? await readNetworkView() : null;
  let publicUrl = config.publicUrl ?? '';
  const { store, bus, voxpop, realtime, app, metrics } = await assemble(
    config,
    () => publicUrl,
    log,
  );

  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: config.port,
        hostname: config.host,
        serverOptions: serverOptions(config),
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  (server as Server).maxHeadersCount = MAX_HEADERS_COUNT;
  attachUpgrade(server as Server, app.fetch, realtime.wss, realtime.accept);
  const port = (server.address() as AddressInfo).port;
  if (!config.publicUrl) publicUrl = derivePublicUrl(config.host, port, network);
  const demo = config.demo ? await ensureDemo(voxpop) : null;

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
    bus,
    voxpop,
    realtime,
    demo,
    metrics,
    httpServer: server as Server,
    close: () =>
      (closing ??= shutdown(server as Server, realtime, voxpop, store, bus).finally(() =>
        metrics?.close(),
      )),
  };
}

async function shutdown(
  server: Server,
  realtime: Realtime,
  voxpop: Voxpop,
  store: Store,
  bus: Bus,
): Promise<void> {
  server.close();
  server.closeIdleConnections();
  // Make what is queued durable and let the acks go out before the goodbye.
  await store.drain();
  await new Promise((resolve) => setImmediate(resolve));
  voxpop.close();
  realtime.close();
  const deadline = Date.now() + 1000;
  // Sockets say goodbye, SSE streams end: wait for both to finish.
  while ((realtime.wss.clients.size > 0 || realtime.streams.size > 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  for (const ws of realtime.wss.clients) ws.terminate();
  server.closeAllConnections();
  await bus.close();
  await store.close();
}
