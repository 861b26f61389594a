/**
 * The server's clock as this page knows it: the page's own clock plus the
 * offset its LiveSocket measured (see live-socket.ts). A quiz's countdown
 * runs on the server's `closesAt`, and a phone's clock can be minutes off,
 * so nothing times a question on `Date.now()` alone. One socket per page
 * sets it; before any measurement the offset is 0.
 */
let offset = 0;

/** The server's time now, in ms since the epoch. */
export const serverNow = (): number => Date.now() + offset;

/** The page's LiveSocket has a better estimate: server time ≈ `Date.now() + offsetMs`. */
export function setServerClock(offsetMs: number): void {
  offset = offsetMs;
}
