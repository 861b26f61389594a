/**
 * The Q&A scenario's draw and oracle: the questions a room asks, who
 * upvotes what (skewed, Zipf-like, so a few questions are popular), what
 * SQLite must hold afterwards (the questions acked, and exactly the upvotes
 * whose last ack was `on`), what the presenter's last tally must show, and
 * how long an acked upvote took to reach the presenter's screen.
 */
import Database from 'better-sqlite3';
import { questionOrder } from '../../shared/kinds/qa-limits.js';
import type { TallySeen } from '../load/clients.js';
import { seeded } from './stats.js';

/** A question as the asking phone recorded it. */
export interface AskRecord {
  participant: number | null;
  ref: string;
  text: string;
  sentAt: number;
  /** -1 until acked. */
  ackAt: number;
  questionId: number | null;
  /** null once acked, else the error code ('unanswered' until the server answers). */
  answer: string | null;
}

/** One phone's upvotes and take-backs, in the order it sent them. */
export interface UpvoteLedger {
  participant: number | null;
  actions: {
    ref: string;
    questionId: number;
    on: boolean;
    sentAt: number;
    /** -1 unless acked. */
    ackAt: number;
    answer: string | null;
  }[];
}

/**
 * A phone's upvotes: [questionId, ms after the start to upvote, ms after the
 * start to take it back (or -1)].
 */
export type UpvotePlan = [number, number, number][];

export interface Verdict {
  ok: boolean;
  detail: string;
}

// ------------------------------------------------------------------ the draw

const OPENINGS = [
  'How can',
  'What role should',
  'Why has',
  'When will',
  'Can',
  'Should',
  'What would it take for',
  'Is there a realistic path for',
  'How do you see',
  'Who should lead',
];
const SUBJECTS = [
  'the European Union',
  'civil society',
  'women peacebuilders',
  'young people in the region',
  'the OSCE',
  'local municipalities',
  'diaspora communities',
  'independent media',
  'teachers and universities',
  'displaced families',
  'cross-border traders',
  'the churches',
];
const TOPICS = [
  'rebuild trust across the line of contact',
  'support the return of displaced people',
  'keep the ceasefire holding through the winter',
  'open the transport corridors without new fears',
  'make dialogue projects outlive their funding',
  'document the missing persons cases',
  'protect journalists who report from both sides',
  'include rural communities in the talks',
  'turn the border demarcation into a shared process',
  'deal with landmines near villages',
  'teach history without teaching hatred',
  'measure whether peace projects actually work',
];
const ASIDES = [
  '',
  '',
  '',
  ' Many people at home ask me this.',
  ' I am asking as someone who grew up near the border.',
  ' Concretely, in the next two years, not in theory.',
  ' And what can participants of this forum do about it tomorrow?',
  ' The last three initiatives I followed faded out after a year, and the people involved felt abandoned; what would be different this time, and who would be accountable if it fails again?',
  ' Как это выглядит на практике?',
  ' როგორ შეიძლება ეს?',
];

/**
 * `count` questions a forum's audience might ask: 40 to about 280
 * characters (most around 90), mostly English, now and then a sentence in
 * Russian or Georgian. Seeded, so a round's questions can be repeated.
 */
export function drawQuestions(count: number, seed: number): string[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const text = `${pick(OPENINGS)} ${pick(SUBJECTS)} ${pick(TOPICS)}?${pick(ASIDES)}`;
    // A number now and then, so that not every question repeats another word for word.
    const numbered = i % 7 === 0 ? `${text} (#${i + 1})` : text;
    return [...numbered].slice(0, 280).join('');
  });
}

/**
 * Who upvotes what: each of `phones` upvotes `perPhone` distinct questions,
 * drawn without replacement with weight 1/rank^`exponent` (Zipf-like) over
 * the questions in a random order of popularity; each upvote at a uniform
 * moment within `spanMs`, and a `takeBack` share of them taken back at a
 * uniform moment between the upvote and the end of the span.
 */
export function drawUpvotes(
  questionIds: readonly number[],
  phones: number,
  options: {
    perPhone: number;
    spanMs: number;
    takeBack: number;
    exponent?: number;
    seed: number;
  },
): UpvotePlan[] {
  const random = seeded(options.seed);
  const popularity = [...questionIds];
  for (let i = popularity.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [popularity[i], popularity[j]] = [popularity[j]!, popularity[i]!];
  }
  const exponent = options.exponent ?? 1;
  const weights = popularity.map((_, rank) => 1 / (rank + 1) ** exponent);
  const perPhone = Math.min(options.perPhone, popularity.length);
  return Array.from({ length: phones }, () => {
    // Efraimidis–Spirakis: the perPhone largest keys u^(1/w) are a weighted draw without replacement.
    const keyed = popularity.map((id, i) => [Math.log(random()) / weights[i]!, id] as const);
    keyed.sort((a, b) => b[0] - a[0]);
    return keyed.slice(0, perPhone).map(([, id]) => {
      const at = Math.round(random() * options.spanMs);
      const back =
        random() < options.takeBack ? Math.round(at + random() * (options.spanMs - at)) : -1;
      return [id, at, back] as [number, number, number];
    });
  });
}

// ------------------------------------------------------------------ the oracle

const pair = (questionId: number, participant: number) => `${questionId}:${participant}`;

/** (question, participant) pairs whose last acked upvote was `on`: what `marks` must hold. */
export function expectedMarks(ledgers: readonly UpvoteLedger[]): Set<string> {
  const marks = new Set<string>();
  for (const { participant, actions } of ledgers) {
    if (participant === null) continue;
    for (const action of actions) {
      // A phone takes an upvote back only after its ack: the ledger's order is the order acked.
      if (action.answer !== null) continue;
      const key = pair(action.questionId, participant);
      if (action.on) marks.add(key);
      else marks.delete(key);
    }
  }
  return marks;
}

/** Each question's upvotes by the phones' acks: the count of its expected marks. */
export function expectedCounts(marks: ReadonlySet<string>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const key of marks) {
    const id = Number(key.slice(0, key.indexOf(':')));
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export interface StoredQuestion {
  id: number;
  participantId: number;
  text: string;
  status: string;
  ref: string | null;
  askedAt: string;
}
export interface StoredMark {
  itemId: number;
  participantId: number;
}

/** The poll's questions and upvotes in voxpop's SQLite file (read-only, after the server stopped). */
export function readStoredQa(
  dbPath: string,
  pollId: number,
): { questions: StoredQuestion[]; marks: StoredMark[] } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const questions = db
      .prepare(
        'SELECT id, participant_id AS participantId, text, status, ref, created_at AS askedAt FROM items WHERE poll_id = ? ORDER BY id',
      )
      .all(pollId) as StoredQuestion[];
    const marks = db
      .prepare(
        'SELECT m.item_id AS itemId, m.participant_id AS participantId FROM marks m JOIN items i ON i.id = m.item_id WHERE i.poll_id = ?',
      )
      .all(pollId) as StoredMark[];
    return { questions, marks };
  } finally {
    db.close();
  }
}

/** Every acked question stored once, as asked, visible, under its ref; nothing else stored. */
export function checkStoredQuestions(
  asks: readonly AskRecord[],
  stored: readonly StoredQuestion[],
): Verdict {
  const byId = new Map(stored.map((q) => [q.id, q]));
  const acked = asks.filter((a) => a.answer === null);
  const wrong: string[] = [];
  for (const a of acked) {
    const row = a.questionId === null ? undefined : byId.get(a.questionId);
    if (
      !row ||
      row.participantId !== a.participant ||
      row.text !== a.text.trim() ||
      row.ref !== a.ref ||
      row.status !== 'visible'
    )
      wrong.push(
        `question ${a.questionId} (participant ${a.participant}, ref ${a.ref}): ${row ? `stored ${JSON.stringify({ ...row, text: row.text.slice(0, 30) })}` : 'not stored'}`,
      );
  }
  const ackedIds = new Set(acked.map((a) => a.questionId));
  const strangers = stored.filter((q) => !ackedIds.has(q.id));
  const ok = wrong.length === 0 && strangers.length === 0;
  return {
    ok,
    detail: ok
      ? `${acked.length} acked questions stored as asked (visible, under their refs), ${stored.length} rows, none other`
      : `${wrong.length} of ${acked.length} acked questions wrong, ${strangers.length} rows nobody's ack names` +
        (wrong[0] ? `; e.g. ${wrong[0]}` : '') +
        (strangers[0] ? `; e.g. row ${strangers[0].id}` : ''),
  };
}

/** `marks` holds exactly the pairs whose last acked upvote was on. */
export function checkStoredMarks(
  expected: ReadonlySet<string>,
  stored: readonly StoredMark[],
): Verdict {
  const got = new Set(stored.map((m) => pair(m.itemId, m.participantId)));
  const missing = [...expected].filter((k) => !got.has(k));
  const extra = [...got].filter((k) => !expected.has(k));
  const ok = missing.length === 0 && extra.length === 0 && got.size === stored.length;
  const show = (k: string) => {
    const [q, p] = k.split(':');
    return `question ${q} participant ${p}`;
  };
  return {
    ok,
    detail: ok
      ? `${expected.size} (question, phone) pairs whose last acked upvote was on, ${stored.length} rows in marks, none other`
      : `${missing.length} of ${expected.size} expected upvotes missing, ${extra.length} rows not expected` +
        (missing[0] ? `; e.g. missing ${show(missing[0])}` : '') +
        (extra[0] ? `; e.g. extra ${show(extra[0])}` : ''),
  };
}

/**
 * The presenter's last tally lists the top of a recount of SQLite in the
 * order everyone sees (upvotes descending, then asked first), each with
 * SQLite's count, and `total` the visible questions.
 */
export function checkQaTally(
  questions: readonly StoredQuestion[],
  marks: readonly StoredMark[],
  tally: TallySeen | undefined,
  listed: number,
): Verdict {
  const counts = new Map<number, number>();
  for (const m of marks) counts.set(m.itemId, (counts.get(m.itemId) ?? 0) + 1);
  const recount = questions
    .filter((q) => q.status === 'visible' || q.status === 'answered')
    .map((q) => ({
      id: q.id,
      upvotes: counts.get(q.id) ?? 0,
      status: q.status,
      askedAt: q.askedAt,
    }))
    .sort(questionOrder)
    .slice(0, listed);
  const want = recount.map((q) => `${q.id}:${q.upvotes}`).join(' ');
  if (!tally?.questions)
    return { ok: false, detail: `no presenter tally with questions; the recount's top: ${want}` };
  const got = tally.questions.map((q) => `${q.id}:${q.upvotes}`).join(' ');
  const visible = questions.filter((q) => q.status === 'visible' || q.status === 'answered').length;
  const wrongCounts = tally.questions.filter((q) => (counts.get(q.id) ?? 0) !== q.upvotes);
  const ok = got === want && tally.total === visible && wrongCounts.length === 0;
  return {
    ok,
    detail:
      `pushed ${tally.questions.length} questions (total ${tally.total}) as id:upvotes ${got}; ` +
      `the recount of SQLite's ${questions.length} questions and ${marks.length} upvotes gives ${want} (total ${visible})` +
      (wrongCounts.length ? `; ${wrongCounts.length} listed counts differ from SQLite` : ''),
  };
}

/**
 * Presenter lag, per acked upvote (`on`) of question q acked at time a:
 * the time from a to the first presenter tally received at or after a that
 * lists q with at least K upvotes, where K = the `on` acks of q received
 * by a (this one included) minus the take-back acks of q received by a.
 * Acks leave the server in commit order and a tally is built between
 * commits, so a tally that shows K has every upvote acked by a (up to the
 * order in which acks reach the load processes); it errs late, never
 * early, where a take-back of q is committed before the tally but acked
 * after a. Measured only where q is listed (the top 10) in the first
 * presenter tally received at or after a: an upvote on a question below
 * the screen's top 10 has nothing on the screen to reach. Returns the lags,
 * and how many upvotes were on screen with no such tally (never reached).
 */
export function presenterLags(
  ledgers: readonly UpvoteLedger[],
  tallies: readonly TallySeen[],
): { lags: number[]; offScreen: number; neverShown: number } {
  // Per question, its acks in time order: +1 an upvote, -1 a take-back.
  const events = new Map<number, [number, number][]>();
  for (const { actions } of ledgers)
    for (const a of actions)
      if (a.answer === null) {
        let list = events.get(a.questionId);
        if (!list) events.set(a.questionId, (list = []));
        list.push([a.ackAt, a.on ? 1 : -1]);
      }
  const listedIn = tallies.map(
    (t) => new Map((t.questions ?? []).map((q) => [q.id, q.upvotes] as const)),
  );
  const lags: number[] = [];
  let offScreen = 0;
  let neverShown = 0;
  for (const [questionId, list] of events) {
    list.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
    let count = 0;
    let t = 0;
    for (let i = 0; i < list.length; i++) {
      const [at, delta] = list[i]!;
      count += delta;
      // Every ack received at the same moment counts toward K.
      if (delta < 0) continue;
      let k = count;
      for (let j = i + 1; j < list.length && list[j]![0] === at; j++) k += list[j]![1];
      while (t < tallies.length && tallies[t]!.at < at) t++;
      if (t === tallies.length) {
        neverShown++;
        continue;
      }
      if (!listedIn[t]!.has(questionId)) {
        offScreen++;
        continue;
      }
      let u = t;
      while (u < tallies.length && (listedIn[u]!.get(questionId) ?? -1) < k) u++;
      if (u === tallies.length) neverShown++;
      else lags.push(tallies[u]!.at - at);
    }
  }
  return { lags, offScreen, neverShown };
}

/** JSON bytes of a list entry as the server writes it, for a question of this text. */
export function questionBytes(id: number, text: string, upvotes: number): number {
  return Buffer.byteLength(
    JSON.stringify({
      id,
      text,
      upvotes,
      status: 'visible',
      highlighted: false,
      askedAt: '2026-12-06T10:00:00.000Z',
    }),
  );
}
