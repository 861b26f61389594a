/**
 * http-votes: autocannon on the HTTP vote endpoint, voxpop against a plain
 * node:http handler doing the same parse and the same store call.
 */
import autocannon from 'autocannon';
import { figure, type ScenarioOutcome } from '../lib/report.js';
import { ROOT, startProcess } from '../lib/proc.js';
import { startTarget } from '../lib/targets.js';
import { join } from 'node:path';

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
    list.push(((await response.json()) as { token: string }).token);
  }
  return list;
}

async function hammer(setup: Setup, connections: number, seconds: number) {
  const voters = await tokens(setup, 1000);
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
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export async function httpScenario(params: {
  connections: number;
  seconds: number;
}): Promise<ScenarioOutcome> {
  const rps = figure(
    'http-votes',
    `PUT vote req/s (${params.connections} connections)`,
    '/s',
    'higher',
    ['plain-http'],
  );
  const p99 = figure('http-votes', 'PUT vote p99', 'ms', 'lower');
  const raw: Record<string, unknown> = {};

  const voxpop = await startTarget('voxpop');
  try {
    const r = await hammer(
      {
        url: voxpop.server.url,
        code: voxpop.audience.code,
        pollId: voxpop.audience.pollId,
        options: voxpop.audience.options,
      },
      params.connections,
      params.seconds,
    );
    rps.values.voxpop = r.rps;
    p99.values.voxpop = r.p99;
    raw.voxpop = r;
  } finally {
    await voxpop.stop();
  }

  const plain = await startProcess(
    'plain-http',
    ['--import', 'tsx', join(ROOT, 'bench/references/plain-http.ts')],
    {},
  );
  try {
    const setup = (await (await fetch(`${plain.url}/setup`)).json()) as Omit<Setup, 'url'>;
    const r = await hammer({ ...setup, url: plain.url }, params.connections, params.seconds);
    rps.values['plain-http'] = r.rps;
    p99.values['plain-http'] = r.p99;
    raw['plain-http'] = r;
  } finally {
    await plain.stop();
  }
  const checks = [
    {
      scenario: 'http-votes',
      name: 'every voxpop request answered 2xx',
      ok: (raw.voxpop as { non2xx: number }).non2xx === 0,
      detail: JSON.stringify(raw.voxpop),
    },
  ];
  return { scenario: 'http-votes', params, figures: [rps, p99], checks, raw };
}
