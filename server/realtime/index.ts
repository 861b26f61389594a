/**
 * Wires the live side to Hono and `ws`: our own WebSocketServer (payload
 * limit, no compression), the upgrade handler Hono runs after its middleware,
 * a Connection per socket, the heartbeat, and a goodbye on shutdown.
 */
import { upgradeWebSocket } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLOSE } from '../../shared/codes.js';
import { LIMITS } from '../../shared/protocol.js';
import type { Voxpop } from '../service/voxpop.js';
import { Connection, DEFAULT_CONNECTION_OPTIONS, type ConnectionOptions } from './connection.js';
import { Heartbeat } from './heartbeat.js';
import { DEFAULT_HUB_OPTIONS, Hub, type HubOptions } from './hub.js';
import { liveSocket } from './socket.js';

export interface RealtimeOptions {
  hub: HubOptions;
  connection: ConnectionOptions;
  heartbeatMs: number;
}

export const DEFAULT_REALTIME_OPTIONS: RealtimeOptions = {
  hub: DEFAULT_HUB_OPTIONS,
  connection: DEFAULT_CONNECTION_OPTIONS,
  heartbeatMs: 30_000,
};

export interface Realtime {
  readonly wss: WebSocketServer;
  readonly hub: Hub;
  readonly heartbeat: Heartbeat;
  /** The Hono handler for GET /ws. */
  readonly upgrade: MiddlewareHandler;
  /** Close every socket with 1001 and stop the timers. */
  close(): void;
}

export function createRealtime(service: Voxpop, options: RealtimeOptions = DEFAULT_REALTIME_OPTIONS): Realtime {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: LIMITS.maxPayloadBytes,
    perMessageDeflate: false,
    clientTracking: true,
  });
  const hub = new Hub(service, options.hub);
  const heartbeat = new Heartbeat(options.heartbeatMs);
  service.setPublisher(hub);

  const upgrade = upgradeWebSocket(() => {
    let connection: Connection | null = null;
    return {
      onOpen(_event, ws) {
        const raw = ws.raw as WebSocket;
        heartbeat.watch(raw);
        connection = new Connection(liveSocket(raw), service, hub, options.connection);
      },
      onMessage(event) {
        connection?.receive(event.data as string | ArrayBuffer);
      },
      onClose() {
        connection?.closed();
      },
      // Errors (a frame over maxPayload, a bad frame) already closed the socket
      // with the right code; the listener exists so they never crash the process.
      onError() {},
    };
  });

  return {
    wss,
    hub,
    heartbeat,
    upgrade,
    close() {
      hub.close();
      heartbeat.close();
      for (const ws of wss.clients) ws.close(CLOSE.goingAway, 'server shutting down');
    },
  };
}
