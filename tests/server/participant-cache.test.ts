/**
 * The per-participant cache the answer and Q&A services share: one read
 * however many ask at once, a decision made during a read wins over it, and
 * past its limit only idle participants are let go.
 */
import { expect, test } from 'vitest';
import { ParticipantCache } from '../../server/service/participant-cache.js';

interface State {
  inFlight: number;
  from: string;
}

test('reads once for callers at the same time; a state kept during the read wins', async () => {
  let reads = 0;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const cache = new ParticipantCache<State>(async () => {
    reads++;
    await gate;
    return { inFlight: 0, from: 'store' };
  });
  const a = cache.load(1);
  const b = cache.load(1);
  cache.keep(1, { inFlight: 1, from: 'decision' });
  release();
  expect((await a).from).toBe('decision');
  expect(await b).toBe(await a);
  expect(reads).toBe(1);
});

test('a failed read is not kept: the next load reads again', async () => {
  let fail = true;
  const cache = new ParticipantCache<State>(async () => {
    if (fail) throw new Error('store down');
    return { inFlight: 0, from: 'store' };
  });
  await expect(cache.load(1)).rejects.toThrow('store down');
  fail = false;
  expect((await cache.load(1)).from).toBe('store');
});

test('past the limit, half of the idle participants go; one with writes in flight stays', () => {
  const cache = new ParticipantCache<State>(async () => ({ inFlight: 0, from: 'store' }), 10);
  cache.keep(0, { inFlight: 1, from: 'busy' });
  for (let id = 1; id < 10; id++) cache.keep(id, { inFlight: 0, from: 'idle' });
  cache.keep(10, { inFlight: 0, from: 'new' });
  expect(cache.get(0)?.from).toBe('busy');
  expect(cache.get(10)?.from).toBe('new');
  expect([...cache.values()]).toHaveLength(6);
  cache.forgetIdle(0);
  expect(cache.get(0)).toBeDefined();
  cache.forgetIdle(10);
  expect(cache.get(10)).toBeUndefined();
});
