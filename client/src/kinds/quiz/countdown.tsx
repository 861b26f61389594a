/**
 * A quiz question's countdown on any page: the seconds left on the server's
 * clock (lib/server-clock.ts), re-rendered as each second passes, a bar
 * that shrinks with the time, and a polite live region that speaks only at
 * 10 and 5 seconds left and at the end.
 */
import { useRef, useState } from 'hono/jsx/dom';
import { t } from '../../i18n/i18n.js';
import { useDedupedEffect } from '../../lib/deduped-effect.js';
import { serverNow } from '../../lib/server-clock.js';
import { crossed, formatSeconds, secondsLeft, shareLeft } from './clock.js';

/** The whole seconds left until `closesAt` (null without one), updated as they pass. */
export function useSecondsLeft(closesAt: string | undefined): number | null {
  const [left, setLeft] = useState(() => secondsLeft(closesAt, serverNow()));
  useDedupedEffect(() => {
    const tick = () => setLeft(secondsLeft(closesAt, serverNow()));
    tick();
    if (closesAt === undefined) return;
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [closesAt]);
  return left;
}

/** The announcement for the latest second crossed, kept until the next one. */
function useAnnouncement(left: number | null, timeLimit: number): string {
  const previous = useRef<number | null>(null);
  const [said, setSaid] = useState('');
  useDedupedEffect(() => {
    const words = crossed(previous.current, left, timeLimit);
    previous.current = left;
    if (words) setSaid(words);
  }, [left]);
  return said;
}

export interface CountdownProps {
  closesAt: string | undefined;
  timeLimit: number;
  /** The phone's bar, the screen's big ring, or the host card's line. */
  size: 'compact' | 'large' | 'mini';
}

export function Countdown({ closesAt, timeLimit, size }: CountdownProps) {
  const left = useSecondsLeft(closesAt);
  const said = useAnnouncement(left, timeLimit);
  if (left === null) return null;
  const urgent = left <= 5;
  return (
    <div
      class={`quiz-countdown quiz-countdown--${size}`}
      data-urgent={urgent ? '' : undefined}
      data-testid="quiz-countdown"
    >
      <p class="quiz-countdown__time">
        <span class="quiz-countdown__number" data-testid="quiz-seconds">
          {formatSeconds(left)}
        </span>
        <span class="quiz-countdown__unit">
          {left === 0 ? t('quiz.unitTimesUp') : t('quiz.unitLeft', { count: left })}
        </span>
      </p>
      <Drain key={closesAt} closesAt={closesAt} timeLimit={timeLimit} />
      <p class="visually-hidden" aria-live="polite" data-testid="quiz-announcement">
        {said}
      </p>
    </div>
  );
}

/**
 * The bar: from the share of time left when it appears down to nothing, in
 * the time left, as one CSS animation set once (re-setting it every second
 * would restart it).
 */
function Drain({ closesAt, timeLimit }: { closesAt: string | undefined; timeLimit: number }) {
  const [style] = useState(() => {
    const share = shareLeft(closesAt, timeLimit, serverNow());
    return `--from:${share.toFixed(4)};animation-duration:${(share * timeLimit).toFixed(2)}s`;
  });
  return (
    <span class="quiz-countdown__track" aria-hidden="true">
      <span class="quiz-countdown__bar" style={style} />
    </span>
  );
}
