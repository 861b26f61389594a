/**
 * Idempotency and races: a vote re-sent by ref counts once (after a
 * reconnect, after the poll closed, after a restart); one participant
 * hammering a poll from ten sockets and HTTP at once ends with one vote; a
 * host closing a poll in the middle of a storm leaves exactly the
 * acknowledged votes; an event deleted while participants join answers no 5xx.
 */
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServerMessage } from '../../shared/protocol.js';
import { readDb } from '../support/server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';
import { reportFigure } from './support/config.js';
import { LiveView, type ShownTally } from './support/live-view.js';
import { recountPoll, votesOfEvent } from './support/recount.js';
import { RestartableServer } from './support/restartable.js';

let server: RestartableServer;
const sockets: { close(): void }[] = [];
beforeAll(async () => {
  server = await RestartableServer.start();
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await server.dispose();
});

async function attendee(code: string, token?: string) {
  const joined = await TestSocket.join(server.url, { event: code, role: 'attendee', token });
  sockets.push(joined.socket);
  return joined;
}

function storedVotes(code: string) {
  const db = readDb(server.dbPath);
  try {
    return votesOfEvent(db, code);
  } finally {
    db.close();
  }
}

function recount(pollId: number, optionCount: number) {
  const db = readDb(server.dbPath);
  try {
    return recountPoll(db, pollId, optionCount);
  } finally {
    db.close();
  }
}

async function results(code: string, pollId: number): Promise<ShownTally> {
  const { status, body } = await request(
    server.url,
    'GET',
    `/api/events/${code}/polls/${pollId}/results`,
  );
  expect(status).toBe(200);
  return { total: body.total, counts: body.options.map((o: { count: number }) => o.count) };
}

describe('a vote re-sent with its ref counts once', () => {
  test('after a reconnect, after the poll closed, after a restart; the stored vote keeps its time', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const [a, b] = poll.options.map((o) => o.id) as [number, number];
    const first = await attendee(code);
    expect(await first.socket.vote(poll.id, [a], 'once')).toMatchObject({
      type: 'ack',
      ref: 'once',
    });
    const [stored] = storedVotes(code);
    first.socket.close();

    // The phone comes back with its token and re-sends the vote it is unsure of.
    const again = await attendee(code, first.welcome.participant!.token);
    expect(again.welcome.myVotes).toEqual({ [poll.id]: [a] });
    expect(await again.socket.vote(poll.id, [a], 'once')).toMatchObject({
      type: 'ack',
      ref: 'once',
    });
    expect(storedVotes(code)).toEqual([stored]);

    // The same over HTTP, with the same ref: the stored vote, its time unchanged.
    const http = await request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
      token: first.welcome.participant!.token,
      body: { choices: [a], ref: 'once' },
    });
    expect(http.status).toBe(200);
    const votedAt = http.body.vote.votedAt;

    // Closed: a re-send of an acknowledged ref is still acknowledged (it was counted);
    // a new vote is not.
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      token: hostKey,
      body: { state: 'closed' },
    });
    expect(await again.socket.vote(poll.id, [a], 'once')).toMatchObject({ type: 'ack' });
    expect(await again.socket.vote(poll.id, [b], 'later')).toMatchObject({ code: 'poll_closed' });

    // The ref is stored with the vote, so it survives a restart.
    await server.restart();
    const afterRestart = await attendee(code, first.welcome.participant!.token);
    expect(await afterRestart.socket.vote(poll.id, [a], 'once')).toMatchObject({ type: 'ack' });
    const repeat = await request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
      token: first.welcome.participant!.token,
      body: { choices: [a], ref: 'once' },
    });
    expect(repeat.body.vote.votedAt).toBe(votedAt);
    expect(storedVotes(code)).toEqual([stored]);
    expect(await results(code, poll.id)).toEqual({ total: 1, counts: [1, 0, 0] });
  });

  test('a vote whose socket dropped before its ack, re-sent after the reconnect, counts once', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const ids = poll.options.map((o) => o.id);
    const PHONES = 24;
    const expected = [0, 0, 0];
    await Promise.all(
      Array.from({ length: PHONES }, async (_, i) => {
        const { socket, welcome } = await attendee(code);
        const choice = i % 3;
        expected[choice]!++;
        // Sent, then the line drops at once: the vote may or may not have been committed.
        socket.send({ type: 'vote', ref: `lost-${i}`, pollId: poll.id, choices: [ids[choice]] });
        socket.ws.terminate();
        const back = await attendee(code, welcome.participant!.token);
        expect(await back.socket.vote(poll.id, [ids[choice]!], `lost-${i}`)).toMatchObject({
          type: 'ack',
          ref: `lost-${i}`,
        });
      }),
    );
    expect(storedVotes(code)).toHaveLength(PHONES);
    expect(await results(code, poll.id)).toEqual({ total: PHONES, counts: expected });
    expect(recount(poll.id, 3)).toEqual({ total: PHONES, counts: expected });
  });

  test('where changes are not allowed, a re-sent ref is acknowledged, never vote_locked', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Final?',
      kind: 'single',
      options: ['A', 'B'],
      allowChange: false,
    });
    const [a, b] = poll.options.map((o) => o.id) as [number, number];
    const { socket, welcome } = await attendee(code);
    expect(await socket.vote(poll.id, [a], 'final')).toMatchObject({ type: 'ack' });
    expect(await socket.vote(poll.id, [a], 'final')).toMatchObject({ type: 'ack' });
    expect(await socket.vote(poll.id, [b], 'other')).toMatchObject({ code: 'vote_locked' });
    const http = await request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
      token: welcome.participant!.token,
      body: { choices: [a], ref: 'final' },
    });
    expect(http.status).toBe(200);
    expect(await results(code, poll.id)).toEqual({ total: 1, counts: [1, 0] });
  });
});

describe('one participant, 100 votes at once over 10 sockets and 100 over HTTP', () => {
  const SOCKETS = 10;
  const PER_SOCKET = 10;
  const HTTP = 100;

  /** Fire every vote at once; resolve with each answer: 'ack' or the error code. */
  async function storm(code: string, pollId: number, optionIds: number[]) {
    const first = await attendee(code);
    const token = first.welcome.participant!.token;
    const tabs = [
      first,
      ...(await Promise.all(Array.from({ length: SOCKETS - 1 }, () => attendee(code, token)))),
    ];
    for (const tab of tabs) expect(tab.welcome.participant!.id).toBe(first.welcome.participant!.id);
    const answers: Promise<{ ref: string; answer: string }>[] = [];
    tabs.forEach(({ socket }, s) => {
      for (let i = 0; i < PER_SOCKET; i++) {
        const ref = `ws-${s}-${i}`;
        const choices = [optionIds[(s + i) % optionIds.length]!];
        answers.push(
          socket
            .vote(pollId, choices, ref)
            .then((m) => ({ ref, answer: m.type === 'ack' ? 'ack' : m.code })),
        );
      }
    });
    for (let i = 0; i < HTTP; i++) {
      const ref = `http-${i}`;
      answers.push(
        request(server.url, 'PUT', `/api/events/${code}/polls/${pollId}/vote`, {
          token,
          body: { choices: [optionIds[i % optionIds.length]], ref },
        }).then(({ status, body }) => ({ ref, answer: status === 200 ? 'ack' : body.error.code })),
      );
    }
    return {
      answers: await Promise.all(answers),
      participantId: first.welcome.participant!.id,
      token,
    };
  }

  test('changes allowed: every vote is acknowledged, one vote is stored, the tally shows 1 voter', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const ids = poll.options.map((o) => o.id);
    const host = await LiveView.join(server.url, { event: code, role: 'host', hostKey });
    sockets.push(host);
    const { answers, participantId, token } = await storm(code, poll.id, ids);
    expect(answers.filter((a) => a.answer !== 'ack')).toEqual([]);

    const rows = storedVotes(code);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.participantId).toBe(participantId);
    // The last one committed: one of the 200, with its own ref.
    expect(answers.map((a) => a.ref)).toContain(rows[0]!.ref);
    const counts = ids.map((_, i) => (rows[0]!.ballot === 2 ** i ? 1 : 0));
    expect(await results(code, poll.id)).toEqual({ total: 1, counts });
    expect(recount(poll.id, ids.length)).toEqual({ total: 1, counts });
    await host.until(() => host.polls.get(poll.id)?.total === 1, 5000, 'host tally of 1 voter');
    await host.until(() => same(host.polls.get(poll.id), { total: 1, counts }), 5000, 'host tally');
    // A new tab of the same participant is shown the stored vote.
    const tab = await attendee(code, token);
    expect(tab.welcome.myVotes).toEqual({ [poll.id]: [ids[counts.indexOf(1)]] });
    reportFigure('one participant storm (changes allowed)', {
      votes: answers.length,
      acked: answers.length,
      stored: rows.length,
    });
  });

  test('changes not allowed: exactly one vote is acknowledged and stored, the other 199 are vote_locked', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Once?',
      kind: 'single',
      options: ['A', 'B', 'C'],
      allowChange: false,
    });
    const ids = poll.options.map((o) => o.id);
    const { answers } = await storm(code, poll.id, ids);
    const acked = answers.filter((a) => a.answer === 'ack');
    expect(acked).toHaveLength(1);
    expect(answers.filter((a) => a.answer !== 'ack').every((a) => a.answer === 'vote_locked')).toBe(
      true,
    );
    const rows = storedVotes(code);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.ref).toBe(acked[0]!.ref);
    expect((await results(code, poll.id)).total).toBe(1);
    reportFigure('one participant storm (changes locked)', {
      votes: answers.length,
      acked: 1,
      locked: answers.length - 1,
    });
  });
});

describe('the host closes a poll in the middle of a vote storm', () => {
  /*
   * What "before the close" means. The close (PATCH state=closed) is applied
   * in one synchronous step on the server, between two group commits; every
   * vote is decided inside the commit that stores it, against the poll as it
   * is then. So a vote is counted if and only if its commit ran before the
   * close, and those are exactly the acknowledged votes. What a client can
   * observe of that, and what is asserted:
   *  - per connection, the answers in send order are acks, then only
   *    poll_closed (a socket's votes are committed in order, so the close
   *    cuts each connection's sequence once);
   *  - every vote sent after the PATCH answer arrived is refused: the close
   *    was applied before the answer was written;
   *  - the tally (HTTP, SQL recount and the host's screen) is exactly the
   *    last acknowledged vote of each participant.
   * Not asserted: that every ack arrives before the PATCH answer. An ack is
   * written before the close is applied, but on a different TCP connection
   * than the PATCH answer, so the client may read the two in either order;
   * such acks are counted and reported, and they are in the tally.
   */
  test('the tally is exactly the acknowledged votes; every later vote gets poll_closed', async () => {
    const VOTERS = 20;
    const HTTP_VOTERS = 2;
    const IN_FLIGHT = 4;
    const CLOSE_AFTER_ACKS = 400;
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const ids = poll.options.map((o) => o.id);
    const host = await LiveView.join(server.url, { event: code, role: 'host', hostKey });
    sockets.push(host);

    interface Sent {
      ref: string;
      choice: number;
      afterCloseAnswer: boolean;
      answer?: string;
      answeredAfterCloseAnswer?: boolean;
    }
    let acks = 0;
    let closeAnswered = false;
    let closing: Promise<unknown> | null = null;
    const onAck = () => {
      if (++acks === CLOSE_AFTER_ACKS) {
        closing = request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
          token: hostKey,
          body: { state: 'closed' },
        }).then((answer) => {
          expect(answer.status).toBe(200);
          closeAnswered = true;
        });
      }
    };

    /** A phone keeping IN_FLIGHT votes on the wire until the close refuses one of them. */
    class Voter {
      readonly sent: Sent[] = [];
      private readonly byRef = new Map<string, Sent>();
      private inFlight = 0;
      private refused = false;
      private idle: (() => void) | null = null;

      constructor(
        readonly v: number,
        readonly socket: TestSocket,
      ) {
        socket.ws.on('message', (data) => {
          const message = JSON.parse(String(data)) as ServerMessage;
          if (message.type !== 'ack' && message.type !== 'error') return;
          const entry = this.byRef.get(message.ref!)!;
          entry.answer = message.type === 'ack' ? 'ack' : message.code;
          entry.answeredAfterCloseAnswer = closeAnswered;
          this.inFlight--;
          if (message.type === 'ack') onAck();
          else this.refused = true;
          this.pump();
        });
      }

      /** Vote until refused; resolves when every vote sent is answered. */
      storm(): Promise<void> {
        return new Promise((resolve) => {
          this.idle = resolve;
          this.pump();
        });
      }

      send(): void {
        const n = this.sent.length;
        const entry: Sent = {
          ref: `v${this.v}-${n}`,
          choice: (this.v + n) % ids.length,
          afterCloseAnswer: closeAnswered,
        };
        this.sent.push(entry);
        this.byRef.set(entry.ref, entry);
        this.inFlight++;
        this.socket.send({
          type: 'vote',
          ref: entry.ref,
          pollId: poll.id,
          choices: [ids[entry.choice]],
        });
      }

      private pump(): void {
        while (!this.refused && this.inFlight < IN_FLIGHT) this.send();
        if (this.inFlight === 0) this.idle?.();
      }
    }

    const wsVoters = await Promise.all(
      Array.from({ length: VOTERS }, async (_, v) => new Voter(v, (await attendee(code)).socket)),
    );
    const httpTokens: string[] = [];
    for (let h = 0; h < HTTP_VOTERS; h++) {
      const { body } = await request(server.url, 'POST', `/api/events/${code}/participants`);
      httpTokens.push(body.token);
    }
    const httpSent: Sent[][] = httpTokens.map(() => []);
    const httpVote = async (h: number) => {
      const sent = httpSent[h]!;
      const n = sent.length;
      const entry: Sent = {
        ref: `h${h}-${n}`,
        choice: (h + n) % ids.length,
        afterCloseAnswer: closeAnswered,
      };
      sent.push(entry);
      const answer = await request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
        token: httpTokens[h],
        body: { choices: [ids[entry.choice]], ref: entry.ref },
      });
      entry.answer = answer.status === 200 ? 'ack' : answer.body.error.code;
      entry.answeredAfterCloseAnswer = closeAnswered;
      if (entry.answer === 'ack') onAck();
      return entry.answer;
    };

    // The storm: everyone votes until the close refuses them.
    await Promise.all([
      ...wsVoters.map((voter) => voter.storm()),
      ...httpTokens.map(async (_, h) => {
        while ((await httpVote(h)) === 'ack');
      }),
    ]);
    expect(closing, 'the close was sent mid-storm').not.toBeNull();
    await closing;
    // After the PATCH answer: two more votes from everyone.
    for (let round = 0; round < 2; round++) {
      for (const voter of wsVoters) voter.send();
      await Promise.all([
        ...wsVoters.map((voter) => voter.storm()),
        ...httpTokens.map((_, h) => httpVote(h)),
      ]);
    }
    const votersSent = [...wsVoters.map((voter) => voter.sent), ...httpSent];

    const expected = [0, 0, 0];
    let ackedTotal = 0;
    let acksReadAfterCloseAnswer = 0;
    for (const sent of votersSent) {
      const answers = sent.map((s) => s.answer);
      // Every vote answered, with an ack or poll_closed and nothing else...
      expect(answers.every((a) => a === 'ack' || a === 'poll_closed')).toBe(true);
      // ...acks first, then only refusals: the close cut this connection once.
      const firstRefused = answers.indexOf('poll_closed');
      expect(firstRefused).toBeGreaterThanOrEqual(0);
      expect(answers.slice(firstRefused).every((a) => a === 'poll_closed')).toBe(true);
      // Nothing sent after the PATCH answer was counted.
      expect(sent.filter((s) => s.afterCloseAnswer && s.answer === 'ack')).toEqual([]);
      const acked = sent.filter((s) => s.answer === 'ack');
      ackedTotal += acked.length;
      acksReadAfterCloseAnswer += acked.filter((s) => s.answeredAfterCloseAnswer).length;
      if (acked.length > 0) expected[acked[acked.length - 1]!.choice]!++;
    }
    const voters = expected.reduce((a, b) => a + b, 0);
    expect(voters).toBe(VOTERS + HTTP_VOTERS);
    const tally = { total: voters, counts: expected };
    expect(await results(code, poll.id)).toEqual(tally);
    expect(recount(poll.id, ids.length)).toEqual(tally);
    await host.until(
      () => same(host.polls.get(poll.id), tally),
      5000,
      'the host screen shows the acknowledged votes',
    );

    // Re-sending an acknowledged vote after the close is acknowledged and changes nothing.
    const last = httpSent[0]!.filter((s) => s.answer === 'ack').at(-1)!;
    const resent = await request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
      token: httpTokens[0],
      body: { choices: [ids[last.choice]], ref: last.ref },
    });
    expect(resent.status).toBe(200);
    expect(await results(code, poll.id)).toEqual(tally);

    reportFigure('close during storm', {
      votesSent: votersSent.reduce((n, s) => n + s.length, 0),
      acked: ackedTotal,
      refusedPollClosed: votersSent.reduce(
        (n, s) => n + s.filter((x) => x.answer === 'poll_closed').length,
        0,
      ),
      acksReadAfterThePatchAnswer: acksReadAfterCloseAnswer,
    });
  });
});

describe('an event deleted while participants join', () => {
  test('a participant whose commit comes after the delete is refused with event_not_found, never a 500', async () => {
    const { code } = await createEvent(server.url);
    const { voxpop } = server.voxpop;
    const event = voxpop.events.find(code)!;
    // Queued for the next group commit, then the event goes before it runs.
    const joining = voxpop.participants.add(event);
    void voxpop.events.delete(event);
    await expect(joining).rejects.toMatchObject({ name: 'DomainError', code: 'event_not_found' });
  });

  test('a storm of joins over HTTP and WebSocket around DELETE: only 201/welcome or event_not_found', async () => {
    const ROUNDS = 10;
    const JOINS = 30;
    const seen = new Map<string, number>();
    const count = (what: string): void => void seen.set(what, (seen.get(what) ?? 0) + 1);
    for (let round = 0; round < ROUNDS; round++) {
      const { code, hostKey } = await createEvent(server.url);
      const outcomes: Promise<void>[] = [];
      // The DELETE goes out once a growing share of the first wave is
      // answered, together with a second wave: joins land before, around and after it.
      const deleteAfter = Math.floor((round / ROUNDS) * JOINS);
      let answered = 0;
      let deleted: Promise<{ status: number }> | undefined;
      const answer = () => {
        if (++answered < deleteAfter || deleted) return;
        deleted = request(server.url, 'DELETE', `/api/events/${code}`, { token: hostKey });
        wave();
      };
      const wave = () => {
        for (let i = 0; i < JOINS / 2; i++) {
          const http = request(server.url, 'POST', `/api/events/${code}/participants`);
          void http.then(answer);
          outcomes.push(
            http.then(({ status, body }) =>
              count(status === 201 ? 'http 201' : `http ${status} ${body?.error?.code}`),
            ),
          );
          const ws = wsJoin(code);
          void ws.answered.then(answer);
          outcomes.push(ws.outcome.then(count));
        }
      };
      wave();
      if (deleteAfter === 0) answer();
      while (outcomes.length < 2 * JOINS) await Promise.all(outcomes);
      await Promise.all(outcomes);
      expect((await deleted)?.status).toBe(204);
    }
    const allowed = ['http 201', 'http 404 event_not_found', 'event_deleted', 'event_not_found'];
    expect([...seen.keys()].filter((k) => !allowed.includes(k))).toEqual([]);
    reportFigure('joins around a delete', Object.fromEntries(seen));
  });
});

/**
 * One WebSocket join. `answered`: the welcome or refusal is in. `outcome`:
 * 'welcome' (and still open), 'event_deleted' (welcomed, then told), or the
 * code the join was refused with.
 */
function wsJoin(code: string): { answered: Promise<void>; outcome: Promise<string> } {
  const ws = new WebSocket(server.url.replace(/^http/, 'ws') + '/ws');
  ws.on('error', () => {});
  let answer: () => void = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const outcome = new Promise<string>((resolve) => {
    let seen = 'closed without answer';
    ws.on('open', () => ws.send(JSON.stringify({ type: 'join', event: code, role: 'attendee' })));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      if (message.type === 'welcome' || message.type === 'error') answer();
      if (message.type === 'welcome') seen = 'welcome';
      else if (message.type === 'event_deleted') seen = 'event_deleted';
      else if (message.type === 'error') seen = message.code;
    });
    ws.on('close', () => {
      answer();
      resolve(seen);
    });
    // Welcomed before the delete: told event_deleted and closed. Welcomed
    // and never told would be a bug, reported as 'welcome' after this wait.
    setTimeout(() => ws.close(), 5000);
  });
  return { answered, outcome };
}

function same(a: ShownTally | undefined, b: ShownTally): boolean {
  return a !== undefined && a.total === b.total && a.counts.every((c, i) => c === b.counts[i]);
}

describe('what is acknowledged is what is stored', () => {
  // SQLite stores text as UTF-8, which has no lone UTF-16 surrogates: it
  // would keep U+FFFD in their place. A ref stored that way never matches
  // its re-send again, so the contract refuses such strings up front.
  const LONE = ['r\ud800', 'r\udc00', '\udc00\ud800'];

  test('a ref with a lone surrogate is refused with invalid_message, never acknowledged and then forgotten', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Final?',
      kind: 'single',
      options: ['A', 'B'],
      allowChange: false,
    });
    const a = poll.options[0]!.id;
    const { socket, welcome } = await attendee(code);
    for (const ref of LONE) {
      const answer = await socket.vote(poll.id, [a], ref);
      expect(answer).toMatchObject({ type: 'error', ref, code: 'invalid_message' });
      expect(answer.type === 'error' && answer.message).toMatch(/ref/);
      const http = await request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
        token: welcome.participant!.token,
        body: { choices: [a], ref },
      });
      expect(http.status).toBe(400);
      expect(http.body.error.code).toBe('invalid_body');
    }
    expect(storedVotes(code)).toEqual([]);
    // Well-formed refs of any script, emoji (surrogate pairs) included, are kept exactly.
    const ref = 'réf-🗳️-投票';
    expect(await socket.vote(poll.id, [a], ref)).toMatchObject({ type: 'ack', ref });
    expect(await socket.vote(poll.id, [a], ref)).toMatchObject({ type: 'ack', ref });
    expect(storedVotes(code).map((v) => v.ref)).toEqual([ref]);
  });

  test('titles, questions and options with a lone surrogate get 400 invalid_body; others survive a restart unchanged', async () => {
    const bad = await request(server.url, 'POST', '/api/events', {
      body: { title: 'Peace\ud800' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      code: 'invalid_body',
      message: expect.stringMatching(/title/),
    });

    const title = 'Мир · 和平 · მშვიდობა · 🕊️';
    const { code, hostKey } = await createEvent(server.url, title);
    for (const body of [
      { question: 'Q\udfff?', kind: 'single', options: ['A', 'B'] },
      { question: 'Q?', kind: 'single', options: ['A', '\ud83d'] },
    ]) {
      const answer = await request(server.url, 'POST', `/api/events/${code}/polls`, {
        token: hostKey,
        body,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('invalid_body');
    }
    const question = 'Can the EU make a difference? 🇪🇺';
    const poll = await createPoll(server.url, code, hostKey, {
      question,
      kind: 'multiple',
      options: ['Yes 👍', 'No 👎', 'עדיין לא ברור'],
    });
    const patched = await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      token: hostKey,
      body: { question: 'Edited \ud800' },
    });
    expect(patched.status).toBe(400);

    const before = await request(server.url, 'GET', `/api/events/${code}`);
    await server.restart();
    const after = await request(server.url, 'GET', `/api/events/${code}`);
    expect(after.body).toEqual(before.body);
    expect(after.body.event.title).toBe(title);
    expect(after.body.polls[0].question).toBe(question);
  });
});
