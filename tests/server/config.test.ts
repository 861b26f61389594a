/**
 * The store and bus a process gets from its environment: SQLite by default,
 * PostgreSQL alone, or PostgreSQL and Redis for a cluster; Redis without
 * PostgreSQL, or a URL of the wrong kind, stops the server at start with a
 * message that names the variable. The real start-up error is checked on the
 * compiled server too, as `npm start` would print it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { ROOT } from '../support/server.js';

const load = (env: Record<string, string>) => loadConfig(env, 'dist/client');

describe('the store and bus from the environment', () => {
  test('neither: SQLite at VOXPOP_DB, no bus between processes', () => {
    const config = load({ VOXPOP_DB: '/tmp/x.db' });
    expect([config.databaseUrl, config.redisUrl, config.dbPath]).toEqual([null, null, '/tmp/x.db']);
  });

  test('PostgreSQL alone, or with Redis', () => {
    const pgUrl = 'postgres://postgres@127.0.0.1:5432/voxpop';
    expect(load({ VOXPOP_DATABASE_URL: pgUrl }).databaseUrl).toBe(pgUrl);
    const both = load({ VOXPOP_DATABASE_URL: pgUrl, VOXPOP_REDIS_URL: 'redis://127.0.0.1:6379' });
    expect([both.databaseUrl, both.redisUrl]).toEqual([pgUrl, 'redis://127.0.0.1:6379']);
  });

  test('Redis without PostgreSQL, or URLs of the wrong kind, are refused by name', () => {
    expect(() => load({ VOXPOP_REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(
      /VOXPOP_REDIS_URL needs VOXPOP_DATABASE_URL/,
    );
    expect(() => load({ VOXPOP_DATABASE_URL: 'mysql://127.0.0.1/voxpop' })).toThrow(
      /VOXPOP_DATABASE_URL/,
    );
    expect(() =>
      load({ VOXPOP_DATABASE_URL: 'postgres://127.0.0.1/v', VOXPOP_REDIS_URL: 'http://x' }),
    ).toThrow(/VOXPOP_REDIS_URL/);
  });

  test('the compiled server stops at start and says why', () => {
    const started = spawnSync(process.execPath, [join(ROOT, 'dist/server/main.js')], {
      env: { ...process.env, VOXPOP_REDIS_URL: 'redis://127.0.0.1:6379', PORT: '0' },
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(started.status).not.toBe(0);
    expect(started.stderr).toMatch(/VOXPOP_REDIS_URL needs VOXPOP_DATABASE_URL/);
  });
});
