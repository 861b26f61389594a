/**
 * The little a room needs from a socket. The hub and its tests depend on
 * this, not on `ws`, so tests drive rooms with fakes and fake timers.
 */
import type { WebSocket } from 'ws';

export interface LiveSocket {
  readonly isOpen: boolean;
  /** Bytes queued in user space and not yet handed to the kernel. */
  readonly bufferedAmount: number;
  send(data: string): void;
  close(code: number, reason?: string): void;
  /** Drop at once, without a closing handshake (dead or hostile peers). */
  terminate(): void;
}

const OPEN = 1;

export function liveSocket(ws: WebSocket): LiveSocket {
  return {
    get isOpen() {
      return ws.readyState === OPEN;
    },
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
    send: (data) => ws.send(data),
    close: (code, reason) => ws.close(code, reason),
    terminate: () => ws.terminate(),
  };
}
