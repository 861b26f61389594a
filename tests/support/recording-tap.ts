/**
 * A hand on the page's WebSocket in both directions (Playwright's
 * routeWebSocket), across reconnects: it records every message the page
 * sends and every one it is handed, numbered by connection, and can hold
 * back messages of some types either way. SocketTap (socket-tap.ts) holds
 * server messages to release them later; this one is for crash tests, where
 * what was held dies with the connection and what matters is what the page
 * sent, under which ref, before and after.
 */
import type { Page } from 'playwright-core';

export interface TappedMessage {
  /** 1 for the page's first socket, 2 after its first reconnect, ... */
  connection: number;
  type: string;
  message: Record<string, unknown>;
  /** False while held, and for good once its connection is gone. */
  passed: boolean;
}

export class RecordingTap {
  /** Everything the page sent, held or not, in order. */
  readonly fromPage: TappedMessage[] = [];
  /** Everything the server sent the page, held or not, in order. */
  readonly toPage: TappedMessage[] = [];
  connections = 0;
  private readonly holdingFromPage = new Set<string>();
  private readonly holdingToPage = new Set<string>();
  /** Holds apply to the connections numbered up to this. */
  private heldUpTo = Infinity;

  async attach(page: Page): Promise<void> {
    await page.routeWebSocket(/\/ws$/, (route) => {
      const connection = ++this.connections;
      const server = route.connectToServer();
      route.onMessage((data) => {
        const tapped = this.record(this.fromPage, connection, data);
        if (connection <= this.heldUpTo && this.holdingFromPage.has(tapped.type)) return;
        tapped.passed = true;
        server.send(data);
      });
      server.onMessage((data) => {
        const tapped = this.record(this.toPage, connection, data);
        if (connection <= this.heldUpTo && this.holdingToPage.has(tapped.type)) return;
        tapped.passed = true;
        route.send(data);
      });
    });
  }

  /** From now on, messages of these types stop here, on every connection, never to be delivered. */
  hold({ fromPage = [], toPage = [] }: { fromPage?: string[]; toPage?: string[] }): void {
    for (const type of fromPage) this.holdingFromPage.add(type);
    for (const type of toPage) this.holdingToPage.add(type);
    this.heldUpTo = Infinity;
  }

  /**
   * Connections opened from now on pass everything. The connections open now
   * keep holding, to their end: a message already on its way (an ack sent
   * just before a crash) is held as it would have been, not let through.
   */
  stopHolding(): void {
    this.heldUpTo = this.connections;
  }

  sent(type: string, connection?: number): TappedMessage[] {
    return this.fromPage.filter(
      (m) => m.type === type && (connection === undefined || m.connection === connection),
    );
  }

  received(type: string, connection?: number): TappedMessage[] {
    return this.toPage.filter(
      (m) => m.type === type && (connection === undefined || m.connection === connection),
    );
  }

  private record(log: TappedMessage[], connection: number, data: string | Buffer): TappedMessage {
    const message = JSON.parse(String(data)) as Record<string, unknown>;
    const tapped = { connection, type: String(message.type), message, passed: false };
    log.push(tapped);
    return tapped;
  }
}
