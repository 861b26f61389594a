/**
 * The Redis bus between two processes (two buses, two origins) on a
 * redis-server of the test's own: a message reaches the listeners of its
 * event in both, once each, the publisher's own before publish returns;
 * tallies stay home; the last unsubscribe leaves the channel; junk on a
 * channel is counted, not thrown. Then an outage: Redis hung, then killed;
 * publishes (even one already written to it) are dropped, never replayed;
 * local delivery goes on; the loss is logged once. Redis back on the same
 * port: every bus is told, and its channels (including those changed
 * meanwhile) are subscribed again by themselves.
 *
 * "Not delivered" is decided by a later marker on the same path: Redis
 * delivers to a subscriber in the order it published, so once the marker
 * has arrived, anything published before it has too.
 */
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { BusMessage } from '../../server/bus/port.js';
import {
  channelOf,
  openRedisBus,
  type RedisBus,
  type RedisBusOptions,
} from '../../server/bus/redis.js';
import { hasRedisServer, startRedis, type TestRedis } from '../support/redis.js';
import { freePort } from '../support/server.js';

const CASE_MS = 10_000;

function push(event: string, tag: string): BusMessage {
  return { type: 'push', event, hosts: tag, screens: null, attendees: null };
}

function tally(event: string): BusMessage {
  return {
    type: 'tally',
    event,
    pollId: 1,
    seq: 1,
    voters: 1,
    counters: { a: 1 },
    hosts: 'tally',
    screens: 'tally',
    attendees: null,
  };
}

/** The tag of a push (its hosts' payload), the type of anything else. */
function tagOf(message: BusMessage): string {
  return message.type === 'push' ? String(message.hosts) : message.type;
}

/** A listener and what it heard, as tags. */
function recorder(): { heard: string[]; listener: (message: BusMessage) => void } {
  const heard: string[] = [];
  return { heard, listener: (message) => heard.push(tagOf(message)) };
}

async function until(
  done: () => boolean | Promise<boolean>,
  what: string,
  withinMs = 3000,
): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A plain client for PUBSUB and hand-made payloads; quiet while its Redis is down. */
function adminClient(url: string): Redis {
  const client = new Redis(url, { retryStrategy: () => 100 });
  client.on('error', () => {});
  return client;
}

/** ioredis prints this when a client has no 'error' listener. */
function unhandledRedisErrors(spy: { mock: { calls: unknown[][] } }): string[] {
  return spy.mock.calls
    .map((args) => args.join(' '))
    .filter((line) => line.includes('Unhandled error event'));
}

describe.skipIf(!hasRedisServer)('redis bus', () => {
  let redis: TestRedis;
  let admin: Redis;
  const buses: RedisBus[] = [];
  let consoleError: ReturnType<typeof vi.spyOn>;

  beforeAll(async () => {
    redis = await startRedis();
    admin = adminClient(redis.url);
  });
  afterAll(async () => {
    admin?.disconnect();
    await redis?.stop();
  });
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error');
  });
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((bus) => bus.close()));
    expect(unhandledRedisErrors(consoleError)).toEqual([]);
    consoleError.mockRestore();
  });

  async function open(options: Partial<RedisBusOptions> = {}): Promise<RedisBus> {
    const bus = await openRedisBus({ url: redis.url, ...options });
    buses.push(bus);
    return bus;
  }

  async function subscribers(event: string): Promise<number> {
    const [, count] = (await admin.pubsub('NUMSUB', channelOf(event))) as [string, number];
    return Number(count);
  }

  async function channels(): Promise<string[]> {
    return (await admin.pubsub('CHANNELS', channelOf('*'))) as string[];
  }

  test(
    'a push reaches the listeners of its event in the other process, and in its own before publish returns',
    async () => {
      const a = await open();
      const b = await open();
      expect(a.origin).not.toBe(b.origin);
      expect(a.linkState()).toBe('up');
      const onA = recorder();
      const onB = recorder();
      const onBOther = recorder();
      a.subscribe('EV1', onA.listener);
      b.subscribe('EV1', onB.listener);
      b.subscribe('EV2', onBOther.listener);
      await until(async () => (await subscribers('EV1')) === 2, 'both buses on EV1');
      await until(async () => (await subscribers('EV2')) === 1, 'b on EV2');

      a.publish(push('EV1', 'hello'));
      expect(onA.heard).toEqual(['hello']);
      await until(() => onB.heard.length > 0, 'b hears hello');
      // A marker on EV2 comes after hello on b's connection.
      a.publish(push('EV2', 'marker'));
      await until(() => onBOther.heard.length > 0, 'b hears the marker');

      expect(onB.heard).toEqual(['hello']);
      expect(onBOther.heard).toEqual(['marker']);
      await until(() => a.stats.published === 2, 'both publishes confirmed');
      expect(a.stats).toEqual({ published: 2, received: 0, dropped: 0, invalid: 0 });
      expect(b.stats).toEqual({ published: 0, received: 2, dropped: 0, invalid: 0 });
    },
    CASE_MS,
  );

  test(
    'a message coming back from Redis to its own process is not delivered there again',
    async () => {
      const a = await open({ origin: 'process-a' });
      const b = await open();
      expect(a.origin).toBe('process-a');
      const onA = recorder();
      a.subscribe('ECHO', onA.listener);
      b.subscribe('ECHO', () => {});
      await until(async () => (await subscribers('ECHO')) === 2, 'both buses on ECHO');

      a.publish(push('ECHO', 'mine'));
      // b's marker reaches a after the echo of 'mine' has.
      b.publish(push('ECHO', 'marker'));
      await until(() => onA.heard.includes('marker'), 'a hears the marker');
      expect(onA.heard).toEqual(['mine', 'marker']);
      expect(a.stats.received).toBe(1);
    },
    CASE_MS,
  );

  test(
    'a tally stays in the process that published it',
    async () => {
      const a = await open();
      const b = await open();
      const onA = recorder();
      const onB = recorder();
      a.subscribe('TALLY', onA.listener);
      b.subscribe('TALLY', onB.listener);
      await until(async () => (await subscribers('TALLY')) === 2, 'both buses on TALLY');

      a.publish(tally('TALLY'));
      expect(onA.heard).toEqual(['tally']);
      a.publish(push('TALLY', 'marker'));
      await until(() => onB.heard.length > 0, 'b hears the marker');
      expect(onB.heard).toEqual(['marker']);
      // Not sent at all (b would have counted it invalid).
      await until(() => a.stats.published === 1, 'the marker confirmed');
      expect(b.stats.invalid).toBe(0);
    },
    CASE_MS,
  );

  test(
    "the last listener's unsubscribe leaves the channel, and stops delivery",
    async () => {
      const a = await open();
      const b = await open();
      const first = recorder();
      const second = recorder();
      const marker = recorder();
      const offFirst = b.subscribe('UNSUB', first.listener);
      const offSecond = b.subscribe('UNSUB', second.listener);
      b.subscribe('KEEP', marker.listener);
      await until(async () => (await subscribers('UNSUB')) === 1, 'b on UNSUB');
      await until(async () => (await subscribers('KEEP')) === 1, 'b on KEEP');

      offFirst();
      a.publish(push('UNSUB', 'one left'));
      await until(() => second.heard.length > 0, 'the second listener hears');
      expect(first.heard).toEqual([]);
      expect(await channels()).toContain(channelOf('UNSUB'));

      offSecond();
      offSecond();
      await until(async () => !(await channels()).includes(channelOf('UNSUB')), 'UNSUB left');
      expect(await channels()).toContain(channelOf('KEEP'));
      a.publish(push('UNSUB', 'none left'));
      a.publish(push('KEEP', 'marker'));
      await until(() => marker.heard.length > 0, 'b hears the marker');
      expect(first.heard).toEqual([]);
      expect(second.heard).toEqual(['one left']);

      // A listener again: the channel again.
      b.subscribe('UNSUB', first.listener);
      await until(async () => (await subscribers('UNSUB')) === 1, 'b back on UNSUB');
      a.publish(push('UNSUB', 'back'));
      await until(() => first.heard.length > 0, 'the first listener hears again');
      expect(first.heard).toEqual(['back']);
    },
    CASE_MS,
  );

  test(
    'payloads that are not bus messages are counted and ignored',
    async () => {
      const b = await open();
      const onB = recorder();
      b.subscribe('BAD', onB.listener);
      await until(async () => (await subscribers('BAD')) === 1, 'b on BAD');

      const junk = [
        'not json',
        '42',
        'null',
        JSON.stringify({ origin: 'x' }),
        JSON.stringify({ origin: 7, message: push('BAD', 'no origin') }),
        JSON.stringify({ origin: 'x', message: { type: 'push' } }),
        JSON.stringify({ origin: 'x', message: push('OTHER', 'wrong channel') }),
        JSON.stringify({ origin: 'x', message: tally('BAD') }),
      ];
      for (const text of junk) await admin.publish(channelOf('BAD'), text);
      await admin.publish(
        channelOf('BAD'),
        JSON.stringify({ origin: 'x', message: push('BAD', 'good') }),
      );
      await until(() => onB.heard.length > 0, 'b hears the good one');

      expect(onB.heard).toEqual(['good']);
      expect(b.stats).toMatchObject({ received: 1, invalid: junk.length });
    },
    CASE_MS,
  );

  test(
    'openRedisBus rejects, saying where and why, when Redis cannot be reached within 5 s',
    async () => {
      const port = await freePort();
      const started = Date.now();
      await expect(openRedisBus({ url: `redis://127.0.0.1:${port}` })).rejects.toThrow(
        new RegExp(
          `could not reach Redis at 127\\.0\\.0\\.1:${port} within 5000 ms \\(.*ECONNREFUSED`,
        ),
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(4900);
      expect(Date.now() - started).toBeLessThan(7000);
    },
    CASE_MS,
  );
});

describe.skipIf(!hasRedisServer)('redis bus across an outage', () => {
  let redis: TestRedis;
  let admin: Redis;
  let a: RedisBus;
  let b: RedisBus;
  const logA: string[] = [];
  const logB: string[] = [];
  let readyA = 0;
  let readyB = 0;
  const onA = recorder();
  const onB = recorder();
  const onBNew = recorder();
  let offGone: () => void;
  let consoleError: ReturnType<typeof vi.spyOn>;

  beforeAll(async () => {
    consoleError = vi.spyOn(console, 'error');
    redis = await startRedis();
    admin = adminClient(redis.url);
    a = await openRedisBus({ url: redis.url, log: (line) => logA.push(line) });
    b = await openRedisBus({ url: redis.url, log: (line) => logB.push(line) });
    a.onReady(() => readyA++);
    b.onReady(() => readyB++);
    a.subscribe('OUT', onA.listener);
    b.subscribe('OUT', onB.listener);
    offGone = b.subscribe('GONE', () => {});
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    admin?.disconnect();
    await redis?.stop();
    consoleError.mockRestore();
  });

  test(
    'while Redis is down: publish does not throw, the link is down, local delivery goes on, the loss is logged once',
    async () => {
      await until(
        async () => Number((await admin.pubsub('NUMSUB', channelOf('OUT')))[1]) === 2,
        'both on OUT',
      );
      await until(
        async () => Number((await admin.pubsub('NUMSUB', channelOf('GONE')))[1]) === 1,
        'b on GONE',
      );
      // Hung first: this one is written to Redis, and never answered.
      redis.pause();
      a.publish(push('OUT', 'in flight'));
      await redis.stop();
      await until(() => a.linkState() === 'down' && b.linkState() === 'down', 'both links down');
      let thrown: unknown = null;
      try {
        a.publish(push('OUT', 'during'));
      } catch (error) {
        thrown = error;
      }
      // Changed while down: picked up on the reconnect.
      b.subscribe('NEW', onBNew.listener);
      offGone();

      // Several reconnection attempts fail meanwhile (100, 200, 300, 400 ms...).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(thrown).toBeNull();
      expect(onA.heard).toEqual(['in flight', 'during']);
      expect(a.stats.dropped).toBe(2);
      expect(a.linkState()).toBe('down');
      expect(logA).toHaveLength(1);
      expect(logA[0]).toMatch(/redis bus: lost the link to 127\.0\.0\.1:\d+/);
      expect(logB).toHaveLength(1);
      expect(readyA + readyB).toBe(0);
      expect(unhandledRedisErrors(consoleError)).toEqual([]);
    },
    CASE_MS,
  );

  test(
    'when Redis is back on the same port: onReady, link up, the channels subscribed again, nothing replayed',
    async () => {
      await redis.restart();
      await until(() => readyA === 1 && readyB === 1, 'both buses told', 5000);
      expect(a.linkState()).toBe('up');
      expect(b.linkState()).toBe('up');
      // onReady comes once the channels are subscribed again.
      expect(((await admin.pubsub('CHANNELS', channelOf('*'))) as string[]).sort()).toEqual([
        channelOf('NEW'),
        channelOf('OUT'),
      ]);
      expect(Number((await admin.pubsub('NUMSUB', channelOf('OUT')))[1])).toBe(2);

      a.publish(push('OUT', 'after'));
      a.publish(push('NEW', 'new'));
      await until(() => onBNew.heard.length > 0, 'b hears on NEW');
      expect(onB.heard).toEqual(['after']);
      expect(onBNew.heard).toEqual(['new']);
      expect(onA.heard).toEqual(['in flight', 'during', 'after']);
      await until(() => a.stats.published === 2, 'both publishes confirmed');
      expect(a.stats.dropped).toBe(2);
      expect(logA).toHaveLength(1);
      expect(readyA + readyB).toBe(2);
      expect(unhandledRedisErrors(consoleError)).toEqual([]);
    },
    CASE_MS,
  );
});
