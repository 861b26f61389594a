/**
 * The shapes the domain reasons about. Plain data, no behaviour: the store
 * loads them, the domain decides with them, the adapters render them.
 */
import type { PollKind, PollState, Translations } from '../../shared/protocol.js';

export interface OptionRecord {
  id: number;
  label: string;
}

export interface PollRecord<K extends PollKind = PollKind, S = unknown> {
  id: number;
  eventId: number;
  question: string;
  kind: K;
  /** In display order (kinds without options have none). */
  options: OptionRecord[];
  /** The kind's own settings (a choice poll's maxChoices, a rating's scale...): its module's type. */
  settings: S;
  state: PollState;
  showResults: boolean;
  allowChange: boolean;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  /**
   * Whether the poll has ever been public: opened, closed, or put on screen.
   * A draft that has not is the host's alone (see permissions.ts).
   */
  published: boolean;
  /** The poll's texts in further languages, by canonical BCP 47 tag ({} when none). */
  translations: Translations;
}

export interface EventRecord {
  id: number;
  code: string;
  title: string;
  hostKeyHash: Buffer;
  activePollId: number | null;
  /** The seeded demo event, whose host key is renewed at each start. */
  isDemo: boolean;
  /** The presenter shows the 95% margin of error under the chart. */
  showStats: boolean;
  /** The presenter shows the quiz leaderboard instead of the active poll. */
  leaderboard: boolean;
  /** The event's language (BCP 47): the presenter screen speaks it. */
  language: string;
  /** Further languages the host translates polls into (never `language` itself). */
  languages: string[];
  /** The presenter alternates the event's languages every few seconds. */
  alternateLanguages: boolean;
  createdAt: string;
}

/**
 * An answer as the store keeps it: the kind's own encoding (a choice
 * ballot's bit mask, a rating's value, a ranking's order as text). The
 * store never looks inside.
 */
export type StoredValue = number | string;

/** The status of an item: an open-text entry's or a Q&A question's (the kind says which apply). */
export type ItemStatus = 'pending' | 'visible' | 'hidden' | 'answered';

/** An item as the store keeps it: an open-text entry, a Q&A question. */
export interface ItemRecord {
  id: number;
  participantId: number;
  text: string;
  /** When it was given (ISO 8601). */
  at: string;
  status: ItemStatus;
}

/** How many of a poll's items have each status. */
export type ItemCounts = Partial<Record<ItemStatus, number>>;

export interface StoredAnswer {
  value: StoredValue;
  ref: string | null;
  votedAt: string;
  /** What it earned (a quiz answer's points); absent (or null) for kinds without a score. */
  score?: number | null;
}
