/**
 * The dialog that creates or edits a poll: the question, the kind (fixed once
 * created), the kind's own fields (kinds/<kind>/editor.tsx: options, a
 * scale, ...), and whether an answer may change. It checks the draft against
 * the server's limits before sending and shows the server's refusal, if
 * any, in place.
 */
import { useId, useRef, useState } from 'hono/jsx/dom';
import { codePoints, LIMITS } from '../../../shared/limits.js';
import type { Poll } from '../../../shared/protocol.js';
import { t } from '../i18n/i18n.js';
import { Counter } from './counter.js';
import { Icon } from './icons.js';
import { Modal } from './modal.js';
import { TranslationFields } from './translation-fields.js';
import {
  checkDraft,
  draftOf,
  editorKinds,
  editorOf,
  emptyDraft,
  hasProblems,
  originalsOf,
  switchKind,
  type PollDraft,
} from './poll-form.js';

export interface PollEditorProps {
  /** Absent for a new poll. */
  poll?: Poll;
  /** The poll has answers: what they mean is fixed until a reset. */
  locked: boolean;
  /** The event's further languages: the editor asks for the poll's text in each. */
  languages: readonly string[];
  onSave: (draft: PollDraft) => Promise<void>;
  onClose: () => void;
}

export function PollEditor(props: PollEditorProps) {
  const titleId = useId();
  const uid = useId();
  const editing = props.poll !== undefined;
  const [draft, setDraft] = useState<PollDraft>(() =>
    props.poll ? draftOf(props.poll) : emptyDraft(),
  );
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const problems = checkDraft(draft);
  const shown = submitted ? problems : { fields: {} };
  const update = (patch: Partial<PollDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const editor = editorOf(draft.kind);

  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (hasProblems(problems)) {
      // Point at the first thing to fix.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setBusy(true);
    try {
      await props.onSave(draft);
      props.onClose();
    } catch (failure) {
      setServerError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  const questionLength = codePoints(draft.question.trim());
  const ids = {
    question: `${uid}-question`,
    questionError: `${uid}-question-error`,
    questionCount: `${uid}-question-count`,
  };

  return (
    <Modal titleId={titleId} onClose={props.onClose} wide fallbackFocus="#new-poll">
      <form ref={formRef} class="editor" onSubmit={submit} novalidate>
        <header class="modal-head">
          <h2 id={titleId} class="modal-title">
            {t(editing ? 'host.editor.editTitle' : 'host.editor.newTitle')}
          </h2>
          <button
            type="button"
            class="icon-btn"
            aria-label={t('host.editor.close')}
            onClick={props.onClose}
          >
            <Icon name="close" />
          </button>
        </header>

        <div class="editor-scroll">
          <div class="field">
            <div class="field-row">
              <label class="field-label" for={ids.question}>
                {t('host.editor.question')}
              </label>
              <Counter length={questionLength} max={LIMITS.questionLength} id={ids.questionCount} />
            </div>
            <textarea
              id={ids.question}
              class="input textarea"
              rows={3}
              value={draft.question}
              placeholder={t('host.editor.questionPlaceholder')}
              autofocus
              aria-invalid={shown.question ? 'true' : undefined}
              aria-describedby={shown.question ? ids.questionError : undefined}
              onInput={(e: Event) => update({ question: (e.target as HTMLTextAreaElement).value })}
              onKeyDown={(e: KeyboardEvent) => {
                // A question is one line to the audience; Enter goes on to the kind's first field.
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  formRef.current
                    ?.querySelector<HTMLElement>('.editor-fields :is(input, select, textarea)')
                    ?.focus();
                }
              }}
            />
            {shown.question && (
              <p id={ids.questionError} class="field-error">
                {shown.question}
              </p>
            )}
          </div>

          <fieldset class="field kind-picker" disabled={editing}>
            <legend class="field-label">{t('host.editor.kind')}</legend>
            <div class="segmented">
              {editorKinds().map((kind) => (
                <label class={`segment${draft.kind === kind ? ' segment-on' : ''}`}>
                  <input
                    type="radio"
                    name={`${uid}-kind`}
                    value={kind}
                    checked={draft.kind === kind}
                    onChange={() => setDraft((d) => switchKind(d, kind))}
                  />
                  <span class="segment-title">{editorOf(kind).title}</span>
                  <span class="segment-hint">{editorOf(kind).hint}</span>
                </label>
              ))}
            </div>
            {editing && <p class="field-hint">{t('host.editor.kindFixed')}</p>}
          </fieldset>

          <div class="editor-fields" data-kind={draft.kind}>
            <editor.Fields
              fields={draft.fields}
              change={(change) => setDraft((d) => ({ ...d, fields: change(d.fields) }))}
              problems={shown.fields}
              locked={props.locked}
              uid={uid}
            />
          </div>

          <TranslationFields
            languages={props.languages}
            drafts={draft.translations}
            change={(translations) => update({ translations })}
            question={draft.question}
            originals={originalsOf(draft)}
            scale={
              (editor.settings(draft.fields) as { labels?: { min?: string; max?: string } }).labels
            }
            problems={shown.translations ?? {}}
            uid={uid}
          />

          {editor.changeRule !== false && (
            <label class="check">
              <input
                type="checkbox"
                checked={draft.allowChange}
                onChange={(e: Event) =>
                  update({ allowChange: (e.target as HTMLInputElement).checked })
                }
              />
              <span>
                <span class="check-title">{t('host.editor.allowChange')}</span>
                <span class="field-hint">{t('host.editor.allowChangeHint')}</span>
              </span>
            </label>
          )}
        </div>

        <footer class="modal-foot">
          {submitted && hasProblems(problems) && (
            <p class="form-error" role="alert">
              <Icon name="alert" />
              <span>{t(editing ? 'host.editor.fixToSave' : 'host.editor.fixToCreate')}</span>
            </p>
          )}
          {serverError && (
            <p class="form-error" role="alert">
              <Icon name="alert" />
              <span>{serverError}</span>
            </p>
          )}
          <div class="modal-actions">
            <button type="button" class="btn btn-secondary" onClick={props.onClose}>
              {t('host.cancel')}
            </button>
            <button type="submit" class="btn" disabled={busy}>
              {t(busy ? 'host.editor.saving' : editing ? 'host.editor.save' : 'host.editor.create')}
            </button>
          </div>
        </footer>
      </form>
    </Modal>
  );
}
