/**
 * What a kind of question gives the page shells, in three parts so each page
 * bundles only what it shows: the attendee's input (the vote page, loaded
 * with it), the results view (presenter and phone, loaded when first shown)
 * and the host's parts (editor fields, the card's label and mini results).
 * The shells hold a poll of any kind and ask the registry (index.ts) for
 * these; they never name a kind.
 */
import type { Child } from 'hono/jsx';
import type {
  AnswerOf,
  CreatePollBodyOf,
  PollKind,
  PollOf,
  PollPatchOf,
  PollState,
} from '../../../shared/protocol.js';
import type { ScoreMessage } from '../../../shared/kinds/quiz.js';
import { t } from '../i18n/i18n.js';

/**
 * What a closed quiz question earned the attendee: the server's `score` push,
 * or after a reconnect the welcome's `myScores` (which knows no rank).
 */
export type QuizScore = Omit<ScoreMessage, 'type' | 'rank'> & { rank: number | null };
import type { ResultsFor } from '../lib/event-state.js';
import type { PollActionMethod } from '../lib/api.js';

export type { ResultsFor };
/** A poll of kind K (of each kind in K, when K is several). */
export type PollFor<K extends PollKind> = K extends PollKind ? PollOf<K> : never;
export type AnswerFor<K extends PollKind> = K extends PollKind ? AnswerOf<K> : never;

// ------------------------------------------------------------------ the input

export interface BallotProps<K extends PollKind> {
  poll: PollFor<K>;
  /** The answer on record: acknowledged by the server. */
  counted: AnswerFor<K> | undefined;
  /** An answer sent (or queued while offline) and not yet acknowledged. */
  sending: AnswerFor<K> | undefined;
  /** Open, and no final answer on record. */
  canVote: boolean;
  vote(answer: AnswerFor<K>): void;
  /** The id of the question's heading, to label the input with. */
  labelledBy: string;
  /**
   * Only for a kind whose input is its results too (`listsResults`: Q&A's
   * list of questions): the poll's latest results, null while none are known.
   */
  results?: ResultsFor<K> | null;
  /** Q&A: ask a question; resolves with its id on the server's ack, rejects with its error. */
  ask?(text: string): Promise<number | null>;
  /** Q&A: upvote a question, or take the upvote back; resolves on the server's ack. */
  upvote?(questionId: number, on: boolean): Promise<void>;
  /** Only for a kind that `listsResults`: why the latest answer was refused, in words, or null. */
  failure?: string | null;
  /** Quiz: what this question earned the attendee, from the server's `score` once it closed. */
  score?: QuizScore;
}

export interface BallotKind<K extends PollKind> {
  /** The input, with its hint line (and its submit button, if it has one). */
  Ballot(props: BallotProps<K>): Child;
  /** What the attendee is asked to do, beside the state badge: "Choose one" (in the page's language). */
  rule(poll: PollFor<K>): string;
  /** The answer in words, for "You chose: …" once voting has closed. */
  describe(poll: PollFor<K>, answer: AnswerFor<K>): string;
  /**
   * The input is the results too (Q&A: the list of questions is the poll):
   * it is given the results whatever `showResults` says, and the card shows
   * neither results nor a "vote counted" line of its own under it.
   */
  listsResults?: boolean;
  /**
   * What the badge says while open and once closed, where "Voting open" is
   * not the word (Q&A); a getter, so it is read in the page's language.
   */
  readonly badges?: { open: string; closed: string };
}

/**
 * The hint under an input the attendee cannot use: voting not open yet or
 * closed, or their answer final (`final`, in the kind's words). Null while
 * they can answer, for the kind to say how.
 */
export function lockedHint(
  poll: { state: PollState },
  canVote: boolean,
  final: string,
): string | null {
  if (poll.state !== 'open')
    return poll.state === 'closed' ? t('vote.hintClosed') : t('vote.hintNotOpen');
  return canVote ? null : final;
}

/**
 * A kind's hint under its input, in the kind's words (each a whole sentence
 * or two, translated): why it is locked (lockedHint, with `final`: "Your
 * vote is final."), else that a given answer may still change, else how to
 * answer (`how`), or, where the answer cannot change, how and that it is
 * final once sent (`howOnce`).
 */
export function ballotHint(
  poll: { state: PollState; allowChange: boolean },
  canVote: boolean,
  answered: boolean,
  words: { final: string; change: string; how: string; howOnce: string },
): string {
  const locked = lockedHint(poll, canVote, words.final);
  if (locked !== null) return locked;
  if (answered) return words.change;
  return poll.allowChange ? words.how : words.howOnce;
}

// ---------------------------------------------------------- the results view

export interface ResultsProps<K extends PollKind> {
  poll: PollFor<K>;
  /** Null while none are known yet: shown as no answers. */
  results: ResultsFor<K> | null;
  /** `large`: the presenter's 1920x1080 screen, read from the back of the room; `compact`: a phone. */
  size: 'large' | 'compact';
  /** Voting is open: numbers still move (and are announced politely, at most once a second). */
  live: boolean;
  /** Names the text alternative (a table read aloud): the question, or "Live results". */
  caption: string;
}

export interface ResultsKind<K extends PollKind> {
  Results(props: ResultsProps<K>): Child;
  /** The poll without numbers (voting not open, or results hidden) on the presenter's screen. */
  Preview(props: { poll: PollFor<K>; note: string }): Child;
  /** A tag above the question on the presenter's screen ("Choose up to 2"), or null. */
  tag(poll: PollFor<K>): string | null;
  /** How many lines (options, scale values) the view lists: many make the question yield room. */
  lines(poll: PollFor<K>): number;
  /** The presenter's optional statistics line (margin of error), or null where it means nothing. */
  stats(poll: PollFor<K>, results: ResultsFor<K>): { text: string; method: string } | null;
  /** What `total` counts, in words ("12 questions"), where it is not voters; no turnout share then. */
  totalText?(total: number): string;
  /**
   * The presenter's tag once the poll has closed, where "Voting closed" is
   * not the word (a quiz: "Time's up"); a getter, so it is read in the page's language.
   */
  readonly closedTag?: string;
}

// ------------------------------------------------------------- the host parts

/** What a kind's fields say is wrong, by a key of its own ("optionList", "max"). */
export type FieldProblems = Record<string, string>;

export interface FieldsProps<F> {
  fields: F;
  change(update: (fields: F) => F): void;
  /** Shown once the host has tried to save. */
  problems: FieldProblems;
  /** The poll has answers: what would change their meaning is fixed until a reset. */
  locked: boolean;
  /** Unique per editor, for ids. */
  uid: string;
  /** Moves focus to the first field (after the question, on Enter). */
  focusFirst?: () => void;
}

export interface MiniProps<K extends PollKind> {
  poll: PollFor<K>;
  results: ResultsFor<K> | null;
  labelledBy: string;
  /**
   * A host action of the kind's own on this poll, below its URL (a word
   * hidden: 'POST', 'hidden-words', {text}); a failure is reported to the
   * host as a toast, a `{poll}` answer applied. `doing` completes "Could not …".
   */
  moderate(doing: string, method: PollActionMethod, path: string, body: unknown): void;
  /** That action on `path` is waiting for the server (its button should not be pressed twice). */
  busy(path: string): boolean;
}

export interface EditorKind<K extends PollKind, F> {
  /** In the editor's kind picker: what attendees do, and the kind's name. */
  title: string;
  hint: string;
  /** On the host's poll card: "Multiple choice · up to 2". */
  label(poll: PollFor<K>): string;
  /** Fresh fields, taking over the option labels typed under another kind, if any. */
  empty(labels?: string[]): F;
  fieldsOf(poll: PollFor<K>): F;
  /** The option labels typed so far, for a switch to another kind. */
  labels(fields: F): string[];
  check(fields: F): FieldProblems;
  /** The kind's settings in a create body. */
  settings(fields: F): Omit<CreatePollBodyOf<K>, 'question' | 'kind' | 'allowChange'>;
  /** Only what changed, as a patch; a poll with answers refuses changes to what they mean. */
  patch(poll: PollFor<K>, fields: F): Omit<PollPatchOf<K>, 'question' | 'allowChange' | 'state'>;
  Fields(props: FieldsProps<F>): Child;
  /**
   * The live result at card size, in plain HTML (the host page loads no
   * chart library), with the kind's moderation where it has some.
   */
  Mini(props: MiniProps<K>): Child;
  /** A line under the card's figures explaining them, or null. */
  footnote(poll: PollFor<K>, total: number): string | null;
  /** What `total` counts on the card, in words ("12 questions"), where it is not voters. */
  totalText?(total: number): string;
  /** False where "Attendees can change their vote" means nothing (Q&A): the editor leaves it out. */
  changeRule?: boolean;
  /** False where the results are the poll and always shown (Q&A): the card offers no "Hide results". */
  hidesResults?: boolean;
  /** False where a closed poll cannot open again (a quiz: only a reset starts it over). */
  reopens?: boolean;
}
