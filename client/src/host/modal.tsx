/**
 * A native modal <dialog>: the browser traps focus, closes on Escape and
 * makes the page behind inert. What it does not do when the dialog is
 * removed rather than closed is give focus back, so this does: to the
 * control that opened it, or, when that is gone (a deleted poll), to a
 * stable fallback.
 */
import type { Child } from 'hono/jsx';
import { useEffect, useRef } from 'hono/jsx/dom';

export interface ModalProps {
  titleId: string;
  onClose: () => void;
  /** Where focus goes if the opener no longer exists. */
  fallbackFocus?: string;
  wide?: boolean;
  /** Close on a click outside; off for forms, where a stray click would lose typing. */
  dismissOnBackdrop?: boolean;
  children: Child;
}

export function Modal(props: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onClose = useRef(props.onClose);
  const pressedOnBackdrop = useRef(false);
  onClose.current = props.onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const fallback = props.fallbackFocus;
    if (!dialog.open) dialog.showModal();
    // The dialog's own autofocus pick is skipped when the page already had focus; do it here.
    dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      const target =
        opener && opener.isConnected && opener !== document.body
          ? opener
          : fallback
            ? document.querySelector<HTMLElement>(fallback)
            : null;
      target?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      class={`modal${props.wide ? ' modal-wide' : ''}`}
      aria-labelledby={props.titleId}
      onCancel={(e: Event) => {
        e.preventDefault();
        onClose.current();
      }}
      onMouseDown={(e: MouseEvent) => {
        pressedOnBackdrop.current = e.target === ref.current;
      }}
      onClick={(e: MouseEvent) => {
        // The content fills the dialog, so only the backdrop targets the dialog itself; a text
        // selection dragged out of a field also ends here, hence the check on where it began.
        if (props.dismissOnBackdrop && pressedOnBackdrop.current && e.target === ref.current)
          onClose.current();
      }}
    >
      <div class="modal-body">{props.children}</div>
    </dialog>
  );
}
