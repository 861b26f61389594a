/**
 * PostgreSQL going away, played by a TCP proxy between the store and the
 * server (tests/support/tcp-proxy.ts): queued writes fail promptly with
 * StoreUnavailableError, never with a success; health() and host actions
 * reject; no dropped connection crashes the process (vitest reports any
 * unhandled 'error'); once PostgreSQL is back, service resumes by itself.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { StoreUnavailableError } from '../../server/store/port.js';
import { WRITER_STATEMENT_TIMEOUT_MS } from '../../server/store/postgres/db.js';
import { openPostgresStore, type PostgresStore } from '../../server/store/postgres/index.js';
import {
  AT,
  freshDatabase,
  hasPostgres,
  queued,
  seed,
  TEST_DATABASE_URL,
  type FreshDatabase,
} from '../support/postgres.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

/** The database at `url`, through the proxy. */
function through(proxy: TcpProxy, url: string): string {
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  return proxied.toString();
}

/** How long `work` took to settle (ms), and how. */
async function timed<T>(work: Promise<T>) {
  const start = performance.now();
  const [outcome] = await Promise.allSettled([work]);
  return { ms: performance.now() - start, outcome: outcome! };
}

const refusedAsUnavailable = (outcome: PromiseSettledResult<unknown>) => {
  expect(outcome.status).toBe('rejected');
  expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailableError);
};

describe.skipIf(!hasPostgres)('PostgreSQL unreachable', () => {
  let database: FreshDatabase;
  let proxy: TcpProxy;
  let store: PostgresStore;
  /** The same database, not through the proxy. */
  let direct: PostgresStore;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database?.drop());
  beforeEach(async () => {
    const target = new URL(TEST_DATABASE_URL);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    store = await openPostgresStore({ url: through(proxy, database.url) });
    direct = await openPostgresStore({ url: database.url });
    // Said once per outage, in the log; quiet here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    proxy.restore();
    await store.close();
    await direct.close();
    await proxy.close();
  });

  test('cut: a queued put fails with StoreUnavailableError within 3 s, health and host actions reject; restored, writes commit again', async () => {
    const { event, choice, people } = await seed(store, 2);
    const [p1, p2] = people as [number, number];
    await queued((done) => store.answers.put(choice.id, p1, 1, 'before', AT, done));

    proxy.cut();
    const put = await timed(queued((done) => store.answers.put(choice.id, p1, 2, 'cut', AT, done)));
    refusedAsUnavailable(put.outcome);
    expect(put.ms).toBeLessThan(3_000);
    const participant = await timed(
      queued<number>((done) => store.participants.add(event.id, Buffer.alloc(32, 7), AT, done)),
    );
    refusedAsUnavailable(participant.outcome);
    const health = await timed(store.health());
    refusedAsUnavailable(health.outcome);
    expect(health.ms).toBeLessThan(2_500);
    refusedAsUnavailable((await timed(store.events.update({ ...event, title: 'Cut' }))).outcome);
    refusedAsUnavailable((await timed(store.answers.ofParticipant(p1))).outcome);
    // Nothing of it was written.
    expect(await direct.answers.ofParticipant(p1)).toEqual([
      { pollId: choice.id, value: 1, ref: 'before', votedAt: AT },
    ]);

    proxy.restore();
    await queued((done) => store.answers.put(choice.id, p2, 2, 'after', AT, done));
    expect(await direct.answers.ofParticipant(p2)).toEqual([
      { pollId: choice.id, value: 2, ref: 'after', votedAt: AT },
    ]);
    expect(await store.health()).toMatchObject({ engine: 'postgresql' });
    expect((await store.events.byCode(event.code))?.title).toBe('Forum');
  });

  test('hung: a batch on a connection that no longer answers fails within the statement timeout; then service resumes', async () => {
    const { choice, people } = await seed(store, 1);
    await queued((done) => store.answers.put(choice.id, people[0]!, 1, 'before', AT, done));

    proxy.hang();
    const put = await timed(
      queued((done) => store.answers.put(choice.id, people[0]!, 2, 'hung', AT, done)),
    );
    refusedAsUnavailable(put.outcome);
    expect(put.ms).toBeLessThan(WRITER_STATEMENT_TIMEOUT_MS + 2_000);
    const health = await timed(store.health());
    refusedAsUnavailable(health.outcome);
    expect(health.ms).toBeLessThan(2_500);

    proxy.restore();
    await queued((done) => store.answers.put(choice.id, people[0]!, 3, 'after', AT, done));
    expect(await direct.answers.ofParticipant(people[0]!)).toEqual([
      { pollId: choice.id, value: 3, ref: 'after', votedAt: AT },
    ]);
  });

  test('unreachable at start: opening the store rejects with StoreUnavailableError', async () => {
    proxy.cut();
    const opening = await timed(openPostgresStore({ url: through(proxy, database.url) }));
    refusedAsUnavailable(opening.outcome);
    expect(opening.ms).toBeLessThan(3_000);
  });
});
