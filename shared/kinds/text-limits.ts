/** Open text's limits, without zod, for pages that check a form before sending it. */
export const TEXT_LIMITS = {
  minLength: 1,
  maxLength: 1000,
  defaultMaxLength: 280,
  /** Entries in the results of everyone but the host: the newest visible ones. */
  wallEntries: 200,
  /** Entries in the host's results, of every status: the newest ones. */
  hostEntries: 1000,
} as const;
