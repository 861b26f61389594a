/**
 * HTTP hardening: clients that trickle headers or bodies are cut off by
 * Node's headersTimeout / requestTimeout (VOXPOP_HEADERS_TIMEOUT_MS,
 * VOXPOP_REQUEST_TIMEOUT_MS); every answer carries the security headers and
 * a CSP without inline script; CORS is off; the built pages have no inline
 * script to need it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ROOT, startTestServer, type TestServer } from '../support/server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { figure } from './support/figures.js';

const HEADERS_TIMEOUT_MS = 1000;
const REQUEST_TIMEOUT_MS = 2000;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    VOXPOP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
    VOXPOP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
  });
});
afterAll(() => server.dispose());

interface Trickle {
  socket: Socket;
  /** Resolves when the server ends the connection: what it answered and when. */
  ended: Promise<{ answer: string; afterMs: number }>;
  stop(): void;
}

/** Send `head` at once, then `drip` one byte every `everyMs` until the server hangs up. */
function trickle(head: string, drip: string, everyMs: number): Trickle {
  const { hostname, port } = new URL(server.url);
  const socket = connect(Number(port), hostname);
  let answer = '';
  let timer: NodeJS.Timeout | undefined;
  const started = Date.now();
  socket.on('data', (chunk) => (answer += chunk));
  socket.on('error', () => {});
  const ended = new Promise<{ answer: string; afterMs: number }>((resolve) =>
    socket.once('close', () => {
      clearInterval(timer);
      resolve({ answer, afterMs: Date.now() - started });
    }),
  );
  socket.once('connect', () => {
    socket.write(head);
    let i = 0;
    timer = setInterval(() => {
      if (!socket.destroyed) socket.write(drip[i++ % drip.length]!);
    }, everyMs);
  });
  return { socket, ended, stop: () => (clearInterval(timer), socket.destroy()) };
}

describe('slow clients', () => {
  test('headers trickled a byte at a time are cut off at VOXPOP_HEADERS_TIMEOUT_MS (408)', async () => {
    const slow = trickle('GET /healthz HTTP/1.1\r\nHost: x\r\n', 'X-Slow: aaaaaaaa\r\n', 200);
    const { answer, afterMs } = await slow.ended;
    figure(
      `http: slow headers cut off after (headersTimeout ${HEADERS_TIMEOUT_MS} ms)`,
      `${afterMs} ms`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(afterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 50);
    // Node checks every min(1 s, timeout / 4); a loaded machine adds a little.
    expect(afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 1500);
  });

  test('an upgrade request trickled the same way is cut off too', async () => {
    const slow = trickle(
      'GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n',
      'X-Slow: aaaaaaaa\r\n',
      200,
    );
    const { answer, afterMs } = await slow.ended;
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 1500);
  });

  test('a body trickled a byte at a time is cut off at VOXPOP_REQUEST_TIMEOUT_MS (408); nothing is created', async () => {
    const events = server.voxpop.events.count();
    const logged = vi.spyOn(console, 'error');
    const body = JSON.stringify({ title: 'Never finished' });
    const slow = trickle(
      `POST /api/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      body,
      300,
    );
    const { answer, afterMs } = await slow.ended;
    figure(
      `http: slow body cut off after (requestTimeout ${REQUEST_TIMEOUT_MS} ms)`,
      `${afterMs} ms`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(afterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50);
    expect(afterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 1500);
    expect(server.voxpop.events.count()).toBe(events);
    // A client cut off mid-body is its own problem, not an "unexpected error" with a stack trace.
    await new Promise((r) => setTimeout(r, 50));
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  test('while 50 slow clients hold connections, others are served at once', async () => {
    const slow = Array.from({ length: 50 }, () =>
      trickle('GET /healthz HTTP/1.1\r\nHost: x\r\n', 'X-Slow: a\r\n', 200),
    );
    try {
      await new Promise((r) => setTimeout(r, 300));
      const started = performance.now();
      for (let i = 0; i < 20; i++) {
        expect((await request(server.url, 'GET', '/healthz')).status).toBe(200);
      }
      figure(
        'http: 20 requests beside 50 slow-header clients',
        `${(performance.now() - started).toFixed(0)} ms`,
      );
      const ended = await Promise.all(slow.map((s) => s.ended));
      expect(ended.every((e) => e.answer.startsWith('HTTP/1.1 408 '))).toBe(true);
    } finally {
      for (const s of slow) s.stop();
    }
  });

  test('the timeouts are what the server was configured with', () => {
    expect(server.httpServer.headersTimeout).toBe(HEADERS_TIMEOUT_MS);
    expect(server.httpServer.requestTimeout).toBe(REQUEST_TIMEOUT_MS);
  });
});

describe('body size', () => {
  test('a body over 64 KiB is 413 payload_too_large, declared or chunked, and nothing is created', async () => {
    const events = server.voxpop.events.count();
    const declared = await request(server.url, 'POST', '/api/events', {
      body: { title: 'x'.repeat(64 * 1024) },
    });
    expect([declared.status, declared.body.error.code]).toEqual([413, 'payload_too_large']);
    // Chunked, no Content-Length: counted as it arrives.
    const parts = [
      Buffer.from('{"title":"'),
      ...Array.from({ length: 20 }, () => Buffer.alloc(8 * 1024, 0x78)),
      Buffer.from('"}'),
    ];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = parts.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const chunked = await fetch(`${server.url}/api/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { error: { code: string } }).error.code).toBe(
      'payload_too_large',
    );
    expect(server.voxpop.events.count()).toBe(events);
  });
});

describe('security headers', () => {
  function expectSecurityHeaders(what: string, headers: Headers, frameAncestors = "'self'") {
    const csp = headers.get('content-security-policy');
    expect(csp, `${what}: CSP`).toBeTruthy();
    const directives = new Map(
      csp!.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
    expect(scriptSrc, `${what}: script-src`).toEqual(["'self'"]);
    expect(scriptSrc, `${what}: no inline script`).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(directives.get('object-src'), `${what}: object-src`).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual([frameAncestors]);
    expect(headers.get('x-content-type-options'), `${what}: nosniff`).toBe('nosniff');
    expect(headers.get('referrer-policy'), `${what}: Referrer-Policy`).toBe('no-referrer');
    // CORS is off: no answer tells a browser another origin may read it.
    for (const name of [
      'access-control-allow-origin',
      'access-control-allow-credentials',
      'access-control-allow-methods',
      'access-control-allow-headers',
    ]) {
      expect(headers.get(name), `${what}: ${name}`).toBeNull();
    }
  }

  test('on every page, asset and API answer, errors and streams included (with a foreign Origin asking)', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const { body: participant } = await request(
      server.url,
      'POST',
      `/api/events/${code}/participants`,
    );
    const asset = readdirSync(join(ROOT, 'dist/client/assets')).find((f) => f.endsWith('.js'))!;
    const Origin = 'https://evil.example';
    const cases: [string, string, string, Parameters<typeof request>[3]?][] = [
      ['page /', 'GET', '/'],
      ['vote page', 'GET', `/e/${code}`],
      ['present page', 'GET', `/present/${code}`],
      ['host page', 'GET', `/host/${code}`],
      ['asset', 'GET', `/assets/${asset}`],
      ['favicon', 'GET', '/favicon.svg'],
      ['healthz', 'GET', '/healthz'],
      ['event', 'GET', `/api/events/${code}`],
      ['created', 'POST', '/api/events', { body: { title: 'Headers' } }],
      [
        'vote',
        'PUT',
        `/api/events/${code}/polls/${poll.id}/vote`,
        { body: { choices: [poll.options[0]!.id] }, token: participant.token },
      ],
      ['results', 'GET', `/api/events/${code}/polls/${poll.id}/results`],
      ['csv (streamed)', 'GET', `/api/events/${code}/export.csv`, { token: hostKey }],
      ['qr', 'GET', `/api/events/${code}/qr.svg`],
      ['404', 'GET', '/api/nothing-here'],
      ['404 event', 'GET', '/api/events/000000'],
      [
        '400',
        'POST',
        '/api/events',
        { raw: '{nope', headers: { 'Content-Type': 'application/json' } },
      ],
      ['401', 'DELETE', `/api/events/${code}`],
      ['403', 'DELETE', `/api/events/${code}`, { token: 'wrong' }],
      ['413', 'POST', '/api/events', { body: { title: 'x'.repeat(70_000) } }],
      ['426 plain GET /ws', 'GET', '/ws'],
      [
        'preflight',
        'OPTIONS',
        '/api/events',
        {
          headers: {
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'content-type',
          },
        },
      ],
      ['admin from a page', 'POST', '/api/admin/backup'],
    ];
    for (const [what, method, path, options = {}] of cases) {
      const answer = await request(server.url, method, path, {
        ...options,
        headers: { Origin, ...options.headers },
      });
      expect(answer.status, `${what}: status`).toBeLessThan(500);
      expectSecurityHeaders(`${what} (${answer.status})`, answer.headers);
    }
  });

  test('a preflight gets no permission: not 2xx, no allow headers', async () => {
    const answer = await request(server.url, 'OPTIONS', '/api/events', {
      headers: {
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'DELETE',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('VOXPOP_FRAME_ANCESTORS is honoured, so OBS or an iframe may show the present page', async () => {
    const framed = await startTestServer({ VOXPOP_FRAME_ANCESTORS: 'https://studio.example.org' });
    try {
      const { code } = await createEvent(framed.url);
      for (const path of [`/present/${code}`, '/healthz', `/api/events/${code}`]) {
        const answer = await request(framed.url, 'GET', path);
        expectSecurityHeaders(path, answer.headers, 'https://studio.example.org');
        // frame-ancestors decides; an X-Frame-Options would contradict it.
        expect(answer.headers.get('x-frame-options')).toBeNull();
      }
    } finally {
      await framed.dispose();
    }
  });
});

describe('the built pages', () => {
  const pages = readdirSync(join(ROOT, 'dist/client')).filter((f) => f.endsWith('.html'));

  test('there are four, and none has an inline script, event-handler attribute or javascript: URL', () => {
    expect(pages.sort()).toEqual(['host.html', 'index.html', 'present.html', 'vote.html']);
    for (const page of pages) {
      const html = readFileSync(join(ROOT, 'dist/client', page), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, `${page} loads its script`).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes, `${page}: every script is a file`).toMatch(/\bsrc=/);
        expect(body!.trim(), `${page}: no inline script body`).toBe('');
      }
      expect(html, `${page}: no on* handler attributes`).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
      expect(html, `${page}: no javascript: URLs`).not.toMatch(/javascript:/i);
    }
  });

  test('the scripts are the production build: no JSX debug info, no path of the machine that built them', () => {
    // Whoever runs the build (npm start, or npm test with NODE_ENV=test), it
    // is the one that ships: a development build carries every element's
    // source file, by absolute path, into the page.
    const assets = readdirSync(join(ROOT, 'dist/client/assets')).filter((f) => f.endsWith('.js'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const js = readFileSync(join(ROOT, 'dist/client/assets', asset), 'utf8');
      expect(js, `${asset}: JSX source positions`).not.toMatch(/\bfileName:|\blineNumber:/);
      expect(js, `${asset}: the build machine's path`).not.toContain(ROOT);
    }
  });
});
