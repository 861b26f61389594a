/**
 * Server-Sent Events: an event's stream for other systems, over plain HTTP.
 * A stream is a presenter member of the event's room like any screen's
 * socket, so it hears what a presenter hears (public data only), coalesced
 * the same way; only the framing differs: each message is one SSE event,
 * `event: <type>` and `data: <the JSON the WebSocket carries>`.
 *
 * The stream writes to Node's ServerResponse itself, not through a web
 * ReadableStream: the bytes a slow reader has not taken stay visible in
 * `writableLength`, so the hub's slow-consumer rule (maxBufferedBytes) drops
 * it as it drops a socket. Piped through a ReadableStream they would queue
 * in the stream, unseen, while writableLength stayed small.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/codes.js';
import type { LiveEvent, Voxpop } from '../service/index.js';
import type { Hub } from './hub.js';
import type { Member } from './room.js';
import type { PeerSocket } from './socket.js';

/** The headers of every stream (besides the app's own, such as nosniff). */
export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  // nginx buffers proxied answers unless told not to.
  'x-accel-buffering': 'no',
} as const;

/** What a comment line every so often says: proxies close connections that stay quiet. */
const KEEP_ALIVE = ': keep-alive\n\n';

/** Every server message opens with its type; a type is a plain name. */
const HEAD = '{"type":"';
const NAME = /^[a-z][a-z0-9_]*$/;
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * One message as one SSE event. The type is read from the JSON's head
 * without parsing it (the whole JSON is parsed only if the head is not
 * `{"type":"<name>"`); a line break inside the data, which JSON text never
 * holds raw, would still become a `data:` line of its own.
 */
export function sseFrame(data: string | Buffer): string | Buffer {
  if (typeof data === 'string') {
    const body = /[\r\n]/.test(data) ? data.replace(LINE_BREAK, '\ndata: ') : data;
    return `event: ${typeOf(data)}\ndata: ${body}\n\n`;
  }
  if (data.includes(0x0a) || data.includes(0x0d)) return sseFrame(data.toString());
  const head = data.toString('latin1', 0, Math.min(data.length, 64));
  const type = typeOf(head, () => data.toString());
  return Buffer.concat([Buffer.from(`event: ${type}\ndata: `), data, Buffer.from('\n\n')]);
}

function typeOf(text: string, whole: () => string = () => text): string {
  if (text.startsWith(HEAD)) {
    const end = text.indexOf('"', HEAD.length);
    const type = end < 0 ? '' : text.slice(HEAD.length, end);
    if (NAME.test(type)) return type;
  }
  try {
    const parsed: unknown = JSON.parse(whole());
    const type = (parsed as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && NAME.test(type)) return type;
  } catch {
    /* not JSON: the SSE default type */
  }
  return 'message';
}

/** A room's socket over one SSE response. */
export class SsePeerSocket implements PeerSocket {
  private open = true;

  constructor(private readonly response: ServerResponse) {
    // The client went away (or we ended it): nothing more is written.
    response.once('close', () => (this.open = false));
    // A write to a connection that just broke: 'close' follows; no uncaught error.
    response.on('error', ignore);
  }

  get isOpen(): boolean {
    return this.open && !this.response.destroyed && !this.response.writableEnded;
  }

  /** Bytes the client has not taken yet: the response's and its socket's buffers. */
  get bufferedAmount(): number {
    return this.response.writableLength;
  }

  send(data: string | Buffer): void {
    if (this.isOpen) this.response.write(sseFrame(data));
  }

  /** A comment line, which EventSource ignores and proxies see as traffic. */
  keepAlive(): void {
    if (this.isOpen) this.response.write(KEEP_ALIVE);
  }

  /** SSE has no close code: the stream just ends (after `event_deleted`, or at shutdown). */
  close(): void {
    this.open = false;
    if (!this.response.writableEnded) this.response.end();
  }

  terminate(): void {
    this.open = false;
    this.response.destroy();
  }
}

export interface SseOptions {
  /** How often each stream gets a comment line (15 s; shorter only in tests). */
  keepAliveMs: number;
}

/** Why a stream cannot start; answered as JSON before any of it is written. */
export interface StreamRefusal {
  code: ErrorCode;
  message: string;
}

/** The open streams of this process: joined as presenters, kept alive, ended at shutdown. */
export class EventStreams {
  private readonly streams = new Set<SsePeerSocket>();
  private readonly timer: NodeJS.Timeout;
  private closing = false;

  constructor(
    private readonly voxpop: Voxpop,
    private readonly hub: Hub,
    options: SseOptions,
  ) {
    this.timer = setInterval(() => {
      for (const stream of this.streams) stream.keepAlive();
    }, options.keepAliveMs);
    this.timer.unref();
  }

  /** Streams open now. */
  get size(): number {
    return this.streams.size;
  }

  /**
   * Start the event's stream on `response`: the headers, then the presenter's
   * welcome, then every push. Null once started; a refusal when it cannot
   * (nothing is written then, so the caller answers with the error).
   */
  open(
    event: LiveEvent,
    response: ServerResponse,
    headers: OutgoingHttpHeaders,
  ): StreamRefusal | null {
    // A presenter socket's admission: the server is not going away, the event is not deleted.
    if (this.closing) return { code: 'shutting_down', message: 'server shutting down' };
    if (event.deleted) return { code: 'event_not_found', message: 'the event was deleted' };
    // The client left while the event was looked up: nobody to stream to.
    if (response.destroyed) return null;

    const socket = new SsePeerSocket(response);
    const member: Member = { socket, role: 'presenter', participantId: null };
    // Membership and welcome in one synchronous step, as for a socket's join:
    // every push published after this point reaches the stream after its welcome.
    const room = this.hub.join(event.record.code, member);
    let welcome: string;
    try {
      welcome = JSON.stringify(
        this.voxpop.views.welcome(event, 'presenter', null, this.hub.attendeesIn(room)),
      );
    } catch (error) {
      this.hub.leave(room, member);
      throw error;
    }
    response.writeHead(200, headers);
    response.flushHeaders();
    this.streams.add(socket);
    response.once('close', () => {
      this.streams.delete(socket);
      this.hub.leave(room, member);
    });
    this.hub.fanoutOf('presenter').sendOne(socket, welcome);
    return null;
  }

  /** Shutdown: end every stream and refuse new ones. */
  close(): void {
    this.closing = true;
    clearInterval(this.timer);
    for (const stream of this.streams) stream.close();
  }
}

function ignore(): void {}
