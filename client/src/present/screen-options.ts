/**
 * How this screen was asked to show the event, from its address:
 * `?overlay=1` for a streaming overlay (transparent, no page chrome),
 * `&join=1` to keep the join card on it, `?poll=<id>` to stay on one poll
 * instead of following the host's, `?stats=1` for the margin of error.
 */
export type Pin =
  /** Stay on this poll, whatever the host puts on screen. */
  | { id: number }
  /** `?poll=` was given but names no poll: said on screen rather than ignored. */
  | { invalid: string };

export interface ScreenOptions {
  overlay: boolean;
  /** The join card on the overlay (the full screen always has it). */
  join: boolean;
  pin: Pin | null;
  /** The margin of error under the chart, whatever the event's setting. */
  stats: boolean;
}

/** Poll ids are positive integers (API.md); anything else is not one. */
const POLL_ID = /^[1-9]\d{0,14}$/;

/** Flags are on with `1` or `true`, as people type them into an OBS source's URL field. */
const on = (value: string | null) => value === '1' || value === 'true';

export function screenOptions(search: URLSearchParams): ScreenOptions {
  // A blank `poll=` (a template's empty slot) pins nothing.
  const poll = search.get('poll')?.trim() ?? '';
  const pin = poll === '' ? null : POLL_ID.test(poll) ? { id: Number(poll) } : { invalid: poll };
  return {
    overlay: on(search.get('overlay')),
    join: on(search.get('join')),
    pin,
    stats: on(search.get('stats')),
  };
}
