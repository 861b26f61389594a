/**
 * An open-text poll's entries as the wall and the host need them, in
 * bounded memory: the newest entries of every status (the host's list, at
 * most TEXT_LIMITS.hostEntries, plus the ones each participant has there)
 * and how many entries there are of each status, whether in memory or not.
 * Older entries live in the store only (export, a host's change of status).
 */
import { TEXT_LIMITS, type EntryStatus } from '../../../shared/kinds/text.js';
import type { Counters } from '../counters.js';

export interface EntryRecord {
  id: number;
  participantId: number;
  text: string;
  /** When it was given (ISO 8601). */
  at: string;
  status: EntryStatus;
}

export type StatusCounts = Record<EntryStatus, number>;

export class EntryIndex {
  /** The newest entries, by id ascending (ids rise with time, so insertion order is age). */
  private readonly newest = new Map<number, EntryRecord>();
  readonly counts: StatusCounts = { pending: 0, visible: 0, hidden: 0 };

  constructor(private readonly keep: number = TEXT_LIMITS.hostEntries) {}

  /** Start-up: the newest entries from the store (any order) and the counts of all of them. */
  load(entries: readonly EntryRecord[], counts: StatusCounts): void {
    for (const entry of [...entries].sort((a, b) => a.id - b.id)) this.newest.set(entry.id, entry);
    this.trim();
    Object.assign(this.counts, counts);
  }

  /** Everything again, from the store (another process added or moderated entries). */
  reload(entries: readonly EntryRecord[], counts: StatusCounts): void {
    this.newest.clear();
    this.load(entries, counts);
  }

  /** A new entry, replacing the participant's previous one (`replaced`, gone from the store). */
  add(entry: EntryRecord, replaced: { id: number; status: EntryStatus } | null): void {
    if (replaced) {
      this.newest.delete(replaced.id);
      this.counts[replaced.status]--;
    }
    this.newest.set(entry.id, entry);
    this.counts[entry.status]++;
    this.trim();
  }

  /** The host moved an entry from `previous` to `status` (it may be older than those kept). */
  setStatus(id: number, previous: EntryStatus, status: EntryStatus): void {
    this.counts[previous]--;
    this.counts[status]++;
    const entry = this.newest.get(id);
    if (entry) this.newest.set(id, { ...entry, status });
  }

  /** Newest first: every status for the host, else visible ones only, up to the wall's limit. */
  list(forHost: boolean): EntryRecord[] {
    const limit = forHost ? TEXT_LIMITS.hostEntries : TEXT_LIMITS.wallEntries;
    const list: EntryRecord[] = [];
    const entries = [...this.newest.values()];
    for (let i = entries.length - 1; i >= 0 && list.length < limit; i--) {
      const entry = entries[i]!;
      if (forHost || entry.status === 'visible') list.push(entry);
    }
    return list;
  }

  private trim(): void {
    for (const id of this.newest.keys()) {
      if (this.newest.size <= this.keep) break;
      this.newest.delete(id);
    }
  }
}

/** A poll's entries as kept in memory, beside its counters. */
export const entriesOf = (counters: Counters): EntryIndex =>
  counters.derived(() => new EntryIndex());
