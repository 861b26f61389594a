/**
 * Closes polls that close by themselves (a quiz question) at their closing
 * time. Every process keeps a timer for each such open poll it knows; in a
 * cluster they all fire, and the store's conditional close lets one of them
 * close it (PollService.closeOnTime).
 */
import { rulesOf } from '../domain/kinds/index.js';
import type { LiveEvent, LivePoll } from './catalog.js';

/** setTimeout's longest delay (about 24.8 days); a later closing time is waited for in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export class PollTimers {
  private readonly timers = new Map<number, { at: string; timer: NodeJS.Timeout }>();

  constructor(
    private readonly close: (event: LiveEvent, poll: LivePoll) => void,
    private readonly nowMs: () => number = Date.now,
  ) {}

  /** The poll was loaded or changed: time its close if it is open and closes by itself. */
  watch(event: LiveEvent, poll: LivePoll): void {
    const id = poll.record.id;
    const at = rulesOf(poll.record.kind).closesAt?.(poll.record) ?? null;
    const current = this.timers.get(id);
    if (current && current.at === at) return;
    if (current) clearTimeout(current.timer);
    this.timers.delete(id);
    if (at === null) return;
    const delay = Math.min(Math.max(Date.parse(at) - this.nowMs(), 0), MAX_DELAY_MS);
    const timer = setTimeout(() => {
      this.timers.delete(id);
      if (Date.parse(at) > this.nowMs()) this.watch(event, poll);
      else this.close(event, poll);
    }, delay);
    timer.unref();
    this.timers.set(id, { at, timer });
  }

  /** Every open timed poll of these events (start-up). */
  watchAll(events: Iterable<LiveEvent>): void {
    for (const event of events) for (const poll of event.polls.values()) this.watch(event, poll);
  }

  forget(pollId: number): void {
    const current = this.timers.get(pollId);
    if (current) clearTimeout(current.timer);
    this.timers.delete(pollId);
  }

  stop(): void {
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
