/**
 * How the audience gets in, always on screen: the address, the code and a QR
 * code. Beside a poll it is a side card; with no poll on screen it is the
 * whole stage, big enough to read and scan from the back of the room.
 */
import { api } from '../lib/api.js';
import { formatCode, plural } from './format.js';

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
        alt={`QR code that opens the voting page for code ${formatCode(code)}`}
        width={512}
        height={512}
        data-testid="qr"
      />
    </div>
  );
}

export function JoinCard({ code, joinUrl }: { code: string; joinUrl: string }) {
  return (
    <aside class="join-card" aria-label="How to join" data-testid="join-card">
      <p class="join-label">Join at</p>
      <p class="join-host">{joinHost(joinUrl)}</p>
      <QrCode code={code} class="join-qr" />
      <p class="join-label">with code</p>
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
          Join at <span class="lobby-host">{joinHost(joinUrl)}</span>
        </h1>
        <p class="lobby-with">with code</p>
        <p class="lobby-code" data-testid="lobby-code">
          {formatCode(code)}
        </p>
        <p class="lobby-wait">
          <span class="pulse" aria-hidden="true"></span>
          The first question will appear here
          {attendees > 0 ? ` · ${plural(attendees, 'person', 'people')} joined` : ''}
        </p>
      </div>
      <div class="lobby-qr-wrap">
        <QrCode code={code} class="lobby-qr" />
        <p class="lobby-scan">Scan to join</p>
      </div>
    </main>
  );
}
