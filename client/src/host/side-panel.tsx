/**
 * The console's side panel: how attendees get in (code, link, QR), the
 * presenter screen and its settings, the export, the private host link, and
 * the danger zone. Links are built from this page's origin, which is the one
 * the moderator reached voxpop on.
 */
import type { Child } from 'hono/jsx';
import type { EventInfo } from '../../../shared/protocol.js';
import { api } from '../lib/api.js';
import { canCopyImages } from './clipboard.js';
import { Icon } from './icons.js';

export interface SidePanelProps {
  event: EventInfo;
  exporting: boolean;
  statsBusy: boolean;
  onCopy: (text: string, what: string) => void;
  onCopyQr: () => void;
  onExport: () => void;
  onToggleStats: (show: boolean) => void;
  onCopyHostLink: () => void;
  onDeleteEvent: () => void;
  /** A card of the event's quiz (the leaderboard), after the presenter screen's, when it has one. */
  quiz?: Child;
}

function LinkField(props: {
  id: string;
  label: string;
  url: string;
  what: string;
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
          onClick={() => props.onCopy(props.url, props.what)}
        >
          <Icon name="copy" size={16} />
          Copy<span class="visually-hidden"> {props.what}</span>
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
    <aside class="side" aria-label="Sharing and event settings">
      <section class="card side-card" aria-labelledby="invite-title">
        <h2 id="invite-title" class="side-title">
          Invite attendees
        </h2>
        <div class="invite">
          <div class="invite-text">
            <p class="invite-where">
              Go to <strong>{new URL(joinUrl).host}</strong> and enter
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
            alt={`QR code that opens the join link for event ${code}`}
          />
        </div>
        <LinkField
          id="join-link"
          label="Join link"
          url={joinUrl}
          what="join link"
          onCopy={props.onCopy}
        />
        <div class="qr-actions">
          <span class="field-label" id="qr-actions-label">
            QR code
          </span>
          <div class="button-row-even" role="group" aria-labelledby="qr-actions-label">
            {canCopyImages() && (
              <button type="button" class="btn btn-sm btn-secondary" onClick={props.onCopyQr}>
                <Icon name="copy" size={16} />
                Copy<span class="visually-hidden"> QR code as an image</span>
              </button>
            )}
            <a class="btn btn-sm btn-secondary" href={qrUrl} target="_blank" rel="noopener">
              <Icon name="external" size={16} />
              Open<span class="visually-hidden"> QR code in a new tab</span>
            </a>
            <a class="btn btn-sm btn-secondary" href={qrUrl} download={`voxpop-${code}-qr.svg`}>
              <Icon name="download" size={16} />
              Download<span class="visually-hidden"> QR code</span>
            </a>
          </div>
        </div>
      </section>

      <section class="card side-card" aria-labelledby="screen-title">
        <h2 id="screen-title" class="side-title">
          Presenter screen
        </h2>
        <p class="side-hint">
          For the projector or the stream. It follows the poll you put on screen by itself.
        </p>
        <LinkField
          id="present-link"
          label="Presenter link"
          url={presentUrl}
          what="presenter link"
          onCopy={props.onCopy}
        />
        <a
          class="btn btn-sm btn-outline btn-block"
          href={presentUrl}
          target="_blank"
          rel="noopener"
        >
          <Icon name="screen" size={16} />
          Open presenter screen
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
            <span class="check-title">Show margin of error on screen</span>
            <span class="field-hint">Adds "±N points" (95% confidence) under the results.</span>
          </span>
        </label>
      </section>

      {props.quiz}

      <section class="card side-card" aria-labelledby="data-title">
        <h2 id="data-title" class="side-title">
          Results and access
        </h2>
        <button
          type="button"
          class="btn btn-sm btn-secondary btn-block"
          disabled={props.exporting}
          onClick={props.onExport}
        >
          <Icon name="download" size={16} />
          {props.exporting ? 'Preparing…' : 'Export CSV'}
        </button>
        <p class="side-hint">Every current vote, one row each, for a spreadsheet.</p>
        <button
          type="button"
          class="btn btn-sm btn-secondary btn-block"
          onClick={props.onCopyHostLink}
        >
          <Icon name="key" size={16} />
          Copy host link
        </button>
        <p class="side-hint">Private: whoever has it can moderate this event.</p>
      </section>

      <section class="card side-card danger-card" aria-labelledby="danger-title">
        <h2 id="danger-title" class="side-title">
          Danger zone
        </h2>
        <p class="side-hint">Deleting the event removes its polls, votes and attendees for good.</p>
        <button
          type="button"
          id="delete-event"
          class="btn btn-sm btn-danger btn-block"
          onClick={props.onDeleteEvent}
        >
          <Icon name="trash" size={16} />
          Delete event
        </button>
      </section>
    </aside>
  );
}
