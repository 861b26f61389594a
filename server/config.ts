/**
 * Configuration from the environment, parsed once at start with zod: a bad
 * value stops the server with a message that names the variable.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseRate, type Rate } from './rate-limit.js';

/** A rate such as "10/min,20" or "off" (see rate-limit.ts). */
const RateSpec = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      const rate = parseRate(text);
      if (rate instanceof Error) {
        ctx.addIssue({ code: 'custom', message: rate.message });
        return z.NEVER;
      }
      return rate;
    });

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  VOXPOP_DB: z.string().min(1).default('./data/voxpop.db'),
  /** PostgreSQL instead of SQLite: postgres://user@host:port/database. */
  VOXPOP_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Redis pub/sub between processes (needs VOXPOP_DATABASE_URL): redis://host:port. */
  VOXPOP_REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** In a cluster: open polls' tallies are re-read from PostgreSQL this often (ms). */
  VOXPOP_CLUSTER_RESYNC_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  VOXPOP_ADMIN_TOKEN: z.string().min(1).optional(),
  VOXPOP_DEMO: z.enum(['0', '1']).default('1'),
  /** Extra origins allowed to open WebSockets, comma-separated (same origin is always allowed). */
  VOXPOP_ALLOWED_ORIGINS: z.string().default(''),
  /** Who may frame the pages (CSP frame-ancestors), e.g. "*" for OBS browser sources. */
  VOXPOP_FRAME_ANCESTORS: z.string().default("'self'"),
  /** Where the built client lives. */
  VOXPOP_CLIENT_DIR: z.string().optional(),
  VOXPOP_HEARTBEAT_MS: z.coerce.number().int().min(100).default(30_000),
  /** For tests only: how often an SSE stream gets its keep-alive comment (ms; 15 s otherwise). */
  VOXPOP_SSE_KEEPALIVE_MS: z.coerce.number().int().min(50).default(15_000),
  /** A socket that has not joined an event this long after opening is closed (4408). */
  VOXPOP_JOIN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  VOXPOP_WS_RATE: z.coerce.number().positive().default(20),
  VOXPOP_WS_BURST: z.coerce.number().positive().default(40),
  /** A socket whose unsent output passes this many bytes stopped reading: it is terminated. */
  VOXPOP_WS_MAX_BUFFER: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  /** Node's headersTimeout and requestTimeout: slow-header and slow-body clients are cut off. */
  VOXPOP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  VOXPOP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** Per client address: creating events, and minting participants (HTTP and WebSocket joins). */
  VOXPOP_RATE_EVENTS: RateSpec('10/min,20'),
  VOXPOP_RATE_PARTICIPANTS: RateSpec('100/s,3000'),
  /** Reverse proxies in front of voxpop whose X-Forwarded-For is believed: 0 (none) or 1, 2, ... */
  VOXPOP_TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  VOXPOP_LOG: z.enum(['info', 'silent']).default('info'),
  /** text: lines for a person; json: one object a line for a log shipper (observability/log.ts). */
  VOXPOP_LOG_FORMAT: z.enum(['text', 'json']).default('text'),
  /** 0: no metrics recorded and no GET /metrics (404). */
  VOXPOP_METRICS: z.enum(['0', '1']).default('1'),
  /** Deliver webhooks to private, loopback and link-local addresses too (a closed network). */
  VOXPOP_WEBHOOK_ALLOW_PRIVATE: z.enum(['0', '1']).default('0'),
  /** The first webhook retry's delay (ms); each next one doubles it. Lower it only for tests. */
  VOXPOP_WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(10).max(60_000).default(2000),
});

export interface Config {
  port: number;
  host: string;
  /** The SQLite file (unused when `databaseUrl` is set). */
  dbPath: string;
  /** PostgreSQL's URL: the store of every process; null: SQLite at `dbPath`. */
  databaseUrl: string | null;
  /** Redis's URL: the bus between processes; null: one process. */
  redisUrl: string | null;
  /** In a cluster: how often open polls' tallies are re-read from the store (ms). */
  clusterResyncMs: number;
  /** Base of every link and QR code, without a trailing slash; null = derive it (public-url.ts). */
  publicUrl: string | null;
  adminToken: string | null;
  demo: boolean;
  allowedOrigins: string[];
  frameAncestors: string;
  clientDir: string;
  heartbeatMs: number;
  /** Tests only: the SSE keep-alive comment's period (ms). */
  sseKeepAliveMs: number;
  joinTimeoutMs: number;
  wsRate: number;
  wsBurst: number;
  wsMaxBufferedBytes: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** null: no limit. */
  rateEvents: Rate | null;
  rateParticipants: Rate | null;
  /** How many reverse proxies' X-Forwarded-For entries to believe (0: use the socket's peer). */
  trustProxy: number;
  log: boolean;
  logFormat: 'text' | 'json';
  /** Record metrics and answer GET /metrics. */
  metrics: boolean;
  /** Webhooks may target private addresses. */
  webhookAllowPrivate: boolean;
  /** The first webhook retry's delay (ms). */
  webhookBackoffMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, defaultClientDir: string): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.VOXPOP_REDIS_URL && !e.VOXPOP_DATABASE_URL) {
    throw new Error(
      'Invalid configuration: VOXPOP_REDIS_URL needs VOXPOP_DATABASE_URL (processes that share a bus must share the store: set both, or neither for one process on SQLite)',
    );
  }
  if (e.VOXPOP_HEADERS_TIMEOUT_MS > e.VOXPOP_REQUEST_TIMEOUT_MS) {
    throw new Error(
      'Invalid configuration: VOXPOP_HEADERS_TIMEOUT_MS must not be longer than VOXPOP_REQUEST_TIMEOUT_MS',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dbPath: e.VOXPOP_DB === ':memory:' ? e.VOXPOP_DB : resolve(e.VOXPOP_DB),
    databaseUrl: e.VOXPOP_DATABASE_URL ?? null,
    redisUrl: e.VOXPOP_REDIS_URL ?? null,
    clusterResyncMs: e.VOXPOP_CLUSTER_RESYNC_MS,
    publicUrl: e.PUBLIC_URL ?? null,
    adminToken: e.VOXPOP_ADMIN_TOKEN ?? null,
    demo: e.VOXPOP_DEMO === '1',
    allowedOrigins: e.VOXPOP_ALLOWED_ORIGINS.split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    frameAncestors: e.VOXPOP_FRAME_ANCESTORS,
    clientDir: resolve(e.VOXPOP_CLIENT_DIR ?? defaultClientDir),
    heartbeatMs: e.VOXPOP_HEARTBEAT_MS,
    sseKeepAliveMs: e.VOXPOP_SSE_KEEPALIVE_MS,
    joinTimeoutMs: e.VOXPOP_JOIN_TIMEOUT_MS,
    wsRate: e.VOXPOP_WS_RATE,
    wsBurst: e.VOXPOP_WS_BURST,
    wsMaxBufferedBytes: e.VOXPOP_WS_MAX_BUFFER,
    headersTimeoutMs: e.VOXPOP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: e.VOXPOP_REQUEST_TIMEOUT_MS,
    rateEvents: e.VOXPOP_RATE_EVENTS,
    rateParticipants: e.VOXPOP_RATE_PARTICIPANTS,
    trustProxy: e.VOXPOP_TRUST_PROXY,
    log: e.VOXPOP_LOG === 'info',
    logFormat: e.VOXPOP_LOG_FORMAT,
    metrics: e.VOXPOP_METRICS === '1',
    webhookAllowPrivate: e.VOXPOP_WEBHOOK_ALLOW_PRIVATE === '1',
    webhookBackoffMs: e.VOXPOP_WEBHOOK_BACKOFF_MS,
  };
}
