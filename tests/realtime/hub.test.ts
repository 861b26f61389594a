/**
 * The hub with fake sockets, the in-process bus and a fake clock: pushes go
 * to the audiences they are rendered for, at once; attendees get a poll's
 * tally at most once a second (the latest one), and never one that was
 * retracted; presence is coalesced; a deleted event's sockets are told and
 * closed; a room that empties stops hearing the bus.
 */
import { afterEach, expect, test } from 'vitest';
import { LocalBus } from '../../server/bus/local.js';
import type { BusMessage } from '../../server/bus/port.js';
import { DEFAULT_HUB_OPTIONS, Hub } from '../../server/realtime/hub.js';
import type { Member } from '../../server/realtime/room.js';
import type { PeerSocket } from '../../server/realtime/socket.js';

class FakeSocket implements PeerSocket {
  received: string[] = [];
  isOpen = true;
  bufferedAmount = 0;
  closedWith: number | null = null;
  send(data: string | Buffer): void {
    this.received.push(String(data));
  }
  close(code: number): void {
    this.closedWith = code;
    this.isOpen = false;
  }
  terminate(): void {
    this.isOpen = false;
  }
}

let clock = 0;
const hubs: Hub[] = [];
afterEach(() => {
  for (const hub of hubs.splice(0)) hub.close();
});

function setUp() {
  clock = 10_000;
  const bus = new LocalBus();
  const hub = new Hub(bus, DEFAULT_HUB_OPTIONS, () => clock);
  hubs.push(hub);
  const member = (role: Member['role'], participantId: number | null = null) => {
    const socket = new FakeSocket();
    const joined: Member = { socket, role, participantId };
    return { socket, member: joined, room: hub.join('123456', joined) };
  };
  return { bus, hub, member };
}

const tally = (pollId: number, seq: number, hidden = false): BusMessage => ({
  type: 'tally',
  event: '123456',
  pollId,
  seq,
  voters: seq,
  counters: { '1': seq },
  hosts: `host ${pollId}#${seq}`,
  screens: hidden ? null : `screen ${pollId}#${seq}`,
  attendees: hidden ? null : `phone ${pollId}#${seq}`,
});

test('a push reaches each audience with its own rendering, at once; other events hear nothing', () => {
  const { bus, member } = setUp();
  const host = member('host');
  const screen = member('presenter');
  const phone = member('attendee', 1);
  bus.publish({ type: 'push', event: '123456', hosts: 'h', screens: 's', attendees: null });
  bus.publish({ type: 'push', event: '999999', hosts: 'x', screens: 'x', attendees: 'x' });
  expect(host.socket.received).toEqual(['h']);
  expect(screen.socket.received).toEqual(['s']);
  expect(phone.socket.received).toEqual([]);
});

test('hosts and screens get every tally at once; attendees the latest, at most once a second per poll', () => {
  const { bus, hub, member } = setUp();
  const screen = member('presenter');
  const phone = member('attendee', 1);
  const tallies = () => phone.socket.received.filter((m) => m.startsWith('phone'));

  bus.publish(tally(7, 1));
  expect(screen.socket.received).toEqual(['screen 7#1']);
  hub.tick();
  expect(tallies()).toEqual(['phone 7#1']);

  clock += 300;
  bus.publish(tally(7, 2));
  bus.publish(tally(7, 3));
  bus.publish(tally(8, 1));
  hub.tick();
  // Poll 8 had no push yet; poll 7 had one 300 ms ago and waits.
  expect(tallies()).toEqual(['phone 7#1', 'phone 8#1']);
  clock += 699;
  hub.tick();
  expect(tallies()).toEqual(['phone 7#1', 'phone 8#1']);
  clock += 1;
  hub.tick();
  // Only the latest of the held ones.
  expect(tallies()).toEqual(['phone 7#1', 'phone 8#1', 'phone 7#3']);
  expect(screen.socket.received.filter((m) => m.startsWith('screen'))).toEqual([
    'screen 7#1',
    'screen 7#2',
    'screen 7#3',
    'screen 8#1',
  ]);
});

test('a big room’s attendees get a held tally a tenth per tick, each at most once a second, all the latest', async () => {
  const { bus, hub, member } = setUp();
  const phones = Array.from({ length: 2000 }, (_, i) => member('attendee', i + 1).socket);
  const got = (socket: FakeSocket) => socket.received.filter((m) => m.startsWith('phone'));
  const reached = () => phones.filter((socket) => got(socket).length > 0).length;
  const turns = async () => {
    // The fan-out writes its slices across event-loop turns.
    while (hub.pending > 0) await new Promise((resolve) => setImmediate(resolve));
  };

  bus.publish(tally(7, 1));
  const perTick: number[] = [];
  for (let tick = 0; tick < 10; tick++) {
    const before = reached();
    hub.tick();
    await turns();
    perTick.push(reached() - before);
    clock += 100;
  }
  // Ten ticks, a tenth of the room each: never the whole room in one burst.
  expect(perTick).toEqual(new Array(10).fill(200));
  // A newer tally now: each group gets it a second after its last one, a group per tick again.
  bus.publish(tally(7, 2));
  for (let tick = 0; tick < 10; tick++) {
    hub.tick();
    await turns();
    clock += 100;
  }
  for (const socket of phones) expect(got(socket)).toEqual(['phone 7#1', 'phone 7#2']);
  // A room under 1,000 attendees gets it in one tick, as before.
  const small = setUp();
  const few = Array.from({ length: 50 }, (_, i) => small.member('attendee', i + 1).socket);
  small.bus.publish(tally(7, 1));
  small.hub.tick();
  await new Promise((resolve) => setImmediate(resolve));
  expect(few.every((socket) => got(socket).length === 1)).toBe(true);
});

test('a fan-out to every phone never holds back a screen’s or host’s tally: they are written at once', async () => {
  const { bus, hub, member } = setUp();
  const screen = member('presenter');
  const host = member('host');
  const phones = Array.from({ length: DEFAULT_HUB_OPTIONS.sliceSize * 4 }, (_, i) =>
    member('attendee', i + 1),
  );
  bus.publish({ type: 'push', event: '123456', hosts: 'h0', screens: 's0', attendees: 'everyone' });
  // The phones' push is being written in slices; the screen's next tallies are not behind it.
  expect(hub.pending).toBeGreaterThan(0);
  bus.publish(tally(7, 1));
  bus.publish(tally(7, 2));
  expect(screen.socket.received).toEqual(['s0', 'screen 7#1', 'screen 7#2']);
  expect(host.socket.received).toEqual(['h0', 'host 7#1', 'host 7#2']);
  expect(phones.at(-1)!.socket.received).toEqual([]);
  for (let i = 0; i < 20 && hub.pending > 0; i++) await new Promise((r) => setImmediate(r));
  expect(phones.every((p) => p.socket.received[0] === 'everyone')).toBe(true);
});

test('a retracted tally (results hidden, poll deleted) is never sent to attendees', () => {
  const { bus, hub, member } = setUp();
  const phone = member('attendee', 1);
  bus.publish(tally(7, 1));
  hub.tick();
  clock += 200;
  bus.publish(tally(7, 2));
  bus.publish(tally(7, 3, true));
  clock += 2000;
  hub.tick();
  expect(phone.socket.received.filter((m) => m.startsWith('phone'))).toEqual(['phone 7#1']);
});

test('presence counts people, not tabs, and is pushed at most once a second', () => {
  const { hub, member } = setUp();
  const screen = member('presenter');
  member('attendee', 1);
  member('attendee', 1);
  hub.tick();
  member('attendee', 2);
  hub.tick();
  const presence = () => screen.socket.received.filter((m) => m.includes('presence'));
  expect(presence()).toEqual(['{"type":"presence","attendees":1}']);
  clock += 1000;
  hub.tick();
  expect(presence()).toEqual([
    '{"type":"presence","attendees":1}',
    '{"type":"presence","attendees":2}',
  ]);
});

test('a deleted event: every socket is told and closed with 1000, and the room is gone', () => {
  const { bus, member } = setUp();
  const host = member('host');
  const phone = member('attendee', 1);
  bus.publish({ type: 'event_deleted', event: '123456', payload: 'bye' });
  for (const { socket } of [host, phone]) {
    expect(socket.received).toEqual(['bye']);
    expect(socket.closedWith).toBe(1000);
  }
  bus.publish({ type: 'push', event: '123456', hosts: 'late', screens: null, attendees: null });
  expect(host.socket.received).toEqual(['bye']);
});

test('an emptied room stops hearing the bus; a new socket opens it again', () => {
  const { bus, hub, member } = setUp();
  const first = member('host');
  hub.leave(first.room, first.member);
  bus.publish({ type: 'push', event: '123456', hosts: 'unheard', screens: null, attendees: null });
  expect(first.socket.received).toEqual([]);
  const second = member('host');
  expect(second.room).not.toBe(first.room);
  bus.publish({ type: 'push', event: '123456', hosts: 'heard', screens: null, attendees: null });
  expect(second.socket.received).toEqual(['heard']);
});
