/**
 * The one warning a new host must not miss: the link in the address bar is
 * the only key to this console. Dismissed once per event and browser; the
 * link stays copyable from the side panel afterwards.
 */
import { useState } from 'hono/jsx/dom';
import { t } from '../i18n/i18n.js';
import { Icon } from './icons.js';

const storageKey = (code: string) => `voxpop:host-notice-dismissed:${code}`;

function wasDismissed(code: string): boolean {
  try {
    return localStorage.getItem(storageKey(code)) === '1';
  } catch {
    return false;
  }
}

export function KeyNotice(props: { code: string; onCopy: () => void }) {
  const [dismissed, setDismissed] = useState(() => wasDismissed(props.code));
  if (dismissed) return null;

  const dismiss = () => {
    try {
      localStorage.setItem(storageKey(props.code), '1');
    } catch {
      /* storage disabled: hidden until the next load */
    }
    setDismissed(true);
    document.getElementById('new-poll')?.focus();
  };

  return (
    <section class="key-notice" aria-labelledby="key-notice-title" data-testid="key-notice">
      <span class="key-notice-icon" aria-hidden="true">
        <Icon name="key" size={22} />
      </span>
      <div class="key-notice-text">
        <h2 id="key-notice-title">{t('host.keyNotice.title')}</h2>
        <p>{t('host.keyNotice.text')}</p>
      </div>
      <div class="key-notice-actions">
        <button type="button" class="btn btn-sm" onClick={props.onCopy}>
          <Icon name="copy" size={16} />
          {t('host.copyHostLink')}
        </button>
        <button type="button" class="btn btn-sm btn-ghost" onClick={dismiss}>
          {t('host.keyNotice.saved')}
        </button>
      </div>
    </section>
  );
}
