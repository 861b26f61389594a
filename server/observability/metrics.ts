/**
 * What voxpop counts about itself, as a port: the service, the store's
 * writers and the realtime hub say what happened and never learn whether
 * anyone keeps count (NO_METRICS, the default and VOXPOP_METRICS=0) or who
 * (prometheus.ts). Nothing here imports prom-client.
 */
import type { ErrorCode } from '../../shared/codes.js';
import type { Logger } from './log.js';

/** Answers as the service decided them: acknowledged, or refused with a code. */
export interface VoteMetrics {
  accepted(): void;
  refused(code: ErrorCode): void;
}

/** One group commit of the store's writer, durable after `seconds`. */
export interface CommitMetrics {
  committed(seconds: number): void;
}

/** One push or tally handed to an event's sockets on this process, in `seconds`. */
export interface FanoutMetrics {
  fannedOut(seconds: number): void;
}

export interface Metrics extends VoteMetrics, CommitMetrics, FanoutMetrics {}

export const NO_METRICS: Metrics = {
  accepted() {},
  refused() {},
  committed() {},
  fannedOut() {},
};

/** Sockets on this process by what they are, read when /metrics is scraped. */
export interface SocketCounts {
  attendee: number;
  presenter: number;
  host: number;
  /** Server-Sent Events streams (GET /api/events/:code/stream), not among the presenters. */
  sse: number;
}

/** Where a store's group-commit writer reports: its commit times and its failures. */
export interface WriterObservers {
  metrics?: CommitMetrics;
  log?: Logger;
}
