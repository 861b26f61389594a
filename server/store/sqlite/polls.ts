import type { Db } from './db.js';
import type { OptionRecord, PollRecord } from '../../domain/types.js';
import type { NewPoll } from '../../domain/polls.js';
import { translationsColumn, type PollRepository } from '../port.js';
import type { PollKind, PollState, Translations } from '../../../shared/protocol.js';

interface PollRow {
  id: number;
  event_id: number;
  question: string;
  kind: PollKind;
  state: PollState;
  show_results: 0 | 1;
  allow_change: 0 | 1;
  settings: string;
  created_at: string;
  opened_at: string | null;
  closed_at: string | null;
  published: 0 | 1;
  translations: string | null;
}

interface OptionRow {
  id: number;
  poll_id: number;
  label: string;
}

export class SqlitePolls implements PollRepository {
  private readonly insertPollStmt;
  private readonly insertOptionStmt;
  private readonly updateStmt;
  private readonly closeIfOpenStmt;
  private readonly relabelOptionStmt;
  private readonly deleteOptionsFromStmt;
  private readonly deleteStmt;
  private readonly clearActiveStmt;
  private readonly allPollsStmt;
  private readonly allOptionsStmt;
  private readonly eventPollsStmt;
  private readonly eventOptionsStmt;
  private readonly createTx;
  private readonly replaceOptionsTx;
  private readonly deleteTx;

  /**
   * `settle` runs before every write: the answers already decided commit
   * first. `unscore` runs in a poll's delete, before its answers go: their
   * scores leave their participants' totals.
   */
  constructor(
    db: Db,
    private readonly settle: () => void = () => {},
    private readonly unscore: (pollId: number) => void = () => {},
  ) {
    this.insertPollStmt = db.prepare<
      [number, string, PollKind, PollState, number, number, string, string | null, string],
      { id: number }
    >(
      `INSERT INTO polls (event_id, question, kind, state, show_results, allow_change, settings,
         translations, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    );
    this.insertOptionStmt = db.prepare<[number, number, string], { id: number }>(
      'INSERT INTO options (poll_id, position, label) VALUES (?, ?, ?) RETURNING id',
    );
    this.updateStmt = db.prepare<
      [
        string,
        PollState,
        number,
        number,
        string,
        string | null,
        string | null,
        number,
        string | null,
        number,
      ]
    >(
      `UPDATE polls SET question = ?, state = ?, show_results = ?, allow_change = ?, settings = ?,
         opened_at = ?, closed_at = ?, published = ?, translations = ? WHERE id = ?`,
    );
    this.relabelOptionStmt = db.prepare<[string, number, number]>(
      'UPDATE options SET label = ? WHERE poll_id = ? AND position = ?',
    );
    this.deleteOptionsFromStmt = db.prepare<[number, number]>(
      'DELETE FROM options WHERE poll_id = ? AND position >= ?',
    );
    this.deleteStmt = db.prepare<[number]>('DELETE FROM polls WHERE id = ?');
    this.closeIfOpenStmt = db.prepare<[string, number, string | null]>(
      `UPDATE polls SET state = 'closed', closed_at = ?, published = 1
        WHERE id = ? AND state = 'open' AND opened_at IS ?`,
    );
    this.clearActiveStmt = db.prepare<[number, number]>(
      'UPDATE events SET active_poll_id = NULL WHERE id = ? AND active_poll_id = ?',
    );
    this.allPollsStmt = db.prepare<[], PollRow>('SELECT * FROM polls ORDER BY id');
    this.allOptionsStmt = db.prepare<[], OptionRow>(
      'SELECT id, poll_id, label FROM options ORDER BY poll_id, position',
    );
    this.eventPollsStmt = db.prepare<[number], PollRow>(
      'SELECT * FROM polls WHERE event_id = ? ORDER BY id',
    );
    this.eventOptionsStmt = db.prepare<[number], OptionRow>(
      `SELECT o.id, o.poll_id, o.label FROM options o JOIN polls p ON p.id = o.poll_id
        WHERE p.event_id = ? ORDER BY o.poll_id, o.position`,
    );

    this.createTx = db.transaction((eventId: number, poll: NewPoll, createdAt: string) => {
      const { id } = this.insertPollStmt.get(
        eventId,
        poll.question,
        poll.kind,
        'draft',
        poll.showResults ? 1 : 0,
        poll.allowChange ? 1 : 0,
        JSON.stringify(poll.settings),
        translationsColumn(poll.translations),
        createdAt,
      )!;
      const record: PollRecord = {
        id,
        eventId,
        question: poll.question,
        kind: poll.kind,
        options: this.insertOptions(id, poll.options),
        settings: poll.settings,
        state: 'draft',
        showResults: poll.showResults,
        allowChange: poll.allowChange,
        createdAt,
        openedAt: null,
        closedAt: null,
        published: false,
        translations: poll.translations,
      };
      return record;
    });
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
    this.deleteTx = db.transaction((poll: PollRecord, clearActive: boolean) => {
      this.unscore(poll.id);
      this.deleteStmt.run(poll.id);
      if (clearActive) this.clearActiveStmt.run(poll.eventId, poll.id);
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
      JSON.stringify(poll.settings),
      poll.openedAt,
      poll.closedAt,
      poll.published ? 1 : 0,
      translationsColumn(poll.translations),
      poll.id,
    );
  }

  async create(eventId: number, poll: NewPoll, createdAt: string): Promise<PollRecord> {
    this.settle();
    return this.createTx(eventId, poll, createdAt);
  }

  async closeIfOpen(poll: PollRecord, closedAt: string): Promise<boolean> {
    this.settle();
    return this.closeIfOpenStmt.run(closedAt, poll.id, poll.openedAt).changes === 1;
  }

  async update(poll: PollRecord, labels?: string[]): Promise<PollRecord> {
    this.settle();
    if (labels) return this.replaceOptionsTx(poll, labels);
    this.writePoll(poll);
    return poll;
  }

  /** Cascades to options and answers. */
  async delete(poll: PollRecord, clearActive: boolean): Promise<void> {
    this.settle();
    this.deleteTx(poll, clearActive);
  }

  async all(): Promise<PollRecord[]> {
    return this.withOptions(this.allPollsStmt.all(), this.allOptionsStmt.iterate());
  }

  async ofEvent(eventId: number): Promise<PollRecord[]> {
    return this.withOptions(
      this.eventPollsStmt.all(eventId),
      this.eventOptionsStmt.iterate(eventId),
    );
  }

  /** The polls as records, each with its options (given in position order). */
  private withOptions(polls: PollRow[], rows: Iterable<OptionRow>): PollRecord[] {
    const options = new Map<number, OptionRecord[]>();
    for (const row of rows) {
      let list = options.get(row.poll_id);
      if (!list) options.set(row.poll_id, (list = []));
      list.push({ id: row.id, label: row.label });
    }
    return polls.map((row) => ({
      id: row.id,
      eventId: row.event_id,
      question: row.question,
      kind: row.kind,
      options: options.get(row.id) ?? [],
      settings: JSON.parse(row.settings) as unknown,
      state: row.state,
      showResults: row.show_results === 1,
      allowChange: row.allow_change === 1,
      createdAt: row.created_at,
      openedAt: row.opened_at,
      closedAt: row.closed_at,
      published: row.published === 1,
      translations: row.translations ? (JSON.parse(row.translations) as Translations) : {},
    }));
  }
}
