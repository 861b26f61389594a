/**
 * The dialog that creates or edits a poll: question, kind, 2–20 options
 * (Enter adds the next), how many choices, whether a vote may change. It
 * checks the draft against the server's limits before sending and shows the
 * server's refusal, if any, in place.
 */
import { useId, useRef, useState } from 'hono/jsx';
import { flushSync } from 'hono/jsx/dom';
import { LIMITS } from '../../../shared/limits.js';
import type { Poll } from '../../../shared/protocol.js';
import { Icon } from './icons.js';
import { Modal } from './modal.js';
import {
  checkDraft,
  draftOf,
  emptyDraft,
  hasProblems,
  optionRow,
  type PollDraft,
} from './poll-form.js';

export interface PollEditorProps {
  /** Absent for a new poll. */
  poll?: Poll;
  /** The poll has votes: its options and choice limit are fixed until a reset. */
  locked: boolean;
  onSave: (draft: PollDraft) => Promise<void>;
  onClose: () => void;
}

/** Counters appear once a field gets near its limit, so short text stays uncluttered. */
function Counter(props: { length: number; max: number; id: string; always?: boolean }) {
  if (!props.always && props.length < props.max * 0.8) return null;
  return (
    <span id={props.id} class={`counter${props.length > props.max ? ' counter-over' : ''}`}>
      {props.length}/{props.max}
    </span>
  );
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
  const focusRow = (key: number | undefined) => {
    if (key !== undefined)
      formRef.current?.querySelector<HTMLInputElement>(`[data-row="${key}"]`)?.focus();
  };
  /**
   * Rows are added and removed synchronously, then focused: with the usual
   * deferred render, the keystrokes typed right after Enter would land in
   * the row before.
   */
  const changeRowsNow = (change: (d: PollDraft) => PollDraft) => flushSync(() => setDraft(change));

  const problems = checkDraft(draft);
  const shown = submitted ? problems : { options: {} as Record<number, string> };
  const update = (patch: Partial<PollDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setLabel = (key: number, label: string) =>
    setDraft((d) => ({
      ...d,
      options: d.options.map((o) => (o.key === key ? { ...o, label } : o)),
    }));

  const addRow = (after?: number) => {
    if (draft.options.length >= LIMITS.maxOptions) return;
    const row = optionRow();
    changeRowsNow((d) => {
      const at =
        after === undefined ? d.options.length : d.options.findIndex((o) => o.key === after) + 1;
      return { ...d, options: [...d.options.slice(0, at), row, ...d.options.slice(at)] };
    });
    focusRow(row.key);
  };

  const removeRow = (key: number, focus: 'next' | 'previous' = 'next') => {
    if (draft.options.length <= LIMITS.minOptions) return;
    const index = draft.options.findIndex((o) => o.key === key);
    const before = draft.options[index - 1];
    const after = draft.options[index + 1];
    changeRowsNow((d) => ({ ...d, options: d.options.filter((o) => o.key !== key) }));
    focusRow(focus === 'previous' ? (before ?? after)?.key : (after ?? before)?.key);
  };

  const onOptionKey = (e: KeyboardEvent, key: number) => {
    const index = draft.options.findIndex((o) => o.key === key);
    if (e.key === 'Enter') {
      // Enter moves down the list, adding a row at the end: typing a list feels like typing a list.
      e.preventDefault();
      const next = draft.options[index + 1];
      if (next) focusRow(next.key);
      else addRow(key);
    } else if (
      e.key === 'Backspace' &&
      draft.options[index]?.label === '' &&
      draft.options.length > LIMITS.minOptions
    ) {
      e.preventDefault();
      removeRow(key, 'previous');
    }
  };

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

  const filledCount = draft.options.filter((o) => o.label.trim() !== '').length;
  const questionLength = draft.question.trim().length;
  const ids = {
    question: `${uid}-question`,
    questionHelp: `${uid}-question-help`,
    questionError: `${uid}-question-error`,
    questionCount: `${uid}-question-count`,
    listError: `${uid}-options-error`,
    kindHelp: `${uid}-kind-help`,
  };

  return (
    <Modal titleId={titleId} onClose={props.onClose} wide fallbackFocus="#new-poll">
      <form ref={formRef} class="editor" onSubmit={submit} novalidate>
        <header class="modal-head">
          <h2 id={titleId} class="modal-title">
            {editing ? 'Edit poll' : 'New poll'}
          </h2>
          <button type="button" class="icon-btn" aria-label="Close" onClick={props.onClose}>
            <Icon name="close" />
          </button>
        </header>

        <div class="editor-scroll">
          <div class="field">
            <div class="field-row">
              <label class="field-label" for={ids.question}>
                Question
              </label>
              <Counter length={questionLength} max={LIMITS.questionLength} id={ids.questionCount} />
            </div>
            <textarea
              id={ids.question}
              class="input textarea"
              rows={3}
              value={draft.question}
              placeholder="What would you like to ask?"
              autofocus
              aria-invalid={shown.question ? 'true' : undefined}
              aria-describedby={shown.question ? ids.questionError : undefined}
              onInput={(e: Event) => update({ question: (e.target as HTMLTextAreaElement).value })}
              onKeyDown={(e: KeyboardEvent) => {
                // A question is one line to the audience; Enter goes on to the options.
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  formRef.current?.querySelector<HTMLInputElement>('[data-row]')?.focus();
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
            <legend class="field-label">Attendees can pick</legend>
            <div class="segmented">
              {(['single', 'multiple'] as const).map((kind) => (
                <label class={`segment${draft.kind === kind ? ' segment-on' : ''}`}>
                  <input
                    type="radio"
                    name={`${uid}-kind`}
                    value={kind}
                    checked={draft.kind === kind}
                    onChange={() => update({ kind })}
                  />
                  <span class="segment-title">
                    {kind === 'single' ? 'One option' : 'Several options'}
                  </span>
                  <span class="segment-hint">
                    {kind === 'single' ? 'Single choice' : 'Multiple choice'}
                  </span>
                </label>
              ))}
            </div>
            {editing && <p class="field-hint">The kind of a poll is fixed once it is created.</p>}
          </fieldset>

          <fieldset class="field" aria-describedby={shown.optionList ? ids.listError : undefined}>
            <legend class="field-label legend-row">
              <span>Options</span>
              <span class="counter">
                {filledCount} of {LIMITS.maxOptions}
              </span>
            </legend>
            {props.locked && (
              <p class="notice notice-warning">
                <Icon name="lock" />
                <span>Options can't be edited after the first vote — reset the poll first.</span>
              </p>
            )}
            <ol class="option-rows">
              {draft.options.map((option, index) => {
                const error = shown.options[option.key];
                const length = option.label.trim().length;
                const errorId = `${uid}-option-${option.key}-error`;
                return (
                  <li key={option.key} class="option-row">
                    <span class="option-marker" aria-hidden="true">
                      {index + 1}
                    </span>
                    <div class="option-input">
                      <input
                        class="input"
                        data-row={option.key}
                        value={option.label}
                        placeholder={`Option ${index + 1}`}
                        aria-label={`Option ${index + 1}`}
                        readOnly={props.locked}
                        aria-invalid={error ? 'true' : undefined}
                        aria-describedby={error ? errorId : undefined}
                        onInput={(e: Event) =>
                          setLabel(option.key, (e.target as HTMLInputElement).value)
                        }
                        onKeyDown={(e: KeyboardEvent) =>
                          !props.locked && onOptionKey(e, option.key)
                        }
                      />
                      <Counter
                        length={length}
                        max={LIMITS.optionLength}
                        id={`${uid}-option-${option.key}-count`}
                      />
                      {error && (
                        <p id={errorId} class="field-error">
                          {error}
                        </p>
                      )}
                    </div>
                    <button
                      type="button"
                      class="icon-btn"
                      aria-label={`Remove option ${index + 1}`}
                      disabled={props.locked || draft.options.length <= LIMITS.minOptions}
                      onClick={() => removeRow(option.key)}
                    >
                      <Icon name="close" />
                    </button>
                  </li>
                );
              })}
            </ol>
            {shown.optionList && (
              <p id={ids.listError} class="field-error" role="alert">
                {shown.optionList}
              </p>
            )}
            <div class="field-row">
              <button
                type="button"
                class="btn btn-ghost"
                disabled={props.locked || draft.options.length >= LIMITS.maxOptions}
                onClick={() => addRow()}
              >
                <Icon name="plus" />
                Add option
              </button>
              <span class="field-hint">
                {props.locked
                  ? ''
                  : draft.options.length >= LIMITS.maxOptions
                    ? `${LIMITS.maxOptions} options is the most a poll can have.`
                    : 'Press Enter in an option to add the next one.'}
              </span>
            </div>
          </fieldset>

          {draft.kind === 'multiple' && (
            <div class="field">
              <label class="field-label" for={`${uid}-max`}>
                Each attendee may pick
              </label>
              <select
                id={`${uid}-max`}
                class="input select"
                disabled={props.locked}
                value={draft.maxChoices === null ? 'all' : String(draft.maxChoices)}
                aria-invalid={shown.maxChoices ? 'true' : undefined}
                onChange={(e: Event) => {
                  const value = (e.target as HTMLSelectElement).value;
                  update({ maxChoices: value === 'all' ? null : Number(value) });
                }}
              >
                <option value="all" selected={draft.maxChoices === null}>
                  Any number of options
                </option>
                {Array.from({ length: Math.max(filledCount, 2) - 1 }, (_, i) => i + 1).map((n) => (
                  <option value={String(n)} selected={draft.maxChoices === n}>
                    Up to {n} {n === 1 ? 'option' : 'options'}
                  </option>
                ))}
              </select>
              {shown.maxChoices && <p class="field-error">{shown.maxChoices}</p>}
            </div>
          )}

          <label class="check">
            <input
              type="checkbox"
              checked={draft.allowChange}
              onChange={(e: Event) =>
                update({ allowChange: (e.target as HTMLInputElement).checked })
              }
            />
            <span>
              <span class="check-title">Attendees can change their vote</span>
              <span class="field-hint">While the poll is open. Off: the first vote is final.</span>
            </span>
          </label>
        </div>

        <footer class="modal-foot">
          {submitted && hasProblems(problems) && (
            <p class="form-error" role="alert">
              <Icon name="alert" />
              <span>Fix the highlighted fields to {editing ? 'save' : 'create'} the poll.</span>
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
              Cancel
            </button>
            <button type="submit" class="btn" disabled={busy}>
              {busy ? 'Saving…' : editing ? 'Save changes' : 'Create poll'}
            </button>
          </div>
        </footer>
      </form>
    </Modal>
  );
}
