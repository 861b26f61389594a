/**
 * The metrics port kept with prom-client, and GET /metrics's text. Each
 * voxpop has a Registry of its own (several may run in one test process);
 * the hot path is one counter increment, the children per error code
 * cached, and nothing is counted twice: sockets are read from the hub when
 * scraped. prom-client's default metrics (CPU, memory, heap, GC, handles)
 * describe the OS process, so they are collected once per process, in a
 * registry of their own, and appended to every exposition (prom-client's
 * collectors, once started, cannot be stopped).
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ErrorCode } from '../../shared/codes.js';
import type { Metrics, SocketCounts } from './metrics.js';

/** A group commit: from half a millisecond (an idle SQLite fsync) to a second (a slow network). */
const COMMIT_BUCKETS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1];
/** Handing a message to an event's sockets: microseconds for a few, milliseconds for thousands. */
const FANOUT_BUCKETS = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1];

/** How often the event loop is sampled (ms); each sample is this interval plus the delay. */
const LOOP_RESOLUTION_MS = 10;

const NO_SOCKETS: SocketCounts = { attendee: 0, presenter: 0, host: 0, sse: 0 };

let processRegistry: Registry | null = null;

/** The OS process's own figures, started on first use. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export class PrometheusMetrics implements Metrics {
  private readonly registry = new Registry();
  private readonly votes: Counter;
  private readonly voteErrors: Counter<'code'>;
  private readonly voteErrorsByCode = new Map<ErrorCode, Counter.Internal>();
  private readonly commits: Histogram;
  private readonly fanouts: Histogram;
  private readonly loopDelay: IntervalHistogram;
  private sockets: () => SocketCounts = () => NO_SOCKETS;

  constructor() {
    const registers = [this.registry];
    this.votes = new Counter({
      name: 'voxpop_votes_total',
      help: 'Answers acknowledged (every kind, Q&A questions and upvotes included), over WebSocket and HTTP.',
      registers,
    });
    this.voteErrors = new Counter({
      name: 'voxpop_vote_errors_total',
      help: 'Answers refused, by error code.',
      labelNames: ['code'],
      registers,
    });
    this.commits = new Histogram({
      name: 'voxpop_commit_seconds',
      help: "Each group commit of the store's writer, from its start until it is durable.",
      buckets: COMMIT_BUCKETS,
      registers,
    });
    this.fanouts = new Histogram({
      name: 'voxpop_fanout_seconds',
      help: "Handing one push or tally to an event's sockets on this process (larger audiences: the first slice).",
      buckets: FANOUT_BUCKETS,
      registers,
    });
    const read = () => this.sockets();
    new Gauge({
      name: 'voxpop_sockets',
      help: 'Connected sockets that joined an event, by role; SSE streams as role "sse".',
      labelNames: ['role'],
      registers,
      collect() {
        const counts = read();
        for (const role of ['attendee', 'presenter', 'host', 'sse'] as const)
          this.set({ role }, counts[role]);
      },
    });
    this.loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    this.loopDelay.enable();
    const loop = this.loopDelay;
    new Gauge({
      name: 'voxpop_event_loop_lag_seconds',
      help: "The 99th percentile of the event loop's delay since the previous scrape.",
      registers,
      collect() {
        // Node records each sampling interval whole (ns): the delay is what exceeds the period.
        // A stall is noted at the monitor's next sample, and after a reset its first sample
        // only starts the clock: a stall ending just as a scrape arrives can be missed.
        const p99 = loop.count === 0 ? 0 : loop.percentile(99) / 1e9 - LOOP_RESOLUTION_MS / 1000;
        this.set(Math.max(0, p99));
        loop.reset();
      },
    });
  }

  accepted(): void {
    this.votes.inc();
  }

  refused(code: ErrorCode): void {
    let child = this.voteErrorsByCode.get(code);
    if (!child) this.voteErrorsByCode.set(code, (child = this.voteErrors.labels(code)));
    child.inc();
  }

  committed(seconds: number): void {
    this.commits.observe(seconds);
  }

  fannedOut(seconds: number): void {
    this.fanouts.observe(seconds);
  }

  /** Where voxpop_sockets reads its counts (the realtime side, made after the metrics). */
  countSockets(read: () => SocketCounts): void {
    this.sockets = read;
  }

  readonly contentType = this.registry.contentType;

  /** The Prometheus text: this voxpop's metrics, then the OS process's. */
  async exposition(): Promise<string> {
    return (await this.registry.metrics()) + '\n' + (await processMetrics().metrics());
  }

  /** Stop sampling the event loop. */
  close(): void {
    this.loopDelay.disable();
  }
}
