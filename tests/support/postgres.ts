/**
 * The PostgreSQL the tests use: `VOXPOP_TEST_DATABASE_URL`, by default the
 * local server as postgres. Each test file (or case) gets a database of its
 * own (`freshDatabase`), dropped after. Where no PostgreSQL answers,
 * `hasPostgres` is false and the suites skip, loudly; under CI (`CI=true`) a
 * skipped test fails the run (see summary-reporter.ts), and CI runs
 * PostgreSQL, so there they always run. And what the tests of a store share:
 * queued writes as promises, an event with open polls.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { hashSecret } from '../../server/domain/credentials.js';
import type { NewPoll } from '../../server/domain/polls.js';
import type { Store } from '../../server/store/port.js';
import { announceSkip } from './skip-notice.js';

export const TEST_DATABASE_URL =
  process.env.VOXPOP_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Whether the server at `url` accepts a connection and answers a query within 2 s. */
export async function postgresReachable(url = TEST_DATABASE_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query({ text: 'SELECT 1', query_timeout: 2_000 } as pg.QueryConfig);
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export const hasPostgres = await postgresReachable();

if (!hasPostgres) {
  announceSkip(
    'PostgreSQL tests',
    `no PostgreSQL answered at ${TEST_DATABASE_URL.replace(/:[^:@/]*@/, ':***@')}`,
    'Start one (apt-get install -y postgresql) or set VOXPOP_TEST_DATABASE_URL',
  );
}

/** `url` with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Run statements on the test server's maintenance database. */
async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface FreshDatabase {
  name: string;
  url: string;
  /** Drop it, whoever is still connected. */
  drop(): Promise<void>;
}

/** A new, empty database `voxpop_test_<random>` on the test server. */
export async function freshDatabase(): Promise<FreshDatabase> {
  const name = `voxpop_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  return {
    name,
    url: withDatabase(TEST_DATABASE_URL, name),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** A queued write as a promise of its result. */
export function queued<T = undefined>(
  submit: (done: (error: Error | null, result?: T) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) =>
    submit((error, result) => (error ? reject(error) : resolve(result as T))),
  );
}

/** When the seeded things happened. */
export const AT = '2026-03-01T09:00:00.000Z';

let seeded = 0;

/** An event with open polls (a choice, a rating, a text one) and `people` participants. */
export async function seed(store: Store, people = 3) {
  const event = await store.events.insert({
    code: String(200000 + seeded++),
    title: 'Forum',
    hostKeyHash: hashSecret('host'),
    isDemo: false,
    language: 'en',
    createdAt: AT,
  });
  const base: NewPoll = {
    question: 'Q?',
    kind: 'single',
    options: ['Yes', 'No'],
    settings: { maxChoices: 1 },
    allowChange: true,
    showResults: true,
    translations: {},
  };
  const open = async (poll: NewPoll) =>
    store.polls.update({
      ...(await store.polls.create(event.id, poll, AT)),
      state: 'open',
      openedAt: AT,
    });
  const choice = await open(base);
  const rating = await open({ ...base, kind: 'rating', options: [], settings: { max: 5 } });
  const text = await open({ ...base, kind: 'text', options: [], settings: { maxLength: 80 } });
  const ids = await Promise.all(
    Array.from({ length: people }, (_, i) =>
      queued<number>((done) =>
        store.participants.add(event.id, hashSecret(`${event.code} ${i}`), AT, done),
      ),
    ),
  );
  return { event, choice, rating, text, people: ids };
}
