/**
 * A quiz countdown's numbers (client/src/kinds/quiz/clock.ts) and the clock
 * it runs on: seconds left until the server's `closesAt` at the server's
 * time (the page's clock corrected by the offset LiveSocket measured), the
 * bar's share, and the few reminders a screen reader is told.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  crossed,
  formatSeconds,
  limitText,
  secondsLeft,
  shareLeft,
} from '../../../client/src/kinds/quiz/clock.js';
import { clockSample, betterSample } from '../../../client/src/lib/live-socket.js';
import { serverNow, setServerClock } from '../../../client/src/lib/server-clock.js';

const closesAt = '2026-12-06T12:00:20.000Z';
const at = (iso: string) => Date.parse(iso);

describe('seconds left', () => {
  it('counts whole seconds up to the close, rounding up, and stops at 0', () => {
    expect(secondsLeft(closesAt, at('2026-12-06T12:00:00.000Z'))).toBe(20);
    expect(secondsLeft(closesAt, at('2026-12-06T12:00:00.001Z'))).toBe(20);
    expect(secondsLeft(closesAt, at('2026-12-06T12:00:19.001Z'))).toBe(1);
    expect(secondsLeft(closesAt, at('2026-12-06T12:00:20.000Z'))).toBe(0);
    expect(secondsLeft(closesAt, at('2026-12-06T12:05:00.000Z'))).toBe(0);
  });

  it('is null without a close (a draft, an older server) or with a broken one', () => {
    expect(secondsLeft(undefined, Date.now())).toBeNull();
    expect(secondsLeft('soon', Date.now())).toBeNull();
  });

  it('the bar’s share runs from 1 to 0 over the time limit, clamped either side', () => {
    expect(shareLeft(closesAt, 20, at('2026-12-06T12:00:00.000Z'))).toBe(1);
    expect(shareLeft(closesAt, 20, at('2026-12-06T12:00:15.000Z'))).toBe(0.25);
    expect(shareLeft(closesAt, 20, at('2026-12-06T11:59:00.000Z'))).toBe(1);
    expect(shareLeft(closesAt, 20, at('2026-12-06T12:01:00.000Z'))).toBe(0);
    expect(shareLeft(undefined, 20, Date.now())).toBe(0);
  });
});

describe('on the server’s clock, not the phone’s', () => {
  afterEach(() => {
    setServerClock(0);
    vi.useRealTimers();
  });

  it('a phone two minutes slow still shows the question’s own 20 seconds', () => {
    vi.useFakeTimers({ now: at('2026-12-06T11:58:00.000Z') }); // the phone's clock: 2 min slow
    // The server's welcome, stamped 11:59:59.960, arrived 80 ms after the join left (at 12:00:00).
    const sentAt = Date.now() - 80;
    const sample = clockSample(sentAt, Date.now(), at('2026-12-06T11:59:59.960Z'));
    expect(sample).toEqual({ offset: 120_000, rtt: 80 });
    // On the phone's own clock the question would seem to run for 2 min 20 s.
    expect(secondsLeft(closesAt, Date.now())).toBe(140);
    setServerClock(sample.offset);
    expect(secondsLeft(closesAt, serverNow())).toBe(20);
  });

  it('keeps the sample with the smallest round trip: its error is at most half of it', () => {
    const slow = clockSample(0, 900, 10_000); // server stamped somewhere in 0..900 page-time
    const fast = clockSample(2000, 2030, 12_010);
    expect(Math.abs(slow.offset - 10_000 + 450)).toBeLessThanOrEqual(450);
    expect(betterSample(null, slow)).toBe(slow);
    expect(betterSample(slow, fast)).toBe(fast);
    expect(betterSample(fast, slow)).toBe(fast);
    expect(fast.offset).toBe(9_995);
  });
});

describe('what a screen reader hears', () => {
  const run = (seconds: (number | null)[], limit = 20) => {
    const said: string[] = [];
    for (let i = 1; i < seconds.length; i++) {
      const words = crossed(seconds[i - 1]!, seconds[i]!, limit);
      if (words) said.push(words);
    }
    return said;
  };

  it('10 and 5 seconds left and time’s up, once each, not every second', () => {
    const ticks = Array.from({ length: 21 }, (_, i) => 20 - i);
    expect(run(ticks)).toEqual(['10 seconds left', '5 seconds left', "Time's up"]);
  });

  it('a tick that skips a mark (a frozen tab) still says it once; the first reading says nothing', () => {
    expect(run([null, 14, 7, 3, 0])).toEqual(['10 seconds left', '5 seconds left', "Time's up"]);
    expect(run([null, 4])).toEqual([]);
  });

  it('a 5-second question is not told "10 seconds left", nor a 10-second one at its start', () => {
    expect(run([5, 4, 3, 2, 1, 0], 5)).toEqual(["Time's up"]);
    expect(run([10, 9, 8, 7, 6, 5, 4, 0], 10)).toEqual(['5 seconds left', "Time's up"]);
  });
});

describe('the words', () => {
  it('formats the big number and the time limit', () => {
    expect([0, 9, 59, 60, 65, 300].map(formatSeconds)).toEqual([
      '0',
      '9',
      '59',
      '1:00',
      '1:05',
      '5:00',
    ]);
    expect([5, 20, 60, 90, 300].map(limitText)).toEqual([
      '5 s',
      '20 s',
      '1 min',
      '1 min 30 s',
      '5 min',
    ]);
  });
});
