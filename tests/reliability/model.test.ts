/**
 * Model-based test: fast-check generates sequences of host and attendee
 * actions (create a poll, open, close, reopen, vote, change a vote, re-send
 * one by ref, show or hide results, edit options, reset, delete, put a poll
 * on screen or none, reconnect, restart the server) and runs each against a real voxpop and against the
 * reference model (support/reference-model.ts). After every step the live
 * tally (the event as the host sees it), the results endpoint, the attendee
 * view and a recount in SQL must all equal the model, and no attendee may
 * ever have been told of a draft the host has not published; after each reconnect
 * and restart every welcome must show the model's votes, and at the end of
 * each run the host's screen (its socket's latest tally) must too.
 */
import fc from 'fast-check';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ServerMessage } from '../../shared/protocol.js';
import { readDb } from '../support/server.js';
import { createEvent, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';
import { reportFigure, scale } from './support/config.js';
import { LiveView } from './support/live-view.js';
import { choicesOfBallot, votesOfEvent } from './support/recount.js';
import { RestartableServer } from './support/restartable.js';
import {
  applyOptionEdit,
  castVote,
  editOptions,
  isPublic,
  livePolls,
  moveState,
  myVotes,
  publicPolls,
  putOnScreen,
  tallyOf,
  type Kind,
  type Model,
  type ModelPoll,
  type Outcome,
  type State,
} from './support/reference-model.js';
import { ERRORS, type ErrorCode } from '../../shared/codes.js';

const RUNS = scale(30, 300);
const MIN_COMMANDS = 20;
const MAX_COMMANDS = scale(40, 80);
const PEOPLE = 3;

let server: RestartableServer;
let db: Database.Database;
/** `checks` counts every comparison with the model: one per command run. */
const stats = { runs: 0, checks: 0, restarts: 0, votes: 0 };

beforeAll(async () => {
  server = await RestartableServer.start();
  db = readDb(server.dbPath);
});
afterAll(async () => {
  db?.close();
  await server?.dispose();
});

interface Person {
  id: number;
  token: string;
  socket: TestSocket;
}

interface Real {
  code: string;
  hostKey: string;
  host: LiveView;
  presenter: TestSocket;
  people: Person[];
}

type Cmd = fc.AsyncCommand<Model, Real, false>;

// ------------------------------------------------------------------ helpers

function pollAt(model: Model, pick: number): ModelPoll | undefined {
  return model.polls.length === 0 ? undefined : model.polls[pick % model.polls.length];
}

/** A poll id to send: a known poll (maybe deleted), or one that never existed. */
function pollIdAt(model: Model, pick: number): number {
  return pollAt(model, pick)?.id ?? 999_999;
}

function expectAnswer(
  what: string,
  status: number,
  body: any,
  outcome: Outcome,
  okStatus = 200,
): void {
  if (outcome.ok) {
    expect(status, `${what}: ${JSON.stringify(body)}`).toBe(okStatus);
  } else {
    expect(body?.error?.code, `${what}: ${status} ${JSON.stringify(body)}`).toBe(outcome.code);
    expect(status).toBe(ERRORS[outcome.code as ErrorCode].status);
  }
}

async function joinPerson(
  real: Real,
  token?: string,
): Promise<{ person: Person; myVotes: Record<string, number[]>; pollIds: number[] }> {
  const { socket, welcome } = await TestSocket.join(server.url, {
    event: real.code,
    role: 'attendee',
    token,
  });
  return {
    person: { id: welcome.participant!.id, token: welcome.participant!.token, socket },
    myVotes: welcome.myVotes ?? {},
    pollIds: welcome.polls.map((p) => p.id),
  };
}

/** Poll ids a message to an attendee or a presenter names. */
function pollIdsIn(message: ServerMessage): number[] {
  switch (message.type) {
    case 'welcome':
      return message.polls.map((p) => p.id);
    case 'poll':
      return [message.poll.id];
    case 'poll_deleted':
    case 'poll_reset':
    case 'tally':
      return [message.pollId];
    case 'active':
      return message.pollId === null ? [] : [message.pollId];
    default:
      return [];
  }
}

/** A vote over the socket without a ref: the next ack or error without a ref answers it. */
function voteWithoutRef(socket: TestSocket, pollId: number, choices: number[]) {
  return new Promise<Extract<ServerMessage, { type: 'ack' | 'error' }>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer to a vote without ref')), 5000);
    const listen = (data: unknown) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      if ((message.type === 'ack' || message.type === 'error') && message.ref === undefined) {
        clearTimeout(timer);
        socket.ws.off('message', listen);
        resolve(message);
      }
    };
    socket.ws.on('message', listen);
    socket.send({ type: 'vote', pollId, choices });
  });
}

async function vote(
  real: Real,
  person: number,
  pollId: number,
  choices: number[],
  ref: string | undefined,
  channel: 'ws' | 'http',
  outcome: Outcome,
  model: Model,
): Promise<void> {
  stats.votes++;
  const who = real.people[person]!;
  const what = `vote ${JSON.stringify({ person, pollId, choices, ref, channel })}`;
  if (channel === 'http') {
    const { status, body } = await request(
      server.url,
      'PUT',
      `/api/events/${real.code}/polls/${pollId}/vote`,
      {
        token: who.token,
        body: ref === undefined ? { choices } : { choices, ref },
      },
    );
    expectAnswer(what, status, body, outcome);
    if (outcome.ok) {
      const stored = model.polls.find((p) => p.id === pollId)!.votes.get(person)!;
      expect(body.vote).toMatchObject({ pollId, participantId: who.id, choices: stored.choices });
    }
    return;
  }
  const answer =
    ref === undefined
      ? await voteWithoutRef(who.socket, pollId, choices)
      : await who.socket.vote(pollId, choices, ref);
  if (outcome.ok) expect(answer, what).toMatchObject({ type: 'ack', pollId });
  else expect(answer, what).toMatchObject({ type: 'error', code: outcome.code });
}

/** The model, as every reader of the server must see it right now. */
async function checkAgainstModel(model: Model, real: Real): Promise<void> {
  stats.checks++;
  const polls = livePolls(model);

  // The host's view of the event: every poll with its live tally.
  const hostView = await request(server.url, 'GET', `/api/events/${real.code}`, {
    token: real.hostKey,
  });
  expect(hostView.status).toBe(200);
  expect(hostView.body.polls.map((p: { id: number }) => p.id)).toEqual(polls.map((p) => p.id));
  expect(hostView.body.activePollId).toBe(model.activePollId);
  // The attendees' view: the published polls only, results only where shown.
  const publicView = await request(server.url, 'GET', `/api/events/${real.code}`);
  expect(publicView.body.polls.map((p: { id: number }) => p.id)).toEqual(
    publicPolls(model).map((p) => p.id),
  );
  expect(publicView.body.activePollId).toBe(model.activePollId);
  // Nobody but the host was ever told of a draft before it was published
  // (publishing is for good, so what an attendee saw must be public now).
  const publicIds = new Set(model.polls.filter(isPublic).map((p) => p.id));
  for (const socket of [real.presenter, ...real.people.map((p) => p.socket)]) {
    const leaked = socket.messages.flatMap(pollIdsIn).filter((id) => !publicIds.has(id));
    expect(leaked, 'polls told to a non-host before they were published').toEqual([]);
  }

  for (const [i, poll] of polls.entries()) {
    const tally = tallyOf(poll);
    const shown = hostView.body.polls[i];
    expect(shown).toMatchObject({
      id: poll.id,
      kind: poll.kind,
      state: poll.state,
      showResults: poll.showResults,
      allowChange: poll.allowChange,
      maxChoices: poll.maxChoices,
    });
    expect(shown.options.map((o: { id: number }) => o.id)).toEqual(poll.optionIds);
    expect(resultsOf(shown.results)).toEqual(tally);
    const seen = publicView.body.polls.find((p: { id: number }) => p.id === poll.id);
    if (seen) expect(seen.results === undefined).toBe(!poll.showResults);

    const results = await request(
      server.url,
      'GET',
      `/api/events/${real.code}/polls/${poll.id}/results`,
    );
    if (!isPublic(poll)) {
      expect(results.status).toBe(404);
      expect(results.body.error.code).toBe('poll_not_found');
    } else if (poll.showResults) {
      expect(results.status).toBe(200);
      expect(resultsOf(results.body)).toEqual(tally);
    } else {
      expect(results.status).toBe(403);
      expect(results.body.error.code).toBe('forbidden');
    }
  }

  // The truth on disk: every stored vote, ballot and ref, is the model's.
  const ids = new Map(real.people.map((p, i) => [p.id, i]));
  const stored = votesOfEvent(db, real.code).map((row) => {
    const poll = polls.find((p) => p.id === row.pollId)!;
    return {
      pollId: row.pollId,
      person: ids.get(row.participantId),
      choices: poll ? choicesOfBallot(poll.optionIds, row.ballot) : [],
      ref: row.ref,
    };
  });
  const expected = polls.flatMap((poll) =>
    [...poll.votes].map(([person, v]) => ({
      pollId: poll.id,
      person,
      choices: v.choices,
      ref: v.ref,
    })),
  );
  const order = (a: { pollId: number; person?: number }, b: { pollId: number; person?: number }) =>
    a.pollId - b.pollId || (a.person ?? -1) - (b.person ?? -1);
  expect(stored.sort(order)).toEqual(expected.sort(order));
}

function resultsOf(results: { total: number; options: { count: number; percent: number }[] }) {
  return {
    total: results.total,
    counts: results.options.map((o) => o.count),
    percents: results.options.map((o) => o.percent),
  };
}

/** The host's screen shows the model (its latest welcome, poll or tally of each poll). */
async function checkHostScreen(model: Model, real: Real, timeoutMs: number): Promise<void> {
  const polls = livePolls(model);
  const matches = () =>
    polls.every((poll) => {
      const shown = real.host.polls.get(poll.id);
      const tally = tallyOf(poll);
      return shown?.total === tally.total && shown.counts.every((c, i) => c === tally.counts[i]);
    });
  await real.host.until(matches, timeoutMs, 'the host screen equal to the model');
}

// ----------------------------------------------------------------- commands

class CreatePoll implements Cmd {
  constructor(
    readonly kind: Kind,
    readonly optionCount: number,
    readonly allowChange: boolean,
    readonly maxChoicesPick: number | null,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const maxChoices =
      this.kind === 'multiple' && this.maxChoicesPick !== null
        ? 1 + (this.maxChoicesPick % this.optionCount)
        : undefined;
    const body = {
      question: `Q${model.polls.length}?`,
      kind: this.kind,
      options: Array.from({ length: this.optionCount }, (_, i) => `Option ${i}`),
      allowChange: this.allowChange,
      ...(maxChoices === undefined ? {} : { maxChoices }),
    };
    const { status, body: answer } = await request(
      server.url,
      'POST',
      `/api/events/${real.code}/polls`,
      {
        token: real.hostKey,
        body,
      },
    );
    expect(status, JSON.stringify(answer)).toBe(201);
    expect(answer.poll.state).toBe('draft');
    model.polls.push({
      id: answer.poll.id,
      kind: this.kind,
      optionIds: answer.poll.options.map((o: { id: number }) => o.id),
      state: 'draft',
      allowChange: this.allowChange,
      maxChoices: maxChoices ?? (this.kind === 'single' ? 1 : this.optionCount),
      showResults: true,
      published: false,
      votes: new Map(),
      deleted: false,
    });
    await checkAgainstModel(model, real);
  }
  toString = () =>
    `createPoll(${this.kind}, ${this.optionCount}, change=${this.allowChange}, max=${this.maxChoicesPick})`;
}

class SetState implements Cmd {
  constructor(
    readonly pick: number,
    readonly to: State,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const poll = pollAt(model, this.pick);
    const pollId = pollIdAt(model, this.pick);
    const outcome = moveState(poll, this.to);
    const { status, body } = await request(
      server.url,
      'PATCH',
      `/api/events/${real.code}/polls/${pollId}`,
      {
        token: real.hostKey,
        body: { state: this.to },
      },
    );
    expectAnswer(`state ${this.to}`, status, body, outcome);
    await checkAgainstModel(model, real);
  }
  toString = () => `setState(${this.pick}, ${this.to})`;
}

class Vote implements Cmd {
  constructor(
    readonly person: number,
    readonly pick: number,
    /** Indexes into the poll's options; past the end: ids no poll has. */
    readonly choicePicks: number[],
    readonly withRef: boolean,
    readonly channel: 'ws' | 'http',
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const poll = pollAt(model, this.pick);
    const pollId = pollIdAt(model, this.pick);
    const choices = this.choicePicks.map((i) => poll?.optionIds[i] ?? 1_000_000 + i);
    const ref = this.withRef ? `m${model.refs++}` : undefined;
    const outcome = castVote(poll, this.person, choices, ref);
    await vote(real, this.person, pollId, choices, ref, this.channel, outcome, model);
    await checkAgainstModel(model, real);
  }
  toString = () =>
    `vote(person ${this.person}, poll ${this.pick}, [${this.choicePicks}], ref=${this.withRef}, ${this.channel})`;
}

/** Re-send the stored vote's ref, with its choices or (a client bug) others: acknowledged, nothing changes. */
class Resend implements Cmd {
  constructor(
    readonly person: number,
    readonly pick: number,
    readonly otherChoices: boolean,
    readonly channel: 'ws' | 'http',
  ) {}
  check = (model: Readonly<Model>) => {
    const poll = pollAt(model as Model, this.pick);
    return !!poll && !poll.deleted && !!poll.votes.get(this.person)?.ref;
  };
  async run(model: Model, real: Real) {
    const poll = pollAt(model, this.pick)!;
    const stored = poll.votes.get(this.person)!;
    const choices = this.otherChoices
      ? [poll.optionIds[poll.optionIds.length - 1]!]
      : stored.choices;
    const outcome = castVote(poll, this.person, choices, stored.ref!);
    expect(outcome).toEqual({ ok: true });
    await vote(real, this.person, poll.id, choices, stored.ref!, this.channel, outcome, model);
    await checkAgainstModel(model, real);
  }
  toString = () =>
    `resend(person ${this.person}, poll ${this.pick}, other=${this.otherChoices}, ${this.channel})`;
}

class ShowResults implements Cmd {
  constructor(
    readonly pick: number,
    readonly show: boolean,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const poll = pollAt(model, this.pick);
    const pollId = pollIdAt(model, this.pick);
    const outcome: Outcome =
      poll && !poll.deleted ? { ok: true } : { ok: false, code: 'poll_not_found' };
    if (outcome.ok) poll!.showResults = this.show;
    const { status, body } = await request(
      server.url,
      'PATCH',
      `/api/events/${real.code}/polls/${pollId}`,
      {
        token: real.hostKey,
        body: { showResults: this.show },
      },
    );
    expectAnswer('showResults', status, body, outcome);
    await checkAgainstModel(model, real);
  }
  toString = () => `showResults(${this.pick}, ${this.show})`;
}

class EditOptions implements Cmd {
  constructor(
    readonly pick: number,
    readonly count: number,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const poll = pollAt(model, this.pick);
    const pollId = pollIdAt(model, this.pick);
    const outcome = editOptions(poll);
    const labels = Array.from({ length: this.count }, (_, i) => `Edited ${model.refs} ${i}`);
    model.refs++;
    const { status, body } = await request(
      server.url,
      'PATCH',
      `/api/events/${real.code}/polls/${pollId}`,
      {
        token: real.hostKey,
        body: { options: labels },
      },
    );
    expectAnswer('edit options', status, body, outcome);
    if (outcome.ok) {
      const newIds: number[] = body.poll.options.map((o: { id: number }) => o.id);
      // Ids are kept position by position.
      const kept = Math.min(newIds.length, poll!.optionIds.length);
      expect(newIds.slice(0, kept)).toEqual(poll!.optionIds.slice(0, kept));
      applyOptionEdit(poll!, newIds);
    }
    await checkAgainstModel(model, real);
  }
  toString = () => `editOptions(${this.pick}, ${this.count})`;
}

class Reset implements Cmd {
  constructor(readonly pick: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const poll = pollAt(model, this.pick);
    const pollId = pollIdAt(model, this.pick);
    const outcome: Outcome =
      poll && !poll.deleted ? { ok: true } : { ok: false, code: 'poll_not_found' };
    if (outcome.ok) poll!.votes.clear();
    const { status, body } = await request(
      server.url,
      'POST',
      `/api/events/${real.code}/polls/${pollId}/reset`,
      {
        token: real.hostKey,
      },
    );
    expectAnswer('reset', status, body, outcome);
    await checkAgainstModel(model, real);
  }
  toString = () => `reset(${this.pick})`;
}

class DeletePoll implements Cmd {
  constructor(readonly pick: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const poll = pollAt(model, this.pick);
    const pollId = pollIdAt(model, this.pick);
    const outcome: Outcome =
      poll && !poll.deleted ? { ok: true } : { ok: false, code: 'poll_not_found' };
    if (outcome.ok) {
      poll!.deleted = true;
      poll!.votes.clear();
      if (model.activePollId === poll!.id) model.activePollId = null;
    }
    const { status, body } = await request(
      server.url,
      'DELETE',
      `/api/events/${real.code}/polls/${pollId}`,
      {
        token: real.hostKey,
      },
    );
    expectAnswer('delete', status, body, outcome, 204);
    await checkAgainstModel(model, real);
  }
  toString = () => `deletePoll(${this.pick})`;
}

/** The host puts a poll on screen (publishing a private draft), or takes it off. */
class PutOnScreen implements Cmd {
  /** `pick` null: no poll on screen. */
  constructor(readonly pick: number | null) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const poll = this.pick === null ? null : pollAt(model, this.pick);
    const pollId = this.pick === null ? null : pollIdAt(model, this.pick);
    const before = model.activePollId;
    const outcome = putOnScreen(model, poll);
    const from = real.presenter.messages.length;
    const { status, body } = await request(server.url, 'PUT', `/api/events/${real.code}/active`, {
      token: real.hostKey,
      body: { pollId },
    });
    expectAnswer('active', status, body, outcome);
    if (outcome.ok) expect(body).toEqual({ activePollId: pollId });
    if (outcome.ok && pollId !== null && pollId !== before) {
      // Screens hear of the poll before they hear it is on screen.
      const told = await real.presenter.seen(
        'active',
        (m) => m.pollId === pollId && real.presenter.messages.indexOf(m) >= from,
      );
      const known = real.presenter.messages
        .slice(0, real.presenter.messages.indexOf(told))
        .some((m) => m.type !== 'poll_deleted' && pollIdsIn(m).includes(pollId));
      expect(known, `poll ${pollId} on screen before the presenter knew it`).toBe(true);
    }
    await checkAgainstModel(model, real);
  }
  toString = () => `putOnScreen(${this.pick})`;
}

/** A phone drops its connection and comes back with its token. */
class Reconnect implements Cmd {
  constructor(readonly person: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const before = real.people[this.person]!;
    before.socket.close();
    const { person, myVotes: shown, pollIds } = await joinPerson(real, before.token);
    expect(person.id).toBe(before.id);
    expect(shown).toEqual(myVotes(model, this.person));
    expect(pollIds).toEqual(publicPolls(model).map((p) => p.id));
    real.people[this.person] = person;
    await checkAgainstModel(model, real);
  }
  toString = () => `reconnect(person ${this.person})`;
}

/** The server restarts on the same file; everyone reconnects and re-syncs from its welcome. */
class Restart implements Cmd {
  check = () => true;
  async run(model: Model, real: Real) {
    stats.restarts++;
    await server.restart();
    real.host = await LiveView.join(server.url, {
      event: real.code,
      role: 'host',
      hostKey: real.hostKey,
    });
    real.presenter.close();
    real.presenter = (
      await TestSocket.join(server.url, { event: real.code, role: 'presenter' })
    ).socket;
    // The welcome is built from the tallies rebuilt at start: no waiting.
    await checkHostScreen(model, real, 0);
    for (let i = 0; i < real.people.length; i++) {
      const { person, myVotes: shown, pollIds } = await joinPerson(real, real.people[i]!.token);
      expect(person.id).toBe(real.people[i]!.id);
      expect(shown).toEqual(myVotes(model, i));
      expect(pollIds).toEqual(publicPolls(model).map((p) => p.id));
      real.people[i] = person;
    }
    await checkAgainstModel(model, real);
  }
  toString = () => 'restart()';
}

const person = fc.integer({ min: 0, max: PEOPLE - 1 });
const pick = fc.nat(20);
const channel = fc.constantFrom<'ws' | 'http'>('ws', 'http');
const commands = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom<Kind>('single', 'multiple'),
        fc.integer({ min: 2, max: 5 }),
        fc.boolean(),
        fc.option(fc.nat(5)),
      )
      .map(([k, n, change, max]) => new CreatePoll(k, n, change, max)),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(pick, fc.constantFrom<State>('open', 'open', 'closed', 'draft'))
      .map(([p, to]) => new SetState(p, to)),
  },
  {
    weight: 12,
    arbitrary: fc
      .tuple(
        person,
        pick,
        fc.oneof(
          { weight: 6, arbitrary: fc.array(fc.nat(4), { minLength: 1, maxLength: 1 }) },
          { weight: 3, arbitrary: fc.array(fc.nat(5), { minLength: 0, maxLength: 4 }) },
        ),
        fc.boolean(),
        channel,
      )
      .map(([who, p, choices, ref, via]) => new Vote(who, p, choices, ref, via)),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(person, pick, fc.boolean(), channel)
      .map(([who, p, other, via]) => new Resend(who, p, other, via)),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(pick, fc.boolean()).map(([p, show]) => new ShowResults(p, show)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(pick, fc.integer({ min: 2, max: 5 }))
      .map(([p, n]) => new EditOptions(p, n)),
  },
  { weight: 1, arbitrary: pick.map((p) => new Reset(p)) },
  { weight: 1, arbitrary: pick.map((p) => new DeletePoll(p)) },
  { weight: 2, arbitrary: fc.option(pick, { freq: 4 }).map((p) => new PutOnScreen(p)) },
  { weight: 2, arbitrary: person.map((who) => new Reconnect(who)) },
  { weight: 1, arbitrary: fc.constant(new Restart()) },
);

const runOfCommands = fc
  .commands([commands], { maxCommands: MAX_COMMANDS, size: 'max' })
  .filter((cmds) => [...cmds].length >= MIN_COMMANDS);

test(
  `${RUNS} random runs of ${MIN_COMMANDS}-${MAX_COMMANDS} host and attendee actions agree with the reference model`,
  async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(runOfCommands, async (cmds) => {
        stats.runs++;
        let real: Real | null = null;
        let model: Model | null = null;
        const setup = async () => {
          const { code, hostKey } = await createEvent(server.url, 'Model run');
          const host = await LiveView.join(server.url, { event: code, role: 'host', hostKey });
          const presenter = (await TestSocket.join(server.url, { event: code, role: 'presenter' }))
            .socket;
          real = { code, hostKey, host, presenter, people: [] };
          for (let i = 0; i < PEOPLE; i++) real.people.push((await joinPerson(real)).person);
          model = { polls: [], activePollId: null, people: PEOPLE, refs: 0 };
          // Every run starts with an open poll of each kind, so that most
          // votes meet a poll that takes them; the commands add the rest.
          await new CreatePoll('single', 3, true, null).run(model, real);
          await new SetState(0, 'open').run(model, real);
          await new CreatePoll('multiple', 4, true, null).run(model, real);
          await new SetState(1, 'open').run(model, real);
          return { model, real };
        };
        try {
          await fc.asyncModelRun(setup, cmds);
          // The host's screen catches up within a few 100 ms ticks.
          await checkHostScreen(model!, real!, 3000);
        } finally {
          if (real !== null) await closeRun(real);
        }
      }),
      { numRuns: RUNS },
    );
    reportFigure('model-based', { ...stats, seconds: (Date.now() - started) / 1000 });
  },
  scale(120_000, 3_600_000),
);

async function closeRun(real: Real): Promise<void> {
  real.host.close();
  real.presenter.close();
  for (const p of real.people) p.socket.close();
  await request(server.url, 'DELETE', `/api/events/${real.code}`, { token: real.hostKey });
}
