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
  send(data: string): void {
    this.received.push(data);
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
