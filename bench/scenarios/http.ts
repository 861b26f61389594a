/**
 * http-votes: autocannon on the HTTP vote endpoint, voxpop against a plain
 * node:http handler doing the same parse and the same store call. Both
 * servers are up first; the seconds of load are then taken in rounds,
 * alternating between them. Every request must answer 2xx on both: a
 * reference that answers errors fast would flatter nobody but itself.
 */
import autocannon from 'autocannon';
import { join } from 'node:path';
import { figure, record, type Target } from '../lib/figures.js';
import type { Check, ScenarioOutcome } from '../lib/report.js';
import { ROOT, startProcess, type ServerProcess } from '../lib/proc.js';
import { startTarget } from '../lib/targets.js';

interface Setup {
  url: string;
  code: string;
  pollId: number;
  options: number[];
}

async function tokens(setup: Setup, count: number): Promise<string[]> {
  const list: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${setup.url}/api/events/${setup.code}/participants`, {
      method: 'POST',
    });
    if (!response.ok)
      throw new Error(`new participant: ${response.status} ${await response.text()}`);
    list.push(((await response.json()) as { token: string }).token);
  }
  return list;
}

async function hammer(setup: Setup, voters: string[], connections: number, seconds: number) {
  let n = 0;
  const result = await autocannon({
    url: setup.url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'PUT',
        path: `/api/events/${setup.code}/polls/${setup.pollId}/vote`,
        setupRequest: (request) => {
          const i = n++;
          // Each voter alternates between two options, so every vote is written.
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${voters[i % voters.length]}`,
            },
            body: JSON.stringify({ choices: [setup.options[Math.floor(i / voters.length) % 2]] }),
          };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

export async function httpScenario(params: {
  connections: number;
  seconds: number;
  rounds: number;
}): Promise<ScenarioOutcome> {
  const s = 'http-votes';
  const rps = figure(
    s,
    'rps',
    `PUT vote req/s (${params.connections} connections)`,
    '/s',
    'higher',
    ['plain-http'],
  );
  const p99 = figure(s, 'p99', 'PUT vote p99', 'ms', 'lower', ['plain-http']);
  const raw: Record<string, unknown[]> = {};
  const outcomes = new Map<Target, { requests: number; non2xx: number; errors: number }>();

  const servers: { name: Target; stop: () => Promise<void>; setup: Setup; voters: string[] }[] = [];
  try {
    const voxpop = await startTarget('voxpop');
    servers.push({
      name: 'voxpop',
      stop: () => voxpop.stop(),
      setup: { url: voxpop.server.url, ...voxpop.audience },
      voters: [],
    });
    const plain: ServerProcess = await startProcess(
      'plain-http',
      ['--import', 'tsx', join(ROOT, 'bench/references/plain-http.ts')],
      {},
    );
    const setup = (await (await fetch(`${plain.url}/setup`)).json()) as Omit<Setup, 'url'>;
    servers.push({
      name: 'plain-http',
      stop: () => plain.stop(),
      setup: { ...setup, url: plain.url },
      voters: [],
    });
    for (const server of servers) server.voters = await tokens(server.setup, 1000);

    for (let round = 0; round < params.rounds; round++) {
      for (let i = 0; i < servers.length; i++) {
        const server = servers[(i + round) % servers.length]!;
        const r = await hammer(server.setup, server.voters, params.connections, params.seconds);
        record(rps, server.name, r.rps);
        record(p99, server.name, r.p99);
        (raw[server.name] ??= []).push({ round: round + 1, ...r });
        const total = outcomes.get(server.name) ?? { requests: 0, non2xx: 0, errors: 0 };
        total.requests += r.requests;
        total.non2xx += r.non2xx;
        total.errors += r.errors + r.timeouts;
        outcomes.set(server.name, total);
      }
    }
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
  const checks: Check[] = [...outcomes].map(([name, total]) => ({
    scenario: s,
    name: `${name}: every request answered 2xx`,
    ok: total.requests > 0 && total.non2xx === 0 && total.errors === 0,
    detail: `${total.requests} requests, ${total.non2xx} non-2xx, ${total.errors} errors or timeouts`,
  }));
  return { scenario: s, params, figures: [rps, p99], checks, raw };
}
