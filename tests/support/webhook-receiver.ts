/**
 * A webhook receiver on 127.0.0.1 for tests: records every delivery as it
 * arrived (raw body, headers, time) and answers as the test tells it:
 * statuses in turn, or never (a receiver that hangs).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  raw: string;
  json: any;
  at: number;
  path: string;
}

/** What the receiver answers: a status, a status after a while, or 'hang' (never answer). */
export type Reply = number | { status: number; afterMs: number } | 'hang';

export class WebhookReceiver {
  readonly received: Received[] = [];
  /** Replies for the next deliveries, in turn; once used up, `fallback`. */
  replies: Reply[] = [];
  fallback: Reply = 204;
  private readonly waiters: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<WebhookReceiver> {
    let receiver: WebhookReceiver | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        let json: unknown = null;
        try {
          json = JSON.parse(raw);
        } catch {
          /* recorded as it came */
        }
        receiver!.received.push({
          headers: req.headers,
          raw,
          json,
          at: Date.now(),
          path: req.url ?? '',
        });
        receiver!.waiters.splice(0).forEach((wake) => wake());
        const reply = receiver!.replies.shift() ?? receiver!.fallback;
        if (reply === 'hang') return;
        if (typeof reply === 'number') res.writeHead(reply).end();
        else setTimeout(() => res.writeHead(reply.status).end(), reply.afterMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    receiver = new WebhookReceiver(server, `http://127.0.0.1:${port}`);
    return receiver;
  }

  /** Resolves once `count` deliveries (matching `filter`) have arrived. */
  async waitFor(
    count: number,
    filter: (r: Received) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<Received[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const matching = this.received.filter(filter);
      if (matching.length >= count) return matching;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`${matching.length} of ${count} webhook deliveries within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** What a receiver does: recompute the signature over the raw body and compare in constant time. */
export function signatureHolds(received: Received, secret: string): boolean {
  const header = String(received.headers['x-voxpop-signature'] ?? '');
  const expected = `sha256=${createHmac('sha256', secret).update(received.raw, 'utf8').digest('hex')}`;
  return (
    header.length === expected.length && timingSafeEqual(Buffer.from(header), Buffer.from(expected))
  );
}
