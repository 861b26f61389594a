/** Where the service gets the time: an ISO 8601 string in UTC. */
export type Clock = () => string;

/** ISO time, formatted at most once per millisecond: a storm stamps thousands of answers per ms-tick. */
export const systemClock: Clock = (() => {
  let last = 0;
  let iso = '';
  return () => {
    const now = Date.now();
    if (now !== last) {
      last = now;
      iso = new Date(now).toISOString();
    }
    return iso;
  };
})();
