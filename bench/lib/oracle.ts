/**
 * The storm's independent oracle. Every simulated phone keeps its own
 * ledger: each vote it sent (ref and choice) and how the server answered.
 * After the storm, what the server kept is judged against those ledgers
 * alone, never against the server's own recount: each participant's stored
 * ballot must be its last acknowledged choice, and a pushed tally must be
 * the sum of those choices.
 */

export interface SentVote {
  ref: string;
  choice: number;
  /** null when acknowledged; otherwise the error code, or 'timeout' / 'closed'. */
  answer: string | null;
}

export interface PhoneLedger {
  /** The participant id the server's welcome gave this phone (null if it gave none). */
  participant: number | null;
  /** In the order sent; a phone waits for each answer before it sends again. */
  votes: SentVote[];
}

export interface StoredVote {
  participantId: number;
  ballot: number;
  ref: string | null;
}

export interface OracleVerdict {
  ok: boolean;
  /** Phones (or options, for a tally) compared. */
  checked: number;
  disagreeing: number;
  detail: string;
}

/** The last vote the server acknowledged to this phone, or null. */
export function lastAcked(phone: PhoneLedger): SentVote | null {
  for (let i = phone.votes.length - 1; i >= 0; i--)
    if (phone.votes[i]!.answer === null) return phone.votes[i]!;
  return null;
}

/** Votes per option id, from each phone's last acknowledged choice. */
export function expectedCounts(phones: readonly PhoneLedger[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const phone of phones) {
    const last = lastAcked(phone);
    if (last) counts.set(last.choice, (counts.get(last.choice) ?? 0) + 1);
  }
  return counts;
}

/**
 * The stored rows of one poll against the ledgers: every phone with an
 * acknowledged vote has exactly one row, holding its last acknowledged
 * choice (as a ballot, through `ballotOf`) and that vote's ref; a phone with
 * no acknowledged vote has none; no row belongs to anyone else.
 */
export function checkStoredVotes(
  phones: readonly PhoneLedger[],
  rows: readonly StoredVote[],
  ballotOf: (choice: number) => number,
): OracleVerdict {
  const byParticipant = new Map<number, StoredVote[]>();
  for (const row of rows) {
    const list = byParticipant.get(row.participantId);
    if (list) list.push(row);
    else byParticipant.set(row.participantId, [row]);
  }
  const problems: string[] = [];
  let disagreeing = 0;
  const flag = (problem: string) => {
    disagreeing++;
    if (problems.length < 1) problems.push(problem);
  };
  const known = new Set<number>();
  for (const phone of phones) {
    const last = lastAcked(phone);
    if (phone.participant === null) {
      if (last) flag(`a phone with acked vote ${last.ref} has no participant id`);
      continue;
    }
    known.add(phone.participant);
    const stored = byParticipant.get(phone.participant) ?? [];
    const who = `participant ${phone.participant}`;
    if (!last) {
      if (stored.length) flag(`${who} has no acked vote but ${stored.length} stored`);
    } else if (stored.length !== 1) {
      flag(`${who}: last acked ${describe(last)}, ${stored.length} rows stored`);
    } else if (stored[0]!.ballot !== ballotOf(last.choice) || stored[0]!.ref !== last.ref) {
      flag(
        `${who}: last acked ${describe(last)} (ballot ${ballotOf(last.choice)}), ` +
          `stored ballot ${stored[0]!.ballot} ref ${stored[0]!.ref}`,
      );
    }
  }
  for (const [participant, stored] of byParticipant)
    if (!known.has(participant))
      flag(`participant ${participant} is no phone's, ${stored.length} stored`);
  const acked = phones.filter((p) => lastAcked(p) !== null).length;
  return {
    ok: disagreeing === 0,
    checked: phones.length,
    disagreeing,
    detail:
      disagreeing === 0
        ? `${acked} participants' last acked choices stored, ${rows.length} rows, none other`
        : `${disagreeing} of ${phones.length} participants disagree with SQLite; e.g. ${problems[0]}`,
  };
}

/** A pushed tally against the counts of the last acknowledged choices. */
export function checkTally(
  phones: readonly PhoneLedger[],
  tally: { total: number; options: { id: number; count: number }[] } | undefined,
  optionIds: readonly number[],
): OracleVerdict {
  const expected = expectedCounts(phones);
  const want = optionIds.map((id) => expected.get(id) ?? 0);
  const wantTotal = want.reduce((a, b) => a + b, 0);
  if (!tally)
    return {
      ok: false,
      checked: optionIds.length,
      disagreeing: optionIds.length,
      detail: `no tally pushed; the phones' last acked choices give ${want.join('/')}`,
    };
  const got = optionIds.map((id) => tally.options.find((o) => o.id === id)?.count ?? -1);
  const disagreeing =
    got.filter((n, i) => n !== want[i]).length + (tally.total === wantTotal ? 0 : 1);
  return {
    ok: disagreeing === 0,
    checked: optionIds.length,
    disagreeing,
    detail: `pushed ${got.join('/')} (total ${tally.total}), the phones' last acked choices ${want.join('/')} (total ${wantTotal})`,
  };
}

function describe(vote: SentVote): string {
  return `option ${vote.choice} (ref ${vote.ref})`;
}
