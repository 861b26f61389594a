/**
 * The parts of a kind that a page loads when it first needs them (an input,
 * a results view, the host's editor parts): fetched once per kind, then kept, and
 * handed to components through a hook that re-renders them on arrival.
 */
import { useState } from 'hono/jsx/dom';
import type { PollKind } from '../../../shared/protocol.js';
import { useDedupedEffect } from '../lib/deduped-effect.js';

export type Loaders<T> = { [K in PollKind]?: () => Promise<T> };

export interface KindParts<T> {
  /** The part, if it is here already. */
  get(kind: PollKind): T | undefined;
  load(kind: PollKind): Promise<T>;
}

/** `bundled`: parts the page carries already, there without a fetch (and without a render to wait). */
export function kindParts<T>(
  loaders: Loaders<T>,
  bundled: { [K in PollKind]?: T } = {},
): KindParts<T> {
  const loaded = new Map<PollKind, T>(Object.entries(bundled) as [PollKind, T][]);
  const loading = new Map<PollKind, Promise<T>>();
  return {
    get: (kind) => loaded.get(kind),
    load(kind) {
      let promise = loading.get(kind);
      if (promise) return promise;
      const load = loaders[kind];
      if (!load) return Promise.reject(new Error(`this page does not know ${kind} polls`));
      promise = load().then((part) => {
        loaded.set(kind, part);
        return part;
      });
      // A failed fetch (a flaky line) is tried again by the next component that asks.
      promise.catch(() => loading.delete(kind));
      loading.set(kind, promise);
      return promise;
    },
  };
}

/** The kind's part once it is here; null while it loads, 'failed' if it could not be had. */
export function useKindPart<T>(parts: KindParts<T>, kind: PollKind): T | null | 'failed' {
  const [, setArrived] = useState(0);
  const [failed, setFailed] = useState<PollKind | null>(null);
  useDedupedEffect(() => {
    if (parts.get(kind)) return;
    let cancelled = false;
    parts.load(kind).then(
      () => !cancelled && setArrived((n) => n + 1),
      () => !cancelled && setFailed(kind),
    );
    return () => {
      cancelled = true;
    };
  }, [kind]);
  return parts.get(kind) ?? (failed === kind ? 'failed' : null);
}
