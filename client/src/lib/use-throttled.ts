/**
 * A value that follows its source at most once per interval, always ending on
 * the latest; a new `identity` goes through at once. The results table is announced to screen readers as it changes;
 * at ten tallies a second that would be a stream of interruptions.
 */
import { useEffect, useRef, useState } from 'hono/jsx/dom';

export function useThrottled<T>(value: T, intervalMs: number, identity: string = ''): T {
  const [shown, setShown] = useState(value);
  const shownIdentity = useRef(identity);
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(value);
  latest.current = value;

  useEffect(() => {
    if (Object.is(value, shown)) return;
    // Something else entirely (another poll) is shown at once, not up to a second late.
    const wait = identity === shownIdentity.current ? last.current + intervalMs - Date.now() : 0;
    shownIdentity.current = identity;
    if (wait <= 0) {
      last.current = Date.now();
      setShown(value);
      return;
    }
    if (timer.current === null) {
      timer.current = setTimeout(() => {
        timer.current = null;
        last.current = Date.now();
        setShown(latest.current);
      }, wait);
    }
  }, [value]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  return shown;
}
