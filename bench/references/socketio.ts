/**
 * The socket.io reference: the same live poll as voxpop and the ceiling,
 * built the way a competent socket.io developer would. One room for the
 * event's attendees and one for its presenters and hosts; a vote is
 * answered through socket.io's acknowledgement callback; one ballot per
 * participant, so a changed vote moves the count; the tally pushed
 * coalesced, to presenters and hosts at most every 100 ms and to attendees
 * at most once a second (voxpop's contract and the ceiling's), with
 * `io.to(room).emit`, which encodes the packet once (and pre-frames it for
 * `ws`) for every socket in the room. Counts in memory: no database, no
 * durability.
 *
 * (It replaces a tutorial-style reference that emitted the whole tally to
 * every socket on every vote, which collapsed under the storm and flattered
 * every ratio taken against it.)
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.PORT ?? 3301);
// REFERENCE_AUDIENCE in bench/lib/targets.ts: the one event and poll the references serve.
const code = '000001';
const pollId = 1;
const options = [1, 2, 3];
const counts = new Map<number, number>(options.map((id) => [id, 0]));
const ballots = new Map<number, number>();
let seq = 0;
let nextParticipant = 1;
let dirtyPresenters = false;
let dirtyAttendees = false;
const ATTENDEES = `event:${code}`;
const PRESENTERS = `event:${code}:presenters`;

interface Join {
  event: string;
  role: 'attendee' | 'presenter' | 'host';
}
interface Vote {
  pollId: number;
  choices: number[];
  ref?: string;
}
type Answer = (answer: { ok: true } | { error: string }) => void;

const http = createServer((req, res) => {
  res.writeHead(req.url === '/healthz' ? 200 : 404, { 'Content-Type': 'application/json' });
  res.end('{"ok":true}');
});
const io = new Server(http, { maxHttpBufferSize: 64 * 1024, serveClient: false });

io.on('connection', (socket) => {
  let participant = 0;
  socket.on('join', (message: Join, ack?: (welcome: unknown) => void) => {
    if (typeof ack !== 'function') return;
    if (message?.event !== code) return ack({ error: 'event_not_found' });
    if (message.role === 'attendee') {
      participant = nextParticipant++;
      void socket.join(ATTENDEES);
    } else void socket.join(PRESENTERS);
    ack({
      participant: participant ? { id: participant } : undefined,
      polls: [{ id: pollId, options: options.map((id) => ({ id })) }],
      activePollId: pollId,
    });
  });
  socket.on('vote', (message: Vote, ack?: Answer) => {
    if (typeof ack !== 'function') return;
    if (!participant) return ack({ error: 'not_joined' });
    if (message?.pollId !== pollId) return ack({ error: 'poll_not_found' });
    const choice = message.choices?.[0];
    if (message.choices.length !== 1 || choice === undefined || !counts.has(choice))
      return ack({ error: 'invalid_choice' });
    const previous = ballots.get(participant);
    if (previous !== choice) {
      if (previous !== undefined) counts.set(previous, counts.get(previous)! - 1);
      counts.set(choice, counts.get(choice)! + 1);
      ballots.set(participant, choice);
      seq++;
      dirtyPresenters = dirtyAttendees = true;
    }
    ack({ ok: true });
  });
});

const tally = () => {
  const total = ballots.size;
  return {
    pollId,
    total,
    options: options.map((id) => ({
      id,
      count: counts.get(id)!,
      percent: total ? Math.round((counts.get(id)! * 100) / total) : 0,
    })),
    seq,
  };
};

setInterval(() => {
  if (!dirtyPresenters) return;
  dirtyPresenters = false;
  io.to(PRESENTERS).emit('tally', tally());
}, 100);
setInterval(() => {
  if (!dirtyAttendees) return;
  dirtyAttendees = false;
  io.to(ATTENDEES).emit('tally', tally());
}, 1000);

http.listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
