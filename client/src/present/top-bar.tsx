/** The quiet strip above the stage: whose event this is, whether it is live, and the full-screen button. */
import { useEffect, useState } from 'hono/jsx/dom';
import { t, type StaffKey } from '../i18n/i18n.js';
import type { ConnectionStatus } from '../lib/live-socket.js';
import { fullscreenSupported, isFullscreen, toggleFullscreen } from './fullscreen.js';

const STATUS_TEXT: Record<ConnectionStatus, StaffKey> = {
  connecting: 'present.status.connecting',
  online: 'present.status.online',
  offline: 'present.status.offline',
  closed: 'present.status.closed',
};

function useFullscreen(): boolean {
  const [full, setFull] = useState(isFullscreen());
  useEffect(() => {
    const changed = () => setFull(isFullscreen());
    document.addEventListener('fullscreenchange', changed);
    return () => document.removeEventListener('fullscreenchange', changed);
  }, []);
  return full;
}

export function TopBar({ title, status }: { title: string; status: ConnectionStatus | null }) {
  const full = useFullscreen();
  return (
    <header class="top-bar">
      <div class="brand">
        <img class="brand-mark" src="/favicon.svg" alt="" width={28} height={28} />
        <span class="brand-name">voxpop</span>
        {title && <span class="event-title">{title}</span>}
      </div>
      <div class="tools">
        {status && (
          <span class="connection" data-status={status} role="status" data-testid="connection">
            {t(STATUS_TEXT[status])}
          </span>
        )}
        {fullscreenSupported() && !full && (
          <button
            type="button"
            class="btn btn-secondary fullscreen-btn"
            onClick={() => void toggleFullscreen()}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" class="btn-icon">
              <path
                d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"
                fill="none"
                stroke="currentColor"
                stroke-width="2.2"
                stroke-linecap="round"
                stroke-linejoin="round"
              />
            </svg>
            {t('present.fullScreen')} <kbd aria-hidden="true">F</kbd>
          </button>
        )}
      </div>
    </header>
  );
}
