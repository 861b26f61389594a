/**
 * A poll's live tally: integer counters under string keys (an option id, a
 * rating value, ...), how many participants answered, and a sequence that
 * rises with every change. Kinds say which counters an answer moves; this
 * adds them up. Tallies of several writers add up key by key.
 */
export class Counters {
  private readonly values = new Map<string, number>();
  /** Participants with an answer. */
  voters = 0;
  /** Rises with every change, so clients can drop stale tallies. */
  seq = 0;
  /** What a kind keeps beside its counters as they move (a word cloud's ranking); dropped with them. */
  private kept: unknown = undefined;
  /** Told of every move, to keep `kept` in step (dropped with it). */
  private watcher: ((key: string, before: number, after: number) => void) | undefined;

  get(key: string): number {
    return this.values.get(key) ?? 0;
  }

  /**
   * Add `delta` to one counter (a kind's `count` calls this per key). A
   * counter may dip below zero for a moment in a cluster, where one
   * process's −1 can arrive before another's +1; the sum is right once both
   * have.
   */
  add(key: string, delta: number): void {
    const before = this.values.get(key) ?? 0;
    const after = before + delta;
    if (after === 0) this.values.delete(key);
    else this.values.set(key, after);
    this.watcher?.(key, before, after);
  }

  /** Every counter that is not zero, in the order each was first moved. */
  entries(): IterableIterator<[string, number]> {
    return this.values.entries();
  }

  /**
   * The kind's state kept beside the counters, made by `make` the first time
   * from the counters as they are; `watch`, if given, is told of every move
   * after that, so the state follows the counters however they move.
   */
  derived<T>(
    make: () => T,
    watch?: (state: T, key: string, before: number, after: number) => void,
  ): T {
    if (this.kept === undefined) {
      const state = make();
      this.kept = state;
      if (watch) this.watcher = (key, before, after) => watch(state, key, before, after);
    }
    return this.kept as T;
  }

  clear(): void {
    this.values.clear();
    this.kept = undefined;
    this.watcher = undefined;
    this.voters = 0;
    this.seq++;
  }

  /** A copy of every counter, for a message that carries absolute state. */
  snapshot(): Record<string, number> {
    const copy: Record<string, number> = {};
    for (const [key, value] of this.values) if (value !== 0) copy[key] = value;
    return copy;
  }
}
