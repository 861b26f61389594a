/**
 * A browser test's hand on the page's WebSocket (Playwright's routeWebSocket).
 */
import type { Page, WebSocketRoute } from 'playwright-core';

/**
 * Stands between the page and the server's socket and can hold back server
 * messages of some types, so a test can look at the page before they arrive.
 */
export class SocketTap {
  private holding = new Set<string>();
  private held: { route: WebSocketRoute; message: string }[] = [];
  private delivered: string[] = [];
  private waiters: { type: string; resolve: () => void }[] = [];

  async attach(page: Page): Promise<void> {
    await page.routeWebSocket(/\/ws$/, (route) => {
      const server = route.connectToServer();
      route.onMessage((message) => server.send(message));
      server.onMessage((message) => {
        const text = String(message);
        const type = (JSON.parse(text) as { type: string }).type;
        if (this.holding.has(type)) this.held.push({ route, message: text });
        else this.deliver(route, text, type);
      });
    });
  }

  /** Resolves once the page has been handed a message of this type. */
  delivers(type: string, timeoutMs = 2000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} reached the page`)), timeoutMs);
      this.waiters.push({
        type,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  private deliver(route: WebSocketRoute, text: string, type: string): void {
    route.send(text);
    this.delivered.push(type);
    this.waiters = this.waiters.filter((w) => (w.type === type ? (w.resolve(), false) : true));
  }

  hold(...types: string[]): void {
    for (const type of types) this.holding.add(type);
  }

  heldTypes(): string[] {
    return this.held.map((h) => (JSON.parse(h.message) as { type: string }).type);
  }

  release(): void {
    this.holding.clear();
    for (const { route, message } of this.held.splice(0)) {
      this.deliver(route, message, (JSON.parse(message) as { type: string }).type);
    }
  }
}
