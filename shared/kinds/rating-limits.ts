/** The rating kind's limits, without zod, for pages that check a form before sending it. */
export const RATING_LIMITS = {
  minMax: 3,
  maxMax: 10,
  defaultMax: 5,
  labelLength: 40,
} as const;
