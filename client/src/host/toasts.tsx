/**
 * Short notes at the bottom of the screen: "Link copied", or why an action
 * failed. Successes are announced politely and fade; failures stay longer
 * and are announced at once, because the moderator has to act on them.
 */
import { useRef, useState } from 'hono/jsx/dom';
import { t } from '../i18n/i18n.js';
import { Icon } from './icons.js';

export type Tone = 'info' | 'error';

interface Toast {
  id: number;
  text: string;
  tone: Tone;
}

export type Notify = (text: string, tone?: Tone) => void;

export function useToasts(): [Toast[], Notify, (id: number) => void] {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = (id: number) => setToasts((list) => list.filter((toast) => toast.id !== id));
  const notify: Notify = (text, tone = 'info') => {
    const id = next.current++;
    // One note per text at a time: three quick "Copied" clicks are one note.
    setToasts((list) => [
      ...list.filter((toast) => toast.text !== text).slice(-2),
      { id, text, tone },
    ]);
    setTimeout(() => dismiss(id), tone === 'error' ? 9000 : 3500);
  };
  return [toasts, notify, dismiss];
}

export function Toasts(props: { toasts: Toast[]; dismiss: (id: number) => void }) {
  const of = (tone: Tone) => props.toasts.filter((toast) => toast.tone === tone);
  return (
    <div class="toasts">
      <div role="status" aria-live="polite" class="toast-stack">
        {of('info').map((toast) => (
          <div key={toast.id} class="toast">
            <Icon name="check" />
            <span>{toast.text}</span>
          </div>
        ))}
      </div>
      <div role="alert" class="toast-stack">
        {of('error').map((toast) => (
          <div key={toast.id} class="toast toast-error">
            <Icon name="alert" />
            <span>{toast.text}</span>
            <button
              type="button"
              class="icon-btn"
              aria-label={t('host.toast.dismiss')}
              onClick={() => props.dismiss(toast.id)}
            >
              <Icon name="close" size={16} />
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
