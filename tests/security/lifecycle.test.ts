/**
 * Data lifecycle: deleting an event (host) removes its polls, options,
 * votes and participants from the database, and leaves other events alone;
 * what was deleted is not left readable in the file either. No IP address
 * is stored with votes, or anywhere: not in the schema, not in the bytes.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readDb, type TestServer } from '../support/server.js';
import { serverForFile } from '../support/file-server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';

let server: TestServer;
const { sockets } = serverForFile((s) => (server = s));

/** An event with two polls, votes over HTTP and WebSocket, and words found nowhere else. */
async function populated(marker: string) {
  const { code, hostKey } = await createEvent(server.url, `Title ${marker}`);
  const single = await createPoll(server.url, code, hostKey, {
    question: `Question ${marker}?`,
    kind: 'single',
    options: [`Yes ${marker}`, `No ${marker}`],
  });
  const multiple = await createPoll(
    server.url,
    code,
    hostKey,
    {
      question: `Several ${marker}?`,
      kind: 'multiple',
      options: [`W ${marker}`, `X ${marker}`, `Y ${marker}`],
    },
    { active: false },
  );
  for (let i = 0; i < 4; i++) {
    const { body } = await request(server.url, 'POST', `/api/events/${code}/participants`);
    await request(server.url, 'PUT', `/api/events/${code}/polls/${single.id}/vote`, {
      body: { choices: [single.options[i % 2]!.id], ref: `ref-${marker}-${i}` },
      token: body.token,
    });
    const { socket } = await TestSocket.join(server.url, { event: code, role: 'attendee' });
    sockets.push(socket);
    expect(
      await socket.vote(multiple.id, [multiple.options[0]!.id, multiple.options[2]!.id]),
    ).toMatchObject({
      type: 'ack',
    });
  }
  return { code, hostKey, polls: [single.id, multiple.id] };
}

function rowsOf(code: string) {
  const db = readDb(server.dbPath);
  try {
    const event = db.prepare('SELECT id FROM events WHERE code = ?').get(code) as
      { id: number } | undefined;
    const id = event?.id ?? -1;
    const count = (sql: string) => (db.prepare(sql).get(id) as { n: number }).n;
    return {
      events: event ? 1 : 0,
      polls: count('SELECT COUNT(*) AS n FROM polls WHERE event_id = ?'),
      options: count(
        'SELECT COUNT(*) AS n FROM options WHERE poll_id IN (SELECT id FROM polls WHERE event_id = ?)',
      ),
      participants: count('SELECT COUNT(*) AS n FROM participants WHERE event_id = ?'),
      answers: count(
        'SELECT COUNT(*) AS n FROM answers WHERE participant_id IN (SELECT id FROM participants WHERE event_id = ?)',
      ),
    };
  } finally {
    db.close();
  }
}

function totals() {
  const db = readDb(server.dbPath);
  try {
    return Object.fromEntries(
      ['events', 'polls', 'options', 'participants', 'answers'].map((t) => [
        t,
        (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n,
      ]),
    );
  } finally {
    db.close();
  }
}

const fileBytes = () =>
  Buffer.concat(
    [server.dbPath, `${server.dbPath}-wal`].filter(existsSync).map((f) => readFileSync(f)),
  );

describe('deleting an event', () => {
  test('removes its polls, options, answers and participants; another event keeps all of its own', async () => {
    const gone = await populated(`gone-${randomBytes(6).toString('hex')}`);
    const kept = await populated(`kept-${randomBytes(6).toString('hex')}`);
    const full = { events: 1, polls: 2, options: 5, participants: 8, answers: 8 };
    expect(rowsOf(gone.code)).toEqual(full);
    expect(rowsOf(kept.code)).toEqual(full);
    const before = totals();

    const answer = await request(server.url, 'DELETE', `/api/events/${gone.code}`, {
      token: gone.hostKey,
    });
    expect(answer.status).toBe(204);

    expect(rowsOf(gone.code)).toEqual({
      events: 0,
      polls: 0,
      options: 0,
      participants: 0,
      answers: 0,
    });
    expect(rowsOf(kept.code)).toEqual(full);
    expect(totals()).toEqual({
      events: before.events! - 1,
      polls: before.polls! - 2,
      options: before.options! - 5,
      participants: before.participants! - 8,
      answers: before.answers! - 8,
    });
    // Not even a vote left pointing at a deleted poll.
    const db = readDb(server.dbPath);
    try {
      expect(
        db.prepare('SELECT COUNT(*) AS n FROM answers WHERE poll_id IN (?, ?)').get(...gone.polls),
      ).toEqual({ n: 0 });
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
    expect((await request(server.url, 'GET', `/api/events/${gone.code}`)).status).toBe(404);
  });

  test('what was deleted is not left readable in the database file', async () => {
    const marker = `erase-${randomBytes(8).toString('hex')}`;
    const gone = await populated(marker);
    expect(fileBytes().includes(marker)).toBe(true); // the control: it was written
    expect(
      (await request(server.url, 'DELETE', `/api/events/${gone.code}`, { token: gone.hostKey }))
        .status,
    ).toBe(204);
    // Once the WAL is folded into the file (the server does it on deletion), the words are gone.
    const bytes = fileBytes();
    expect(
      bytes.includes(marker),
      'the deleted title, questions, labels or refs in voxpop.db / -wal',
    ).toBe(false);
  });
});

describe('no IP address is stored', () => {
  test('the schema has no column for one', () => {
    const db = readDb(server.dbPath);
    try {
      const columns = (
        db
          .prepare(
            "SELECT m.name AS tbl, p.name AS col FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'",
          )
          .all() as { tbl: string; col: string }[]
      ).map((c) => `${c.tbl}.${c.col}`);
      expect(columns).toContain('answers.participant_id');
      expect(
        columns.filter((c) =>
          /(^|[._])(ip|ips|addr|address|remote|forwarded|user_agent|ua)([._]|$)/i.test(c),
        ),
      ).toEqual([]);
    } finally {
      db.close();
    }
  });

  test('the file holds no client address, even with X-Forwarded-For sent along', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const headers = { 'X-Forwarded-For': '198.51.100.77', 'X-Real-IP': '198.51.100.77' };
    for (let i = 0; i < 3; i++) {
      const { body } = await request(server.url, 'POST', `/api/events/${code}/participants`, {
        headers,
      });
      await request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
        body: { choices: [poll.options[0]!.id] },
        token: body.token,
        headers,
      });
    }
    const { socket } = await TestSocket.join(server.url, { event: code, role: 'attendee' });
    sockets.push(socket);
    await socket.vote(poll.id, [poll.options[1]!.id]);
    const bytes = fileBytes();
    for (const address of ['127.0.0.1', '198.51.100.77', '::1', '::ffff:127.0.0.1']) {
      expect(bytes.includes(address), address).toBe(false);
    }
    // Nor in binary form.
    expect(bytes.includes(Buffer.from([127, 0, 0, 1]))).toBe(false);
    expect(bytes.includes(Buffer.from([198, 51, 100, 77]))).toBe(false);
  });
});
