/**
 * `npm run demo`: a simulated audience for a running voxpop, so the presenter
 * screen has something to show. N attendees join over real WebSockets, stay
 * connected (the screen counts them as present), and each votes once on the
 * active poll at a random moment within the given seconds: on a choice poll
 * in the story's proportions (81% Yes, 15% No, 4% Not sure), on a word cloud
 * a few words each from the forum's vocabulary (the common ones more often),
 * on open text one of the forum's suggestions. On a Q&A poll, one attendee in
 * eight asks one of the forum's questions in the first 40% of the time, and
 * then everyone upvotes one to three of them (a few far more than the
 * rest). On a quiz question, each attendee joins with a name and answers
 * once before the time is up, some quick, some slow, not all correctly (they
 * cannot know the key), so the leaderboard has something to rank. Every
 * answer waits for its ack.
 *
 *   npm run demo -- [--url http://127.0.0.1:3000] [--code 123456] [--attendees 100] [--seconds 20]
 *
 * The URL also comes from VOXPOP_URL, or PORT on 127.0.0.1.
 */
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import type { EventSnapshot, PollOf, ServerMessage } from '../shared/protocol.js';

type ChoicePoll = PollOf<'single'> | PollOf<'multiple'>;
type DemoPoll = ChoicePoll | PollOf<'wordcloud'> | PollOf<'text'>;
type DemoAnswer = { choices: number[] } | { words: string[] } | { text: string };

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

/** What the room says in a word, the most said first (spellings vary as people type them). */
const WORDS = [
  ['Dialogue', 'dialogue', 'DIALOGUE'],
  ['Trust', 'trust'],
  ['Compromise', 'compromise'],
  ['Justice', 'justice'],
  ['Youth', 'youth'],
  ['Trade', 'trade'],
  ['Patience', 'patience'],
  ['Education', 'education'],
  ['Security', 'security'],
  ['Mediation', 'mediation'],
  ['Women', 'women'],
  ['Reconciliation'],
  ['Water', 'water'],
  ['Respect', 'respect'],
  ['Courage'],
  ['Memory'],
  ['Open borders', 'open borders'],
  ['Diplomacy'],
  ['Hope', 'hope!'],
  ['мир'],
  ['ნდობა'],
  ['վստահություն'],
];

/** What the room suggests for the next session. */
const SUGGESTIONS = [
  'Water sharing along the Kura and Araks rivers',
  'How young people from both sides can meet more often',
  'Trade corridors and who benefits from them',
  'The role of women in mediation',
  'Missing persons and the families still waiting',
  'Textbooks: what children learn about their neighbours',
  'Lessons from other regions that made peace work',
  'Mine clearance and returning to the land',
  'More time for questions from the audience, please',
  'Media and disinformation across the borders',
  'Cultural heritage sites and who protects them',
  'What the EU monitoring mission has changed on the ground',
];

/** What the room asks the panel. */
const QUESTIONS = [
  'What would make a ceasefire hold this time?',
  'How can civil society be heard at the negotiating table?',
  'Which confidence-building measure could start next month?',
  'What role should Turkey and Iran play?',
  'How do we talk about the past without reopening wounds?',
  'Is a regional economic forum realistic in the next five years?',
  'What has the EU monitoring mission actually changed?',
  'How can diaspora communities help rather than harden positions?',
  'Who pays for reconstruction, and who decides?',
  'What can a student in this room do tomorrow?',
  'Are there examples from the Balkans that apply here?',
  'How should refugees’ right of return be handled?',
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
function plannedCounts(poll: ChoicePoll, attendees: number): number[] {
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

/** One answer per attendee, shuffled, and the plan in a line. */
function plannedAnswers(
  poll: DemoPoll,
  attendees: number,
): { answers: DemoAnswer[]; plan: string } {
  const each = Array.from({ length: attendees }, (_, i) => i);
  switch (poll.kind) {
    case 'single':
    case 'multiple': {
      const counts = plannedCounts(poll, attendees);
      const answers = counts.flatMap((c, i) =>
        Array.from({ length: c }, () => ({ choices: [poll.options[i]!.id] })),
      );
      const plan = counts.map((c, i) => `${poll.options[i]!.label} ${c}`).join(' · ');
      return { answers: shuffle(answers), plan };
    }
    case 'wordcloud': {
      // Zipf-like: the k-th word of the vocabulary is said about 1/k as often as the first.
      const weights = WORDS.map((_, k) => 1 / (k + 1));
      const total = weights.reduce((a, b) => a + b, 0);
      const pick = () => {
        let r = Math.random() * total;
        const k = weights.findIndex((w) => (r -= w) < 0);
        const spellings = WORDS[k < 0 ? 0 : k]!;
        // Most people type a word the usual way; some shout it or add a mark.
        return Math.random() < 0.75
          ? spellings[0]!
          : spellings[Math.floor(Math.random() * spellings.length)]!;
      };
      const answers = each.map(() => {
        const words = new Map<string, string>();
        const wanted = 1 + Math.floor(Math.random() * poll.maxWords);
        while (words.size < wanted) {
          const word = pick();
          words.set(word.toLowerCase().replace(/!$/, ''), word);
        }
        return { words: [...words.values()] };
      });
      return { answers, plan: `1 to ${poll.maxWords} words each, the common ones more often` };
    }
    case 'text':
      return {
        answers: each.map(() => ({
          text: SUGGESTIONS[Math.floor(Math.random() * SUGGESTIONS.length)]!.slice(
            0,
            poll.maxLength,
          ),
        })),
        plan:
          poll.moderation === 'pre'
            ? 'a suggestion each; approve them from the host page to put them on screen'
            : 'a suggestion each',
      };
  }
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
    name?: string,
  ) {
    ws.on('error', () => {}); // a failed socket shows up as a missing welcome or answer
    this.welcomed = new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new DemoError('no welcome within 10 s')),
        ANSWER_TIMEOUT_MS,
      );
      ws.once('open', () =>
        ws.send(
          JSON.stringify({
            type: 'join',
            event: code,
            role: 'attendee',
            ...(name ? { name } : {}),
          }),
        ),
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

  static async join(wsUrl: string, code: string, name?: string): Promise<Attendee> {
    const attendee = new Attendee(new WebSocket(wsUrl), code, name);
    await attendee.welcomed;
    return attendee;
  }

  /** Resolves with null on ack, or the server's error code. */
  vote(pollId: number, answer: DemoAnswer, ref: string): Promise<string | null> {
    return this.send({ type: 'vote', ref, pollId, ...answer }).then((a) => a.failure);
  }

  /** Sends a message with a ref; resolves with the ack (its question id) or the error code. */
  send(
    message: { ref: string } & Record<string, unknown>,
  ): Promise<{ failure: string | null; questionId?: number }> {
    const { ref } = message;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(ref);
        resolve({ failure: 'timeout' });
      }, ANSWER_TIMEOUT_MS);
      this.waiting.set(ref, (answer) => {
        clearTimeout(timer);
        if (answer.type === 'ack') resolve({ failure: null, questionId: answer.questionId });
        else resolve({ failure: answer.type === 'error' ? answer.code : 'unexpected_answer' });
      });
      if (this.ws.readyState !== WebSocket.OPEN) resolve({ failure: 'disconnected' });
      else this.ws.send(JSON.stringify(message));
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
  if (!['single', 'multiple', 'wordcloud', 'text', 'qa', 'quiz'].includes(poll.kind))
    throw new DemoError(
      `the poll on screen is a ${poll.kind} poll; the demo's simulated attendees answer choice, word cloud, open-text, Q&A and quiz polls`,
    );
  if (poll.kind === 'qa') return questionsDemo(url, code, poll, n, seconds);
  if (poll.kind === 'quiz') return quizDemo(url, code, poll, n);

  const { answers, plan } = plannedAnswers(poll as DemoPoll, n);
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

    // Each attendee gets one answer and one moment; the order of answers is shuffled in time.
    const moments = answers.map(() => Math.random() * seconds * 1000).sort((a, b) => a - b);
    const started = performance.now();
    let acked = 0;
    const refused = new Map<string, number>();
    const step = Math.max(1, Math.round(n / 10));
    const runId = Math.random().toString(36).slice(2, 8);

    await Promise.all(
      crowd.map(async (attendee, i) => {
        await new Promise((r) => setTimeout(r, moments[i]));
        const failure = await attendee.vote(poll.id, answers[i]!, `demo-${runId}-${i}`);
        if (failure) refused.set(failure, (refused.get(failure) ?? 0) + 1);
        else if (++acked % step === 0 || acked === n) {
          const elapsed = ((performance.now() - started) / 1000).toFixed(1);
          console.log(
            `  ${String(acked).padStart(String(n).length)}/${n} answers acknowledged (${elapsed} s)`,
          );
        }
      }),
    );

    const elapsed = ((performance.now() - started) / 1000).toFixed(1);
    if (refused.size === 0) {
      console.log(`${acked} answers acknowledged in ${elapsed} s`);
      return 0;
    }
    const why = [...refused].map(([reason, count]) => `${count} ${reason}`).join(', ');
    console.log(`${acked} answers acknowledged in ${elapsed} s; ${n - acked} refused (${why})`);
    return 1;
  } finally {
    stop();
  }
}

/** A Q&A poll: some attendees ask, then everyone upvotes a few questions, the popular ones more. */
async function questionsDemo(
  url: string,
  code: string,
  poll: PollOf<'qa'>,
  n: number,
  seconds: number,
): Promise<number> {
  const askers = Math.max(1, Math.min(QUESTIONS.length, Math.ceil(n / 8)));
  console.log(
    `voxpop demo: ${n} attendees on "${poll.question}" (event ${code}) over ${seconds} s`,
  );
  console.log(
    poll.moderation === 'pre'
      ? `  planned: ${askers} questions in the first ${Math.round(seconds * 0.4)} s (no upvotes: they wait for the host)`
      : `  planned: ${askers} questions in the first ${Math.round(seconds * 0.4)} s, then 1 to 3 upvotes each`,
  );
  const wsUrl = `${url.replace(/^http/, 'ws')}/ws`;
  const crowd: Attendee[] = [];
  try {
    for (let i = 0; i < n; i += JOIN_BATCH) {
      const batch = Math.min(JOIN_BATCH, n - i);
      crowd.push(
        ...(await Promise.all(Array.from({ length: batch }, () => Attendee.join(wsUrl, code)))),
      );
    }
    console.log(`  ${crowd.length} attendees connected`);
    const runId = Math.random().toString(36).slice(2, 8);
    const refused = new Map<string, number>();
    const failed = (failure: string) => refused.set(failure, (refused.get(failure) ?? 0) + 1);
    const asked: number[] = [];
    const window = seconds * 1000;
    await Promise.all(
      crowd.slice(0, askers).map(async (attendee, i) => {
        await new Promise((r) => setTimeout(r, Math.random() * window * 0.4));
        const ref = `demo-${runId}-q${i}`;
        const { failure, questionId } = await attendee.send({
          type: 'ask',
          ref,
          pollId: poll.id,
          text: QUESTIONS[i % QUESTIONS.length]!,
        });
        if (failure) failed(failure);
        else if (questionId !== undefined) asked.push(questionId);
      }),
    );
    console.log(`  ${asked.length} questions asked`);
    if (poll.moderation === 'pre') {
      // Pending questions cannot be upvoted until the host approves them.
      console.log('  they wait for the host: approve them from the host page');
      return refused.size === 0 ? 0 : 1;
    }
    // Zipf-like popularity over a random order of the questions.
    const order = shuffle([...asked]);
    const weights = order.map((_, k) => 1 / (k + 1));
    const total = weights.reduce((a, b) => a + b, 0);
    const pick = () => {
      let r = Math.random() * total;
      const k = weights.findIndex((w) => (r -= w) < 0);
      return order[k < 0 ? 0 : k]!;
    };
    let upvotes = 0;
    const started = performance.now();
    await Promise.all(
      crowd.map(async (attendee, i) => {
        const chosen = new Set<number>();
        const wanted = Math.min(order.length, 1 + Math.floor(Math.random() * 3));
        while (chosen.size < wanted) chosen.add(pick());
        for (const questionId of chosen) {
          await new Promise((r) => setTimeout(r, (Math.random() * window * 0.6) / wanted));
          const { failure } = await attendee.send({
            type: 'upvote',
            ref: `demo-${runId}-u${i}-${questionId}`,
            pollId: poll.id,
            questionId,
            on: true,
          });
          if (failure) failed(failure);
          else upvotes++;
        }
      }),
    );
    const elapsed = ((performance.now() - started) / 1000).toFixed(1);
    const why = [...refused].map(([reason, count]) => `${count} ${reason}`).join(', ');
    console.log(
      `${asked.length} questions and ${upvotes} upvotes acknowledged in ${elapsed} s` +
        (refused.size > 0 ? `; refused: ${why}` : ''),
    );
    return refused.size === 0 ? 0 : 1;
  } finally {
    for (const attendee of crowd) attendee.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`voxpop demo: ${error instanceof DemoError ? error.message : String(error)}`);
    process.exit(1);
  },
);

/** Names for the quiz's players (a number is added when there are more players than names). */
const PLAYERS = [
  'Nino',
  'Giorgi',
  'Ani',
  'Aram',
  'Leyla',
  'Elvin',
  'Mariam',
  'Davit',
  'Aysel',
  'Levan',
  'Tamar',
  'Narek',
  'Gunel',
  'Irakli',
  'Lilit',
  'Rashad',
  'Salome',
  'Hayk',
  'Nigar',
  'Luka',
];

/** A quiz question: everyone answers once before the time is up, by a random option. */
async function quizDemo(
  url: string,
  code: string,
  poll: PollOf<'quiz'>,
  n: number,
): Promise<number> {
  const left = poll.closesAt ? Date.parse(poll.closesAt) - Date.now() : 0;
  if (left < 2000)
    throw new DemoError('the quiz question on screen closes in under 2 s: open another');
  console.log(
    `voxpop demo: ${n} players on "${poll.question}" (event ${code}), ${Math.round(left / 1000)} s left`,
  );
  const wsUrl = `${url.replace(/^http/, 'ws')}/ws`;
  const crowd: Attendee[] = [];
  try {
    for (let i = 0; i < n; i += JOIN_BATCH) {
      const batch = Math.min(JOIN_BATCH, n - i);
      crowd.push(
        ...(await Promise.all(
          Array.from({ length: batch }, (_, k) => {
            const at = i + k;
            const name = `${PLAYERS[at % PLAYERS.length]}${at >= PLAYERS.length ? ` ${Math.floor(at / PLAYERS.length) + 1}` : ''}`;
            return Attendee.join(wsUrl, code, name);
          }),
        )),
      );
    }
    console.log(`  ${crowd.length} players connected`);
    const runId = Math.random().toString(36).slice(2, 8);
    const window = Math.max(0, Date.parse(poll.closesAt!) - Date.now() - 1000);
    const refused = new Map<string, number>();
    let acked = 0;
    await Promise.all(
      crowd.map(async (player, i) => {
        // Most answer early, a few at the last moment.
        await new Promise((r) => setTimeout(r, window * Math.random() ** 2));
        const option = poll.options[Math.floor(Math.random() * poll.options.length)]!;
        const failure = await player.vote(poll.id, { choices: [option.id] }, `demo-${runId}-${i}`);
        if (failure) refused.set(failure, (refused.get(failure) ?? 0) + 1);
        else acked++;
      }),
    );
    console.log(`${acked} answers acknowledged; the question closes at ${poll.closesAt}`);
    if (refused.size === 0) return 0;
    console.log(`  refused: ${[...refused].map(([why, count]) => `${count} ${why}`).join(', ')}`);
    return 1;
  } finally {
    for (const player of crowd) player.close();
  }
}
