/**
 * What the phone's results view last showed of an open-text poll's wall,
 * for the ballot above it to tell the attendee whether their answer is on
 * it. The page hands the ballot no results (a phone sees them only once the
 * host shows them, under its answer), so the two parts of the kind meet
 * here: the results view says which texts are on the wall while it is on
 * the page, and null once it is gone (results hidden again).
 */
import { useSyncExternalStore } from 'hono/jsx/dom';

const walls = new Map<number, readonly string[]>();
const listeners = new Set<() => void>();

export function showWall(pollId: number, texts: readonly string[] | null): void {
  if (texts) walls.set(pollId, texts);
  else walls.delete(pollId);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The texts on the poll's wall as the phone sees it, or null while it sees no results. */
export function useWall(pollId: number): readonly string[] | null {
  return useSyncExternalStore(subscribe, () => walls.get(pollId) ?? null);
}
