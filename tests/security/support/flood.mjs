// A sustained flood from another process (so the test's own event loop,
// which times the bystander, is not the one busy sending). Each of N lanes
// joins an event as an attendee and writes M pings at once; when the server
// closes it, it reconnects (same token) and floods again, until D ms have
// passed. Prints "ready" once every lane has joined, starts on a line on
// stdin, and ends with a JSON summary on stdout.
//   node flood.mjs <url> <eventCode> <lanes> <messagesEach> <durationMs>
import WebSocket from 'ws';

const [url, code, lanesArg, messagesArg, durationArg] = process.argv.slice(2);
const lanes = Number(lanesArg);
const messages = Number(messagesArg);
const duration = Number(durationArg);
const ping = JSON.stringify({ type: 'ping' });

const summary = {
  rounds: 0,
  closes: {},
  rateLimited: 0,
  retryAfter: 0,
  maxPongs: 0,
  maxCloseMs: 0,
};
let started = false;
let deadline = Infinity;
let ready = 0;
const waiting = [];

function round(token) {
  return new Promise((resolve) => {
    const ws = new WebSocket(url.replace(/^http/, 'ws') + '/ws');
    let pongs = 0;
    let sentAt = 0;
    let myToken = token;
    ws.on('error', () => {});
    ws.on('open', () =>
      ws.send(
        JSON.stringify({
          type: 'join',
          event: code,
          role: 'attendee',
          ...(token ? { token } : {}),
        }),
      ),
    );
    ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'welcome') {
        myToken = message.participant.token;
        const go = () => {
          sentAt = Date.now();
          for (let i = 0; i < messages; i++) ws.send(ping);
        };
        if (started) go();
        else {
          waiting.push(go);
          if (++ready === lanes) process.stdout.write('ready\n');
        }
      } else if (message.type === 'pong') pongs++;
      else if (message.type === 'error' && message.code === 'rate_limited') summary.rateLimited++;
    });
    ws.on('close', (closeCode) => {
      summary.rounds++;
      summary.closes[closeCode] = (summary.closes[closeCode] ?? 0) + 1;
      summary.maxPongs = Math.max(summary.maxPongs, pongs);
      if (sentAt) summary.maxCloseMs = Math.max(summary.maxCloseMs, Date.now() - sentAt);
      resolve(myToken);
    });
  });
}

async function lane() {
  let token;
  do token = await round(token);
  while (Date.now() < deadline);
}

const done = Promise.all(Array.from({ length: lanes }, lane));
process.stdin.once('data', () => {
  started = true;
  deadline = Date.now() + duration;
  for (const go of waiting.splice(0)) go();
});
await done;
process.stdout.write(JSON.stringify(summary) + '\n');
process.exit(0);
