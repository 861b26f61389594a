/**
 * A WebSocket client written by hand on a TCP socket, for what a polite
 * client library will not send: frames split into thousands of fragments,
 * messages that never finish, headers trickled one byte at a time.
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

export const OPCODE = { continuation: 0x0, text: 0x1, close: 0x8, ping: 0x9, pong: 0xa } as const;

/** One client frame (clients must mask). */
export function frame(opcode: number, payload: Buffer | string, fin: boolean): Buffer {
  const data = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const length = data.length;
  const header =
    length < 126 ? Buffer.alloc(2) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  header[0] = (fin ? 0x80 : 0) | opcode;
  if (length < 126) header[1] = 0x80 | length;
  else if (length < 65536) {
    header[1] = 0x80 | 126;
    header.writeUInt16BE(length, 2);
  } else {
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  const mask = randomBytes(4);
  const masked = Buffer.alloc(length);
  for (let i = 0; i < length; i++) masked[i] = data[i]! ^ mask[i & 3]!;
  return Buffer.concat([header, mask, masked]);
}

export interface ServerFrame {
  opcode: number;
  payload: Buffer;
}

/** A raw connection that has completed the WebSocket handshake. */
export class RawWebSocket {
  readonly frames: ServerFrame[] = [];
  private buffer = Buffer.alloc(0);
  private readonly ended: Promise<void>;
  /** Set when the TCP connection is gone (FIN or RST). */
  endedAt: number | null = null;
  /** Answer the server's pings (as browsers do). */
  autoPong = true;

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.parse(chunk));
    socket.on('error', () => {});
    this.ended = new Promise((resolve) =>
      socket.once('close', () => {
        this.endedAt = Date.now();
        resolve();
      }),
    );
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<RawWebSocket> {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const key = randomBytes(16).toString('base64');
    const lines = [
      'GET /ws HTTP/1.1',
      `Host: ${hostname}:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${key}`,
      'Sec-WebSocket-Version: 13',
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    const rest = await new Promise<Buffer>((resolve, reject) => {
      let head = Buffer.alloc(0);
      const onData = (chunk: Buffer) => {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        socket.off('data', onData);
        const status = head.subarray(0, end).toString().split('\r\n')[0]!;
        if (!status.includes(' 101 ')) reject(new Error(`upgrade refused: ${status}`));
        else resolve(head.subarray(end + 4));
      };
      socket.on('data', onData);
      socket.once('error', reject);
    });
    const ws = new RawWebSocket(socket);
    if (rest.length) ws.parse(rest);
    return ws;
  }

  send(opcode: number, payload: Buffer | string, fin = true): boolean {
    if (this.socket.destroyed) return false;
    return this.socket.write(frame(opcode, payload, fin));
  }

  /** Write raw bytes (many frames at once). */
  write(bytes: Buffer): boolean {
    if (this.socket.destroyed) return false;
    return this.socket.write(bytes);
  }

  /** The close code the server sent, if it sent a close frame. */
  get closeCode(): number | null {
    const close = this.frames.find((f) => f.opcode === OPCODE.close);
    return close && close.payload.length >= 2 ? close.payload.readUInt16BE(0) : null;
  }

  texts(): unknown[] {
    return this.frames
      .filter((f) => f.opcode === OPCODE.text)
      .map((f) => JSON.parse(f.payload.toString()));
  }

  /** Resolves when the server has ended the TCP connection. */
  whenEnded(timeoutMs = 5000): Promise<void> {
    return Promise.race([
      this.ended,
      new Promise<void>((_, reject) =>
        setTimeout(() => reject(new Error('the server kept the connection open')), timeoutMs),
      ),
    ]);
  }

  destroy(): void {
    this.socket.destroy();
  }

  private parse(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.buffer.length < 2) return;
      const opcode = this.buffer[0]! & 0x0f;
      let length = this.buffer[1]! & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.buffer.length < 4) return;
        length = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.buffer.length < 10) return;
        length = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.buffer.length < offset + length) return;
      const payload = this.buffer.subarray(offset, offset + length);
      this.frames.push({ opcode, payload });
      // Answer the server's heartbeat like any client would.
      if (opcode === OPCODE.ping && this.autoPong) this.send(OPCODE.pong, Buffer.from(payload));
      this.buffer = this.buffer.subarray(offset + length);
    }
  }
}
