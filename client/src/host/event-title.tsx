/**
 * The event's title as the page heading, renamed in place: the pencil turns
 * it into a field, Enter saves, Escape gives up. Attendees and the screen
 * see the new title from the server's push.
 */
import { useEffect, useRef, useState } from 'hono/jsx/dom';
import { codePoints, LIMITS } from '../../../shared/limits.js';
import { t } from '../i18n/i18n.js';
import { Icon } from './icons.js';

export interface EventTitleProps {
  title: string;
  onRename: (title: string) => Promise<void>;
}

export function EventTitle(props: EventTitleProps) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(props.title);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (editing) input.current?.select();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const start = () => {
    setValue(props.title);
    setError(null);
    setEditing(true);
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const title = value.trim();
    if (title === '') return setError(t('host.title.empty'));
    if (codePoints(title) > LIMITS.titleLength) {
      return setError(
        t('host.title.tooLong', { count: codePoints(title), limit: LIMITS.titleLength }),
      );
    }
    if (title === props.title) return setEditing(false);
    setBusy(true);
    try {
      await props.onRename(title);
      setEditing(false);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  if (!editing) {
    return (
      <div class="event-title">
        <h1 class="event-name" data-testid="event-title">
          {props.title}
        </h1>
        <button
          ref={editButton}
          type="button"
          class="icon-btn"
          aria-label={t('host.title.rename')}
          title={t('host.title.rename')}
          onClick={start}
        >
          <Icon name="edit" />
        </button>
      </div>
    );
  }

  return (
    <form class="event-title-form" onSubmit={save}>
      <label class="visually-hidden" for="event-title-input">
        {t('host.title.label')}
      </label>
      <input
        ref={input}
        id="event-title-input"
        class="input input-title"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'event-title-error' : undefined}
        onInput={(e: Event) => setValue((e.target as HTMLInputElement).value)}
        onKeyDown={(e: KeyboardEvent) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            setEditing(false);
          }
        }}
      />
      <button type="submit" class="btn btn-sm" disabled={busy}>
        {t('host.title.save')}
      </button>
      <button type="button" class="btn btn-sm btn-secondary" onClick={() => setEditing(false)}>
        {t('host.cancel')}
      </button>
      {error && (
        <p id="event-title-error" class="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
