/**
 * GET /metrics in a cluster: each process reports what it saw itself (its
 * own sockets, the answers it decided, its own commits to PostgreSQL);
 * nothing is summed across processes (docs/OPERATIONS.md).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clusterSkipped, startCluster, type TestCluster } from '../support/cluster.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';

const skipped = await clusterSkipped();

let cluster: TestCluster;
const sockets: TestSocket[] = [];
const url = (i: number) => cluster.processes[i]!.url;

async function sample(i: number, name: string): Promise<number> {
  const text = await (await fetch(`${url(i)}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? 0 : Number(line.slice(name.length + 1));
}

describe.skipIf(skipped !== null)('metrics on two processes', () => {
  beforeAll(async () => {
    cluster = await startCluster(2);
  }, 60_000);
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await cluster?.dispose();
  });

  test("each process's /metrics counts its own sockets, answers and commits", async () => {
    const { code, hostKey } = await createEvent(url(0));
    const poll = await createPoll(url(0), code, hostKey);
    const choice = poll.options[0]!.id;
    // Three phones on process 0, one on process 1; a host on process 1.
    for (let i = 0; i < 3; i++) {
      const { socket } = await TestSocket.join(url(0), { event: code, role: 'attendee' });
      sockets.push(socket);
      expect(await socket.vote(poll.id, [choice])).toMatchObject({ type: 'ack' });
    }
    const { socket } = await TestSocket.join(url(1), { event: code, role: 'attendee' });
    sockets.push(socket);
    expect(await socket.vote(poll.id, [choice])).toMatchObject({ type: 'ack' });
    sockets.push((await TestSocket.join(url(1), { event: code, role: 'host', hostKey })).socket);
    const me = await request(url(1), 'POST', `/api/events/${code}/participants`);
    const voted = await request(url(1), 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
      body: { choices: [choice] },
      token: me.body.token,
    });
    expect(voted.status).toBe(200);

    expect(await sample(0, 'voxpop_votes_total')).toBe(3);
    expect(await sample(1, 'voxpop_votes_total')).toBe(2);
    expect(await sample(0, 'voxpop_sockets{role="attendee"}')).toBe(3);
    expect(await sample(1, 'voxpop_sockets{role="attendee"}')).toBe(1);
    expect(await sample(0, 'voxpop_sockets{role="host"}')).toBe(0);
    expect(await sample(1, 'voxpop_sockets{role="host"}')).toBe(1);
    // Both committed their own answers to PostgreSQL.
    for (const i of [0, 1])
      expect(await sample(i, 'voxpop_commit_seconds_count')).toBeGreaterThanOrEqual(1);
  });
});
