/**
 * useEffect that runs exactly once per change of its dependencies.
 *
 * Hono's DOM renderer (hono 4.13) defers effects to the next animation frame
 * and, when the component renders again before that frame, queues the same
 * effect a second time without running the first one's cleanup: a chart gets
 * created twice on one canvas ("Canvas is already in use"), a socket opened
 * twice, a timer started twice. The guard makes the repeat a no-op that hands
 * back the first run's cleanup.
 */
import { useEffect } from 'hono/jsx/dom';

type Cleanup = void | (() => void);

export function useDedupedEffect(effect: () => Cleanup, deps: readonly unknown[]): void {
  let ran = false;
  let cleanup: Cleanup;
  useEffect(() => {
    if (!ran) {
      ran = true;
      cleanup = effect();
    }
    return cleanup;
  }, deps);
}
