/**
 * The word cloud's independent oracle. The contract's rules are written
 * again here, from the API's words and never from the server's code (no
 * import of shared/kinds/words.ts or of the server's word index), so that a
 * server and a bench that share a mistake cannot agree on it:
 *
 * - a word is read as its *spelling*: NFKC, trimmed, leading and trailing
 *   punctuation dropped, case kept; it must keep a letter or a digit and be
 *   at most 25 characters once normalised and trimmed;
 * - spellings merge under a *key*: lower case, runs of inner whitespace as
 *   one space;
 * - an answer stores one spelling per key, the first given, and a
 *   participant counts a key once;
 * - the results rank keys by count, descending, then by key (code units),
 *   and show the most given spelling of each (among equals, the first
 *   given), the first 100.
 *
 * After a round, what the server stored is judged against the phones' own
 * ledgers, and the presenter's last tally against a recount of the stored
 * rows.
 */
import type { BenchAnswer } from '../load/clients.js';
import type { OracleVerdict } from './oracle.js';

/** One answer a phone sent, as it remembers it, and how the server answered. */
export interface GivenAnswer {
  ref: string;
  given: BenchAnswer;
  /** null when acknowledged; otherwise the error code, or 'timeout' / 'closed'. */
  answer: string | null;
}

export interface AnswerLedger {
  /** The participant id the server's welcome gave this phone (null if it gave none). */
  participant: number | null;
  /** In the order sent; a phone waits for each answer before it sends again. */
  answers: GivenAnswer[];
}

/** A word cloud's row in SQLite: the stored value is a JSON array of spellings. */
export interface StoredWords {
  participantId: number;
  value: string;
  ref: string | null;
  votedAt: string;
}

export const WORD_LENGTH = 25;
export const TOP_WORDS = 100;

const EDGES = /^[\p{P}\s]+|[\p{P}\s]+$/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The spelling a typed word is stored as, or null when it is no word. */
export function spellingOf(typed: string): string | null {
  const word = typed.normalize('NFKC').trim();
  if ([...word].length > WORD_LENGTH || !LETTER_OR_DIGIT.test(word) || /\p{Cc}/u.test(word))
    return null;
  return word.replace(EDGES, '');
}

/** The key spellings merge under. */
export function keyOf(spelling: string): string {
  return spelling.toLowerCase().replace(/\s+/gu, ' ');
}

/** What an answer stores: one spelling per key, the first given; null when a word is no word. */
export function keptSpellings(typed: readonly string[]): string[] | null {
  const kept: string[] = [];
  const keys = new Set<string>();
  for (const word of typed) {
    const spelling = spellingOf(word);
    if (spelling === null) return null;
    const key = keyOf(spelling);
    if (keys.has(key)) continue;
    keys.add(key);
    kept.push(spelling);
  }
  return kept;
}

/** The last answer the server acknowledged to this phone, or null. */
export function lastAckedAnswer(phone: AnswerLedger): GivenAnswer | null {
  for (let i = phone.answers.length - 1; i >= 0; i--)
    if (phone.answers[i]!.answer === null) return phone.answers[i]!;
  return null;
}

const wordsOf = (answer: BenchAnswer) => ('words' in answer ? answer.words : []);
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * The stored rows of one word cloud against the ledgers: every phone with an
 * acknowledged answer has exactly one row, holding the spellings its last
 * acknowledged answer keeps, under that answer's ref; a phone with none has
 * no row; no row belongs to anyone else.
 */
export function checkStoredWords(
  phones: readonly AnswerLedger[],
  rows: readonly StoredWords[],
): OracleVerdict {
  const byParticipant = new Map<number, StoredWords[]>();
  for (const row of rows) {
    const list = byParticipant.get(row.participantId);
    if (list) list.push(row);
    else byParticipant.set(row.participantId, [row]);
  }
  let disagreeing = 0;
  let example = '';
  const flag = (problem: string) => {
    if (disagreeing++ === 0) example = problem;
  };
  const known = new Set<number>();
  for (const phone of phones) {
    const last = lastAckedAnswer(phone);
    if (phone.participant === null) {
      if (last) flag(`a phone with acked answer ${last.ref} has no participant id`);
      continue;
    }
    known.add(phone.participant);
    const stored = byParticipant.get(phone.participant) ?? [];
    const who = `participant ${phone.participant}`;
    if (!last) {
      if (stored.length) flag(`${who} has no acked answer but ${stored.length} stored`);
      continue;
    }
    const sent = JSON.stringify(wordsOf(last.given));
    const kept = keptSpellings(wordsOf(last.given));
    if (stored.length !== 1) {
      flag(`${who}: last acked ${sent} (ref ${last.ref}), ${stored.length} rows stored`);
      continue;
    }
    const row = stored[0]!;
    let value: unknown;
    try {
      value = JSON.parse(row.value);
    } catch {
      value = row.value;
    }
    const ok =
      kept !== null &&
      Array.isArray(value) &&
      sameList(kept, value as string[]) &&
      row.ref === last.ref;
    if (!ok)
      flag(
        `${who}: last acked ${sent} (ref ${last.ref}), keeping ${kept ? JSON.stringify(kept) : 'no word'}; ` +
          `stored ${row.value} ref ${row.ref}`,
      );
  }
  for (const [participant, stored] of byParticipant)
    if (!known.has(participant))
      flag(`participant ${participant} is no phone's, ${stored.length} stored`);
  const acked = phones.filter((p) => lastAckedAnswer(p) !== null).length;
  return {
    ok: disagreeing === 0,
    checked: phones.length,
    disagreeing,
    detail:
      disagreeing === 0
        ? `${acked} participants' last acked answers stored as the spellings they keep, ${rows.length} rows, none other`
        : `${disagreeing} of ${phones.length} participants disagree with SQLite; e.g. ${example}`,
  };
}

/** A place in the recounted ranking. */
export interface RecountedWord {
  key: string;
  count: number;
  /**
   * The spellings the place may show: the most given, and among equals the
   * first given. Stored answers are stamped to the millisecond, so when the
   * tied spellings were first given in the same millisecond, each of them
   * may be the one the server saw first.
   */
  texts: string[];
}

export interface WordRecount {
  /** Answers counted. */
  total: number;
  /** Distinct keys given. */
  distinct: number;
  top: RecountedWord[];
}

/** The results the stored answers make, by the contract's rules alone. */
export function recountWords(rows: readonly StoredWords[], limit = TOP_WORDS): WordRecount {
  interface Tally {
    count: number;
    spellings: Map<string, { count: number; firstAt: string }>;
  }
  const keys = new Map<string, Tally>();
  // In the order the answers were given; equal stamps keep no order.
  const ordered = [...rows].sort((a, b) =>
    a.votedAt < b.votedAt ? -1 : a.votedAt > b.votedAt ? 1 : 0,
  );
  for (const row of ordered) {
    const counted = new Set<string>();
    for (const spelling of JSON.parse(row.value) as string[]) {
      const key = keyOf(spelling);
      if (counted.has(key)) continue; // a participant counts a key once
      counted.add(key);
      let tally = keys.get(key);
      if (!tally) keys.set(key, (tally = { count: 0, spellings: new Map() }));
      tally.count++;
      const given = tally.spellings.get(spelling);
      if (given) given.count++;
      else tally.spellings.set(spelling, { count: 1, firstAt: row.votedAt });
    }
  }
  const ranked = [...keys]
    .map(([key, tally]) => ({ key, tally }))
    .sort((a, b) => b.tally.count - a.tally.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
  return {
    total: rows.length,
    distinct: keys.size,
    top: ranked.map(({ key, tally }) => {
      const spellings = [...tally.spellings];
      const most = Math.max(...spellings.map(([, s]) => s.count));
      const tied = spellings.filter(([, s]) => s.count === most);
      const first = tied.reduce(
        (at, [, s]) => (s.firstAt < at ? s.firstAt : at),
        tied[0]![1].firstAt,
      );
      return {
        key,
        count: tally.count,
        texts: tied.filter(([, s]) => s.firstAt === first).map(([spelling]) => spelling),
      };
    }),
  };
}

/** A pushed word-cloud tally against the recount: the same total, the same places, counts and spellings. */
export function checkWordTally(
  recount: WordRecount,
  tally: { total: number; words?: { text: string; count: number }[] } | undefined,
): OracleVerdict {
  const places = recount.top.length;
  if (!tally || !tally.words)
    return {
      ok: false,
      checked: places,
      disagreeing: places,
      detail: `no word-cloud tally pushed; the recount has ${recount.total} answers and ${recount.distinct} words`,
    };
  const pushed = tally.words;
  const wrong: number[] = [];
  for (let i = 0; i < Math.min(pushed.length, places); i++) {
    const got = pushed[i]!;
    const want = recount.top[i]!;
    if (got.count !== want.count || !want.texts.includes(got.text)) wrong.push(i);
  }
  const disagreeing =
    wrong.length + Math.abs(pushed.length - places) + (tally.total === recount.total ? 0 : 1);
  const example =
    wrong.length === 0
      ? ''
      : `; e.g. place ${wrong[0]! + 1}: pushed ${JSON.stringify(pushed[wrong[0]!]!.text)} ` +
        `${pushed[wrong[0]!]!.count}, recount ${recount.top[wrong[0]!]!.texts.map((t) =>
          JSON.stringify(t),
        ).join(' or ')} ${recount.top[wrong[0]!]!.count}`;
  const head = recount.top
    .slice(0, 3)
    .map((w) => `${w.texts[0]} ${w.count}`)
    .join(', ');
  return {
    ok: disagreeing === 0,
    checked: places,
    disagreeing,
    detail:
      `pushed ${pushed.length} words (total ${tally.total}), the recount of ${recount.total} stored answers ` +
      `the top ${places} of ${recount.distinct} words (${head}, …)` +
      (disagreeing === 0
        ? ', every place, count and spelling equal'
        : `: ${disagreeing} differ${example}`),
  };
}
