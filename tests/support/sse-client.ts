/**
 * A test's Server-Sent Events client: plain `node:http`, no EventSource
 * library, so the test sees the bytes a proxy or `curl -N` sees. It parses
 * the stream as the SSE spec says (lines; `:` comments; `event:`/`data:`
 * fields; a blank line dispatches) and records every event, every comment
 * and each event's raw lines, with waits that fail with a useful message.
 */
import { request, type IncomingHttpHeaders, type ClientRequest } from 'node:http';

export interface SseEvent {
  /** The `event:` field ('message' when absent, as EventSource has it). */
  event: string;
  data: string;
  /** `data` parsed as JSON (null when it is not JSON). */
  json: any;
  /** The event's lines as they came. */
  lines: string[];
  at: number;
}

export class SseClient {
  readonly events: SseEvent[] = [];
  readonly comments: { text: string; at: number }[] = [];
  /** Everything received, as text. */
  raw = '';
  /** A refused (non-200) or HEAD answer's body, read whole. */
  body: string | undefined;
  ended = false;
  /** The server ended the stream properly (its last chunk came), rather than the connection breaking. */
  endedCleanly = false;
  private pending = '';
  private lines: string[] = [];
  private waiters: { test: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
  private onEnd: (() => void)[] = [];

  private constructor(
    private readonly req: ClientRequest,
    readonly status: number,
    readonly headers: IncomingHttpHeaders,
    readonly openedAt: number,
  ) {}

  /**
   * GET the URL; resolves once the response's head is in. A non-200 answer's
   * body is read whole (`body`), as a client refused before any stream would.
   */
  static open(url: string, method = 'GET'): Promise<SseClient> {
    return new Promise((resolve, reject) => {
      const req = request(url, { method, headers: { Accept: 'text/event-stream' } }, (res) => {
        const client = new SseClient(req, res.statusCode ?? 0, res.headers, Date.now());
        res.setEncoding('utf8');
        const finish = () => {
          if (client.ended) return;
          client.ended = true;
          for (const resolveEnd of client.onEnd.splice(0)) resolveEnd();
        };
        res.on('end', () => {
          client.endedCleanly = true;
          finish();
        });
        res.on('close', finish);
        res.on('error', () => {});
        if (client.status !== 200 || method === 'HEAD') {
          let body = '';
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => {
            client.body = body;
            resolve(client);
          });
          return;
        }
        res.on('data', (chunk: string) => client.receive(chunk));
        resolve(client);
      });
      req.on('error', reject);
      req.setTimeout(10_000, () => req.destroy(new Error('no answer in 10 s')));
      req.end();
    });
  }

  private receive(chunk: string): void {
    this.raw += chunk;
    this.pending += chunk;
    // A line ends at CRLF, LF or CR; the last piece may be incomplete.
    const parts = this.pending.split(/\r\n|\n|\r(?!$)/);
    this.pending = parts.pop()!;
    for (const line of parts) this.line(line);
  }

  private line(line: string): void {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) {
      this.comments.push({ text: line.slice(1).trim(), at: Date.now() });
      return;
    }
    this.lines.push(line);
  }

  private dispatch(): void {
    const lines = this.lines;
    this.lines = [];
    if (lines.length === 0) return;
    let event = 'message';
    const data: string[] = [];
    for (const line of lines) {
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length === 0) return;
    const text = data.join('\n');
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    const received: SseEvent = { event, data: text, json, lines, at: Date.now() };
    this.events.push(received);
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(received)) return true;
      w.resolve(received);
      return false;
    });
  }

  /** Every event of this type received so far. */
  all(event: string): SseEvent[] {
    return this.events.filter((e) => e.event === event);
  }

  /** The first event of this type (received already or yet to come) that passes `where`. */
  seen(event: string, where: (json: any) => boolean = () => true, timeoutMs = 5000) {
    const found = this.events.find((e) => e.event === event && where(e.json));
    if (found) return Promise.resolve(found);
    return this.next(event, where, timeoutMs);
  }

  /** The next event of this type that passes `where`. */
  next(event: string, where: (json: any) => boolean = () => true, timeoutMs = 5000) {
    return new Promise<SseEvent>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        const last = this.events.slice(-5).map((e) => `${e.event} ${e.data.slice(0, 120)}`);
        reject(new Error(`no SSE ${event} within ${timeoutMs} ms; last: ${JSON.stringify(last)}`));
      }, timeoutMs);
      const done = (e: SseEvent) => {
        clearTimeout(timer);
        resolve(e);
      };
      this.waiters.push({ test: (e) => e.event === event && where(e.json), resolve: done });
    });
  }

  /** Resolves once the server ends the stream; rejects after `timeoutMs`. */
  whenEnded(timeoutMs = 5000): Promise<void> {
    if (this.ended) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the stream did not end')), timeoutMs);
      this.onEnd.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Hang up, as a client that goes away. */
  close(): void {
    this.req.destroy();
  }
}
