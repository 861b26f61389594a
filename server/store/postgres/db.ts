/**
 * Connections to PostgreSQL: how they are configured (timeouts that keep a
 * dead server from hanging anything, bigints parsed to numbers), which
 * errors mean "PostgreSQL cannot be reached", and the pool the host actions
 * and reads share.
 */
import pg from 'pg';
import { StoreUnavailableError } from '../port.js';

/** How long opening a connection may take before PostgreSQL counts as unreachable. */
export const CONNECT_TIMEOUT_MS = 2_000;
/**
 * How long one statement of the group commit may take, on the server and
 * as seen from here (a connection whose peer vanished answers nothing).
 * A batch's statements take milliseconds.
 */
export const WRITER_STATEMENT_TIMEOUT_MS = 5_000;
/** The same for host actions and reads, which may be larger (an event's delete cascades). */
export const STATEMENT_TIMEOUT_MS = 10_000;
/**
 * The same for migrating at start: a migration may rewrite a large table,
 * and the processes starting beside the one migrating wait for its lock.
 */
export const MIGRATION_TIMEOUT_MS = 15 * 60_000;

const INT8_OID = 20;

/**
 * Counts, shard counters and versions are bigint columns or COUNT(*): as
 * numbers here (pg gives strings by default). Ids are integer columns.
 */
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary' ? Number : pg.types.getTypeParser(oid, format),
} as pg.CustomTypesConfig;

/** The settings of every connection of a store, given its URL and what it is for. */
export function connectionConfig(url: string, statementTimeoutMs: number, name: string) {
  return {
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: statementTimeoutMs,
    // A little longer than the server's: the server's own timeout, when it
    // can still answer, gives the clearer error.
    query_timeout: statementTimeoutMs + 1_000,
    keepAlive: true,
    application_name: name,
    types,
  } satisfies pg.ClientConfig;
}

/**
 * SQLSTATE classes and codes that say the server is gone, going, refusing
 * connections, or too slow to answer (57014: a statement timed out).
 */
const UNAVAILABLE_STATES = /^(08|57P0[1-3]|53300|57014)/;

/**
 * Whether an error from pg means PostgreSQL cannot be reached (refused,
 * dropped, timed out) rather than that a statement was wrong.
 */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  if (error instanceof pg.DatabaseError) return UNAVAILABLE_STATES.test(error.code ?? '');
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return true;
  return /connection|terminated|timeout|not queryable/i.test(error.message);
}

/** The error a caller should see: StoreUnavailableError when the server cannot be reached. */
export const asStoreError = (error: unknown): unknown =>
  isUnavailable(error) && !(error instanceof StoreUnavailableError)
    ? new StoreUnavailableError(error)
    : error;

export type Client = pg.ClientBase;

/**
 * The pool of host actions and reads. Every statement's connection error
 * becomes StoreUnavailableError; a connection that drops, idle or busy,
 * never crashes the process (an 'error' listener on the pool and on every client).
 */
export class Db {
  readonly pool: pg.Pool;

  constructor(url: string, poolSize: number, name: string) {
    this.pool = new pg.Pool({
      ...connectionConfig(url, STATEMENT_TIMEOUT_MS, name),
      max: poolSize,
    });
    // An idle client lost: the pool drops it and opens another when needed.
    this.pool.on('error', () => {});
    // A busy one lost: its statement fails, which is where it is reported.
    this.pool.on('connect', (client) => client.on('error', () => {}));
  }

  /** One statement on any connection of the pool; its rows. */
  async query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]> {
    try {
      return (await this.pool.query<R>(text, values)).rows;
    } catch (error) {
      throw asStoreError(error);
    }
  }

  /** `work` inside one transaction on one connection: committed if it resolves, else rolled back. */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw asStoreError(error);
    }
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
      throw asStoreError(error);
    } finally {
      // A connection whose ROLLBACK failed is not given back to the pool.
      client.release(broken);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
