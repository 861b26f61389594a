/**
 * Fuzz: thousands of random and malformed WebSocket messages (before and
 * after join, every message type) and HTTP requests (every route, body,
 * credential and path parameter) against one server. The server must never
 * crash or answer 5xx; every refusal is a typed error from shared/codes.ts
 * with the status the table gives it; a socket stays open unless the
 * contract closes it (a refused join: 1008 after the error; over 64 KiB:
 * 1009); and real votes still work afterwards, with the tallies equal to a
 * recount in SQL and the database intact.
 */
import fc from 'fast-check';
import WebSocket from 'ws';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CLOSE, ERRORS, type ErrorCode } from '../../shared/codes.js';
import type { Poll, ServerMessage } from '../../shared/protocol.js';
import { readDb } from '../support/server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';
import { reportFigure, runSeed, scale } from './support/config.js';
import {
  hostileBody,
  hostileMessage,
  hostileName,
  pathSegment,
  type Targets,
  type Wire,
} from './support/hostile.js';
import { duplicateVotes, recountAnyKind, recountPoll } from './support/recount.js';
import { RestartableServer } from './support/restartable.js';

const WS_MESSAGES = scale(6_500, 60_000);
const WS_WORKERS = 6;
const HTTP_REQUESTS = scale(4_000, 50_000);
const HTTP_WORKERS = 8;
/** Messages over 64 KiB per WebSocket worker (each closes its socket with 1009). */
const OVERSIZE_PER_WORKER = 2;

const seed = runSeed();
let server: RestartableServer;
let targets: Targets;
let participantToken = '';

beforeAll(async () => {
  server = await RestartableServer.start();
  const { code, hostKey } = await createEvent(server.url, 'Fuzz');
  const single = await createPoll(server.url, code, hostKey);
  const multiple = await createPoll(server.url, code, hostKey, {
    question: 'Many?',
    kind: 'multiple',
    options: ['W', 'X', 'Y', 'Z'],
  });
  const draft = await createPoll(
    server.url,
    code,
    hostKey,
    { question: 'Later?', kind: 'single', options: ['A', 'B'] },
    { open: false, active: false },
  );
  // Contract v2's kinds get the same hostile answers (and their own fields).
  const rating = await createPoll(
    server.url,
    code,
    hostKey,
    { question: 'Rate?', kind: 'rating', max: 5 },
    { open: true, active: false },
  );
  const ranking = await createPoll(
    server.url,
    code,
    hostKey,
    { question: 'Rank?', kind: 'ranking', options: ['R', 'S', 'T'] },
    { open: true, active: false },
  );
  const wordcloud = await createPoll(
    server.url,
    code,
    hostKey,
    { question: 'A word?', kind: 'wordcloud', maxWords: 3 },
    { open: true, active: false },
  );
  const text = await createPoll(
    server.url,
    code,
    hostKey,
    { question: 'Say?', kind: 'text', maxLength: 40, moderation: 'pre' },
    { open: true, active: false },
  );
  const qa = await createPoll(
    server.url,
    code,
    hostKey,
    { question: 'Questions?', kind: 'qa' },
    { open: true, active: false },
  );
  // Quiz: open for 5 minutes (longer than the fuzz), so answers are taken and scored.
  const quiz = await createPoll(
    server.url,
    code,
    hostKey,
    { question: 'Quiz?', kind: 'quiz', options: ['Q', 'U', 'I'], correct: [1], timeLimit: 300 },
    { open: true, active: false },
  );
  const participant = await request(server.url, 'POST', `/api/events/${code}/participants`);
  participantToken = participant.body.token;
  targets = {
    code,
    hostKey,
    token: participantToken,
    pollIds: [
      single.id,
      multiple.id,
      draft.id,
      rating.id,
      ranking.id,
      wordcloud.id,
      text.id,
      qa.id,
      quiz.id,
    ],
    optionIds: [
      ...single.options,
      ...multiple.options,
      ...draft.options,
      ...ranking.options,
      ...quiz.options,
    ].map((o) => o.id),
  };
});
afterAll(async () => {
  await server?.dispose();
});

/** A failure, described for the report: what was sent and what came back. */
function describe(wire: Wire, answer: unknown): string {
  const sent = wire.kind === 'text' ? wire.text.slice(0, 300) : wire.kind;
  return `sent ${JSON.stringify(sent)}; got ${JSON.stringify(answer)?.slice(0, 300)}`;
}

function typedError(body: unknown): string | null {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string')
    return 'not {error:{code,message}}';
  if (!(error.code in ERRORS)) return `unknown code ${error.code}`;
  if (error.message.length === 0) return 'empty message';
  return null;
}

// ---------------------------------------------------------------- WebSocket

const ANSWERS = new Set(['error', 'ack', 'pong', 'welcome']);
const JOIN_REFUSALS = new Set<string>(['event_not_found', 'unauthorized', 'forbidden']);
/** A refused display name closes the socket when a join gave it, not when a `name` message did. */
const JOIN_NAME_REFUSAL = 'invalid_name';

/** The `type` of a text message that parses as a JSON object, else null. */
function typeOf(wire: Wire): unknown {
  if (wire.kind !== 'text') return null;
  try {
    return (JSON.parse(wire.text) as { type?: unknown } | null)?.type ?? null;
  } catch {
    return null;
  }
}
const refusesJoin = (code: string, sent: Wire) =>
  JOIN_REFUSALS.has(code) || (code === JOIN_NAME_REFUSAL && typeOf(sent) === 'join');

/** One socket, driven one message at a time: send, then wait for its answer or the close. */
class FuzzSocket {
  ws!: WebSocket;
  joinedAs: string | null = null;
  private inbox: ServerMessage[] = [];
  private wake: (() => void) | null = null;
  closeCode: number | null = null;
  lastError: ServerMessage | null = null;

  async open(): Promise<void> {
    this.ws = new WebSocket(server.url.replace(/^http/, 'ws') + '/ws');
    this.joinedAs = null;
    this.closeCode = null;
    this.lastError = null;
    this.inbox = [];
    this.ws.on('error', () => {});
    this.ws.on('message', (data, isBinary) => {
      const message = isBinary
        ? ({ type: 'binary' } as unknown as ServerMessage)
        : (JSON.parse(String(data)) as ServerMessage);
      this.inbox.push(message);
      this.wake?.();
    });
    this.ws.on('close', (code) => {
      this.closeCode = code;
      this.wake?.();
    });
    await new Promise<void>((resolve, reject) => {
      this.ws.once('open', resolve);
      this.ws.once('error', reject);
    });
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** The next answer (pushes skipped), or 'closed'. */
  async answer(timeoutMs = 10_000): Promise<ServerMessage | 'closed'> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.inbox.findIndex((m) => ANSWERS.has(m.type) || !isPush(m));
      if (i >= 0) return this.inbox.splice(i, 1)[0]!;
      if (this.closeCode !== null) return 'closed';
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('no answer');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  send(wire: Wire): void {
    if (wire.kind === 'text') this.ws.send(wire.text);
    else if (wire.kind === 'binary') this.ws.send(wire.bytes, { binary: true });
  }
}

function isPush(m: ServerMessage): boolean {
  return [
    'poll',
    'event',
    'poll_deleted',
    'poll_reset',
    'active',
    'tally',
    'presence',
    'score',
    'leaderboard',
  ].includes(m.type);
}

interface WsTotals {
  sent: number;
  realVotes: number;
  answers: Record<string, number>;
  closes: Record<string, number>;
  problems: string[];
}

async function fuzzSocket(messages: Wire[], worker: number, totals: WsTotals): Promise<void> {
  const socket = new FuzzSocket();
  await socket.open();
  const roles = ['attendee', 'presenter', 'host'] as const;
  const realJoin = async () => {
    const role = roles[worker % roles.length]!;
    socket.send({
      kind: 'text',
      text: JSON.stringify({ type: 'join', event: targets.code, role, hostKey: targets.hostKey }),
    });
    const welcome = await socket.answer();
    if (welcome === 'closed' || welcome.type !== 'welcome')
      totals.problems.push(`real join: ${JSON.stringify(welcome)}`);
    else socket.joinedAs = role;
  };
  const oversizeAt = new Set(
    Array.from({ length: OVERSIZE_PER_WORKER }, (_, i) =>
      Math.floor(((i + 0.5) * messages.length) / OVERSIZE_PER_WORKER),
    ),
  );
  for (const [i, wire] of messages.entries()) {
    // Half the messages before a join, half after.
    if (i === Math.floor(messages.length / 2) && socket.joinedAs === null) await realJoin();
    const oversize = oversizeAt.has(i);
    const sent: Wire = oversize
      ? { kind: 'text', text: JSON.stringify({ type: 'ping', pad: 'x'.repeat(66_000) }) }
      : wire;
    socket.send(sent);
    totals.sent++;
    const answer = await socket.answer();
    if (answer === 'closed') {
      const code = socket.closeCode!;
      totals.closes[code] = (totals.closes[code] ?? 0) + 1;
      const refusedJoin =
        code === CLOSE.policyViolation &&
        socket.lastError?.type === 'error' &&
        JOIN_REFUSALS.has(socket.lastError.code);
      if (!(oversize && code === CLOSE.messageTooBig) && !refusedJoin) {
        totals.problems.push(`closed ${code}: ${describe(sent, socket.lastError)}`);
      }
      await socket.open();
      if (i >= messages.length / 2) await realJoin();
      continue;
    }
    if (oversize) totals.problems.push(`over 64 KiB, not closed: ${JSON.stringify(answer)}`);
    totals.answers[answer.type === 'error' ? answer.code : answer.type] =
      (totals.answers[answer.type === 'error' ? answer.code : answer.type] ?? 0) + 1;
    if (answer.type === 'error') {
      socket.lastError = answer;
      const problem = typedError({ error: answer });
      if (problem) totals.problems.push(`${problem}: ${describe(sent, answer)}`);
      else if (ERRORS[answer.code as ErrorCode].status >= 500)
        totals.problems.push(`5xx code: ${describe(sent, answer)}`);
      if (refusesJoin(answer.code, sent)) {
        // A refused join closes the socket right after its error.
        const close = await socket.answer();
        if (close !== 'closed')
          totals.problems.push(`join refused but not closed: ${describe(sent, close)}`);
        else {
          totals.closes[socket.closeCode!] = (totals.closes[socket.closeCode!] ?? 0) + 1;
          if (socket.closeCode !== CLOSE.policyViolation)
            totals.problems.push(`refused join closed ${socket.closeCode}`);
        }
        await socket.open();
        if (i >= messages.length / 2) await realJoin();
      }
    } else if (answer.type === 'welcome') {
      socket.joinedAs = answer.role;
    } else if (!ANSWERS.has(answer.type)) {
      totals.problems.push(`unexpected answer: ${describe(sent, answer)}`);
    }
  }
  // Still usable: a ping is answered, and (as an attendee) a real vote is counted.
  socket.send({ kind: 'text', text: '{"type":"ping"}' });
  const pong = await socket.answer();
  if (pong === 'closed' || pong.type !== 'pong')
    totals.problems.push(`no pong after fuzzing: ${JSON.stringify(pong)}`);
  if (socket.joinedAs === 'attendee') {
    const [pollId, choice] = [targets.pollIds[1]!, targets.optionIds[3]!];
    socket.send({
      kind: 'text',
      text: JSON.stringify({ type: 'vote', ref: `real-${worker}`, pollId, choices: [choice] }),
    });
    const ack = await socket.answer();
    if (ack === 'closed' || ack.type !== 'ack')
      totals.problems.push(`real vote after fuzzing: ${JSON.stringify(ack)}`);
    else totals.realVotes++;
  }
  socket.ws.close();
}

test(
  `${WS_MESSAGES} hostile WebSocket messages: typed errors only, sockets closed only as the contract says`,
  async () => {
    const started = Date.now();
    const all = fc.sample(hostileMessage(targets), { numRuns: WS_MESSAGES, seed });
    const totals: WsTotals = { sent: 0, realVotes: 0, answers: {}, closes: {}, problems: [] };
    const per = Math.ceil(all.length / WS_WORKERS);
    await Promise.all(
      Array.from({ length: WS_WORKERS }, (_, w) =>
        fuzzSocket(all.slice(w * per, (w + 1) * per), w, totals),
      ),
    );
    const seconds = (Date.now() - started) / 1000;
    expect(totals.problems.slice(0, 20), `seed ${seed}`).toEqual([]);

    // A real phone and a real vote afterwards.
    const { socket } = await TestSocket.join(server.url, { event: targets.code, role: 'attendee' });
    const answer = await socket.vote(targets.pollIds[0]!, [targets.optionIds[0]!]);
    expect(answer).toMatchObject({ type: 'ack' });
    socket.close();
    reportFigure('fuzz websocket', {
      seed,
      messages: totals.sent,
      seconds,
      answers: totals.answers,
      closes: totals.closes,
    });
  },
  scale(60_000, 1_200_000),
);

// --------------------------------------------------------------------- HTTP

type Auth = 'host' | 'participant' | 'none' | 'not-host';

interface Route {
  method: string;
  path: (code: string, pollId: string) => string;
  body: Record<string, fc.Arbitrary<unknown>> | null;
  auth: Auth;
}

function routes(t: Targets): Route[] {
  const options = fc.array(fc.string({ minLength: 1, maxLength: 20 }), {
    minLength: 2,
    maxLength: 5,
  });
  const kind = fc.constantFrom('single', 'multiple');
  const ids = fc.array(fc.constantFrom(...t.optionIds), { maxLength: 4 });
  const ev = (code: string) => `/api/events/${code}`;
  return [
    {
      method: 'POST',
      path: () => '/api/events',
      body: { title: fc.string({ minLength: 1, maxLength: 30 }) },
      auth: 'none',
    },
    { method: 'GET', path: (c) => ev(c), body: null, auth: 'host' },
    {
      method: 'PATCH',
      path: (c) => ev(c),
      body: { title: fc.string({ minLength: 1 }), showStats: fc.boolean() },
      auth: 'host',
    },
    { method: 'DELETE', path: (c) => ev(c), body: null, auth: 'not-host' },
    {
      method: 'POST',
      path: (c) => `${ev(c)}/polls`,
      body: {
        question: fc.string({ minLength: 1 }),
        kind,
        options,
        maxChoices: fc.nat(6),
        allowChange: fc.boolean(),
      },
      auth: 'host',
    },
    {
      method: 'PATCH',
      path: (c, p) => `${ev(c)}/polls/${p}`,
      body: {
        state: fc.constantFrom('draft', 'open', 'closed'),
        showResults: fc.boolean(),
        question: fc.string({ minLength: 1 }),
        options,
        maxChoices: fc.nat(6),
        allowChange: fc.boolean(),
      },
      auth: 'host',
    },
    { method: 'POST', path: (c, p) => `${ev(c)}/polls/${p}/reset`, body: null, auth: 'host' },
    { method: 'DELETE', path: (c, p) => `${ev(c)}/polls/${p}`, body: null, auth: 'not-host' },
    {
      method: 'PUT',
      path: (c) => `${ev(c)}/active`,
      body: { pollId: fc.constantFrom(...t.pollIds, null) },
      auth: 'host',
    },
    { method: 'POST', path: (c) => `${ev(c)}/participants`, body: null, auth: 'none' },
    // Quiz: a participant with a display name, the leaderboard, the board on screen, a question.
    {
      method: 'POST',
      path: (c) => `${ev(c)}/participants`,
      body: { name: hostileName() },
      auth: 'none',
    },
    { method: 'GET', path: (c) => `${ev(c)}/leaderboard`, body: null, auth: 'none' },
    {
      method: 'PATCH',
      path: (c) => ev(c),
      body: { leaderboard: fc.boolean() },
      auth: 'host',
    },
    {
      method: 'POST',
      path: (c) => `${ev(c)}/polls`,
      body: {
        question: fc.string({ minLength: 1 }),
        kind: fc.constant('quiz'),
        options,
        correct: fc.array(fc.integer({ min: -1, max: 6 }), { maxLength: 3 }),
        timeLimit: fc.integer({ min: 3, max: 320 }),
        points: fc.integer({ min: 50, max: 11_000 }),
      },
      auth: 'host',
    },
    {
      method: 'PATCH',
      path: (c, p) => `${ev(c)}/polls/${p}`,
      body: {
        correct: fc.array(fc.integer({ min: -1, max: 6 }), { maxLength: 3 }),
        timeLimit: fc.integer({ min: 3, max: 320 }),
        points: fc.integer({ min: 50, max: 11_000 }),
        allowChange: fc.boolean(),
      },
      auth: 'host',
    },
    {
      method: 'PUT',
      path: (c, p) => `${ev(c)}/polls/${p}/vote`,
      body: { choices: ids, ref: fc.string({ minLength: 1, maxLength: 64 }) },
      auth: 'participant',
    },
    {
      method: 'PUT',
      path: (c, p) => `${ev(c)}/polls/${p}/vote`,
      body: { value: fc.integer({ min: -2, max: 12 }), order: ids },
      auth: 'participant',
    },
    {
      method: 'PUT',
      path: (c, p) => `${ev(c)}/polls/${p}/vote`,
      body: {
        words: fc.oneof(fc.array(fc.string({ maxLength: 30 }), { maxLength: 7 }), fc.string()),
        text: fc.oneof(fc.string({ maxLength: 60 }), fc.integer()),
      },
      auth: 'participant',
    },
    {
      method: 'POST',
      path: (c, p) => `${ev(c)}/polls/${p}/hidden-words`,
      body: { text: fc.oneof(fc.string({ maxLength: 30 }), fc.integer()) },
      auth: 'host',
    },
    {
      method: 'PATCH',
      path: (c, p) => `${ev(c)}/polls/${p}/entries/${p}`,
      body: { status: fc.constantFrom('visible', 'hidden', 'pending', 7) },
      auth: 'host',
    },
    {
      method: 'POST',
      path: (c, p) => `${ev(c)}/polls/${p}/questions`,
      body: { text: fc.oneof(fc.string({ maxLength: 300 }), fc.integer()), ref: fc.string() },
      auth: 'participant',
    },
    {
      method: 'PUT',
      path: (c, p) => `${ev(c)}/polls/${p}/questions/${p}/upvote`,
      body: null,
      auth: 'participant',
    },
    {
      method: 'DELETE',
      path: (c, p) => `${ev(c)}/polls/${p}/questions/1/upvote`,
      body: null,
      auth: 'participant',
    },
    {
      method: 'PATCH',
      path: (c, p) => `${ev(c)}/polls/${p}/questions/1`,
      body: {
        status: fc.constantFrom('visible', 'hidden', 'answered', 'pending', 7),
        highlighted: fc.oneof(fc.boolean(), fc.constant('yes')),
      },
      auth: 'host',
    },
    { method: 'GET', path: (c, p) => `${ev(c)}/polls/${p}/results`, body: null, auth: 'none' },
    { method: 'GET', path: (c) => `${ev(c)}/export.csv`, body: null, auth: 'host' },
    // Webhooks: URLs that are refused before any resolver is asked, or malformed, and any events.
    {
      method: 'POST',
      path: (c) => `${ev(c)}/webhooks`,
      body: {
        url: fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.constantFrom(
            'http://127.0.0.1/hook',
            'http://[::1]:80/',
            'http://169.254.169.254/',
            'ftp://crm.example/',
            'https://u:p@crm.example/',
          ),
        ),
        events: fc.array(
          fc.oneof(fc.constantFrom('poll.opened', 'poll.closed', 'event.deleted'), fc.string()),
          { maxLength: 4 },
        ),
      },
      auth: 'host',
    },
    { method: 'GET', path: (c) => `${ev(c)}/webhooks`, body: null, auth: 'host' },
    { method: 'DELETE', path: (c, p) => `${ev(c)}/webhooks/${p}`, body: null, auth: 'host' },
    { method: 'GET', path: (c) => `${ev(c)}/qr.svg`, body: null, auth: 'none' },
    { method: 'GET', path: () => '/healthz?verbose=1', body: null, auth: 'none' },
    { method: 'OPTIONS', path: (c, p) => `${ev(c)}/polls/${p}`, body: null, auth: 'host' },
    { method: 'HEAD', path: (c) => ev(c), body: null, auth: 'none' },
    { method: 'POST', path: (c, p) => `/api/${c}/${p}`, body: null, auth: 'host' },
  ];
}

interface HttpCase {
  route: Route;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Wire;
}

function httpCase(t: Targets): fc.Arbitrary<HttpCase> {
  const credential = (auth: Auth) => {
    const natural = auth === 'host' ? t.hostKey : auth === 'participant' ? t.token : null;
    const wrong = [
      undefined,
      'Bearer',
      'Bearer ',
      'Basic dXNlcjpwYXNz',
      'Bearer x',
      `Bearer ${'k'.repeat(300)}`,
      auth === 'not-host' ? 'Bearer nope' : `bearer ${t.hostKey}`,
      auth === 'not-host' ? `Bearer ${t.token}` : `Bearer ${t.hostKey} extra`,
      auth === 'participant' ? `Bearer ${t.hostKey}` : `Bearer ${t.token}`,
    ];
    return natural === null
      ? fc.constantFrom(...wrong)
      : fc.oneof(
          { weight: 4, arbitrary: fc.constant(`Bearer ${natural}`) },
          { weight: 2, arbitrary: fc.constantFrom(...wrong) },
        );
  };
  const contentType = fc.constantFrom(
    'application/json',
    'application/json',
    'text/plain',
    'application/json; charset=utf-16',
    'multipart/form-data; boundary=x',
    undefined,
  );
  return fc.constantFrom(...routes(t)).chain((route) =>
    fc
      .record({
        code: pathSegment([t.code]),
        pollId: pathSegment(t.pollIds.map(String)),
        authorization: credential(route.auth),
        contentType,
        body: hostileBody(route.body, t),
        method: fc.oneof(
          { weight: 9, arbitrary: fc.constant(route.method) },
          { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'PATCH', 'DELETE', 'POST') },
        ),
      })
      .map(({ code, pollId, authorization, contentType: type, body, method }) => {
        const headers: Record<string, string> = {};
        if (authorization !== undefined) headers.authorization = authorization;
        if (type !== undefined) headers['content-type'] = type;
        // DELETE with the real host key would end the fuzzed event: never sent.
        if (method === 'DELETE' && authorization?.includes(t.hostKey)) delete headers.authorization;
        return { route, method, path: route.path(code, pollId), headers, body };
      }),
  );
}

test(
  `${HTTP_REQUESTS} hostile HTTP requests on every route: no 5xx, every refusal a typed error with its status`,
  async () => {
    const started = Date.now();
    const cases = fc.sample(httpCase(targets), { numRuns: HTTP_REQUESTS, seed: seed + 1 });
    const problems: string[] = [];
    const statuses: Record<string, number> = {};
    const codes: Record<string, number> = {};
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const c = cases[next++]!;
        const hasBody = c.method !== 'GET' && c.method !== 'HEAD' && c.body.kind !== 'none';
        const body = !hasBody
          ? undefined
          : c.body.kind === 'text'
            ? c.body.text
            : c.body.kind === 'binary'
              ? Buffer.from(c.body.bytes)
              : undefined;
        let response: Response;
        try {
          response = await fetch(server.url + c.path, {
            method: c.method,
            headers: c.headers,
            body,
          });
        } catch (error) {
          problems.push(`${c.method} ${c.path}: ${String(error)}`);
          continue;
        }
        const text = await response.text();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        const what = `${c.method} ${c.path.slice(0, 120)} ${JSON.stringify(c.headers).slice(0, 120)}`;
        if (response.status >= 500) {
          problems.push(`${response.status} for ${what}: ${describe(c.body, text)}`);
          continue;
        }
        if (response.status < 400 || c.method === 'HEAD') continue;
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          problems.push(`${response.status} not JSON for ${what}: ${text.slice(0, 200)}`);
          continue;
        }
        const problem = typedError(json);
        if (problem) problems.push(`${problem} for ${what}: ${text.slice(0, 200)}`);
        else {
          const code = (json as { error: { code: ErrorCode } }).error.code;
          codes[code] = (codes[code] ?? 0) + 1;
          // The one documented exception: a webhook URL that is well-formed but refused is 422.
          const refusedUrl =
            code === 'invalid_body' && response.status === 422 && /\/webhooks$/.test(c.path);
          if (ERRORS[code].status !== response.status && !refusedUrl) {
            problems.push(
              `${code} with status ${response.status} (table: ${ERRORS[code].status}) for ${what}`,
            );
          }
        }
      }
    };
    await Promise.all(Array.from({ length: HTTP_WORKERS }, worker));
    const seconds = (Date.now() - started) / 1000;
    expect(problems.slice(0, 20), `seed ${seed}`).toEqual([]);
    expect((await request(server.url, 'GET', '/healthz')).status).toBe(200);

    // A real vote over HTTP on a fresh poll still works.
    const poll = await createPoll(server.url, targets.code, targets.hostKey, {
      question: 'After?',
      kind: 'single',
      options: ['A', 'B'],
    });
    const voted = await request(
      server.url,
      'PUT',
      `/api/events/${targets.code}/polls/${poll.id}/vote`,
      {
        token: participantToken,
        body: { choices: [poll.options[1]!.id], ref: 'after-fuzz' },
      },
    );
    expect(voted.status).toBe(200);
    reportFigure('fuzz http', { seed: seed + 1, requests: cases.length, seconds, statuses, codes });
  },
  scale(60_000, 1_200_000),
);

test('after the fuzz: the database is intact and every live tally equals a recount in SQL', async () => {
  const db = readDb(server.dbPath);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(duplicateVotes(db)).toEqual([]);
    const event = await request(server.url, 'GET', `/api/events/${targets.code}`, {
      token: targets.hostKey,
    });
    for (const poll of event.body.polls as Poll[]) {
      if (poll.kind === 'quiz') {
        // The host's results of a quiz carry the counts, open or closed.
        const counts = poll.results?.options?.map((o) => o.count) ?? null;
        expect({ total: poll.results?.total, counts }, `poll ${poll.id} (quiz)`).toEqual(
          recountPoll(db, poll.id, poll.options.length),
        );
        continue;
      }
      const { recounted, shown } = recountAnyKind(db, poll);
      expect(shown, `poll ${poll.id} (${poll.kind})`).toEqual(recounted);
    }
  } finally {
    db.close();
  }
});
