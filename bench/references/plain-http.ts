/**
 * The HTTP voting reference: a plain node:http handler doing what voxpop's
 * vote route does — the same body parse (the shared VoteBody schema), the
 * same participant lookup and the same service call (group commit at
 * synchronous=FULL) — with no framework in between. voxpop's HTTP votes/s
 * are reported as a ratio to it.
 */
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VoteBody } from '../../shared/protocol.js';
import { openStore } from '../../server/store/index.js';
import { Voxpop } from '../../server/service/voxpop.js';
import { silentPublisher } from '../../server/service/publisher.js';
import { eventWithOpenPoll } from '../lib/open-poll.js';

const port = Number(process.env.PORT ?? 3302);
const store = openStore(join(mkdtempSync(join(tmpdir(), 'voxpop-plain-')), 'plain.db'));
const service = new Voxpop(store, silentPublisher);
const { event, poll } = eventWithOpenPoll(service, 'Bench', ['Yes', 'No', 'Not sure']);
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
    void service
      .addParticipant(event)
      .then((p) => json(res, 201, { participantId: p.id, token: p.token }));
    return;
  }
  const match = /^\/api\/events\/(\d{6})\/polls\/(\d+)\/vote$/.exec(req.url ?? '');
  if (req.method !== 'PUT' || !match) return json(res, 404, { error: { code: 'not_found' } });
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const participantId = token ? service.findParticipant(event, token) : null;
    if (participantId === null) return json(res, 403, { error: { code: 'forbidden' } });
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return json(res, 400, { error: { code: 'invalid_body' } });
    }
    const parsed = VoteBody.safeParse(body);
    if (!parsed.success) return json(res, 400, { error: { code: 'invalid_body' } });
    void service
      .castVote(event, participantId, Number(match[2]), parsed.data.choices, parsed.data.ref)
      .then((decision) =>
        decision.ok
          ? json(res, 200, { vote: decision.value })
          : json(res, 409, { error: { code: decision.code } }),
      );
  });
}).listen(port, '127.0.0.1');
process.on('SIGTERM', () => {
  store.close();
  process.exit(0);
});
