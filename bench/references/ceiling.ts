/**
 * The ceiling reference: what a live poll costs with nothing but `ws`. It
 * accepts voxpop's join and vote messages, counts in memory, acks at once and
 * pushes coalesced tallies (presenters every 100 ms, attendees every second),
 * serialised once. No validation, no database, no durability: voxpop's
 * figures are reported as a ratio to it.
 */
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const port = Number(process.env.PORT ?? 3300);
const options = [1, 2, 3];
const counts = new Map<number, number>(options.map((id) => [id, 0]));
const ballots = new Map<number, number>();
let voters = 0;
let seq = 0;
let dirtyFast = false;
let dirtySlow = false;
let nextParticipant = 1;
const presenters = new Set<WebSocket>();
const attendees = new Set<WebSocket>();

const http = createServer((req, res) => {
  res.writeHead(req.url === '/healthz' ? 200 : 404, { 'Content-Type': 'application/json' });
  res.end('{"ok":true}');
});
const wss = new WebSocketServer({
  server: http,
  path: '/ws',
  maxPayload: 64 * 1024,
  perMessageDeflate: false,
});

wss.on('connection', (ws) => {
  let participant = 0;
  ws.on('error', () => {});
  ws.on('close', () => {
    presenters.delete(ws);
    attendees.delete(ws);
  });
  ws.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.type === 'join') {
      if (message.role === 'presenter') presenters.add(ws);
      else {
        attendees.add(ws);
        participant = nextParticipant++;
      }
      ws.send(
        JSON.stringify({
          type: 'welcome',
          role: message.role,
          participant: { id: participant, token: String(participant) },
          polls: [{ id: 1, options: options.map((id) => ({ id })) }],
          activePollId: 1,
        }),
      );
    } else if (message.type === 'vote') {
      const choice = message.choices[0] as number;
      const previous = ballots.get(participant);
      if (previous === undefined) voters++;
      else counts.set(previous, counts.get(previous)! - 1);
      counts.set(choice, counts.get(choice)! + 1);
      ballots.set(participant, choice);
      seq++;
      dirtyFast = dirtySlow = true;
      ws.send(JSON.stringify({ type: 'ack', ref: message.ref, pollId: message.pollId }));
    }
  });
});

const tally = () =>
  JSON.stringify({
    type: 'tally',
    pollId: 1,
    total: voters,
    options: options.map((id) => ({
      id,
      count: counts.get(id),
      percent: voters ? Math.round((counts.get(id)! * 100) / voters) : 0,
    })),
    seq,
  });

setInterval(() => {
  if (!dirtyFast) return;
  dirtyFast = false;
  const message = tally();
  for (const ws of presenters) ws.send(message);
}, 100);
setInterval(() => {
  if (!dirtySlow) return;
  dirtySlow = false;
  const message = tally();
  for (const ws of attendees) ws.send(message);
}, 1000);

http.listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
