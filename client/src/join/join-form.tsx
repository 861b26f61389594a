/**
 * The code entry: one big numeric field and a Join button. The code is
 * checked with the server before leaving the page, so a typo gets "No event
 * has the code 123456" here instead of a dead end on the vote page.
 */
import { useRef, useState } from 'hono/jsx/dom';
import { t } from '../i18n/i18n.js';
import { api, ApiError } from '../lib/api.js';
import { cleanCode, codeProblem } from './event-code.js';

export function JoinForm() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const onInput = (event: Event) => {
    const field = event.target as HTMLInputElement;
    const cleaned = cleanCode(field.value);
    // Keep the field showing only what counts, so "12 34" does not look like five characters.
    if (field.value !== cleaned) field.value = cleaned;
    setCode(cleaned);
    if (error) setError(null);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const problem = codeProblem(code);
    if (problem) {
      setError(problem);
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.getEvent(code);
      location.assign(`/e/${code}`);
    } catch (failure) {
      setBusy(false);
      setError(joinError(failure, code));
      input.current?.focus();
    }
  };

  return (
    <form class="join-form" onSubmit={onSubmit} noValidate>
      <label class="join-label" for="event-code">
        {t('join.codeLabel')}
      </label>
      <input
        ref={input}
        id="event-code"
        name="code"
        class="join-code"
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autocomplete="off"
        autocapitalize="off"
        spellcheck={false}
        enterKeyHint="go"
        placeholder="123456"
        value={code}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby="event-code-help"
        onInput={onInput}
        autofocus
      />
      <p
        id="event-code-help"
        class={error ? 'join-error' : 'join-help'}
        role={error ? 'alert' : undefined}
      >
        {error ?? t('join.codeHelp')}
      </p>
      <button type="submit" class="btn join-submit" disabled={busy}>
        {busy ? (
          <>
            <span class="join-spinner" aria-hidden="true" />
            {t('join.joining')}
          </>
        ) : (
          t('join.join')
        )}
      </button>
    </form>
  );
}

function joinError(failure: unknown, code: string): string {
  if (failure instanceof ApiError) {
    if (failure.code === 'event_not_found') return t('join.error.event_not_found', { code });
    if (failure.code === 'network_error') return t('error.network_error');
    if (failure.code === 'rate_limited') return t('join.error.rate_limited');
  }
  return t('join.lookupFailed');
}
