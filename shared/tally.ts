/**
 * Percent math shared by the server (which sends percents) and the client
 * (which may recompute them for display). Pure and allocation-light: the
 * server runs it once per poll per tick, never per vote.
 */

/**
 * Single choice: integer percents that sum to exactly 100 (largest remainder,
 * Hamilton's method). Ties in the remainder go to the larger count, then to
 * the earlier option, so the result is deterministic. With no votes: all 0.
 */
export function largestRemainderPercents(counts: readonly number[]): number[] {
  let total = 0;
  for (const c of counts) total += c;
  if (total === 0) return counts.map(() => 0);

  const floors = new Array<number>(counts.length);
  const order: number[] = [];
  let assigned = 0;
  for (let i = 0; i < counts.length; i++) {
    const exact = (counts[i]! * 100) / total;
    floors[i] = Math.floor(exact);
    assigned += floors[i]!;
    order.push(i);
  }
  // Compare remainders with integer arithmetic: (count*100) mod total.
  const remainder = (i: number) => (counts[i]! * 100) % total;
  order.sort((a, b) => remainder(b) - remainder(a) || counts[b]! - counts[a]! || a - b);
  for (let k = 0; k < 100 - assigned; k++) floors[order[k]!]! += 1;
  return floors;
}

/**
 * Multiple choice: each option's share of voters, rounded half up. They may
 * sum past 100 because one voter can pick several options.
 */
export function shareOfVotersPercents(counts: readonly number[], voters: number): number[] {
  if (voters === 0) return counts.map(() => 0);
  // Integer half-up: floor((200*c + voters) / (2*voters)) avoids float drift at .5.
  return counts.map((c) => Math.floor((200 * c + voters) / (2 * voters)));
}

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
