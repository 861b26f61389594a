/**
 * Every answer of an event, as files leave voxpop: rows for the CSV, and the
 * same data structured for export.json. Read a page at a time, each page in
 * one go, so a long export never holds a read open.
 */
import type { EventInfo, Poll, PollKind } from '../../shared/protocol.js';
import { rulesOf } from '../domain/kinds/index.js';
import type { AnswerRow, Store } from '../store/port.js';
import type { LiveEvent, LivePoll } from './catalog.js';
import type { ViewService } from './views.js';

/** One answer, for the CSV. */
export interface ExportedAnswer {
  pollId: number;
  question: string;
  kind: PollKind;
  participantId: number;
  /** The answer as text (option labels joined by "; ", a rating's value...). */
  text: string;
  votedAt: string;
  /** A quiz answer's points or a Q&A question's upvotes (the CSV's `score`); absent for kinds without a score. */
  score?: number;
}

/** A Q&A question in export.json. */
export interface ExportedQuestion {
  id: number;
  participantId: number;
  text: string;
  status: string;
  upvotes: number;
  askedAt: string;
}

export interface ExportedEvent {
  event: EventInfo;
  polls: (Poll & {
    /** Absent for a Q&A poll, which has `questions` instead. */
    answers?: {
      participantId: number;
      answer: Record<string, unknown>;
      votedAt: string;
      score?: number;
    }[];
    questions?: ExportedQuestion[];
  })[];
}

export class ExportService {
  constructor(
    private readonly store: Store,
    private readonly views: ViewService,
  ) {}

  /** Every stored answer of the event with its poll, a page at a time, in (poll, participant) order. */
  private async *rows(event: LiveEvent, pageSize: number) {
    const after = { pollId: 0, participantId: 0 };
    for (;;) {
      const rows = await this.store.answers.pageOfEvent(event.record.id, after, pageSize);
      if (rows.length === 0) return;
      const page: { poll: LivePoll; row: AnswerRow }[] = [];
      for (const row of rows) {
        const poll = event.polls.get(row.pollId);
        if (poll) page.push({ poll, row });
      }
      const last = rows[rows.length - 1]!;
      after.pollId = last.pollId;
      after.participantId = last.participantId;
      yield page;
    }
  }

  /** Every answer of the event, a page at a time. */
  async *pages(event: LiveEvent, pageSize = 5000): AsyncGenerator<ExportedAnswer[]> {
    for await (const page of this.rows(event, pageSize)) {
      yield page.map(({ poll: { record }, row }) => ({
        pollId: record.id,
        question: record.question,
        kind: record.kind,
        participantId: row.participantId,
        text: rulesOf(record.kind).text(record, row.value),
        votedAt: row.votedAt,
        ...(row.score === null ? {} : { score: row.score }),
      }));
    }
    // Q&A keeps items, not answers: one row per question, with its upvotes.
    for (const poll of event.polls.values()) {
      if (!rulesOf(poll.record.kind).items?.exported) continue;
      const { record } = poll;
      yield (await this.questions(poll)).map((question) => ({
        pollId: record.id,
        question: record.question,
        kind: record.kind,
        participantId: question.participantId,
        text: question.text,
        votedAt: question.askedAt,
        score: question.upvotes,
      }));
    }
  }

  /** A Q&A poll's questions, every status, oldest first, with their upvotes as stored. */
  private async questions(poll: LivePoll): Promise<ExportedQuestion[]> {
    return (await this.store.entries.ofPoll(poll.record.id)).map((item) => ({
      id: item.id,
      participantId: item.participantId,
      text: item.text,
      status: item.status,
      upvotes: item.marks,
      askedAt: item.at,
    }));
  }

  /** The event, every poll as the host sees it, and each poll's answers. */
  async json(event: LiveEvent): Promise<ExportedEvent> {
    const polls = new Map<number, ExportedEvent['polls'][number]>();
    for (const poll of event.polls.values()) {
      const view = this.views.poll(poll, 'host');
      polls.set(
        poll.record.id,
        rulesOf(poll.record.kind).items?.exported
          ? { ...view, questions: await this.questions(poll) }
          : { ...view, answers: [] },
      );
    }
    for await (const page of this.rows(event, 5000)) {
      for (const { poll, row } of page) {
        polls.get(poll.record.id)?.answers?.push({
          participantId: row.participantId,
          answer: rulesOf(poll.record.kind).answerOf(poll.record, row.value),
          votedAt: row.votedAt,
          ...(row.score === null ? {} : { score: row.score }),
        });
      }
    }
    return { event: this.views.eventInfo(event), polls: [...polls.values()] };
  }
}
