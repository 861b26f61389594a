/**
 * What the server knows of a kind of question: its settings, whether an
 * answer fits a poll and how it is stored, which counters it moves, and how
 * counters become results. Pure functions of plain data; one module per kind.
 */
import type {
  AnswerOf,
  CreatePollBodyOf,
  PollKind,
  PollOf,
  PollPatchOf,
  ResultsOf,
  Role,
} from '../../../shared/protocol.js';
import type { EntryStatus } from '../../../shared/kinds/text.js';
import type { Counters } from '../counters.js';
import type { Decision } from '../errors.js';
import type { ItemCounts, ItemRecord, PollRecord, StoredValue } from '../types.js';

/** The fields a kind adds to a `Poll` on the wire. */
export type KindView<K extends PollKind> = Omit<
  PollOf<K>,
  | 'id'
  | 'kind'
  | 'question'
  | 'state'
  | 'showResults'
  | 'allowChange'
  | 'createdAt'
  | 'openedAt'
  | 'closedAt'
  | 'results'
>;

/** The fields a kind adds to its results. */
export type KindResults<K extends PollKind> = Omit<
  ResultsOf<K>,
  'pollId' | 'kind' | 'state' | 'total'
>;

/** A poll's kind-owned parts: its option labels (if any) and its settings. */
export interface KindShape<S> {
  options: string[];
  settings: S;
}

export interface KindRules<
  K extends PollKind,
  S,
  V extends StoredValue,
  A = AnswerOf<K>,
  R = KindResults<K>,
  W = KindView<K>,
> {
  readonly kind: K;
  /** The settings and options of a new poll, from its create body (already schema-checked). */
  settle(body: CreatePollBodyOf<K>): Decision<KindShape<S>>;
  /**
   * The settings and options after a host's edit. `hasAnswers`: changes that
   * would make stored answers mean something else are refused (409 poll_has_votes).
   * `options` is left out when the labels do not change.
   */
  change(
    poll: PollRecord<K, S>,
    patch: PollPatchOf<K>,
    hasAnswers: boolean,
  ): Decision<{ settings: S; options?: string[] }>;
  /** An answer of this kind's shape, or the kind's 422 with a reason. */
  parse(raw: unknown): Decision<A>;
  /** Whether the answer fits this poll, and how it is stored. */
  encode(poll: PollRecord<K, S>, answer: A): Decision<V>;
  /** Add `weight` times the answer's counters (−1 takes it away). */
  count(poll: PollRecord<K, S>, stored: V, weight: number, counters: Counters): void;
  /**
   * Kinds whose answer is an *entry* the host moderates (open text): the
   * status a newly stored answer's entry starts with. The store keeps the
   * entry beside the answer; the service tells the kind's index.
   */
  entry?(poll: PollRecord<K, S>, stored: V): EntryStatus;
  /**
   * Kinds with items, rows the store keeps beside the answers (open text's
   * entries, Q&A's questions): how the poll's items, read from the store,
   * are kept in memory beside its counters.
   */
  items?: {
    /** At most this many of the newest items are read (null: all of them). */
    keep: number | null;
    /** The poll's newest items, any order, and how many items of each status it has. */
    load(counters: Counters, newest: readonly ItemRecord[], counts: ItemCounts): void;
    /** Start-up of one process: `n` participants marked the item (Q&A: upvotes). */
    marked?(counters: Counters, itemId: number, n: number): void;
    /**
     * The items are the poll's rows in the export, with their marks as the
     * score (Q&A: one per question), as it has no answers.
     */
    exported?: true;
  };
  /** What this role sees of the counters; `total` when the kind counts its own (Q&A: questions shown). */
  results(poll: PollRecord<K, S>, counters: Counters, role: Role): R & { total?: number };
  /** Attendees see the results whatever `showResults` says (Q&A: the list is the poll). */
  resultsAlwaysShown?: true;
  /** The answer as stored, as `welcome.myAnswers` and export.json show it. */
  answerOf(poll: PollRecord<K, S>, stored: V): A;
  /** The answer as text, for the CSV export's `choices` column. */
  text(poll: PollRecord<K, S>, stored: V): string;
  /** v1's `myVotes`: the option ids, for kinds whose answer names options. */
  choices?(poll: PollRecord<K, S>, stored: V): number[];
  /** The kind's fields of a `Poll`, as this role sees them (a quiz's answer key: the host's until the close). */
  view(poll: PollRecord<K, S>, role: Role): W;
  /**
   * Kinds that close by themselves (quiz): when the open poll closes (an
   * answer from then on is too late, even before the close has run); null
   * when it is not open.
   */
  closesAt?(poll: PollRecord<K, S>): string | null;
  /** Answers are final whatever the host says (quiz): `allowChange` is always false. */
  finalAnswers?: true;
  /** A closed poll of this kind cannot open again (quiz: its points are settled). */
  closesForGood?: true;
  /** The kind has words for its scale's ends, which translations may carry (rating). */
  endLabels?: true;
  /** The score a stored answer earns, given when it arrived (quiz: its points); kept with the answer. */
  score?(poll: PollRecord<K, S>, stored: V, votedAt: string): number;
}

export const defineRules = <K extends PollKind, S, V extends StoredValue>(
  rules: KindRules<K, S, V>,
) => rules;

/** A patch's option labels differ from the poll's (left out: they do not). */
export function optionsChanged(
  poll: PollRecord,
  labels: readonly string[] | undefined,
): labels is string[] {
  return (
    labels !== undefined &&
    (labels.length !== poll.options.length ||
      labels.some((label, i) => label !== poll.options[i]!.label))
  );
}

/**
 * Any kind's rules, as the registry hands them out: callers hold a poll of
 * some kind and give its rules back that poll's own records and stored
 * values, so the kind's own types are not needed there.
 */
export type SomeRules = KindRules<
  PollKind,
  unknown,
  StoredValue,
  Record<string, unknown>,
  Record<string, unknown>,
  Record<string, unknown>
>;
