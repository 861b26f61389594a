/**
 * The service: the only place that changes voxpop's state, split by use case.
 * HTTP routes and socket handlers call these; each asks the domain whether a
 * change is allowed, writes it through the store port, updates the picture
 * in memory, and announces it on the bus port.
 */
import type { Bus } from '../bus/port.js';
import type { Store, StoreHealth } from '../store/port.js';
import { AnswerService } from './answers.js';
import { Announcer } from './announcer.js';
import { Catalog } from './catalog.js';
import { ClusterSync } from './cluster.js';
import { systemClock, type Clock } from './clock.js';
import { EventService } from './events.js';
import { ExportService } from './exports.js';
import { ModerationService } from './moderation.js';
import { ParticipantService } from './participants.js';
import { PollTimers } from './poll-timers.js';
import { PollService } from './polls.js';
import { QuestionService } from './questions.js';
import { Scoreboard } from './scoreboard.js';
import { ViewService } from './views.js';
import { DEFAULT_LOG } from '../observability/log.js';
import type { VoteMetrics } from '../observability/metrics.js';
import {
  DEFAULT_WEBHOOK_TIMING,
  WebhookService,
  type WebhookOptions,
  type WebhookTransport,
} from './webhooks.js';

export interface VoxpopOptions {
  now?: Clock;
  /** Base of the links the service hands out (known once the server listens). */
  publicUrl?: () => string;
  /** How often, at most, a changed tally is published (ms). */
  tallyIntervalMs?: number;
  /** In a cluster: how often open polls' tallies are re-read from the store (ms). */
  resyncMs?: number;
  /** Where a failure in the background is reported (a cluster's re-read). */
  log?: (message: string, error: unknown) => void;
  /** Where accepted and refused answers are counted (GET /metrics); none by default. */
  metrics?: VoteMetrics;
  /** How webhook deliveries leave and are timed; without a transport, none can be registered. */
  webhooks?: Partial<WebhookOptions>;
}

/** A process given no way out: webhooks cannot be registered, and nothing is sent. */
const NO_TRANSPORT: WebhookTransport = {
  refusal: async () => 'webhooks are not enabled in this process',
  send: async (_delivery, at) => ({ at, ok: false, status: null, error: 'no transport' }),
};

export interface Voxpop {
  readonly events: EventService;
  readonly polls: PollService;
  readonly participants: ParticipantService;
  readonly answers: AnswerService;
  readonly views: ViewService;
  readonly exports: ExportService;
  readonly moderation: ModerationService;
  readonly questions: QuestionService;
  /** Quiz: names, the leaderboard, scores. */
  readonly scoreboard: Scoreboard;
  /** Webhooks: registration, and the deliveries' dispatcher. */
  readonly webhooks: WebhookService;
  /** How the store keeps writes durable (GET /healthz?verbose=1). */
  health(): Promise<StoreHealth>;
  /** An online copy of the store into `file`, where the store can make one. */
  backup: ((file: string) => Promise<void>) | null;
  /** In a cluster: this process's sync with the others; null for one process. */
  readonly cluster: ClusterSync | null;
  /** Stop the tally ticker (the store and bus belong to the caller). */
  close(): void;
}

export async function openVoxpop(
  store: Store,
  bus: Bus,
  options: VoxpopOptions = {},
): Promise<Voxpop> {
  const now = options.now ?? systemClock;
  const publicUrl = options.publicUrl ?? (() => '');
  const catalog = await Catalog.load(store);
  const origin = store.shards?.id ?? null;
  const announcer = new Announcer(bus, publicUrl, options.tallyIntervalMs, origin);
  const answers = new AnswerService(store, announcer, now, options.metrics);
  const views = new ViewService(publicUrl, now);
  const log =
    options.log ??
    ((message, error) => DEFAULT_LOG.error(message, { event: 'background_failure', err: error }));
  const scoreboard = new Scoreboard(store, announcer);
  const webhooks = new WebhookService(
    store,
    now,
    { transport: NO_TRANSPORT, ...DEFAULT_WEBHOOK_TIMING, ...options.webhooks },
    log,
  );
  // Quiz questions close by themselves (bound below: the poll service closes them).
  let polls: PollService | undefined;
  const timers = new PollTimers(
    (event, poll) => {
      polls!
        .closeOnTime(event, poll)
        .catch((error: unknown) => log(`closing poll ${poll.record.id} on time`, error));
    },
    () => Date.parse(now()),
  );
  const cluster = store.shards
    ? new ClusterSync(store, store.shards, bus, catalog, announcer, answers, {
        resyncMs: options.resyncMs ?? 2000,
        log,
        watch: (event) => timers.watchAll([event]),
      })
    : null;
  await cluster?.start();
  polls = new PollService(
    store,
    catalog,
    announcer,
    answers,
    now,
    timers,
    scoreboard,
    webhooks,
    cluster,
  );
  timers.watchAll(catalog.all());
  webhooks.start();
  return {
    events: new EventService(store, catalog, announcer, now, webhooks, cluster),
    polls,
    participants: new ParticipantService(store, now),
    answers,
    views,
    exports: new ExportService(store, views),
    moderation: new ModerationService(store, catalog, announcer, answers),
    questions: new QuestionService(store, catalog, announcer, answers, now, options.metrics),
    scoreboard,
    webhooks,
    health: () => store.health(),
    backup: store.backup,
    cluster,
    close: () => {
      announcer.close();
      timers.stop();
      webhooks.stop();
      cluster?.close();
    },
  };
}

export type { LiveEvent, LivePoll } from './catalog.js';
