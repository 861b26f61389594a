/**
 * Where the host page gets its key. The link's fragment (`#key=…`) is the
 * source of truth; a copy in sessionStorage, per event, survives an
 * accidental navigation inside the tab (a clicked link, then Back, or a
 * fragment that some chat tool trimmed on the way). The key never goes into a
 * query string: only into the Authorization header and the socket's join.
 */
import { hostKeyFromHash } from '../lib/identity.js';

const storageKey = (code: string) => `voxpop:host-key:${code}`;

export function resolveHostKey(code: string): string | null {
  const fromHash = hostKeyFromHash();
  if (fromHash) return fromHash;
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(storageKey(code));
  } catch {
    /* storage disabled: only the fragment counts */
  }
  // Put it back in the address bar, so the link the host copies or bookmarks keeps working.
  if (stored)
    history.replaceState(
      history.state,
      '',
      `${location.pathname}#key=${encodeURIComponent(stored)}`,
    );
  return stored;
}

/** Forget a key the server refused, but not a good one stored earlier in this tab. */
export function forgetHostKey(code: string, key: string): void {
  try {
    if (sessionStorage.getItem(storageKey(code)) === key)
      sessionStorage.removeItem(storageKey(code));
  } catch {
    /* nothing stored */
  }
}

/** Called once the server accepted the key, so a mistyped link never replaces a good one. */
export function rememberHostKey(code: string, key: string): void {
  try {
    sessionStorage.setItem(storageKey(code), key);
  } catch {
    /* storage disabled */
  }
}

/** The full link back to this console, as the host should keep it. */
export function hostLink(code: string, key: string): string {
  return `${location.origin}/host/${code}#key=${encodeURIComponent(key)}`;
}
