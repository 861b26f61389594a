/**
 * The logs as an operator gets them. The compiled server as `npm start`
 * runs it: with VOXPOP_LOG_FORMAT=json every line it prints is one JSON
 * object (level, time, msg, event); in text it prints the lines a person
 * reads. An unexpected error reaches the log with its request's id, method,
 * path and event code, the id echoed to the client: the app is given a
 * dependency that fails and a logger that records.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLogger, type LogStreams } from '../../server/observability/log.js';
import { appOver, startChildServer, startTestServer, type TestServer } from '../support/server.js';
import { createEvent, createPoll, request } from '../support/http.js';

/** A logger's streams, kept as text. */
function recording(): LogStreams & { lines: () => { out: string[]; err: string[] } } {
  const out: string[] = [];
  const err: string[] = [];
  // An error's stack follows its line: each printed line apart.
  const lines = (calls: string[]) => calls.flatMap((call) => call.split('\n'));
  return {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    lines: () => ({ out: lines(out), err: lines(err) }),
  };
}

describe('the compiled server', () => {
  test('VOXPOP_LOG_FORMAT=json: every line of stdout and stderr is a JSON object with level, time, msg and event', async () => {
    const child = await startChildServer({
      VOXPOP_DB: ':memory:',
      VOXPOP_LOG: 'info',
      VOXPOP_LOG_FORMAT: 'json',
      VOXPOP_DEMO: '1',
    });
    // Some traffic, a refusal among it, then the shutdown's line.
    const { code, hostKey } = await createEvent(child.url);
    await createPoll(child.url, code, hostKey);
    expect((await request(child.url, 'GET', '/api/events/000000')).status).toBe(404);
    expect(await child.kill('SIGTERM')).toBe(0);
    const lines = child.output().split('\n').filter(Boolean);
    const records = lines.map((line) => {
      let parsed: Record<string, unknown> | null = null;
      try {
        parsed = JSON.parse(line) as Record<string, unknown>;
      } catch {
        /* reported below with the line */
      }
      expect(parsed, line).toBeTypeOf('object');
      return parsed!;
    });
    for (const record of records) {
      expect(record.level, JSON.stringify(record)).toMatch(/^(info|warn|error)$/);
      expect(Date.parse(record.time as string), JSON.stringify(record)).not.toBeNaN();
      expect(record.msg, JSON.stringify(record)).toBeTypeOf('string');
      expect(record.event, JSON.stringify(record)).toBeTypeOf('string');
    }
    const listening = records.find((r) => r.event === 'listening')!;
    expect(listening).toMatchObject({ level: 'info', host: '127.0.0.1', port: child.port });
    expect(records.filter((r) => r.event === 'demo_link').map((r) => r.page)).toEqual([
      'join',
      'present',
      'host',
    ]);
    expect(records.at(-1)).toMatchObject({ event: 'shutdown', signal: 'SIGTERM' });
  });

  test('text (the default): the start lines a person reads, not JSON', async () => {
    const child = await startChildServer({
      VOXPOP_DB: ':memory:',
      VOXPOP_LOG: 'info',
      VOXPOP_DEMO: '1',
    });
    await child.kill('SIGTERM');
    const output = child.output();
    expect(output).toMatch(
      new RegExp(
        `^voxpop listening on 127\\.0\\.0\\.1:${child.port} \\(public URL http://127\\.0\\.0\\.1:${child.port}\\)\\n` +
          '  store: :memory:\\n' +
          '  demo "[^"]+" \\(code \\d{6}\\)\\n' +
          '  join:    http://\\S+/e/\\d{6}\\n' +
          '  present: http://\\S+/present/\\d{6}\\n' +
          '  host:    http://\\S+/host/\\d{6}#key=\\S+\\n' +
          'voxpop: SIGTERM, shutting down\\n$',
      ),
    );
  });
});

describe('an unexpected error', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.dispose());

  /** The running server's service behind an app whose /healthz dependency check throws. */
  function failingApp(format: 'json' | 'text') {
    const streams = recording();
    const app = appOver(server, {
      dependencies: () => Promise.reject(new Error('the engine fell over')),
      log: createLogger({ format, level: 'error' }, streams),
    });
    return { app, streams };
  }

  test('is answered 500 internal_error with X-Request-Id, and logged as JSON with reqId, method, path, event and err', async () => {
    const { app, streams } = failingApp('json');
    const answer = await app.request('/healthz', { headers: { 'X-Request-Id': 'probe-42' } });
    expect(answer.status).toBe(500);
    expect(answer.headers.get('x-request-id')).toBe('probe-42');
    expect((await answer.json()).error.code).toBe('internal_error');
    const { out, err } = streams.lines();
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!)).toMatchObject({
      level: 'error',
      event: 'unexpected_error',
      reqId: 'probe-42',
      method: 'GET',
      path: '/healthz',
      msg: 'unexpected error in GET /healthz (request probe-42)',
      err: { type: 'Error', message: 'the engine fell over' },
    });
  });

  test('a request id that is not sane (spaces, too long) is replaced by a fresh one, echoed and logged', async () => {
    const { app, streams } = failingApp('json');
    for (const given of ['two words', 'x'.repeat(200), '']) {
      const answer = await app.request('/healthz', { headers: { 'X-Request-Id': given } });
      const id = answer.headers.get('x-request-id')!;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const logged = JSON.parse(streams.lines().out.at(-1)!) as { reqId: string };
      expect(logged.reqId).toBe(id);
    }
  });

  test('in text, on stderr as a person reads it: the request named, then the stack', async () => {
    const { app, streams } = failingApp('text');
    const answer = await app.request('/healthz', { headers: { 'X-Request-Id': 'probe-43' } });
    expect(answer.status).toBe(500);
    const { out, err } = streams.lines();
    expect(out).toEqual([]);
    expect(err[0]).toBe(
      'voxpop: unexpected error in GET /healthz (request probe-43): Error: the engine fell over',
    );
    expect(err[1]).toMatch(/^ {4}at /);
  });

  test('every answer carries an X-Request-Id, the one a client sent when it is sane', async () => {
    const fresh = await request(server.url, 'GET', '/healthz');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(server.url, 'GET', '/api/events/000000', {
      headers: { 'X-Request-Id': 'client-id_1=' },
    });
    expect([kept.status, kept.headers.get('x-request-id')]).toEqual([404, 'client-id_1=']);
  });
});

describe('the logger', () => {
  test('VOXPOP_LOG=silent keeps errors only, in either format', () => {
    for (const format of ['text', 'json'] as const) {
      const streams = recording();
      const log = createLogger({ format, level: 'error' }, streams);
      log.info('hello', { event: 'listening' });
      log.warn('a re-read failed', { event: 'background_failure' });
      log.error('a group commit failed', { event: 'commit_failed', writes: 3 });
      const { out, err } = streams.lines();
      expect([...out, ...err], format).toHaveLength(1);
      expect([...out, ...err][0], format).toContain('a group commit failed');
    }
  });

  test('text: information on stdout as given, warnings and errors on stderr with "voxpop:"', () => {
    const streams = recording();
    const log = createLogger({ format: 'text', level: 'info' }, streams);
    log.info('  store: /tmp/x.db', { event: 'store' });
    log.warn('Redis unreachable', { event: 'bus' });
    expect(streams.lines()).toEqual({
      out: ['  store: /tmp/x.db'],
      err: ['voxpop: Redis unreachable'],
    });
  });
});
