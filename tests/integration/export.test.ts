import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createEvent, createPoll, request } from '../support/http.js';

const PUBLIC_URL = 'http://voxpop.example.net:8080';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ PUBLIC_URL });
});
afterAll(() => server.dispose());

/** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks; rows end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0)
    throw new Error(`the CSV does not end with CRLF: ${JSON.stringify(text.slice(-40))}`);
  return rows;
}

async function vote(code: string, pollId: number, choices: number[]) {
  const { body: p } = await request(server.url, 'POST', `/api/events/${code}/participants`);
  const answer = await request(server.url, 'PUT', `/api/events/${code}/polls/${pollId}/vote`, {
    body: { choices },
    token: p.token,
  });
  expect(answer.status).toBe(200);
  return { ...p, votedAt: answer.body.vote.votedAt as string } as {
    participantId: number;
    token: string;
    votedAt: string;
  };
}

describe('GET /api/events/:code/export.csv', () => {
  test('a header row, then one row per current vote, that parses back to what was voted', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const single = await createPoll(server.url, code, hostKey, {
      question: 'Yes, "really"?\nSecond line',
      kind: 'single',
      options: ['Yes', 'No'],
    });
    const multiple = await createPoll(server.url, code, hostKey, {
      question: 'Topics?',
      kind: 'multiple',
      options: ['Borders', 'Trade', 'Water'],
    });
    const [yes, no] = single.options.map((o) => o.id) as [number, number];
    const [borders, , water] = multiple.options.map((o) => o.id) as [number, number, number];

    const alice = await vote(code, single.id, [yes]);
    const bob = await vote(code, single.id, [no]);
    // Alice changes her vote: only the current one is exported.
    const changed = await request(
      server.url,
      'PUT',
      `/api/events/${code}/polls/${single.id}/vote`,
      {
        body: { choices: [no] },
        token: alice.token,
      },
    );
    const carol = await vote(code, multiple.id, [water, borders]);

    // Votes of another event stay out.
    const other = await createEvent(server.url);
    const otherPoll = await createPoll(server.url, other.code, other.hostKey);
    await vote(other.code, otherPoll.id, [otherPoll.options[0]!.id]);

    const answer = await request(server.url, 'GET', `/api/events/${code}/export.csv`, {
      token: hostKey,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parseCsv(answer.body as string);
    // v1's columns first, then v2's kind and score (empty: choice kinds have none).
    expect(rows[0]).toEqual([
      'poll_id',
      'question',
      'participant_id',
      'choices',
      'voted_at',
      'kind',
      'score',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        String(single.id),
        'Yes, "really"?\nSecond line',
        String(alice.participantId),
        'No',
        changed.body.vote.votedAt,
        'single',
        '',
      ],
      [
        String(single.id),
        'Yes, "really"?\nSecond line',
        String(bob.participantId),
        'No',
        bob.votedAt,
        'single',
        '',
      ],
      [
        String(multiple.id),
        'Topics?',
        String(carol.participantId),
        'Borders; Water',
        carol.votedAt,
        'multiple',
        '',
      ],
    ]);
  });

  test('cells that a spreadsheet would run as a formula are prefixed with a quote', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey, {
      question: '=HYPERLINK("http://evil.example","click")',
      kind: 'multiple',
      options: ['+1+1', '-2', '@SUM(A1)', 'Plain =not at start'],
    });
    const [plus, minus, at, plain] = poll.options.map((o) => o.id) as [
      number,
      number,
      number,
      number,
    ];
    await vote(code, poll.id, [plus]);
    await vote(code, poll.id, [minus, plain]);
    await vote(code, poll.id, [at]);
    await vote(code, poll.id, [plain]);

    const { body } = await request(server.url, 'GET', `/api/events/${code}/export.csv`, {
      token: hostKey,
    });
    const rows = parseCsv(body as string).slice(1);
    expect(rows.map((r) => r[1])).toEqual(
      Array(4).fill(`'=HYPERLINK("http://evil.example","click")`),
    );
    expect(rows.map((r) => r[3])).toEqual([
      "'+1+1",
      "'-2; Plain =not at start",
      "'@SUM(A1)",
      'Plain =not at start',
    ]);
  });

  test('an event without votes exports the header row only', async () => {
    const { code, hostKey } = await createEvent(server.url);
    await createPoll(server.url, code, hostKey);
    const { status, body } = await request(server.url, 'GET', `/api/events/${code}/export.csv`, {
      token: hostKey,
    });
    expect(status).toBe(200);
    expect(parseCsv(body as string)).toEqual([
      ['poll_id', 'question', 'participant_id', 'choices', 'voted_at', 'kind', 'score'],
    ]);
  });

  test('host only: 401 without the key, 403 with a wrong one; 404 for an unknown event', async () => {
    const { code } = await createEvent(server.url);
    const missing = await request(server.url, 'GET', `/api/events/${code}/export.csv`);
    expect([missing.status, missing.body.error.code]).toEqual([401, 'unauthorized']);
    const wrong = await request(server.url, 'GET', `/api/events/${code}/export.csv`, {
      token: 'nope',
    });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, 'forbidden']);
    const unknown = await request(server.url, 'GET', `/api/events/999996/export.csv`, {
      token: 'nope',
    });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'event_not_found']);
  });
});

describe('GET /api/events/:code/qr.svg', () => {
  // What the code decodes to, as a phone reads it from the screen: tests/e2e/qr.test.ts.
  test('an SVG QR code, for anyone: a square symbol of dark modules on a light ground', async () => {
    const { code } = await createEvent(server.url);
    const answer = await request(server.url, 'GET', `/api/events/${code}/qr.svg`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = answer.body as string;
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // Versions 1-40 are 21-177 modules wide, plus the quiet zone.
    const [, width, height] = svg.match(/viewBox="0 0 (\d+) (\d+)"/) ?? [];
    expect(width).toBe(height);
    expect(Number(width)).toBeGreaterThanOrEqual(21);
    // A light ground and one path of dark modules: many phone readers miss an inverted code.
    expect(svg.match(/<path/g)).toHaveLength(2);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('stroke="#000000"');
  });

  test('404 event_not_found for an unknown event', async () => {
    const answer = await request(server.url, 'GET', '/api/events/999995/qr.svg');
    expect([answer.status, answer.body.error.code]).toEqual([404, 'event_not_found']);
  });
});
