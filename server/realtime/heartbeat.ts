/**
 * Finds dead peers: every interval each socket is pinged; one that has not
 * answered the previous ping is terminated. A half-open connection (phone
 * gone, no FIN) is therefore dropped within two intervals.
 */
import type { WebSocket } from 'ws';

export class Heartbeat {
  private readonly alive = new WeakMap<WebSocket, boolean>();
  private readonly sockets = new Set<WebSocket>();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs: number) {
    this.timer = setInterval(() => this.beat(), intervalMs);
    this.timer.unref();
  }

  watch(ws: WebSocket): void {
    this.alive.set(ws, true);
    this.sockets.add(ws);
    ws.on('pong', () => this.alive.set(ws, true));
    ws.once('close', () => this.sockets.delete(ws));
  }

  private beat(): void {
    for (const ws of this.sockets) {
      if (!this.alive.get(ws)) {
        this.sockets.delete(ws);
        ws.terminate();
        continue;
      }
      this.alive.set(ws, false);
      ws.ping();
    }
  }

  close(): void {
    clearInterval(this.timer);
  }
}
