/**
 * The console's side panel: how attendees get in (code, link, QR), the
 * presenter screen and its settings, the export, the private host link, and
 * the danger zone. Links are built from this page's origin, which is the one
 * the moderator reached voxpop on.
 */
import type { Child } from 'hono/jsx';
import type { EventInfo } from '../../../shared/protocol.js';
import { t, tNodes, type StaffKey } from '../i18n/i18n.js';
import { api } from '../lib/api.js';
import { canCopyImages } from './clipboard.js';
import { Icon } from './icons.js';

/** The links the panel copies. */
export type Copied = 'hostLink' | 'joinLink' | 'presenterLink';

export interface SidePanelProps {
  event: EventInfo;
  exporting: boolean;
  statsBusy: boolean;
  onCopy: (text: string, what: Copied) => void;
  onCopyQr: () => void;
  onExport: () => void;
  onToggleStats: (show: boolean) => void;
  onCopyHostLink: () => void;
  onDeleteEvent: () => void;
  /** A card of the event's quiz (the leaderboard), after the presenter screen's, when it has one. */
  quiz?: Child;
  /** The event's languages card, after the presenter screen's. */
  languages?: Child;
  /** The event's webhooks card, after the languages card. */
  webhooks?: Child;
}

function LinkField(props: {
  id: string;
  label: string;
  url: string;
  what: Copied;
  /** The copy button's full name ("Copy join link"); it shows "Copy". */
  copyLabel: StaffKey;
  onCopy: SidePanelProps['onCopy'];
}) {
  return (
    <div class="link-field">
      <label class="field-label" for={props.id}>
        {props.label}
      </label>
      <div class="link-row">
        <input
          id={props.id}
          class="input input-link mono"
          readOnly
          value={props.url}
          onFocus={(e: FocusEvent) => (e.target as HTMLInputElement).select()}
        />
        <button
          type="button"
          class="btn btn-sm btn-secondary"
          aria-label={t(props.copyLabel)}
          onClick={() => props.onCopy(props.url, props.what)}
        >
          <Icon name="copy" size={16} />
          {t('host.side.copy')}
        </button>
      </div>
    </div>
  );
}

export function SidePanel(props: SidePanelProps) {
  const { code } = props.event;
  // The public links (PUBLIC_URL), which may differ from the address this console uses.
  const joinUrl = props.event.joinUrl;
  const base = joinUrl.slice(0, joinUrl.length - `/e/${code}`.length);
  const presentUrl = `${base}/present/${code}`;
  const qrUrl = api.qrUrl(code);

  return (
    <aside class="side" aria-label={t('host.side.label')}>
      <section class="card side-card" aria-labelledby="invite-title">
        <h2 id="invite-title" class="side-title">
          {t('host.side.invite')}
        </h2>
        <div class="invite">
          <div class="invite-text">
            <p class="invite-where">
              {tNodes('host.side.goTo', { host: <strong>{new URL(joinUrl).host}</strong> })}
            </p>
            <p class="event-code" data-testid="event-code">
              <span>{code.slice(0, 3)}</span>
              <span>{code.slice(3)}</span>
            </p>
          </div>
          <img
            class="qr"
            src={qrUrl}
            width={132}
            height={132}
            alt={t('host.side.qrAlt', { code })}
          />
        </div>
        <LinkField
          id="join-link"
          label={t('host.side.joinLink')}
          url={joinUrl}
          what="joinLink"
          copyLabel="host.side.copyJoinLink"
          onCopy={props.onCopy}
        />
        <div class="qr-actions">
          <span class="field-label" id="qr-actions-label">
            {t('host.side.qrCode')}
          </span>
          <div class="button-row-even" role="group" aria-labelledby="qr-actions-label">
            {canCopyImages() && (
              <button
                type="button"
                class="btn btn-sm btn-secondary"
                aria-label={t('host.side.copyQr')}
                onClick={props.onCopyQr}
              >
                <Icon name="copy" size={16} />
                {t('host.side.copy')}
              </button>
            )}
            <a
              class="btn btn-sm btn-secondary"
              href={qrUrl}
              target="_blank"
              rel="noopener"
              aria-label={t('host.side.openQr')}
            >
              <Icon name="external" size={16} />
              {t('host.side.open')}
            </a>
            <a
              class="btn btn-sm btn-secondary"
              href={qrUrl}
              download={`voxpop-${code}-qr.svg`}
              aria-label={t('host.side.downloadQr')}
            >
              <Icon name="download" size={16} />
              {t('host.side.download')}
            </a>
          </div>
        </div>
      </section>

      <section class="card side-card" aria-labelledby="screen-title">
        <h2 id="screen-title" class="side-title">
          {t('host.side.screen')}
        </h2>
        <p class="side-hint">{t('host.side.screenHint')}</p>
        <LinkField
          id="present-link"
          label={t('host.side.presenterLink')}
          url={presentUrl}
          what="presenterLink"
          copyLabel="host.side.copyPresenterLink"
          onCopy={props.onCopy}
        />
        <a
          class="btn btn-sm btn-outline btn-block"
          href={presentUrl}
          target="_blank"
          rel="noopener"
        >
          <Icon name="screen" size={16} />
          {t('host.side.openScreen')}
        </a>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={props.event.showStats}
            disabled={props.statsBusy}
            onChange={(e: Event) => props.onToggleStats((e.target as HTMLInputElement).checked)}
            data-testid="show-stats"
          />
          <span class="switch-track" aria-hidden="true" />
          <span class="switch-text">
            <span class="check-title">{t('host.side.showStats')}</span>
            <span class="field-hint">{t('host.side.showStatsHint')}</span>
          </span>
        </label>
      </section>

      {props.languages}

      {props.webhooks}

      {props.quiz}

      <section class="card side-card" aria-labelledby="data-title">
        <h2 id="data-title" class="side-title">
          {t('host.side.data')}
        </h2>
        <button
          type="button"
          class="btn btn-sm btn-secondary btn-block"
          disabled={props.exporting}
          onClick={props.onExport}
        >
          <Icon name="download" size={16} />
          {t(props.exporting ? 'host.side.exporting' : 'host.side.export')}
        </button>
        <p class="side-hint">{t('host.side.exportHint')}</p>
        <button
          type="button"
          class="btn btn-sm btn-secondary btn-block"
          onClick={props.onCopyHostLink}
        >
          <Icon name="key" size={16} />
          {t('host.copyHostLink')}
        </button>
        <p class="side-hint">{t('host.side.hostLinkHint')}</p>
      </section>

      <section class="card side-card danger-card" aria-labelledby="danger-title">
        <h2 id="danger-title" class="side-title">
          {t('host.side.danger')}
        </h2>
        <p class="side-hint">{t('host.side.dangerHint')}</p>
        <button
          type="button"
          id="delete-event"
          class="btn btn-sm btn-danger btn-block"
          onClick={props.onDeleteEvent}
        >
          <Icon name="trash" size={16} />
          {t('host.side.deleteEvent')}
        </button>
      </section>
    </aside>
  );
}
