/** Q&A's limits and order, without zod, for pages that check a form or sort a list. */
export const QA_LIMITS = {
  textLength: 280,
  /** Questions one participant may ask in one poll. */
  perParticipant: 10,
  /** Questions in the results of attendees: the top of the order. */
  attendeeQuestions: 30,
  /** Questions in a presenter's results: the top of the order. */
  screenQuestions: 10,
  /** Questions in the host's results, of every status: pending first, then the order. */
  hostQuestions: 500,
} as const;

interface Ordered {
  id: number;
  upvotes: number;
  status: string;
  askedAt: string;
}

/**
 * The order everyone sees: answered ones after the rest, then upvotes
 * descending, then asked first (ids rise with time, so the id breaks a tie
 * of the same millisecond).
 */
export function questionOrder(a: Ordered, b: Ordered): number {
  const answered = Number(a.status === 'answered') - Number(b.status === 'answered');
  return answered || b.upvotes - a.upvotes || a.id - b.id;
}
