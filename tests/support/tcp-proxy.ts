/**
 * A TCP proxy in front of a server (PostgreSQL) that a test can break and
 * restore, to play the server going away without touching it:
 * - `cut()` destroys every connection through it and refuses new ones (the
 *   server is down: errors come at once);
 * - `hang()` lets every connection, open or new, go silent, bytes dropped
 *   (a peer that vanished: only timeouts notice).
 * `restore()` forwards again; connections that hung are destroyed then, as
 * they lost bytes. Listens on 127.0.0.1, on a free port.
 */
import net from 'node:net';

export interface TcpProxy {
  readonly port: number;
  cut(): void;
  hang(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let mode: 'up' | 'cut' | 'hang' = 'up';
  const destroyAll = () => {
    for (const socket of open) socket.destroy();
  };
  const server = net.createServer((downstream) => {
    if (mode === 'cut') {
      downstream.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    const forward = (from: net.Socket, to: net.Socket) => {
      open.add(from);
      from.on('data', (chunk) => {
        if (mode === 'up') to.write(chunk);
      });
      from.on('error', () => {});
      from.on('close', () => {
        open.delete(from);
        to.destroy();
      });
    };
    forward(downstream, upstream);
    forward(upstream, downstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    cut() {
      mode = 'cut';
      destroyAll();
    },
    hang() {
      mode = 'hang';
    },
    restore() {
      if (mode === 'hang') destroyAll();
      mode = 'up';
    },
    close() {
      destroyAll();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
