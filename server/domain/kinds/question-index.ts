/**
 * A Q&A poll's questions as the lists need them: every question of the
 * poll (at most 10 per participant), with its moderation status. Upvote
 * counts are not kept here: they are the poll's counters (`upvoteKey`), so
 * that a cluster's shards add them up like any tally.
 */
import {
  QA_LIMITS,
  questionOrder,
  type Question,
  type QuestionStatus,
} from '../../../shared/kinds/qa.js';
import type { Role } from '../../../shared/protocol.js';
import type { Counters } from '../counters.js';

export interface QuestionRecord {
  id: number;
  participantId: number;
  text: string;
  /** When it was asked (ISO 8601). */
  at: string;
  status: QuestionStatus;
}

export type QuestionCounts = Record<QuestionStatus, number>;

/** The counter under which a question's upvotes add up. */
export const upvoteKey = (questionId: number) => `u:${questionId}`;

/** Non-hosts see these. */
const shown = (status: QuestionStatus) => status === 'visible' || status === 'answered';

export class QuestionIndex {
  private readonly questions = new Map<number, QuestionRecord>();

  /** Everything, from the store (start-up, or another process changed the poll). */
  reload(questions: readonly QuestionRecord[]): void {
    this.questions.clear();
    for (const question of questions) this.questions.set(question.id, question);
  }

  add(question: QuestionRecord): void {
    this.questions.set(question.id, question);
  }

  get(id: number): QuestionRecord | undefined {
    return this.questions.get(id);
  }

  setStatus(id: number, status: QuestionStatus): void {
    const question = this.questions.get(id);
    if (question) this.questions.set(id, { ...question, status });
  }

  /** Whether a non-host may see (and upvote) this question. */
  isShown(id: number): boolean {
    const question = this.questions.get(id);
    return question !== undefined && shown(question.status);
  }

  counts(): QuestionCounts {
    const counts: QuestionCounts = { pending: 0, visible: 0, hidden: 0, answered: 0 };
    for (const question of this.questions.values()) counts[question.status]++;
    return counts;
  }

  /**
   * The list a role gets, bounded: for the host, pending questions first
   * (oldest first, the queue) and then every other in the order; for others,
   * the top of the order among visible and answered ones. The highlighted
   * question is always in the list, even below its bound.
   */
  list(
    role: Role,
    counters: Counters,
    highlighted: number | null,
  ): { questions: Question[]; total: number } {
    const forHost = role === 'host';
    const limit = forHost
      ? QA_LIMITS.hostQuestions
      : role === 'presenter'
        ? QA_LIMITS.screenQuestions
        : QA_LIMITS.attendeeQuestions;
    const view = (q: QuestionRecord): Question => ({
      id: q.id,
      text: q.text,
      upvotes: Math.max(0, counters.get(upvoteKey(q.id))),
      status: q.status,
      highlighted: q.id === highlighted,
      askedAt: q.at,
    });
    const pending: Question[] = [];
    const ordered: Question[] = [];
    for (const question of this.questions.values()) {
      if (shown(question.status)) ordered.push(view(question));
      else if (forHost) (question.status === 'pending' ? pending : ordered).push(view(question));
    }
    ordered.sort(questionOrder);
    pending.sort((a, b) => a.id - b.id);
    const all = [...pending, ...ordered];
    const questions = all.slice(0, limit);
    const top = highlighted === null ? undefined : all.find((q) => q.id === highlighted);
    if (top && !questions.includes(top)) questions.push(top);
    return { questions, total: all.length };
  }
}

/** A Q&A poll's questions as kept in memory, beside its counters. */
export const questionsOf = (counters: Counters): QuestionIndex =>
  counters.derived(() => new QuestionIndex());
