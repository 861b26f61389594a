/**
 * Full screen for the projector: the `f` key or the button. Browsers allow
 * requestFullscreen only from a user gesture, which both are.
 */
export function isFullscreen(): boolean {
  return document.fullscreenElement !== null;
}

export function fullscreenSupported(): boolean {
  return (
    typeof document.documentElement.requestFullscreen === 'function' &&
    document.fullscreenEnabled !== false
  );
}

export async function toggleFullscreen(): Promise<void> {
  try {
    if (isFullscreen()) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    // Refused (iframe without allowfullscreen, or no gesture): the page simply stays as it is.
  }
}

/** `f` toggles full screen, unless a modifier is held or the user is typing somewhere. */
export function onFullscreenKey(event: KeyboardEvent): void {
  if (event.key !== 'f' && event.key !== 'F') return;
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
  event.preventDefault();
  void toggleFullscreen();
}
