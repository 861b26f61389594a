/**
 * Who this browser is to voxpop: the participant token per event (kept in
 * localStorage so a reload keeps the vote), the host key (from the URL
 * fragment, which never reaches a server log), and the event code in the path.
 */

const tokenKey = (code: string) => `voxpop:token:${code}`;

export function loadToken(code: string): string | undefined {
  try {
    return localStorage.getItem(tokenKey(code)) ?? undefined;
  } catch {
    return undefined; // storage disabled (private mode): a fresh participant per load
  }
}

export function saveToken(code: string, token: string): void {
  try {
    localStorage.setItem(tokenKey(code), token);
  } catch {
    /* storage disabled: identity lasts as long as the page */
  }
}

/** The host key from `#key=...`, or null. */
export function hostKeyFromHash(hash: string = location.hash): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('key');
  return key && key.length > 0 ? key : null;
}

/** The six-digit code in `/e/123456`, `/present/123456` or `/host/123456`, or null. */
export function codeFromPath(path: string = location.pathname): string | null {
  const match = /^\/(?:e|present|host)\/(\d{6})\/?$/.exec(path);
  return match ? match[1]! : null;
}
