/**
 * The fan-out with fake sockets: small pushes go out at once, big ones in
 * slices across event-loop turns, every socket gets its messages in order,
 * and a socket that stopped reading is dropped instead of buffered.
 */
import { expect, test } from 'vitest';
import { Fanout } from '../../server/realtime/fanout.js';
import type { PeerSocket } from '../../server/realtime/socket.js';

class FakeSocket implements PeerSocket {
  received: string[] = [];
  isOpen = true;
  bufferedAmount = 0;
  terminated = false;
  send(data: string | Buffer): void {
    this.received.push(String(data));
  }
  close(): void {
    this.isOpen = false;
  }
  terminate(): void {
    this.terminated = true;
    this.isOpen = false;
  }
}

const sockets = (n: number) => Array.from({ length: n }, () => new FakeSocket());
const turn = () => new Promise((resolve) => setImmediate(resolve));

test('a push to no more than a slice is written at once', () => {
  const fanout = new Fanout({ sliceSize: 10, maxBufferedBytes: 1024 });
  const audience = sockets(10);
  fanout.send(new Set(audience), 'tally');
  expect(audience.every((s) => s.received.join() === 'tally')).toBe(true);
  expect(fanout.pending).toBe(0);
});

test('a big push goes out a slice per turn, and a later push to the same sockets stays behind it', async () => {
  const fanout = new Fanout({ sliceSize: 10, maxBufferedBytes: 1024 });
  const audience = sockets(25);
  fanout.send(audience, 'first');
  fanout.send(audience, 'second');
  expect(audience.filter((s) => s.received.length > 0)).toHaveLength(10);
  for (let i = 0; i < 10 && fanout.pending > 0; i++) await turn();
  expect(fanout.pending).toBe(0);
  for (const socket of audience) expect(socket.received).toEqual(['first', 'second']);
});

test('later joiners are not in a push that was already given', async () => {
  const fanout = new Fanout({ sliceSize: 2, maxBufferedBytes: 1024 });
  const room = new Set(sockets(5));
  fanout.send(room, 'before');
  const late = new FakeSocket();
  room.add(late);
  for (let i = 0; i < 10 && fanout.pending > 0; i++) await turn();
  expect(late.received).toEqual([]);
});

test('a socket whose unsent output is past the limit is terminated, the others served', () => {
  let dropped = 0;
  const fanout = new Fanout({
    sliceSize: 10,
    maxBufferedBytes: 1024,
    onSlowConsumer: () => dropped++,
  });
  const [slow, reader] = sockets(2);
  slow!.bufferedAmount = 4096;
  fanout.send([slow!, reader!], 'tally');
  expect(slow!.terminated).toBe(true);
  expect(slow!.received).toEqual([]);
  expect(reader!.received).toEqual(['tally']);
  expect(dropped).toBe(1);
});

test('a push to many sockets is encoded once: every socket is written the same bytes', () => {
  const fanout = new Fanout({ sliceSize: 100, maxBufferedBytes: 1024 });
  const written: (string | Buffer)[] = [];
  const audience = Array.from({ length: 20 }, () => {
    const socket = new FakeSocket();
    socket.send = (data) => void written.push(data);
    return socket;
  });
  const text = JSON.stringify({ type: 'tally', text: 'Ça va? 🙂' });
  fanout.send(audience, text);
  expect(written).toHaveLength(20);
  const buffers = written.filter((data): data is Buffer => Buffer.isBuffer(data));
  // The first few as they are; from then on one Buffer, the same object for all.
  expect(buffers.length).toBeGreaterThan(10);
  expect(new Set(buffers).size).toBe(1);
  expect(written.every((data) => String(data) === text)).toBe(true);
});
