/**
 * What voxpop says it counted after max-ingest, read back over its HTTP API
 * as the host: every phone counted once, on the poll's kind, and only under
 * the two answers the phones alternated between. A server that took a
 * rating as something else, or dropped the phones' answers, fails it (the
 * ingest figures alone would not show it).
 */
import type { BenchAnswer } from '../load/clients.js';
import type { Audience } from './targets.js';

export interface CountVerdict {
  ok: boolean;
  detail: string;
}

interface ResultsBody {
  kind: string;
  total: number;
  options?: { id: number; count: number }[];
  distribution?: { value: number; count: number }[];
}

/** The key an answer is counted under: an option id, or a value on the scale (max-ingest runs no word cloud). */
const keyOf = (answer: BenchAnswer) =>
  'choice' in answer ? answer.choice : 'rating' in answer ? answer.rating : NaN;

export async function checkCountedAnswers(
  url: string,
  audience: Audience,
  phones: number,
): Promise<CountVerdict> {
  const response = await fetch(
    `${url}/api/events/${audience.code}/polls/${audience.pollId}/results`,
    { headers: audience.hostKey ? { Authorization: `Bearer ${audience.hostKey}` } : {} },
  );
  if (!response.ok)
    return { ok: false, detail: `results: ${response.status} ${await response.text()}` };
  const results = (await response.json()) as ResultsBody;
  const rows =
    audience.kind === 'single'
      ? (results.options ?? []).map((o) => [o.id, o.count] as const)
      : (results.distribution ?? []).map((d) => [d.value, d.count] as const);
  const sent = new Set(audience.alternating.map(keyOf));
  const underSent = rows.filter(([key]) => sent.has(key)).reduce((n, [, count]) => n + count, 0);
  const elsewhere = rows.filter(([key, count]) => !sent.has(key) && count > 0);
  const ok =
    results.kind === audience.kind &&
    results.total === phones &&
    underSent === phones &&
    elsewhere.length === 0;
  const counts = rows
    .filter(([, count]) => count > 0)
    .map(([key, count]) => `${key}: ${count}`)
    .join(', ');
  return {
    ok,
    detail: `a ${results.kind} poll, ${results.total} counted of ${phones} phones (${counts || 'none'})`,
  };
}
