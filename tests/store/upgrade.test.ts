/**
 * The upgrade a real user makes: the database file voxpop 0.1 wrote
 * (tests/fixtures/release-0.1.db, made through its public API by
 * make-release-fixture.ts), opened by today's server as `npm start` runs it.
 * Everything 0.1 answered (release-0.1.json) must be answered the same, with
 * only v2's additions; every host key and participant token it handed out
 * must still work, refs it acknowledged must still be recognised, and the
 * new kinds must work on the upgraded file.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { EventSnapshot, type Poll } from '../../shared/protocol.js';
import { request } from '../support/http.js';
import { MIGRATIONS } from '../../server/store/sqlite/migrations.js';
import {
  cleanup,
  readDb,
  ROOT,
  startChildServer,
  tempDir,
  type ChildServer,
} from '../support/server.js';
import { TestSocket } from '../support/ws-client.js';

interface Person {
  event: string;
  token: string;
  id: number;
  myVotes: Record<string, number[]>;
}
/** An event snapshot as 0.1 answered it (contract v1), loosely typed: it is compared, not used. */
interface RecordedView {
  event: { title: string; joinUrl: string };
  polls: Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  activePollId: number | null;
}
interface Recorded {
  code: string;
  hostKey: string;
  host: RecordedView;
  public: RecordedView;
  csv: string;
}
const FIXTURE = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/release-0.1.json'), 'utf8')) as {
  events: Recorded[];
  privateDraftId: number;
  people: Person[];
};
const [forum, other] = FIXTURE.events as [Recorded, Recorded];
// The forum's polls, as 0.1 made them (make-release-fixture.ts).
const YES_NO = 1; // single, open
const TOPICS = 2; // multiple, closed
const HIDDEN = 3; // single, open, results hidden, changes not allowed
const LUNCH = 5; // the other event's multiple choice, open

/** The joinUrl 0.1 wrote had its server's port in it: give this server the same public URL. */
const PUBLIC_URL = new URL(forum.host.event.joinUrl).origin;

let dir: string;
let dbPath: string;
let server: ChildServer;

async function start() {
  server = await startChildServer({
    VOXPOP_DB: dbPath,
    VOXPOP_LOG: 'silent',
    PUBLIC_URL,
  });
}

beforeAll(async () => {
  dir = tempDir('voxpop-upgrade-');
  dbPath = join(dir, 'voxpop.db');
  copyFileSync(join(ROOT, 'tests/fixtures/release-0.1.db'), dbPath);
  await start();
});
afterAll(async () => {
  await server?.kill('SIGTERM');
  cleanup(dir);
});

const api = (method: string, path: string, token?: string, body?: unknown) =>
  request(server.url, method, path, {
    ...(token === undefined ? {} : { token }),
    ...(body === undefined ? {} : { body }),
  });

/** A v1 poll as v2 shows it: the same, with the kind in its results; the event with its additions. */
function asV2(poll: RecordedView['polls'][number]): RecordedView['polls'][number] {
  return poll.results ? { ...poll, results: { ...poll.results, kind: poll.kind } } : poll;
}
const snapshotAsV2 = (view: RecordedView) => ({
  ...view,
  event: {
    ...view.event,
    leaderboard: false,
    language: 'en',
    languages: [],
    alternateLanguages: false,
  },
  polls: view.polls.map(asV2),
});

const csvRows = (csv: string) => parseCsv(csv, { bom: true }) as string[][];

test('the file is migrated to the current version with nothing broken, and the private draft still private', () => {
  const db = readDb(dbPath);
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // One answer per CSV row 0.1 exported.
    const rows = FIXTURE.events.reduce((n, e) => n + csvRows(e.csv).length - 1, 0);
    expect(db.prepare('SELECT COUNT(*) AS n FROM answers').get()).toEqual({ n: rows });
    expect(
      db.prepare('SELECT published FROM polls WHERE id = ?').get(FIXTURE.privateDraftId),
    ).toEqual({ published: 0 });
  } finally {
    db.close();
  }
});

describe('what 0.1 answered is answered the same, with only v2’s additions', () => {
  test.each(FIXTURE.events.map((e) => [e.code, e] as const))(
    'event %s: the host’s view and the public view',
    async (code, recorded) => {
      const host = await api('GET', `/api/events/${code}`, recorded.hostKey);
      const anyone = await api('GET', `/api/events/${code}`);
      expect(host.status).toBe(200);
      expect(anyone.status).toBe(200);
      expect(host.body).toEqual(snapshotAsV2(recorded.host));
      expect(anyone.body).toEqual(snapshotAsV2(recorded.public));
      // And they are v2 snapshots, as the wire contract's schema reads them.
      expect(EventSnapshot.safeParse(host.body).success).toBe(true);
      expect(EventSnapshot.safeParse(anyone.body).success).toBe(true);
    },
  );

  test('the private draft reaches the host only', async () => {
    const ids = async (token?: string) =>
      ((await api('GET', `/api/events/${forum.code}`, token)).body.polls as Poll[]).map(
        (p) => p.id,
      );
    expect(await ids(forum.hostKey)).toContain(FIXTURE.privateDraftId);
    expect(await ids()).not.toContain(FIXTURE.privateDraftId);
    const results = await api(
      'GET',
      `/api/events/${forum.code}/polls/${FIXTURE.privateDraftId}/results`,
    );
    expect(results.status).toBe(404);
  });

  test.each(FIXTURE.events.map((e) => [e.code, e] as const))(
    'event %s: the CSV keeps v1’s columns and rows, then adds kind and an empty score',
    async (code, recorded) => {
      const csv = await api('GET', `/api/events/${code}/export.csv`, recorded.hostKey);
      expect(csv.status).toBe(200);
      const [oldHeader, ...oldRows] = csvRows(recorded.csv);
      const [header, ...rows] = csvRows(csv.body as string);
      expect(header).toEqual([...oldHeader!, 'kind', 'score']);
      const kindOf = new Map(recorded.host.polls.map((p) => [String(p.id), p.kind as string]));
      expect(rows).toEqual(oldRows.map((row) => [...row, kindOf.get(row[0]!)!, '']));
    },
  );
});

describe('every credential 0.1 handed out still works', () => {
  test.each(FIXTURE.events.map((e) => [e.code, e] as const))(
    'event %s: its host key opens host-only routes, and only for its event',
    async (code, recorded) => {
      const exported = await api('GET', `/api/events/${code}/export.json`, recorded.hostKey);
      expect(exported.status).toBe(200);
      expect(exported.body.polls.map((p: Poll) => p.id)).toEqual(
        recorded.host.polls.map((p) => p.id),
      );
      const stranger = FIXTURE.events.find((e) => e.code !== code)!.hostKey;
      expect((await api('GET', `/api/events/${code}/export.json`, stranger)).status).toBe(403);
      const renamed = await api('PATCH', `/api/events/${code}`, recorded.hostKey, {
        title: recorded.host.event.title,
      });
      expect(renamed.status).toBe(200);
    },
  );

  test.each(FIXTURE.people.map((p) => [p.id, p] as const))(
    'participant %i: its token is recognised and its welcome shows its answers as 0.1 did',
    async (id, person) => {
      const { socket, welcome } = await TestSocket.join(server.url, {
        event: person.event,
        role: 'attendee',
        token: person.token,
      });
      socket.close();
      expect(welcome.participant).toEqual({ id, token: person.token });
      expect(welcome.myVotes).toEqual(person.myVotes);
      expect(welcome.myAnswers).toEqual(
        Object.fromEntries(
          Object.entries(person.myVotes).map(([poll, choices]) => [poll, { choices }]),
        ),
      );
    },
  );
});

describe('after the upgrade', () => {
  const people = FIXTURE.people.filter((p) => p.event === forum.code);
  const countsOf = async (pollId: number) => {
    const { body } = await api('GET', `/api/events/${forum.code}`, forum.hostKey);
    const poll = (body.polls as Poll[]).find((p) => p.id === pollId)!;
    return poll.results && 'options' in poll.results
      ? (poll.results.options as { count: number }[]).map((o) => o.count)
      : null;
  };

  test('an answer 0.1 acknowledged, re-sent under its ref, is acknowledged again and counts nothing new', async () => {
    const before = [await countsOf(YES_NO), await countsOf(HIDDEN)];
    const [first] = people;
    const { socket } = await TestSocket.join(server.url, {
      event: forum.code,
      role: 'attendee',
      token: first!.token,
    });
    // 0.1 stored it under this ref (make-release-fixture.ts: the changed vote).
    expect(await socket.vote(YES_NO, first!.myVotes[YES_NO]!, 'changed-0')).toMatchObject({
      type: 'ack',
      ref: 'changed-0',
    });
    // On the locked poll: its own ref is a re-send, a new one is a second vote.
    expect(await socket.vote(HIDDEN, first!.myVotes[HIDDEN]!, 'hidden-0')).toMatchObject({
      type: 'ack',
    });
    expect(await socket.vote(HIDDEN, first!.myVotes[HIDDEN]!, 'another ref')).toMatchObject({
      type: 'error',
      code: 'vote_locked',
    });
    socket.close();
    expect([await countsOf(YES_NO), await countsOf(HIDDEN)]).toEqual(before);
  });

  test('every participant can still vote where the poll allows it, and nowhere else', async () => {
    const presenter = await TestSocket.join(server.url, { event: forum.code, role: 'presenter' });
    for (const [i, person] of people.entries()) {
      // Half over HTTP, half over the socket: both paths read the upgraded answers.
      if (i % 2 === 0) {
        const vote = await api(
          'PUT',
          `/api/events/${forum.code}/polls/${YES_NO}/vote`,
          person.token,
          {
            choices: [3],
          },
        );
        expect(vote.status).toBe(200);
        expect(vote.body.vote).toMatchObject({
          pollId: YES_NO,
          participantId: person.id,
          choices: [3],
        });
      } else {
        const { socket } = await TestSocket.join(server.url, {
          event: forum.code,
          role: 'attendee',
          token: person.token,
        });
        expect(await socket.vote(YES_NO, [3])).toMatchObject({ type: 'ack', pollId: YES_NO });
        socket.close();
      }
      const closed = await api(
        'PUT',
        `/api/events/${forum.code}/polls/${TOPICS}/vote`,
        person.token,
        {
          choices: [5],
        },
      );
      expect(closed.body.error?.code).toBe('poll_closed');
      const hidden = await api(
        'PUT',
        `/api/events/${forum.code}/polls/${HIDDEN}/vote`,
        person.token,
        {
          choices: [9],
        },
      );
      // Those 0.1 recorded on the locked poll are held to it; the others vote there for the first time.
      if (person.myVotes[HIDDEN]) expect(hidden.body.error?.code).toBe('vote_locked');
      else expect(hidden.status).toBe(200);
    }
    expect(await countsOf(YES_NO)).toEqual([0, 0, people.length]);
    expect(await countsOf(TOPICS)).toEqual(
      snapshotAsV2(forum.host)
        .polls.find((p) => p.id === TOPICS)!
        .results.options.map((o: { count: number }) => o.count),
    );
    // The presenter's live tally is v2's: the kind, and a label on every option.
    const tally = await presenter.socket.seen(
      'tally',
      // The last change: every forum participant on "Not sure".
      (t) => t.pollId === YES_NO && t.kind === 'single' && t.options[2]!.count === people.length,
    );
    presenter.socket.close();
    expect(tally).toMatchObject({
      kind: 'single',
      options: [
        { id: 1, label: 'Yes', count: 0, percent: 0 },
        { id: 2, label: 'No', count: 0, percent: 0 },
        { id: 3, label: 'Not sure', count: people.length, percent: 100 },
      ],
    });

    const lunch = FIXTURE.people.filter((p) => p.event === other.code);
    for (const person of lunch) {
      const changed = await api(
        'PUT',
        `/api/events/${other.code}/polls/${LUNCH}/vote`,
        person.token,
        {
          choices: [12],
        },
      );
      expect(changed.body.vote?.choices).toEqual([12]);
    }
  });

  test('a rating poll and a ranking poll can be created, opened and answered on the upgraded file', async () => {
    const created = await api('POST', `/api/events/${forum.code}/polls`, forum.hostKey, {
      question: 'How useful was the forum?',
      kind: 'rating',
      max: 7,
      labels: { min: 'Not at all', max: 'Very' },
    });
    expect(created.status).toBe(201);
    const rating = created.body.poll as Poll;
    // Never an id 0.1 gave.
    expect(rating.id).toBeGreaterThan(
      Math.max(...FIXTURE.events.flatMap((e) => e.host.polls.map((p) => p.id))),
    );
    const ranked = await api('POST', `/api/events/${forum.code}/polls`, forum.hostKey, {
      question: 'What first?',
      kind: 'ranking',
      options: ['Borders', 'Trade', 'Water'],
    });
    expect(ranked.status).toBe(201);
    const ranking = ranked.body.poll as Extract<Poll, { kind: 'ranking' }>;
    for (const poll of [rating, ranking]) {
      const opened = await api(
        'PATCH',
        `/api/events/${forum.code}/polls/${poll.id}`,
        forum.hostKey,
        {
          state: 'open',
        },
      );
      expect(opened.status).toBe(200);
    }

    const [a, b] = people;
    const byHttp = await api('PUT', `/api/events/${forum.code}/polls/${rating.id}/vote`, a!.token, {
      value: 6,
    });
    expect(byHttp.status).toBe(200);
    expect(byHttp.body.vote).toMatchObject({ participantId: a!.id, answer: { value: 6 } });
    const { socket } = await TestSocket.join(server.url, {
      event: forum.code,
      role: 'attendee',
      token: b!.token,
    });
    socket.send({ type: 'vote', ref: 'rate-b', pollId: rating.id, value: 3 });
    expect(await socket.next('ack', (m) => m.ref === 'rate-b')).toMatchObject({
      pollId: rating.id,
    });
    const [borders, trade, water] = ranking.options.map((o) => o.id);
    socket.send({
      type: 'vote',
      ref: 'rank-b',
      pollId: ranking.id,
      order: [water, borders, trade],
    });
    expect(await socket.next('ack', (m) => m.ref === 'rank-b')).toMatchObject({
      pollId: ranking.id,
    });
    socket.close();

    const results = await api(
      'GET',
      `/api/events/${forum.code}/polls/${rating.id}/results`,
      forum.hostKey,
    );
    expect(results.body).toMatchObject({ kind: 'rating', total: 2, average: 4.5, median: 4.5 });
    expect(results.body.distribution.map((d: { count: number }) => d.count)).toEqual([
      0, 0, 1, 0, 0, 1, 0,
    ]);
    const ranks = await api(
      'GET',
      `/api/events/${forum.code}/polls/${ranking.id}/results`,
      forum.hostKey,
    );
    expect(
      ranks.body.options.map((o: { points: number; rank: number }) => [o.points, o.rank]),
    ).toEqual([
      [1, 2],
      [0, 3],
      [2, 1],
    ]);

    const [, ...rows] = csvRows(
      (await api('GET', `/api/events/${forum.code}/export.csv`, forum.hostKey)).body,
    );
    expect(rows.filter((r) => r[0] === String(rating.id)).map((r) => [r[2], r[3], r[5]])).toEqual([
      [String(a!.id), '6', 'rating'],
      [String(b!.id), '3', 'rating'],
    ]);
    expect(rows.find((r) => r[0] === String(ranking.id))?.[3]).toBe(
      '1. Water; 2. Borders; 3. Trade',
    );
  });

  test('a restart opens the upgraded file as it was left', async () => {
    const before = await Promise.all(
      FIXTURE.events.map((e) => api('GET', `/api/events/${e.code}`, e.hostKey).then((r) => r.body)),
    );
    await server.kill('SIGTERM');
    await start();
    const after = await Promise.all(
      FIXTURE.events.map((e) => api('GET', `/api/events/${e.code}`, e.hostKey).then((r) => r.body)),
    );
    expect(after).toEqual(before);
  });
});
