/**
 * The poll editor's draft and its checks: the question and the vote-change
 * rule every kind has, and the kind's own fields, checked by the kind
 * (kinds/<kind>/editor.tsx) against the server's limits so the moderator
 * hears about a problem before sending, in words that point at the field.
 */
import { codePoints, LIMITS } from '../../../shared/limits.js';
import type { CreatePollBody, Poll, PollKind, PollPatch } from '../../../shared/protocol.js';
import { t } from '../i18n/i18n.js';
import type { EditorKind, FieldProblems } from '../kinds/kind.js';
import { kindParts, type KindParts, type Loaders } from '../kinds/loader.js';
import {
  draftsOf,
  sameTranslations,
  translationProblems,
  translationsOf,
  type Originals,
  type TranslationDrafts,
} from './translation-draft.js';

export interface PollDraft {
  question: string;
  kind: PollKind;
  allowChange: boolean;
  /** The kind's own fields, as its editor keeps them. */
  fields: unknown;
  /** Option labels typed under an earlier kind, kept through a kind without options (a rating). */
  carried?: string[];
  /** The poll's texts in the event's further languages, as typed. */
  translations: TranslationDrafts;
}

export interface DraftProblems {
  question?: string;
  /** The kind's, by keys of its own. */
  fields: FieldProblems;
  /** A translation's, by language tag. */
  translations?: Record<string, string>;
}

export type AnyEditor = EditorKind<PollKind, unknown>;

let kinds: PollKind[] = [];
let editors: KindParts<AnyEditor> = kindParts({});

/**
 * Every kind's host parts, from the registry's loaders (the host page hands
 * them over, so this module's rules can be tested without the pages'
 * markup): the console shows its polls once they are here.
 */
export async function loadEditors(loaders: Loaders<AnyEditor>): Promise<void> {
  kinds = Object.keys(loaders) as PollKind[];
  editors = kindParts(loaders);
  await Promise.all(kinds.map((kind) => editors.load(kind)));
}

/** The kinds the editor offers, in the registry's order. */
export const editorKinds = (): readonly PollKind[] => kinds;

/** The kind's host parts (loaded by loadEditors). */
export function editorOf(kind: PollKind): AnyEditor {
  const editor = editors.get(kind);
  if (!editor) throw new Error(`this page cannot edit a ${kind} poll`);
  return editor;
}

export const canEdit = (kind: PollKind) => editors.get(kind) !== undefined;

export function emptyDraft(kind: PollKind = kinds[0]!): PollDraft {
  return {
    question: '',
    kind,
    allowChange: true,
    fields: editorOf(kind).empty(),
    translations: {},
  };
}

export function draftOf(poll: Poll): PollDraft {
  return {
    question: poll.question,
    kind: poll.kind,
    allowChange: poll.allowChange,
    fields: editorOf(poll.kind).fieldsOf(poll),
    translations: draftsOf(poll.translations),
  };
}

/** What the draft's translations translate: its option labels, and its scale's words if any. */
export function originalsOf(draft: PollDraft): Originals {
  const editor = editorOf(draft.kind);
  const settings = editor.settings(draft.fields) as { labels?: { min?: string; max?: string } };
  return {
    options: editor.labels(draft.fields),
    scale: Boolean(settings.labels?.min || settings.labels?.max),
  };
}

/** Another kind, keeping the question and the option labels typed so far. */
export function switchKind(draft: PollDraft, kind: PollKind): PollDraft {
  if (kind === draft.kind) return draft;
  const typed = editorOf(draft.kind).labels(draft.fields);
  const carried = typed.length > 0 ? typed : (draft.carried ?? []);
  return { ...draft, kind, fields: editorOf(kind).empty(carried), carried };
}

export function checkDraft(draft: PollDraft): DraftProblems {
  const problems: DraftProblems = { fields: editorOf(draft.kind).check(draft.fields) };
  const translations = translationProblems(draft.translations, originalsOf(draft));
  if (Object.keys(translations).length > 0) problems.translations = translations;
  const question = draft.question.trim();
  if (question.length === 0) problems.question = t('host.editor.questionEmpty');
  else if (codePoints(question) > LIMITS.questionLength) {
    problems.question = t('host.editor.questionTooLong', {
      count: codePoints(question),
      limit: LIMITS.questionLength,
    });
  }
  return problems;
}

export const hasProblems = (p: DraftProblems) =>
  p.question !== undefined || Object.keys(p.fields).length > 0 || p.translations !== undefined;

export function createBody(draft: PollDraft): CreatePollBody {
  const translations = translationsOf(draft.translations, originalsOf(draft));
  return {
    question: draft.question.trim(),
    kind: draft.kind,
    allowChange: draft.allowChange,
    ...editorOf(draft.kind).settings(draft.fields),
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
  } as CreatePollBody;
}

/**
 * Only what changed: a poll with answers accepts a new question or
 * vote-change rule and refuses changes to what its answers mean, so
 * unchanged fields are not sent as if they were edits. Null when nothing
 * changed. The kind cannot change (the server keeps a poll's kind for life),
 * so the editor locks it.
 */
export function patchBody(poll: Poll, draft: PollDraft): PollPatch | null {
  const patch: Record<string, unknown> = { ...editorOf(poll.kind).patch(poll, draft.fields) };
  const question = draft.question.trim();
  if (question !== poll.question) patch.question = question;
  if (draft.allowChange !== poll.allowChange) patch.allowChange = draft.allowChange;
  // Translations go whole (they replace the poll's); with new options they must pair up again.
  const translations = translationsOf(draft.translations, originalsOf(draft));
  if (!sameTranslations(poll.translations, translations) || (patch.options && poll.translations))
    patch.translations = translations;
  return Object.keys(patch).length === 0 ? null : (patch as PollPatch);
}
