/**
 * A voxpop cluster for a test: N compiled server processes (as `npm start`
 * runs them) on a fresh PostgreSQL database and a Redis of the test's own,
 * with PostgreSQL reached through a TCP proxy the test can cut (an outage)
 * and Redis one it can stop and start again. `clusterSkipped` says, loudly,
 * why the cluster tests cannot run here; under CI that fails the run.
 */
import pg from 'pg';
import { freshDatabase, postgresReachable, TEST_DATABASE_URL } from './postgres.js';
import { hasRedisServer, startRedis, type TestRedis } from './redis.js';
import { startChildServer, type ChildServer } from './server.js';
import { announceSkip } from './skip-notice.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

/** Why the cluster tests cannot run on this machine, or null when they can. */
export async function clusterSkipped(): Promise<string | null> {
  const why = !hasRedisServer
    ? 'redis-server is not installed'
    : !(await postgresReachable())
      ? `PostgreSQL is not reachable at ${TEST_DATABASE_URL}`
      : null;
  if (why) {
    announceSkip(
      'cluster tests (tests/cluster/)',
      why,
      'Install and start PostgreSQL and Redis (README, "Running as a cluster"), or set VOXPOP_TEST_DATABASE_URL',
    );
  }
  return why;
}

export interface TestCluster {
  processes: ChildServer[];
  redis: TestRedis;
  /** Between the processes and PostgreSQL: cut() makes it unreachable, restore() brings it back. */
  proxy: TcpProxy;
  /** A connection of the test's own to the database, straight (not through the proxy). */
  sql: pg.Client;
  /** Start process `i` again (after a kill), on its old port. */
  restart(i: number): Promise<ChildServer>;
  dispose(): Promise<void>;
}

export async function startCluster(
  size: number,
  env: Record<string, string> = {},
): Promise<TestCluster> {
  const database = await freshDatabase();
  const redis = await startRedis();
  const target = new URL(database.url);
  const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const proxied = new URL(database.url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  const processEnv = {
    VOXPOP_DATABASE_URL: proxied.toString(),
    VOXPOP_REDIS_URL: redis.url,
    VOXPOP_LOG: 'silent',
    // Far apart, so what the tests see comes over Redis (or its reconnect), not the periodic re-read.
    VOXPOP_CLUSTER_RESYNC_MS: '10000',
    VOXPOP_WS_RATE: '100000',
    VOXPOP_WS_BURST: '100000',
    ...env,
  };
  // All at once on an empty database: the migrations take a lock, one runs them.
  const processes = await Promise.all(
    Array.from({ length: size }, () => startChildServer(processEnv)),
  );
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  return {
    processes,
    redis,
    proxy,
    sql,
    restart: async (i) => {
      processes[i] = await startChildServer(processEnv, processes[i]!.port);
      return processes[i]!;
    },
    dispose: async () => {
      await Promise.all(processes.map((p) => p.kill()));
      await sql.end();
      await proxy.close();
      await redis.stop();
      await database.drop();
    },
  };
}
