/** The ranking kind's limits, without zod, for pages that check a form before sending it. */
export const RANKING_LIMITS = { minOptions: 2, maxOptions: 10 } as const;
