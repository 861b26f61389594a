/**
 * The socket.io reference: a live poll the way most tutorials build one.
 * socket.io, counts in memory, and `io.emit` of the new tally to everyone on
 * every vote. voxpop's CPU per 1,000 votes and its presenter latency are
 * reported as ratios to it.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.PORT ?? 3301);
const options = [1, 2, 3];
const counts: Record<number, number> = { 1: 0, 2: 0, 3: 0 };
const ballots = new Map<string, number>();

const http = createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"ok":true}');
  }
});
const io = new Server(http, { maxHttpBufferSize: 64 * 1024 });

io.on('connection', (socket) => {
  socket.on('join', (_message: unknown, ack?: (welcome: unknown) => void) => {
    ack?.({ polls: [{ id: 1, options: options.map((id) => ({ id })) }], activePollId: 1 });
  });
  socket.on(
    'vote',
    (message: { pollId: number; choices: number[] }, ack?: (answer: unknown) => void) => {
      const choice = message.choices[0]!;
      const previous = ballots.get(socket.id);
      if (previous !== undefined) counts[previous]!--;
      counts[choice]!++;
      ballots.set(socket.id, choice);
      ack?.({ ok: true });
      const total = ballots.size;
      io.emit('tally', {
        pollId: 1,
        total,
        options: options.map((id) => ({
          id,
          count: counts[id],
          percent: Math.round((counts[id]! * 100) / total),
        })),
      });
    },
  );
  socket.on('disconnect', () => {});
});

http.listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
