/**
 * The HTTP voting reference: a plain node:http handler doing what voxpop's
 * vote route does — the same body parse (the shared VoteBody envelope), the
 * same participant lookup and the same service call (`answers.cast`, the
 * SQLite adapter's group commit at synchronous=FULL) — with no framework in
 * between. voxpop's HTTP votes/s
 * are reported as a ratio to it.
 */
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VoteBody } from '../../shared/protocol.js';
import { LocalBus } from '../../server/bus/local.js';
import { openVoxpop } from '../../server/service/index.js';
import { openSqliteStore } from '../../server/store/sqlite/index.js';
import { eventWithOpenPoll } from '../lib/open-poll.js';

const port = Number(process.env.PORT ?? 3302);
const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'voxpop-plain-')), 'plain.db'));
const voxpop = await openVoxpop(store, new LocalBus());
const { event, poll } = await eventWithOpenPoll(voxpop, 'Bench', {
  question: 'Q',
  kind: 'single',
  options: ['Yes', 'No', 'Not sure'],
});
const code = event.record.code;

const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
};

createServer((req, res) => {
  if (req.url === '/healthz') return json(res, 200, { ok: true });
  if (req.url === '/setup') {
    return json(res, 200, {
      code,
      pollId: poll.record.id,
      options: poll.record.options.map((o) => o.id),
    });
  }
  if (req.method === 'POST' && req.url === `/api/events/${code}/participants`) {
    void voxpop.participants
      .add(event)
      .then((p) => json(res, 201, { participantId: p.id, token: p.token }));
    return;
  }
  const match = /^\/api\/events\/(\d{6})\/polls\/(\d+)\/vote$/.exec(req.url ?? '');
  if (req.method !== 'PUT' || !match) return json(res, 404, { error: { code: 'not_found' } });
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', async () => {
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const participantId = token ? await voxpop.participants.find(event, token) : null;
    if (participantId === null) return json(res, 403, { error: { code: 'forbidden' } });
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return json(res, 400, { error: { code: 'invalid_body' } });
    }
    const parsed = VoteBody.safeParse(body);
    if (!parsed.success) return json(res, 400, { error: { code: 'invalid_body' } });
    // The envelope is checked here; the answer's fields are the poll's kind's, as in the route.
    void voxpop.answers
      .cast(event, participantId, Number(match[2]), parsed.data, parsed.data.ref)
      .then((decision) =>
        decision.ok
          ? json(res, 200, { vote: decision.value })
          : json(res, 409, { error: { code: decision.code } }),
      );
  });
}).listen(port, '127.0.0.1');
process.on('SIGTERM', () => {
  voxpop.close();
  void store.close().finally(() => process.exit(0));
});
