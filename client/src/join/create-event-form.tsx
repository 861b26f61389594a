/**
 * The organiser's way in: name the event, get its private host link. The
 * host key travels only in the URL fragment (#key=…), which browsers never
 * send to a server, and the page says to keep that link. Where the server
 * restricts event creation, it asks for the organiser's access token.
 */
import { useRef, useState } from 'hono/jsx';
import { LIMITS } from '../../../shared/limits.js';
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
      setError('Give your event a name, for example “Town hall, March”.');
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
            ? 'On this server only organisers can create events. Enter the access token you were given.'
            : 'That access token is not right. Check it and try again.',
        );
        return;
      }
      setError(
        failure instanceof ApiError && failure.code === 'network_error'
          ? 'Cannot reach voxpop. Check your connection and try again.'
          : 'The event could not be created. Please try again.',
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
        Create an event
      </button>
    );
  }

  return (
    <form class="create-form" onSubmit={onSubmit} noValidate>
      <label class="create-label" for="event-title">
        Event name
      </label>
      <input
        ref={title}
        id="event-title"
        name="title"
        class="create-input"
        type="text"
        maxLength={LIMITS.titleLength}
        placeholder="e.g. Peace-building forum, day 1"
        autocomplete="off"
        aria-invalid={error && !needsToken ? 'true' : 'false'}
        aria-describedby="create-help"
        onInput={() => error && !needsToken && setError(null)}
      />
      {needsToken && (
        <>
          <label class="create-label" for="admin-token">
            Organiser access token
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
        {error ??
          'You will get a private host link to run the event. Keep it: it is the only way back to your controls.'}
      </p>
      <button type="submit" class="btn join-submit" disabled={busy}>
        {busy ? 'Creating…' : 'Create event'}
      </button>
    </form>
  );
}
