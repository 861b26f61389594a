/**
 * How the audience gets in, always on screen: the address, the code and a QR
 * code. Beside a poll it is a side card; with no poll on screen it is the
 * whole stage, big enough to read and scan from the back of the room.
 */
import { t, tNodes } from '../i18n/i18n.js';
import { api } from '../lib/api.js';
import { formatCode } from './format.js';

/**
 * Where phones go: the host of the event's public join link (PUBLIC_URL, the
 * one the QR code encodes), not of the address this screen happens to use.
 */
export function joinHost(joinUrl: string): string {
  try {
    return new URL(joinUrl).host;
  } catch {
    return location.host;
  }
}

function QrCode({ code, class: className }: { code: string; class: string }) {
  return (
    <div class={`qr ${className}`}>
      <img
        src={api.qrUrl(code)}
        alt={t('present.qrAlt', { code: formatCode(code) })}
        width={512}
        height={512}
        data-testid="qr"
      />
    </div>
  );
}

export function JoinCard({ code, joinUrl }: { code: string; joinUrl: string }) {
  return (
    <aside class="join-card" aria-label={t('present.howToJoin')} data-testid="join-card">
      <p class="join-label">{t('present.joinAtLabel')}</p>
      <p class="join-host">{joinHost(joinUrl)}</p>
      <QrCode code={code} class="join-qr" />
      <p class="join-label">{t('present.withCode')}</p>
      <p class="join-code" data-testid="join-code">
        {formatCode(code)}
      </p>
    </aside>
  );
}

export function Lobby({
  code,
  title,
  attendees,
  joinUrl,
}: {
  code: string;
  title: string;
  attendees: number;
  joinUrl: string;
}) {
  return (
    <main class="stage stage-lobby" data-testid="lobby">
      <div class="lobby-text">
        <p class="lobby-event">{title}</p>
        <h1 class="lobby-join">
          {tNodes('present.joinAt', { host: <span class="lobby-host">{joinHost(joinUrl)}</span> })}
        </h1>
        <p class="lobby-with">{t('present.withCode')}</p>
        <p class="lobby-code" data-testid="lobby-code">
          {formatCode(code)}
        </p>
        <p class="lobby-wait">
          <span class="pulse" aria-hidden="true"></span>
          {attendees > 0 ? t('present.waitingJoined', { count: attendees }) : t('present.waiting')}
        </p>
      </div>
      <div class="lobby-qr-wrap">
        <QrCode code={code} class="lobby-qr" />
        <p class="lobby-scan">{t('present.scan')}</p>
      </div>
    </main>
  );
}
