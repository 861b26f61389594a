/**
 * `npm run demo`: a simulated audience for a running voxpop, so the presenter
 * screen has something to show. N attendees join over real WebSockets, stay
 * connected (the screen counts them as present), and each votes once on the
 * active poll at a random moment within the given seconds, in the story's
 * proportions: 81% Yes, 15% No, 4% Not sure. Every vote waits for its ack.
 *
 *   npm run demo -- [--url http://127.0.0.1:3000] [--code 123456] [--attendees 100] [--seconds 20]
 *
 * The URL also comes from VOXPOP_URL, or PORT on 127.0.0.1.
 */
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import type { EventSnapshot, Poll, ServerMessage } from '../shared/protocol.js';

const MAX_ATTENDEES = 5000;
const MAX_SECONDS = 600;
const ANSWER_TIMEOUT_MS = 10_000;
/** Sockets opened at once while the audience arrives. */
const JOIN_BATCH = 50;
/** Shares of the story, by label; other polls get them in option order. */
const STORY = [
  { label: 'yes', share: 81 },
  { label: 'no', share: 15 },
  { label: 'not sure', share: 4 },
];

class DemoError extends Error {}

interface Settings {
  url: string;
  code: string | null;
  attendees: number;
  seconds: number;
}

function settings(): Settings {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      code: { type: 'string' },
      attendees: { type: 'string' },
      seconds: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run demo -- [--url http://127.0.0.1:3000] [--code 123456] [--attendees 100] [--seconds 20]',
    );
    process.exit(0);
  }
  const port = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null;
  const url = (values.url ?? process.env.VOXPOP_URL ?? port ?? 'http://127.0.0.1:3000').replace(
    /\/+$/,
    '',
  );
  if (!/^https?:\/\/[^/]+/.test(url))
    throw new DemoError(`--url must be an http(s) URL, got "${url}"`);
  const code = values.code ?? null;
  if (code !== null && !/^\d{6}$/.test(code))
    throw new DemoError(`--code must be 6 digits, got "${code}"`);
  const number = (
    raw: string | undefined,
    fallback: number,
    min: number,
    max: number,
    name: string,
  ) => {
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(n) || n < min || n > max)
      throw new DemoError(`--${name} must be between ${min} and ${max}`);
    return n;
  };
  return {
    url,
    code,
    attendees: Math.round(number(values.attendees, 100, 1, MAX_ATTENDEES, 'attendees')),
    seconds: number(values.seconds, 20, 0, MAX_SECONDS, 'seconds'),
  };
}

async function getJson<T>(url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(5000) });
  } catch {
    throw new DemoError(
      `cannot reach voxpop at ${new URL(url).origin}: is the server running? (npm start)`,
    );
  }
  const body = (await response.json().catch(() => null)) as
    (T & { error?: { message: string } }) | null;
  if (!response.ok || body === null) {
    throw new DemoError(
      `${new URL(url).pathname} answered ${response.status}: ${body?.error?.message ?? 'no JSON'}`,
    );
  }
  return body;
}

/** Exact counts per option (largest remainder), story shares matched by label, else by option order. */
function plannedCounts(poll: Poll, attendees: number): number[] {
  const labels = poll.options.map((o) => o.label.trim().toLowerCase());
  const byLabel = STORY.every((s) => labels.includes(s.label));
  const shares = poll.options.map((_, i) =>
    byLabel ? (STORY.find((s) => s.label === labels[i])?.share ?? 0) : (STORY[i]?.share ?? 0),
  );
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (s * attendees) / sum);
  const counts = exact.map(Math.floor);
  let left = attendees - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => ({ i, r: e - Math.floor(e) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i]! += 1;
  }
  return counts;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** One simulated phone: joins as an attendee and answers each vote with the server's ack or error. */
class Attendee {
  private waiting = new Map<string, (answer: ServerMessage) => void>();
  private welcomed: Promise<void>;

  constructor(
    private readonly ws: WebSocket,
    code: string,
  ) {
    ws.on('error', () => {}); // a failed socket shows up as a missing welcome or answer
    this.welcomed = new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new DemoError('no welcome within 10 s')),
        ANSWER_TIMEOUT_MS,
      );
      ws.once('open', () =>
        ws.send(JSON.stringify({ type: 'join', event: code, role: 'attendee' })),
      );
      ws.once('close', () => reject(new DemoError('the server closed the connection')));
      ws.on('message', (data) => {
        let message: ServerMessage;
        try {
          message = JSON.parse(String(data)) as ServerMessage;
        } catch {
          return;
        }
        if (message.type === 'welcome') {
          clearTimeout(timer);
          resolve();
        } else if (
          message.type === 'error' &&
          message.ref === undefined &&
          message.code === 'event_not_found'
        ) {
          reject(new DemoError(message.message));
        } else if ((message.type === 'ack' || message.type === 'error') && message.ref) {
          this.waiting.get(message.ref)?.(message);
          this.waiting.delete(message.ref);
        }
      });
    });
  }

  static async join(wsUrl: string, code: string): Promise<Attendee> {
    const attendee = new Attendee(new WebSocket(wsUrl), code);
    await attendee.welcomed;
    return attendee;
  }

  /** Resolves with null on ack, or the server's error code. */
  vote(pollId: number, optionId: number, ref: string): Promise<string | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(ref);
        resolve('timeout');
      }, ANSWER_TIMEOUT_MS);
      this.waiting.set(ref, (answer) => {
        clearTimeout(timer);
        resolve(
          answer.type === 'ack'
            ? null
            : answer.type === 'error'
              ? answer.code
              : 'unexpected_answer',
        );
      });
      if (this.ws.readyState !== WebSocket.OPEN) resolve('disconnected');
      else this.ws.send(JSON.stringify({ type: 'vote', ref, pollId, choices: [optionId] }));
    });
  }

  close(): void {
    this.ws.close(1000);
  }
}

async function demoCode(url: string): Promise<string> {
  const { event } = await getJson<{ event: { code: string } | null }>(`${url}/api/demo`);
  if (!event) {
    throw new DemoError('this server has no demo event (VOXPOP_DEMO=0): pass --code 123456');
  }
  return event.code;
}

async function main(): Promise<number> {
  const { url, code: givenCode, attendees: n, seconds } = settings();
  const code = givenCode ?? (await demoCode(url));
  const snapshot = await getJson<EventSnapshot>(`${url}/api/events/${code}`);
  const poll = snapshot.polls.find((p) => p.id === snapshot.activePollId);
  if (!poll)
    throw new DemoError(
      `event ${code} has no poll on screen: put one on screen from the host page`,
    );
  if (poll.state !== 'open')
    throw new DemoError(`the poll on screen is ${poll.state}, not open: open it first`);

  const counts = plannedCounts(poll, n);
  const plan = counts.map((c, i) => `${poll.options[i]!.label} ${c}`).join(' · ');
  console.log(
    `voxpop demo: ${n} attendees on "${poll.question}" (event ${code}) over ${seconds} s`,
  );
  console.log(`  planned: ${plan}`);

  const wsUrl = `${url.replace(/^http/, 'ws')}/ws`;
  const crowd: Attendee[] = [];
  const stop = () => {
    for (const a of crowd) a.close();
  };
  process.once('SIGINT', () => {
    stop();
    console.log('\nvoxpop demo: interrupted');
    process.exit(130);
  });

  try {
    for (let i = 0; i < n; i += JOIN_BATCH) {
      const batch = Math.min(JOIN_BATCH, n - i);
      crowd.push(
        ...(await Promise.all(Array.from({ length: batch }, () => Attendee.join(wsUrl, code)))),
      );
    }
    console.log(`  ${crowd.length} attendees connected`);

    // Each attendee gets one choice and one moment; the order of choices is shuffled in time.
    const choices = shuffle(counts.flatMap((c, i) => Array<number>(c).fill(poll.options[i]!.id)));
    const moments = choices.map(() => Math.random() * seconds * 1000).sort((a, b) => a - b);
    const started = performance.now();
    let acked = 0;
    const refused = new Map<string, number>();
    const step = Math.max(1, Math.round(n / 10));
    const runId = Math.random().toString(36).slice(2, 8);

    await Promise.all(
      crowd.map(async (attendee, i) => {
        await new Promise((r) => setTimeout(r, moments[i]));
        const failure = await attendee.vote(poll.id, choices[i]!, `demo-${runId}-${i}`);
        if (failure) refused.set(failure, (refused.get(failure) ?? 0) + 1);
        else if (++acked % step === 0 || acked === n) {
          const elapsed = ((performance.now() - started) / 1000).toFixed(1);
          console.log(
            `  ${String(acked).padStart(String(n).length)}/${n} votes acknowledged (${elapsed} s)`,
          );
        }
      }),
    );

    const elapsed = ((performance.now() - started) / 1000).toFixed(1);
    if (refused.size === 0) {
      console.log(`${acked} votes acknowledged in ${elapsed} s`);
      return 0;
    }
    const why = [...refused].map(([reason, count]) => `${count} ${reason}`).join(', ');
    console.log(`${acked} votes acknowledged in ${elapsed} s; ${n - acked} refused (${why})`);
    return 1;
  } finally {
    stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`voxpop demo: ${error instanceof DemoError ? error.message : String(error)}`);
    process.exit(1);
  },
);
