/**
 * The quiz's scoreboard: display names, the leaderboard, and what everyone
 * is told when a quiz question closes. Scores are read from the store (the
 * sum of each player's stored points), so every process of a cluster, and
 * every restart, gives the same board.
 */
import { decideName } from '../domain/names.js';
import { allow, type Decision } from '../domain/errors.js';
import { rankPlayers, topOf, type RankedPlayer } from '../domain/leaderboard.js';
import type { Store } from '../store/port.js';
import { refusal } from './answers.js';
import type { Announcer } from './announcer.js';
import type { LiveEvent, LivePoll } from './catalog.js';

/** How long a leaderboard read is served again to whoever asks. */
const CACHE_MS = 500;

export class Scoreboard {
  private readonly boards = new WeakMap<
    LiveEvent,
    { at: number; board: Promise<RankedPlayer[]> }
  >();

  constructor(
    private readonly store: Store,
    private readonly announcer: Announcer,
  ) {}

  /** Set a participant's display name; `done` once it is durable, or with why not. */
  setName(participantId: number, name: string, done: (outcome: Decision<string>) => void): void {
    const decided = decideName(name);
    if (!decided.ok) {
      // In line with the participant's writes queued before it, as a vote's refusal is.
      return this.store.answers.barrier((error) => done(error ? refusal(error) : decided));
    }
    this.store.participants.setName(participantId, name, (error) =>
      done(error ? refusal(error) : allow(name)),
    );
  }

  /** `setName` as a promise (a join, HTTP). */
  setNameNow(participantId: number, name: string): Promise<Decision<string>> {
    return new Promise((resolve) => this.setName(participantId, name, resolve));
  }

  /**
   * The top of the event's leaderboard (ties at the last place included).
   * Read at most once per `CACHE_MS` per event: anyone may ask, and a board
   * of 10,000 players is a read of every quiz answer.
   */
  leaderboard(event: LiveEvent): Promise<RankedPlayer[]> {
    const cached = this.boards.get(event);
    if (cached && performance.now() - cached.at < CACHE_MS) return cached.board;
    const board = this.store.answers
      .standings(event.record.id, null)
      .then((standings) => topOf(rankPlayers(standings)));
    this.boards.set(event, { at: performance.now(), board });
    board.catch(() => this.boards.delete(event));
    return board;
  }

  /**
   * A quiz question closed: hosts and screens get the leaderboard, each
   * player who answered it their points, score and rank.
   */
  async announce(event: LiveEvent, poll: LivePoll): Promise<void> {
    const standings = await this.store.answers.standings(event.record.id, poll.record.id);
    const pointsOf = new Map<number, number>();
    for (const s of standings) if (s.points !== null) pointsOf.set(s.participantId, s.points);
    const ranked = rankPlayers(standings);
    const scores: number[] = [];
    for (const player of ranked) {
      const points = pointsOf.get(player.participantId);
      if (points !== undefined)
        scores.push(player.participantId, points, player.score, player.rank);
    }
    const top = topOf(ranked);
    // The board just read is the one GET serves next (those told of the close ask for it).
    this.boards.set(event, { at: performance.now(), board: Promise.resolve(top) });
    this.announcer.scores(event, poll, top, scores);
  }

  /** The scores changed without a close (a question reset or deleted): the new board, no pushes to players. */
  async announceBoard(event: LiveEvent, poll: LivePoll): Promise<void> {
    this.boards.delete(event);
    this.announcer.scores(event, poll, await this.leaderboard(event), []);
  }
}
