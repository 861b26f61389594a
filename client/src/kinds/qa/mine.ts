/**
 * The questions this phone asked in each Q&A poll, with their text: the
 * server's welcome names the attendee's questions by id only, so the text
 * of one still waiting for the host's approval is kept here, in the page
 * (across the ballot coming and going) and in localStorage (across a
 * reload). What the list shows always comes from the server.
 */
import { useSyncExternalStore } from 'hono/jsx/dom';
import type { Asked } from './list.js';

const byPoll = new Map<number, readonly Asked[]>();
const listeners = new Set<() => void>();
const NONE: readonly Asked[] = [];

const storageKey = (pollId: number) => `voxpop:qa-asked:${pollId}`;

function load(pollId: number): readonly Asked[] {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey(pollId)) ?? '[]') as unknown;
    if (!Array.isArray(saved)) return NONE;
    // Only those the server acknowledged are worth keeping: the rest were never stored.
    return saved.filter(
      (a): a is Asked =>
        typeof a?.key === 'string' && typeof a?.text === 'string' && typeof a?.id === 'number',
    );
  } catch {
    return NONE;
  }
}

export function askedIn(pollId: number): readonly Asked[] {
  let asked = byPoll.get(pollId);
  if (!asked) {
    asked = load(pollId);
    byPoll.set(pollId, asked);
  }
  return asked;
}

export function setAsked(pollId: number, change: (asked: readonly Asked[]) => Asked[]): void {
  const next = change(askedIn(pollId));
  byPoll.set(pollId, next);
  try {
    const acked = next.filter((a) => a.id !== null);
    localStorage.setItem(storageKey(pollId), JSON.stringify(acked));
  } catch {
    // Private mode or a full store: the page still remembers them.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The questions this phone asked in the poll, kept up to date. */
export function useAsked(pollId: number): readonly Asked[] {
  return useSyncExternalStore(subscribe, () => askedIn(pollId));
}
