/**
 * The WebSocket upgrade, with Hono's middleware in front. Each upgrade
 * request first runs through the Hono app as a GET /ws, so the origin check
 * (and any middleware added later) decides; only an accepted request is
 * handed to `ws`.
 *
 * Why not @hono/node-server's built-in `upgradeWebSocket`: its per-socket
 * closures keep the Hono context, the web Request, its Headers and the
 * IncomingMessage alive for the whole life of the socket. Here nothing of
 * the HTTP request outlives the handshake: per idle socket, 7.7 KiB of RSS
 * and 4.3 KiB of heap against 13.4 and 11.3 through the built-in helper
 * (`node --import tsx bench/probes/upgrade-memory.ts`, 5,000 sockets).
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { STATUS_CODES } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import type { WebSocket, WebSocketServer } from 'ws';
import { HttpError } from './errors.js';

const ACCEPTED = Symbol('voxpop.upgrade.accepted');

/** The env an upgrade request runs with; the /ws route marks it accepted. */
export interface UpgradeEnv {
  incoming: IncomingMessage;
  [ACCEPTED]?: boolean;
}

/** The /ws route's handler: accept an upgrade that got this far; plain HTTP gets 426. */
export function acceptUpgrade(): MiddlewareHandler {
  return async function acceptUpgrade(c) {
    const env = c.env as UpgradeEnv | undefined;
    if (!env || !(ACCEPTED in env)) {
      throw new HttpError(
        'upgrade_required',
        'GET /ws is a WebSocket endpoint; connect with a WebSocket client',
      );
    }
    env[ACCEPTED] = true;
    return c.body(null, 204);
  };
}

type Fetch = (request: Request, env: UpgradeEnv) => Response | Promise<Response>;

export function attachUpgrade(
  server: Server,
  fetch: Fetch,
  wss: WebSocketServer,
  onSocket: (ws: WebSocket, incoming: IncomingMessage) => void,
): void {
  server.on('upgrade', (incoming: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', ignore);
    void decide(incoming, fetch).then(
      (refusal) => {
        if (socket.destroyed) return;
        if (refusal) return refuse(socket, refusal);
        wss.handleUpgrade(incoming, socket, head, (ws) => {
          socket.off('error', ignore);
          onSocket(ws, incoming);
        });
      },
      () => refuse(socket, { status: 500, body: '' }),
    );
  });
}

interface Refusal {
  status: number;
  body: string;
}

/** Run the request through the app; null when the /ws route accepted it. */
async function decide(incoming: IncomingMessage, fetch: Fetch): Promise<Refusal | null> {
  if (incoming.headers.upgrade?.toLowerCase() !== 'websocket') {
    return { status: 400, body: '' };
  }
  let request: Request;
  try {
    request = toRequest(incoming);
  } catch {
    return { status: 400, body: '' };
  }
  const env: UpgradeEnv = { incoming, [ACCEPTED]: false };
  const response = await fetch(request, env);
  if (env[ACCEPTED]) return null;
  return { status: response.status, body: await response.text() };
}

function toRequest(incoming: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`);
  return new Request(url, { method: 'GET', headers });
}

function refuse(socket: Duplex, { status, body }: Refusal): void {
  if (socket.destroyed) return;
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Connection: close',
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}

function ignore(): void {}
