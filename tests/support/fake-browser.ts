/**
 * The parts of a browser `client/src/lib/live-socket.ts` touches, as fakes a
 * unit test drives by hand: a WebSocket whose server side the test plays,
 * the window's `online` event, the document's visibility, and `location`.
 * Installed with `vi.stubGlobal`, so the class under test is the shipped one,
 * unchanged. Use with `vi.useFakeTimers()`: the fake closes, like a browser,
 * in a later task, never inside `close()`.
 */
import { vi } from 'vitest';

export class FakeWebSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;

  readyState = FakeWebSocket.CONNECTING;
  /** Every text the page sent, parsed. */
  readonly sent: Record<string, unknown>[] = [];
  /** The code the page closed with, if it did. */
  closedWith: number | undefined;
  /** A dead line: the page's `close()` never gets its close event. */
  deadLine = false;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(readonly url: string) {
    FakeBrowser.current?.sockets.push(this);
  }

  send(data: string): void {
    if (this.readyState !== FakeWebSocket.OPEN) throw new Error('InvalidStateError: not open');
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }

  close(code?: number): void {
    if (this.readyState >= FakeWebSocket.CLOSING) return;
    this.closedWith = code;
    this.readyState = FakeWebSocket.CLOSING;
    if (this.deadLine) return;
    setTimeout(() => this.finishClose(code ?? 1005), 0);
  }

  // ------------------------------------------------------ the server's side

  open(): void {
    this.readyState = FakeWebSocket.OPEN;
    this.onopen?.({});
  }

  /** A server message, as text (a string is sent as is, anything else as JSON). */
  receive(message: unknown): void {
    this.onmessage?.({ data: typeof message === 'string' ? message : JSON.stringify(message) });
  }

  /** The server (or the network) closed the connection. */
  drop(code = 1006): void {
    if (this.readyState === FakeWebSocket.CLOSED) return;
    this.finishClose(code);
  }

  /** Messages of one type the page sent on this socket. */
  sentOf(type: string): Record<string, unknown>[] {
    return this.sent.filter((m) => m.type === type);
  }

  get isOpen(): boolean {
    return this.readyState === FakeWebSocket.OPEN;
  }

  private finishClose(code: number): void {
    this.readyState = FakeWebSocket.CLOSED;
    this.onclose?.({ code });
  }
}

/** The window and document around the fake sockets. */
export class FakeBrowser {
  static current: FakeBrowser | null = null;
  readonly sockets: FakeWebSocket[] = [];
  private readonly window = new EventTarget();
  private readonly document = Object.assign(new EventTarget(), {
    visibilityState: 'visible' as DocumentVisibilityState,
  });

  /** Stubs the globals; undo with `vi.unstubAllGlobals()`. */
  static install(origin = 'http://192.168.1.20:3000'): FakeBrowser {
    const browser = new FakeBrowser();
    FakeBrowser.current = browser;
    const url = new URL(origin);
    vi.stubGlobal('WebSocket', FakeWebSocket);
    vi.stubGlobal('location', { protocol: url.protocol, host: url.host });
    vi.stubGlobal('document', browser.document);
    vi.stubGlobal('addEventListener', browser.window.addEventListener.bind(browser.window));
    vi.stubGlobal('removeEventListener', browser.window.removeEventListener.bind(browser.window));
    return browser;
  }

  /** The socket the page opened last. */
  get last(): FakeWebSocket {
    const socket = this.sockets.at(-1);
    if (!socket) throw new Error('the page has opened no socket');
    return socket;
  }

  goOnline(): void {
    this.window.dispatchEvent(new Event('online'));
  }

  setVisibility(state: DocumentVisibilityState): void {
    this.document.visibilityState = state;
    this.document.dispatchEvent(new Event('visibilitychange'));
  }
}
