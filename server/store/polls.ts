import type { Db } from './db.js';
import type { OptionRecord, PollRecord } from '../domain/types.js';
import type { NewPollSettings } from '../domain/polls.js';
import type { PollKind, PollState } from '../../shared/protocol.js';

interface PollRow {
  id: number;
  event_id: number;
  question: string;
  kind: PollKind;
  state: PollState;
  show_results: 0 | 1;
  allow_change: 0 | 1;
  max_choices: number;
  created_at: string;
  opened_at: string | null;
  closed_at: string | null;
}

interface OptionRow {
  id: number;
  poll_id: number;
  label: string;
}

export class PollStore {
  private readonly insertPollStmt;
  private readonly insertOptionStmt;
  private readonly updateStmt;
  private readonly relabelOptionStmt;
  private readonly deleteOptionsFromStmt;
  private readonly deleteStmt;
  private readonly allPollsStmt;
  private readonly allOptionsStmt;
  private readonly createTx;
  private readonly replaceOptionsTx;

  /** `settle` runs before every write: the votes already decided commit first. */
  constructor(
    private readonly db: Db,
    private readonly settle: () => void = () => {},
  ) {
    this.insertPollStmt = db.prepare<
      [number, string, PollKind, PollState, number, number, number, string],
      { id: number }
    >(
      `INSERT INTO polls (event_id, question, kind, state, show_results, allow_change, max_choices, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    );
    this.insertOptionStmt = db.prepare<[number, number, string], { id: number }>(
      'INSERT INTO options (poll_id, position, label) VALUES (?, ?, ?) RETURNING id',
    );
    this.updateStmt = db.prepare<
      [string, PollState, number, number, number, string | null, string | null, number]
    >(
      `UPDATE polls SET question = ?, state = ?, show_results = ?, allow_change = ?, max_choices = ?,
         opened_at = ?, closed_at = ? WHERE id = ?`,
    );
    this.relabelOptionStmt = db.prepare<[string, number, number]>(
      'UPDATE options SET label = ? WHERE poll_id = ? AND position = ?',
    );
    this.deleteOptionsFromStmt = db.prepare<[number, number]>(
      'DELETE FROM options WHERE poll_id = ? AND position >= ?',
    );
    this.deleteStmt = db.prepare<[number]>('DELETE FROM polls WHERE id = ?');
    this.allPollsStmt = db.prepare<[], PollRow>('SELECT * FROM polls ORDER BY id');
    this.allOptionsStmt = db.prepare<[], OptionRow>(
      'SELECT id, poll_id, label FROM options ORDER BY poll_id, position',
    );

    this.createTx = db.transaction(
      (eventId: number, settings: NewPollSettings, createdAt: string): PollRecord => {
        const { id } = this.insertPollStmt.get(
          eventId,
          settings.question,
          settings.kind,
          'draft',
          settings.showResults ? 1 : 0,
          settings.allowChange ? 1 : 0,
          settings.maxChoices,
          createdAt,
        )!;
        return {
          id,
          eventId,
          question: settings.question,
          kind: settings.kind,
          options: this.insertOptions(id, settings.options),
          state: 'draft',
          showResults: settings.showResults,
          allowChange: settings.allowChange,
          maxChoices: settings.maxChoices,
          createdAt,
          openedAt: null,
          closedAt: null,
        };
      },
    );
    // Ids are kept position by position (a fixed typo keeps its option id);
    // positions past the old list get new ids, dropped positions are deleted.
    this.replaceOptionsTx = db.transaction((poll: PollRecord, labels: string[]): PollRecord => {
      this.deleteOptionsFromStmt.run(poll.id, labels.length);
      const options = labels.map((label, position): OptionRecord => {
        const kept = poll.options[position];
        if (!kept) return { id: this.insertOptionStmt.get(poll.id, position, label)!.id, label };
        this.relabelOptionStmt.run(label, poll.id, position);
        return { id: kept.id, label };
      });
      const updated = { ...poll, options };
      this.writePoll(updated);
      return updated;
    });
  }

  private insertOptions(pollId: number, labels: readonly string[]): OptionRecord[] {
    return labels.map((label, position) => {
      const { id } = this.insertOptionStmt.get(pollId, position, label)!;
      return { id, label };
    });
  }

  private writePoll(poll: PollRecord): void {
    this.updateStmt.run(
      poll.question,
      poll.state,
      poll.showResults ? 1 : 0,
      poll.allowChange ? 1 : 0,
      poll.maxChoices,
      poll.openedAt,
      poll.closedAt,
      poll.id,
    );
  }

  create(eventId: number, settings: NewPollSettings, createdAt: string): PollRecord {
    this.settle();
    return this.createTx(eventId, settings, createdAt);
  }

  /** Store a changed poll; with `labels`, its options are replaced (only done while it has no votes). */
  update(poll: PollRecord, labels?: string[]): PollRecord {
    this.settle();
    if (labels) return this.replaceOptionsTx(poll, labels);
    this.writePoll(poll);
    return poll;
  }

  /** Cascades to options and votes. */
  delete(pollId: number): void {
    this.settle();
    this.deleteStmt.run(pollId);
  }

  /** Every poll with its options, in creation order (start-up load). */
  all(): PollRecord[] {
    const options = new Map<number, OptionRecord[]>();
    for (const row of this.allOptionsStmt.iterate()) {
      let list = options.get(row.poll_id);
      if (!list) options.set(row.poll_id, (list = []));
      list.push({ id: row.id, label: row.label });
    }
    return this.allPollsStmt.all().map((row) => ({
      id: row.id,
      eventId: row.event_id,
      question: row.question,
      kind: row.kind,
      options: options.get(row.id) ?? [],
      state: row.state,
      showResults: row.show_results === 1,
      allowChange: row.allow_change === 1,
      maxChoices: row.max_choices,
      createdAt: row.created_at,
      openedAt: row.opened_at,
      closedAt: row.closed_at,
    }));
  }
}
