/**
 * kill -9 in the middle of a vote storm: every vote the server acknowledged
 * must be there after a restart, counted once, and the tallies rebuilt at
 * start must agree with a recount in SQL.
 */
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { cleanup, readDb, startChildServer, tempDir, type ChildServer } from '../support/server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';

const CLIENTS = 12;
const IN_FLIGHT = 8;
const KILL_AFTER_ACKS = 600;

const dir = tempDir('voxpop-crash-');
const dbPath = join(dir, 'voxpop.db');
const children: ChildServer[] = [];
afterAll(async () => {
  for (const child of children) await child.kill();
  cleanup(dir);
});

const env = {
  VOXPOP_DB: dbPath,
  VOXPOP_LOG: 'silent',
  // The storm is deliberate: lift the per-socket rate limit.
  VOXPOP_WS_RATE: '100000',
  VOXPOP_WS_BURST: '100000',
};

interface Sent {
  ref: string;
  pollId: number;
  choices: number[];
}

/** One phone voting as fast as its acks come back, changing its votes across the polls. */
class Voter {
  readonly sent: Sent[] = [];
  readonly acked = new Set<string>();
  readonly errors: string[] = [];
  private inFlight = 0;
  private n = 0;
  stopped = false;

  constructor(
    readonly index: number,
    readonly socket: TestSocket,
    readonly participantId: number,
    readonly token: string,
    private readonly polls: {
      id: number;
      kind: 'single' | 'multiple';
      options: { id: number }[];
    }[],
    private readonly onAck: () => void,
  ) {
    socket.ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'ack') {
        this.acked.add(message.ref);
        this.inFlight--;
        this.onAck();
        this.pump();
      } else if (message.type === 'error') {
        this.errors.push(message.code);
        this.inFlight--;
        this.pump();
      }
    });
    socket.ws.on('close', () => (this.stopped = true));
  }

  pump(): void {
    while (!this.stopped && this.inFlight < IN_FLIGHT && this.socket.isOpen) {
      const n = this.n++;
      const poll = this.polls[n % this.polls.length]!;
      const ids = poll.options.map((o) => o.id);
      const choices =
        poll.kind === 'single'
          ? [ids[(n + this.index) % ids.length]!]
          : ids.filter((_, i) => (((n + this.index) % 15) + 1) & (1 << i));
      const ref = `c${this.index}-${n}`;
      this.sent.push({ ref, pollId: poll.id, choices });
      this.inFlight++;
      this.socket.send({ type: 'vote', ref, pollId: poll.id, choices });
    }
  }
}

test('every acknowledged vote survives kill -9, counted once, and the tallies agree with SQL', async () => {
  const first = await startChildServer(env);
  children.push(first);
  const { code, hostKey } = await createEvent(first.url, 'Crash test');
  const polls = [
    { ...(await createPoll(first.url, code, hostKey)), kind: 'single' as const },
    {
      ...(await createPoll(first.url, code, hostKey, {
        question: 'Several?',
        kind: 'multiple',
        options: ['W', 'X', 'Y', 'Z'],
      })),
      kind: 'multiple' as const,
    },
    {
      ...(await createPoll(first.url, code, hostKey, {
        question: 'Two?',
        kind: 'single',
        options: ['Left', 'Right'],
      })),
      kind: 'single' as const,
    },
  ];

  let acks = 0;
  let killed: Promise<number | null> | null = null;
  const onAck = () => {
    // SIGKILL in the middle of the storm, from inside the ack handler: votes are in flight.
    if (++acks === KILL_AFTER_ACKS) killed = first.kill('SIGKILL');
  };
  const voters = await Promise.all(
    Array.from({ length: CLIENTS }, async (_, i) => {
      const { socket, welcome } = await TestSocket.join(first.url, {
        event: code,
        role: 'attendee',
      });
      return new Voter(
        i,
        socket,
        welcome.participant!.id,
        welcome.participant!.token,
        polls,
        onAck,
      );
    }),
  );
  for (const voter of voters) voter.pump();
  await Promise.all(voters.map((v) => v.socket.whenClosed(20_000)));
  expect(killed).not.toBeNull();
  await killed;
  expect(first.child.signalCode).toBe('SIGKILL');

  const sentTotal = voters.reduce((n, v) => n + v.sent.length, 0);
  const ackedTotal = voters.reduce((n, v) => n + v.acked.size, 0);
  expect(ackedTotal).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
  // The kill landed mid-load: votes were sent that were never acknowledged.
  expect(sentTotal).toBeGreaterThan(ackedTotal);
  for (const v of voters) expect(v.errors).toEqual([]);

  // Restart on the same file.
  const second = await startChildServer(env);
  children.push(second);
  const db = readDb(dbPath);
  try {
    // No participant twice in one poll (the primary key, checked anyway).
    expect(
      db
        .prepare(
          'SELECT poll_id, participant_id, COUNT(*) AS n FROM answers GROUP BY 1, 2 HAVING n > 1',
        )
        .all(),
    ).toEqual([]);

    const stored = db.prepare('SELECT ref FROM answers WHERE poll_id = ? AND participant_id = ?');
    for (const voter of voters) {
      for (const poll of polls) {
        const mine = voter.sent.filter((s) => s.pollId === poll.id);
        const lastAcked = mine.map((s) => voter.acked.has(s.ref)).lastIndexOf(true);
        const row = stored.get(poll.id, voter.participantId) as { ref: string } | undefined;
        if (lastAcked < 0) continue; // nothing was promised for this pair
        // The stored vote is the last acknowledged one or a later one: nothing acknowledged was lost.
        expect(row, `vote of participant ${voter.participantId} on poll ${poll.id}`).toBeDefined();
        const storedAt = mine.findIndex((s) => s.ref === row!.ref);
        expect(storedAt).toBeGreaterThanOrEqual(lastAcked);
      }
    }

    // The tallies the restarted server rebuilt agree with a recount in SQL.
    const ballots = db.prepare<[number], { ballot: number; voters: number }>(
      'SELECT value AS ballot, COUNT(*) AS voters FROM answers WHERE poll_id = ? GROUP BY value',
    );
    for (const poll of polls) {
      const counts = poll.options.map(() => 0);
      let total = 0;
      for (const { ballot, voters: n } of ballots.all(poll.id)) {
        total += n;
        poll.options.forEach((_, i) => {
          if (ballot & (1 << i)) counts[i]! += n;
        });
      }
      const { status, body } = await request(
        second.url,
        'GET',
        `/api/events/${code}/polls/${poll.id}/results`,
      );
      expect(status).toBe(200);
      expect(body.total).toBe(total);
      expect(body.options.map((o: { count: number }) => o.count)).toEqual(counts);
      const votersWithAcks = voters.filter((v) =>
        v.sent.some((s) => s.pollId === poll.id && v.acked.has(s.ref)),
      ).length;
      expect(total).toBeGreaterThanOrEqual(votersWithAcks);
      expect(total).toBeLessThanOrEqual(CLIENTS);
    }

    // A phone that reconnects with its token finds its votes in welcome.myVotes.
    const voter = voters[0]!;
    const { socket, welcome } = await TestSocket.join(second.url, {
      event: code,
      role: 'attendee',
      token: voter.token,
    });
    expect(welcome.participant!.id).toBe(voter.participantId);
    for (const poll of polls) {
      const row = stored.get(poll.id, voter.participantId) as { ref: string } | undefined;
      const expected = row ? voter.sent.find((s) => s.ref === row.ref)!.choices : undefined;
      expect(welcome.myVotes![String(poll.id)]).toEqual(expected);
    }
    socket.close();
  } finally {
    db.close();
  }
});
