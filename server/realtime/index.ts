/**
 * Wires the live side: our own WebSocketServer (64 KiB payload limit, no
 * compression), a Connection per accepted socket, the heartbeat, and a
 * goodbye on shutdown. The upgrade itself is in upgrade.ts.
 */
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
  /** Take over an upgraded socket. */
  accept(ws: WebSocket): void;
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

  const accept = (ws: WebSocket): void => {
    const connection = new Connection(liveSocket(ws), service, hub, options.connection);
    heartbeat.watch(ws);
    ws.on('message', (data, isBinary) => {
      if (isBinary) connection.receiveBinary();
      else connection.receiveText(String(data));
    });
    ws.on('close', () => connection.closed());
    // A frame over maxPayload or a broken frame: ws has already closed the
    // socket with the right code (1009, 1002); the listener keeps the error
    // from becoming an uncaught exception.
    ws.on('error', ignoreSocketError);
  };

  return {
    wss,
    hub,
    heartbeat,
    accept,
    close() {
      hub.close();
      heartbeat.close();
      for (const ws of wss.clients) ws.close(CLOSE.goingAway, 'server shutting down');
    },
  };
}

function ignoreSocketError(): void {}
