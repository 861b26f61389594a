/**
 * The registry of kinds on the client: one line per kind in each table.
 * Every part is fetched when a page first needs it (inputs, results views,
 * the host's parts), so a page carries only the kinds it shows; only the
 * choice kinds' input, the common case and the demo's, comes with the vote
 * page, to show at once. A kind missing here (a newer server's) is shown by
 * the pages as one they cannot display.
 */
import type { PollKind } from '../../../shared/protocol.js';
import { addParts } from '../i18n/i18n.js';
import { choiceBallot } from './choice/ballot.js';
import type { BallotKind, EditorKind, ResultsKind } from './kind.js';

/** A kind's code fetched with the kinds' words (loaded once, with the first kind that needs them). */
const withWords =
  <T>(load: () => Promise<T>) =>
  (): Promise<T> =>
    Promise.all([load(), addParts(['kinds'])]).then(([part]) => part);

/** The attendee's input of each kind, loaded on first use... */
export const BALLOTS: { [K in PollKind]?: () => Promise<BallotKind<K>> } = {
  single: () => Promise.resolve(choiceBallot),
  multiple: () => Promise.resolve(choiceBallot),
  rating: withWords(() => import('./rating/ballot.js').then((m) => m.ratingBallot)),
  ranking: withWords(() => import('./ranking/ballot.js').then((m) => m.rankingBallot)),
  wordcloud: withWords(() => import('./wordcloud/ballot.js').then((m) => m.wordcloudBallot)),
  text: withWords(() => import('./text/ballot.js').then((m) => m.textBallot)),
  qa: withWords(() => import('./qa/ballot.js').then((m) => m.qaBallot)),
  quiz: withWords(() => import('./quiz/ballot.js').then((m) => m.quizBallot)),
};

/** ...but for the inputs the vote page carries, there at its first render. */
export const BUNDLED_BALLOTS: { [K in PollKind]?: BallotKind<K> } = {
  single: choiceBallot,
  multiple: choiceBallot,
};

/** The results view of each kind (presenter and phone), loaded on first use. */
export const RESULT_VIEWS: { [K in PollKind]?: () => Promise<ResultsKind<K>> } = {
  single: withWords(() => import('./choice/results.js').then((m) => m.choiceResults)),
  multiple: withWords(() => import('./choice/results.js').then((m) => m.choiceResults)),
  rating: withWords(() => import('./rating/results.js').then((m) => m.ratingResults)),
  ranking: withWords(() => import('./ranking/results.js').then((m) => m.rankingResults)),
  wordcloud: withWords(() => import('./wordcloud/results.js').then((m) => m.wordcloudResults)),
  text: withWords(() => import('./text/results.js').then((m) => m.textResults)),
  qa: withWords(() => import('./qa/results.js').then((m) => m.qaResults)),
  quiz: withWords(() => import('./quiz/results.js').then((m) => m.quizResults)),
};

/**
 * The host's editor fields, card label and mini results of each kind, in the
 * editor's order. A kind's fields are its own: the editor only hands them
 * back to the same kind, so their type is left open here.
 */
export const EDITORS: { [K in PollKind]?: () => Promise<EditorKind<K, any>> } = {
  single: () => import('./choice/editor.js').then((m) => m.singleEditor),
  multiple: () => import('./choice/editor.js').then((m) => m.multipleEditor),
  rating: () => import('./rating/editor.js').then((m) => m.ratingEditor),
  ranking: () => import('./ranking/editor.js').then((m) => m.rankingEditor),
  wordcloud: () => import('./wordcloud/editor.js').then((m) => m.wordcloudEditor),
  text: () => import('./text/editor.js').then((m) => m.textEditor),
  qa: () => import('./qa/editor.js').then((m) => m.qaEditor),
  quiz: () => import('./quiz/editor.js').then((m) => m.quizEditor),
};

/** Kinds whose leaderboard names attendees (a quiz): the vote page offers "Your name" with them. */
export const NAMED_KINDS: readonly PollKind[] = ['quiz'];

/** The vote page's "Your name" box, fetched once the event has a question of a named kind. */
export const loadNameField = withWords(() =>
  import('./quiz/name-field.js').then((m) => m.NameField),
);
