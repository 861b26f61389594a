/**
 * Wires the live side: our own WebSocketServer (64 KiB payload limit, no
 * compression), a Connection per accepted socket, the heartbeat, the
 * Server-Sent Events streams (sse.ts), and a goodbye on shutdown. The
 * upgrade itself is in upgrade.ts.
 */
import type { IncomingMessage } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLOSE } from '../../shared/codes.js';
import { LIMITS } from '../../shared/protocol.js';
import type { Bus } from '../bus/port.js';
import type { Voxpop } from '../service/index.js';
import { Connection, DEFAULT_CONNECTION_OPTIONS, type ConnectionOptions } from './connection.js';
import { Heartbeat } from './heartbeat.js';
import { DEFAULT_HUB_OPTIONS, Hub, type HubOptions } from './hub.js';
import { peerSocket } from './socket.js';
import { EventStreams } from './sse.js';
import { KeyedRateLimiter } from '../rate-limit.js';
import { clientAddress, rateKey } from '../client-address.js';
import type { SocketCounts } from '../observability/metrics.js';

/**
 * Fragments one message may arrive in; past it ws closes the socket with
 * 1008. Browsers send voxpop's small messages whole (a 64 KiB message in 256
 * fragments would still pass); ws's own default, 16,384, lets one socket
 * hold 16,384 one-byte Buffers for a 16 KiB message, and never-ending empty
 * fragments do not count toward maxPayload at all.
 */
export const MAX_FRAGMENTS = 256;

export interface RealtimeOptions {
  hub: HubOptions;
  connection: ConnectionOptions;
  heartbeatMs: number;
  /** Each SSE stream gets a comment line this often. */
  sseKeepAliveMs: number;
  /** Per client address: joins that mint a participant (shared with HTTP). */
  participantLimiter: KeyedRateLimiter;
  /** Reverse proxies whose X-Forwarded-For is believed. */
  trustProxy: number;
}

export const DEFAULT_REALTIME_OPTIONS: RealtimeOptions = {
  hub: DEFAULT_HUB_OPTIONS,
  connection: DEFAULT_CONNECTION_OPTIONS,
  heartbeatMs: 30_000,
  sseKeepAliveMs: 15_000,
  participantLimiter: new KeyedRateLimiter(null),
  trustProxy: 0,
};

export interface Realtime {
  readonly wss: WebSocketServer;
  readonly hub: Hub;
  readonly heartbeat: Heartbeat;
  /** The events' Server-Sent Events streams (GET /api/events/:code/stream). */
  readonly streams: EventStreams;
  /** Take over an upgraded socket; `incoming` is its upgrade request (read now, not kept). */
  accept(ws: WebSocket, incoming?: IncomingMessage): void;
  /** Joined sockets by role, SSE streams apart (GET /metrics). */
  sockets(): SocketCounts;
  /** Close every socket with 1001, end every stream, and stop the timers. */
  close(): void;
}

export function createRealtime(
  voxpop: Voxpop,
  bus: Bus,
  options: RealtimeOptions = DEFAULT_REALTIME_OPTIONS,
): Realtime {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: LIMITS.maxPayloadBytes,
    maxFragments: MAX_FRAGMENTS,
    perMessageDeflate: false,
    clientTracking: true,
  });
  const hub = new Hub(bus, options.hub);
  const heartbeat = new Heartbeat(options.heartbeatMs);
  const streams = new EventStreams(voxpop, hub, { keepAliveMs: options.sseKeepAliveMs });

  const accept = (ws: WebSocket, incoming?: IncomingMessage): void => {
    const peer = {
      key: rateKey(clientAddress(incoming, options.trustProxy)),
      limiter: options.participantLimiter,
    };
    const connection = new Connection(peerSocket(ws), voxpop, hub, options.connection, peer);
    heartbeat.watch(ws);
    ws.on('message', (data, isBinary) => {
      if (isBinary) connection.receiveBinary();
      else connection.receiveText(String(data));
    });
    // Control frames count toward the message rate too: ws answers every
    // ping by itself, so a steady stream of them would bypass the limit.
    ws.on('ping', () => connection.receiveControl());
    ws.on('pong', () => connection.receiveControl());
    ws.on('close', () => connection.closed());
    // A frame over maxPayload, too many fragments or a broken frame: ws has
    // already closed the socket with the right code (1009, 1008, 1002); the listener keeps the error
    // from becoming an uncaught exception.
    ws.on('error', ignoreSocketError);
  };

  return {
    wss,
    hub,
    heartbeat,
    streams,
    accept,
    sockets() {
      // Every stream is a presenter member of its room (sse.ts): told apart here.
      const members = hub.membersByRole();
      const sse = streams.size;
      return { ...members, presenter: members.presenter - sse, sse };
    },
    close() {
      hub.close();
      heartbeat.close();
      streams.close();
      for (const ws of wss.clients) ws.close(CLOSE.goingAway, 'server shutting down');
    },
  };
}

function ignoreSocketError(): void {}
