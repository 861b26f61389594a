/**
 * "Are you sure?" for what cannot be undone. Focus starts on Cancel, so a
 * reflexive Enter does nothing harmful; an optional typed phrase guards the
 * worst case (deleting the whole event). A refusal from the server is shown
 * inside the dialog, next to the button that caused it.
 */
import type { Child } from 'hono/jsx';
import { useId, useState } from 'hono/jsx/dom';
import { t, tNodes } from '../i18n/i18n.js';
import { Modal } from './modal.js';

export interface ConfirmDialogProps {
  title: string;
  children: Child;
  confirmLabel: string;
  /** Resolves when done; throws a message to show. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** The user must type this exactly before the button works. */
  typeToConfirm?: string;
  fallbackFocus?: string;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const titleId = useId();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const armed = props.typeToConfirm === undefined || typed.trim() === props.typeToConfirm;

  const confirm = async (e: Event) => {
    e.preventDefault();
    if (!armed || busy) return;
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm();
      props.onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <Modal
      titleId={titleId}
      onClose={props.onClose}
      fallbackFocus={props.fallbackFocus}
      dismissOnBackdrop
    >
      <form class="confirm" onSubmit={confirm}>
        <h2 id={titleId} class="modal-title">
          {props.title}
        </h2>
        <div class="confirm-text">{props.children}</div>
        {props.typeToConfirm !== undefined && (
          <label class="field">
            <span class="field-label">
              {tNodes('host.confirm.typeToConfirm', {
                phrase: <strong class="mono">{props.typeToConfirm}</strong>,
              })}
            </span>
            <input
              class="input mono"
              autofocus
              value={typed}
              autocomplete="off"
              spellcheck={false}
              inputMode={/^\d+$/.test(props.typeToConfirm) ? 'numeric' : undefined}
              onInput={(e: Event) => setTyped((e.target as HTMLInputElement).value)}
            />
          </label>
        )}
        {error && (
          <p class="form-error" role="alert">
            {error}
          </p>
        )}
        <div class="modal-actions">
          <button
            type="button"
            class="btn btn-secondary"
            autofocus={props.typeToConfirm === undefined}
            onClick={props.onClose}
          >
            {t('host.cancel')}
          </button>
          <button type="submit" class="btn btn-solid-danger" disabled={!armed || busy}>
            {busy ? t('host.confirm.working') : props.confirmLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
