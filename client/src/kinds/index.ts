/**
 * The registry of kinds on the client: one line per kind in each table.
 * Inputs are bundled with every page that imports this (the vote page needs
 * them at once); results views (the chart library is the bulk of them) and
 * the host's parts are fetched when first needed, so the vote page carries
 * neither. A kind missing here (a newer server's) is shown by the pages as
 * one they cannot display.
 */
import type { PollKind } from '../../../shared/protocol.js';
import { choiceBallot } from './choice/ballot.js';
import type { BallotKind, EditorKind, ResultsKind } from './kind.js';
import { rankingBallot } from './ranking/ballot.js';
import { ratingBallot } from './rating/ballot.js';
import { textBallot } from './text/ballot.js';
import { wordcloudBallot } from './wordcloud/ballot.js';

/** The attendee's input of each kind. */
export const BALLOTS: { [K in PollKind]?: BallotKind<K> } = {
  single: choiceBallot,
  multiple: choiceBallot,
  rating: ratingBallot,
  ranking: rankingBallot,
  wordcloud: wordcloudBallot,
  text: textBallot,
};

/** The results view of each kind (presenter and phone), loaded on first use. */
export const RESULT_VIEWS: { [K in PollKind]?: () => Promise<ResultsKind<K>> } = {
  single: () => import('./choice/results.js').then((m) => m.choiceResults),
  multiple: () => import('./choice/results.js').then((m) => m.choiceResults),
  rating: () => import('./rating/results.js').then((m) => m.ratingResults),
  ranking: () => import('./ranking/results.js').then((m) => m.rankingResults),
  wordcloud: () => import('./wordcloud/results.js').then((m) => m.wordcloudResults),
  text: () => import('./text/results.js').then((m) => m.textResults),
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
};
