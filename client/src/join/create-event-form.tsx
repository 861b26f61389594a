/**
 * The organiser's way in: name the event, get its private host link. The
 * host key travels only in the URL fragment (#key=…), which browsers never
 * send to a server, and the page says to keep that link. Where the server
 * restricts event creation, it asks for the organiser's access token.
 */
import { useRef, useState } from 'hono/jsx/dom';
import { LIMITS } from '../../../shared/limits.js';
import { t } from '../i18n/i18n.js';
import { api, ApiError } from '../lib/api.js';
import { useDedupedEffect } from '../lib/deduped-effect.js';

export function CreateEventForm() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [needsToken, setNeedsToken] = useState(false);
  const title = useRef<HTMLInputElement>(null);
  const token = useRef<HTMLInputElement>(null);

  // Move focus to what just appeared, so keyboard and screen reader users land in it.
  useDedupedEffect(() => {
    if (open) title.current?.focus();
  }, [open]);
  useDedupedEffect(() => {
    if (needsToken) token.current?.focus();
  }, [needsToken]);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const name = title.current?.value.trim() ?? '';
    if (name.length === 0) {
      setError(t('join.createNameMissing'));
      title.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await api.createEvent(name, token.current?.value.trim() || undefined);
      location.assign(`/host/${created.event.code}#key=${encodeURIComponent(created.hostKey)}`);
    } catch (failure) {
      setBusy(false);
      if (
        failure instanceof ApiError &&
        (failure.code === 'unauthorized' || failure.code === 'forbidden')
      ) {
        setNeedsToken(true);
        setError(
          failure.code === 'unauthorized'
            ? t('join.createUnauthorized')
            : t('join.createForbidden'),
        );
        return;
      }
      setError(
        failure instanceof ApiError && failure.code === 'network_error'
          ? t('error.network_error')
          : t('join.createFailed'),
      );
    }
  };

  if (!open) {
    return (
      <button
        type="button"
        class="btn btn-secondary join-organiser__open"
        aria-expanded="false"
        onClick={() => setOpen(true)}
      >
        {t('join.createOpen')}
      </button>
    );
  }

  return (
    <form class="create-form" onSubmit={onSubmit} noValidate>
      <label class="create-label" for="event-title">
        {t('join.createNameLabel')}
      </label>
      <input
        ref={title}
        id="event-title"
        name="title"
        class="create-input"
        type="text"
        maxLength={LIMITS.titleLength}
        placeholder={t('join.createNamePlaceholder')}
        autocomplete="off"
        aria-invalid={error && !needsToken ? 'true' : 'false'}
        aria-describedby="create-help"
        onInput={() => error && !needsToken && setError(null)}
      />
      {needsToken && (
        <>
          <label class="create-label" for="admin-token">
            {t('join.createTokenLabel')}
          </label>
          <input
            ref={token}
            id="admin-token"
            name="token"
            class="create-input"
            type="password"
            autocomplete="off"
            aria-describedby="create-help"
          />
        </>
      )}
      <p
        id="create-help"
        class={error ? 'join-error' : 'join-help'}
        role={error ? 'alert' : undefined}
      >
        {error ?? t('join.createHelp')}
      </p>
      <button type="submit" class="btn join-submit" disabled={busy}>
        {busy ? t('join.creating') : t('join.createSubmit')}
      </button>
    </form>
  );
}
