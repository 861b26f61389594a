/**
 * Half-width of the 95% confidence interval of a proportion, in percentage
 * points (normal approximation, z = 1.96). Used by the presenter's honest
 * "±X points" line; meaningless for n = 0, where it returns null.
 */
export function marginOfError95(count: number, voters: number): number | null {
  if (voters <= 0) return null;
  const p = count / voters;
  return 196 * Math.sqrt((p * (1 - p)) / voters);
}
