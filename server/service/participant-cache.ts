/**
 * What a service keeps of each participant (their answers, their Q&A), read
 * from the store on first use and then changed in place by each decision.
 * Bounded: past `limit` participants, half of the idle ones (nothing in
 * flight) are let go, to be read again when they come back.
 */

/** A participant's state, with the writes queued for them and not yet durable. */
export interface Kept {
  inFlight: number;
}

/** Participants kept by default; past this many, idle ones are let go. */
const CACHE_LIMIT = 100_000;

export class ParticipantCache<T extends Kept> {
  private readonly kept = new Map<number, T>();
  private readonly loading = new Map<number, Promise<T>>();

  constructor(
    /** The participant's state as the store has it. */
    private readonly read: (participantId: number) => Promise<T>,
    private readonly limit = CACHE_LIMIT,
  ) {}

  get(participantId: number): T | undefined {
    return this.kept.get(participantId);
  }

  /** The participant's state, read once however many ask for it at the same time. */
  load(participantId: number): Promise<T> {
    let loading = this.loading.get(participantId);
    if (loading) return loading;
    loading = this.read(participantId).then(
      (read) => {
        this.loading.delete(participantId);
        // A decision made while this read was under way has the newer picture.
        return this.kept.get(participantId) ?? this.keep(participantId, read);
      },
      (error: unknown) => {
        this.loading.delete(participantId);
        throw error;
      },
    );
    this.loading.set(participantId, loading);
    return loading;
  }

  /** Keep this state for the participant (one known to have none in the store: just made). */
  keep(participantId: number, state: T): T {
    this.makeRoom();
    this.kept.set(participantId, state);
    return state;
  }

  /** Drop what is kept (it is wrong: a write failed); read again next time. */
  drop(participantId: number): void {
    this.kept.delete(participantId);
  }

  /** Drop what is kept unless writes are in flight (in a cluster, to read it afresh). */
  forgetIdle(participantId: number): void {
    if (this.kept.get(participantId)?.inFlight === 0) this.kept.delete(participantId);
  }

  values(): IterableIterator<T> {
    return this.kept.values();
  }

  private makeRoom(): void {
    if (this.kept.size < this.limit) return;
    let drop = this.kept.size - this.limit / 2;
    for (const [participantId, state] of this.kept) {
      if (drop <= 0) break;
      if (state.inFlight > 0) continue;
      this.kept.delete(participantId);
      drop--;
    }
  }
}
