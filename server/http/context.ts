/** What the routes share: the service, how to build links, and the per-request variables. */
import type { LiveEvent, Voxpop } from '../service/index.js';
import type { KeyedRateLimiter } from '../rate-limit.js';
import type { EventStreams } from '../realtime/sse.js';
import type { Logger } from '../observability/log.js';

export interface AppDeps {
  voxpop: Voxpop;
  /** Base URL of links and QR codes (known only once the server listens). */
  publicUrl: () => string;
  adminToken: string | null;
  /** Origins besides our own that may open WebSockets. */
  allowedOrigins: string[];
  frameAncestors: string;
  /** The built client (index.html, vote.html, ...); null serves no pages. */
  clientDir: string | null;
  /** Per client address: POST /api/events. */
  eventLimiter: KeyedRateLimiter;
  /** Per client address: POST .../participants (shared with WebSocket joins). */
  participantLimiter: KeyedRateLimiter;
  /** Reverse proxies whose X-Forwarded-For is believed (0: none). */
  trustProxy: number;
  /** Where the backup endpoint may write its temporary file: the database's folder. */
  backupDir: string;
  /**
   * The state of the engines this process depends on, for /healthz; null
   * for one process on SQLite, which has none outside itself.
   */
  dependencies: (() => Promise<Dependencies>) | null;
  /** The realtime side's SSE streams; null (app-only tests) serves no /stream route. */
  streams: EventStreams | null;
  /** GET /metrics's text; null or absent: no metrics (VOXPOP_METRICS=0), the route is 404. */
  metrics?: MetricsExposition | null;
  /** Where unexpected errors are logged (text to stderr if absent). */
  log?: Logger;
}

/** The Prometheus text exposition of this process's metrics. */
export interface MetricsExposition {
  readonly contentType: string;
  exposition(): Promise<string>;
}

export interface Dependencies {
  store: 'up' | 'down';
  /** Absent for one process (no bus between processes). */
  bus?: 'up' | 'down';
}

export interface AppEnv {
  Variables: {
    event: LiveEvent;
    /** Set by requireParticipant. */
    participantId: number;
    /** True when the request carried this event's valid host key. */
    isHost: boolean;
    /** This request's id (hono/request-id): the client's sane X-Request-Id, or a fresh one. */
    requestId: string;
  };
}
