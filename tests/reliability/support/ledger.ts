/**
 * The client side's record of every vote sent in a crash test, and the exact
 * check of what the database may hold after a kill -9.
 *
 * Per (participant, poll) the votes form one sequence in send order: each
 * participant sends on one socket (or one HTTP request at a time), and the
 * server takes a socket's messages into the group commit in order. So the
 * stored vote is the last one committed, which is
 *   - the last acknowledged vote, or
 *   - a vote sent after it that was never answered (committed, but the ack
 *     was lost with the process),
 * and never a vote answered with an error, an acknowledged vote that a later
 * acknowledged vote replaced, or anything that was never sent. With no
 * acknowledged vote, "no row" is allowed too.
 */
import { choicesOfBallot, type StoredRow } from './recount.js';

export type AttemptStatus = 'sent' | 'acked' | 'refused';

export interface Attempt {
  ref: string;
  participantId: number;
  pollId: number;
  choices: number[];
  status: AttemptStatus;
  code?: string;
}

export interface LedgerPoll {
  id: number;
  optionIds: number[];
}

export interface LedgerCheck {
  /** Violations, each a sentence; empty when the database is exactly as allowed. */
  problems: string[];
  /** Pairs whose stored vote is the last acknowledged one. */
  lastAcked: number;
  /** Pairs whose stored vote was committed but its ack never arrived (in flight at the kill). */
  committedUnacked: number;
  /** Pairs with an acknowledged vote (each must be found). */
  pairsWithAck: number;
}

const key = (participantId: number, pollId: number) => `${participantId}:${pollId}`;

export class Ledger {
  private readonly byRef = new Map<string, Attempt>();
  private readonly byPair = new Map<string, Attempt[]>();
  acks = 0;
  refusals = 0;
  sent = 0;

  constructor(private readonly polls: readonly LedgerPoll[]) {}

  /** Record a vote as it is put on the wire. */
  send(participantId: number, pollId: number, ref: string, choices: number[]): Attempt {
    const attempt: Attempt = { ref, participantId, pollId, choices, status: 'sent' };
    this.byRef.set(ref, attempt);
    const pair = key(participantId, pollId);
    let list = this.byPair.get(pair);
    if (!list) this.byPair.set(pair, (list = []));
    list.push(attempt);
    this.sent++;
    return attempt;
  }

  ack(ref: string): Attempt {
    const attempt = this.known(ref);
    if (attempt.status === 'refused')
      throw new Error(`vote ${ref} acknowledged after it was refused`);
    if (attempt.status !== 'acked') this.acks++;
    attempt.status = 'acked';
    return attempt;
  }

  refuse(ref: string, code: string): Attempt {
    const attempt = this.known(ref);
    if (attempt.status === 'acked')
      throw new Error(`vote ${ref} refused (${code}) after it was acknowledged`);
    attempt.status = 'refused';
    attempt.code = code;
    this.refusals++;
    return attempt;
  }

  /** A vote re-sent with its ref after a reconnect is the same vote, answered once more. */
  isKnown(ref: string): boolean {
    return this.byRef.has(ref);
  }

  /**
   * What a client re-sends after a reconnect: per poll, its last vote if it
   * was never answered (the real client keeps one pending vote per poll).
   */
  unanswered(participantId: number): Attempt[] {
    const out: Attempt[] = [];
    for (const poll of this.polls) {
      const last = this.byPair.get(key(participantId, poll.id))?.at(-1);
      if (last?.status === 'sent') out.push(last);
    }
    return out;
  }

  /** Compare the votes stored in the database with what was sent and answered. */
  check(rows: readonly StoredRow[]): LedgerCheck {
    const problems: string[] = [];
    const result: LedgerCheck = { problems, lastAcked: 0, committedUnacked: 0, pairsWithAck: 0 };
    const pollsById = new Map(this.polls.map((p) => [p.id, p]));
    const seen = new Set<string>();
    for (const row of rows) {
      const pair = key(row.participantId, row.pollId);
      if (seen.has(pair))
        problems.push(`participant ${row.participantId} has two votes on poll ${row.pollId}`);
      seen.add(pair);
      const history = this.byPair.get(pair);
      const poll = pollsById.get(row.pollId);
      if (!history || !poll) {
        problems.push(`a vote nobody sent: participant ${row.participantId}, poll ${row.pollId}`);
        continue;
      }
      const at = history.findIndex((a) => a.ref === row.ref);
      if (at < 0) {
        problems.push(`${pair}: stored ref ${row.ref} was never sent for this poll`);
        continue;
      }
      const lastAcked = history.map((a) => a.status === 'acked').lastIndexOf(true);
      const stored = history[at]!;
      if (at === lastAcked) result.lastAcked++;
      else if (at > lastAcked && stored.status === 'sent') result.committedUnacked++;
      else {
        problems.push(
          `${pair}: stored ${stored.ref} (${stored.status}) but the last acknowledged is ${history[lastAcked]?.ref}`,
        );
      }
      const choices = choicesOfBallot(poll.optionIds, row.ballot);
      if (!sameSet(choices, stored.choices)) {
        problems.push(
          `${pair}: stored choices ${choices} but ${stored.ref} sent ${stored.choices}`,
        );
      }
    }
    for (const [pair, history] of this.byPair) {
      if (!history.some((a) => a.status === 'acked')) continue;
      result.pairsWithAck++;
      if (!seen.has(pair)) problems.push(`${pair}: an acknowledged vote is missing`);
    }
    return result;
  }

  private known(ref: string): Attempt {
    const attempt = this.byRef.get(ref);
    if (!attempt) throw new Error(`answer for a ref never sent: ${ref}`);
    return attempt;
  }
}

export function sameSet(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}
