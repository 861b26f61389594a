/**
 * The console's "Webhooks" card: the event's webhooks with how their
 * deliveries are going, a form to add one, and Remove behind a confirmation.
 *
 * The list is fetched when the card appears, after each change, every 10 s
 * while the console is in view, and shortly after a poll opens or closes
 * (its deliveries are made by then). A webhook's signing secret comes only
 * in the answer that created it: the card keeps it in memory and shows it
 * once, until the host presses Done; nothing can fetch it again.
 */
import { useEffect, useRef, useState } from 'hono/jsx/dom';
import type { Webhook, WebhookEventType } from '../../../shared/webhooks.js';
import { t, tNodes } from '../i18n/i18n.js';
import { ApiError, api } from '../lib/api.js';
import { useDedupedEffect } from '../lib/deduped-effect.js';
import { serverNow } from '../lib/server-clock.js';
import { copyText } from './clipboard.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { describeFailure } from './error-messages.js';
import { Icon } from './icons.js';
import type { Notify } from './toasts.js';
import { deliverySummary, EVENT_NAMES } from './webhook-status.js';
import './webhooks-card.css';

const REFRESH_MS = 10_000;
/** After a poll opens or closes, the list is asked again once its deliveries have had time. */
const AFTER_POLL_MS = 1500;
const EVENT_TYPES = Object.keys(EVENT_NAMES) as WebhookEventType[];
const CHOSEN_FIRST: readonly WebhookEventType[] = ['poll.opened', 'poll.closed'];

const URL_ID = 'webhook-url';
const SECRET_ID = 'webhook-secret';
const ADD_ID = 'webhook-add';

export interface WebhooksCardProps {
  code: string;
  hostKey: string;
  notify: Notify;
  /** The polls' states in one string: it changes when a poll opens or closes. */
  pollStates: string;
}

/** Null while the first answer is awaited; 'failed' when it did not come. */
type ListView = Webhook[] | null | 'failed';

function useWebhookList(code: string, hostKey: string, pollStates: string) {
  const [list, setList] = useState<ListView>(null);
  // Only the newest answer counts: a slow one must not undo a later add or remove.
  const asked = useRef(0);
  const refresh = () => {
    const ask = ++asked.current;
    api.webhooks(code, hostKey).then(
      ({ webhooks }) => ask === asked.current && setList(webhooks),
      () => ask === asked.current && setList((now) => (Array.isArray(now) ? now : 'failed')),
    );
  };
  const latest = useRef(refresh);
  latest.current = refresh;

  useDedupedEffect(() => {
    latest.current();
    const whenVisible = () => document.visibilityState === 'visible' && latest.current();
    const timer = setInterval(whenVisible, REFRESH_MS);
    document.addEventListener('visibilitychange', whenVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', whenVisible);
    };
  }, [code, hostKey]);

  const seenStates = useRef(pollStates);
  useEffect(() => {
    if (pollStates === seenStates.current) return;
    seenStates.current = pollStates;
    const timer = setTimeout(() => latest.current(), AFTER_POLL_MS);
    return () => clearTimeout(timer);
  }, [pollStates]);

  return { list, setList, refresh };
}

export function WebhooksCard(props: WebhooksCardProps) {
  const { code, hostKey } = props;
  const { list, setList, refresh } = useWebhookList(code, hostKey, props.pollStates);
  const [url, setUrl] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<WebhookEventType>>(new Set(CHOSEN_FIRST));
  const [urlError, setUrlError] = useState<string | null>(null);
  const [eventsError, setEventsError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<{ id: number; url: string; value: string } | null>(null);
  const [removing, setRemoving] = useState<Webhook | null>(null);

  // A new secret takes the focus, selected, ready to copy.
  useEffect(() => {
    if (secret === null) return;
    const field = document.getElementById(SECRET_ID) as HTMLTextAreaElement | null;
    field?.focus();
    field?.select();
  }, [secret]);

  const focus = (id: string) => document.getElementById(id)?.focus();

  const add = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const address = url.trim();
    const events = EVENT_TYPES.filter((type) => chosen.has(type));
    const missingUrl = address === '' ? t('host.webhooks.needUrl') : null;
    const missingEvent = events.length === 0 ? t('host.webhooks.needEvent') : null;
    setUrlError(missingUrl);
    setEventsError(missingEvent);
    if (missingUrl || missingEvent) {
      focus(missingUrl ? URL_ID : `${URL_ID}-events`);
      return;
    }
    setBusy(true);
    try {
      const { webhook } = await api.addWebhook(code, hostKey, { url: address, events });
      const { secret: value, ...listed } = webhook;
      setList((now) => (Array.isArray(now) ? [...now, listed] : [listed]));
      setUrl('');
      setSecret({ id: webhook.id, url: webhook.url, value });
      refresh();
    } catch (error) {
      // The server's reason, as it gave it ("…resolves to 127.0.0.1, a private address…").
      setUrlError(describeFailure(error, t('host.failed.addWebhook')));
      focus(URL_ID);
    } finally {
      setBusy(false);
    }
  };

  const copySecret = async () => {
    if (!secret) return;
    const ok = await copyText(secret.value);
    props.notify(
      t(ok ? 'host.webhooks.secretCopied' : 'host.webhooks.secretCopyFailed'),
      ok ? 'info' : 'error',
    );
  };

  const done = () => {
    setSecret(null);
    focus(ADD_ID);
  };

  const remove = async (hook: Webhook) => {
    try {
      await api.removeWebhook(code, hostKey, hook.id);
    } catch (error) {
      // Already gone (removed from another console): what the host wanted.
      if (!(error instanceof ApiError && error.status === 404))
        throw new Error(describeFailure(error, t('host.failed.removeWebhook')));
    }
    setList((now) => (Array.isArray(now) ? now.filter((h) => h.id !== hook.id) : now));
    // The secret of a webhook that is gone is no use to anyone.
    setSecret((shown) => (shown?.id === hook.id ? null : shown));
    refresh();
  };

  return (
    <section class="card side-card" aria-labelledby="webhooks-title" data-testid="webhooks-card">
      <h2 id="webhooks-title" class="side-title">
        {t('host.webhooks.title')}
      </h2>
      <p class="side-hint">{t('host.webhooks.hint')}</p>

      <WebhookList list={list} onRemove={setRemoving} />

      {secret && (
        <div class="webhook-secret" data-testid="webhook-secret">
          <label class="field-label" for={SECRET_ID}>
            {tNodes('host.webhooks.secret', {
              url: <span class="webhook-secret-url mono">{secret.url}</span>,
            })}
          </label>
          {/* The whole secret in view, wrapped: it is checked by eye against where it was pasted. */}
          <textarea
            id={SECRET_ID}
            class="input mono webhook-secret-value"
            readOnly
            rows={2}
            spellcheck={false}
            aria-describedby={`${SECRET_ID}-hint`}
            value={secret.value}
            onFocus={(e: FocusEvent) => (e.target as HTMLTextAreaElement).select()}
          />
          <p id={`${SECRET_ID}-hint`} class="webhook-secret-hint">
            <Icon name="key" size={16} />
            <span>{t('host.webhooks.secretHint')}</span>
          </p>
          <div class="button-row-even">
            <button
              type="button"
              class="btn btn-sm btn-secondary"
              aria-label={t('host.webhooks.copySecret')}
              onClick={copySecret}
            >
              <Icon name="copy" size={16} />
              {t('host.side.copy')}
            </button>
            <button type="button" class="btn btn-sm" onClick={done}>
              {t('host.webhooks.done')}
            </button>
          </div>
        </div>
      )}

      <form class="webhook-form" noValidate onSubmit={add}>
        <div class="field">
          <label class="field-label" for={URL_ID}>
            {t('host.webhooks.url')}
          </label>
          <input
            id={URL_ID}
            class="input"
            type="url"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder="https://example.org/voxpop"
            value={url}
            aria-invalid={urlError ? 'true' : undefined}
            aria-describedby={urlError ? `${URL_ID}-error` : undefined}
            onInput={(e: Event) => setUrl((e.target as HTMLInputElement).value)}
          />
          {urlError && (
            <p id={`${URL_ID}-error`} class="field-error" role="alert">
              {urlError}
            </p>
          )}
        </div>
        <fieldset
          id={`${URL_ID}-events`}
          class="field webhook-events-field"
          tabIndex={-1}
          aria-describedby={eventsError ? `${URL_ID}-events-error` : undefined}
        >
          <legend class="field-label">{t('host.webhooks.sendOn')}</legend>
          {EVENT_TYPES.map((type) => (
            <label class="check check-compact">
              <input
                type="checkbox"
                checked={chosen.has(type)}
                onChange={(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  setChosen((now) => {
                    const next = new Set(now);
                    if (on) next.add(type);
                    else next.delete(type);
                    return next;
                  });
                }}
              />
              <span>{t(EVENT_NAMES[type])}</span>
            </label>
          ))}
          {eventsError && (
            <p id={`${URL_ID}-events-error`} class="field-error" role="alert">
              {eventsError}
            </p>
          )}
        </fieldset>
        <button
          id={ADD_ID}
          type="submit"
          class="btn btn-sm btn-secondary btn-block"
          disabled={busy}
        >
          <Icon name="plus" size={16} />
          {t(busy ? 'host.webhooks.adding' : 'host.webhooks.add')}
        </button>
      </form>

      {removing && (
        <ConfirmDialog
          title={t('host.webhooks.removeTitle')}
          confirmLabel={t('host.webhooks.removeConfirm')}
          onConfirm={() => remove(removing)}
          onClose={() => setRemoving(null)}
          fallbackFocus={`#${ADD_ID}`}
        >
          <p class="confirm-question webhook-confirm-url">{removing.url}</p>
          <p>{t('host.webhooks.removeText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function WebhookList(props: { list: ListView; onRemove: (hook: Webhook) => void }) {
  const { list } = props;
  if (list === null) return <p class="side-hint">{t('host.webhooks.loading')}</p>;
  if (list === 'failed') return <p class="side-hint">{t('host.webhooks.loadFailed')}</p>;
  if (list.length === 0) return <p class="webhook-empty">{t('host.webhooks.empty')}</p>;
  const now = serverNow();
  return (
    <ul class="webhook-list" aria-label={t('host.webhooks.list')} data-testid="webhook-list">
      {list.map((hook) => {
        const summary = deliverySummary(hook, now);
        return (
          <li key={hook.id} class="webhook" data-testid="webhook">
            <div class="webhook-head">
              <span class="webhook-url mono" title={hook.url}>
                {hook.url}
              </span>
              {/* An icon, as the poll cards' Delete: the address keeps the width. */}
              <button
                type="button"
                class="icon-btn icon-btn-danger"
                aria-label={t('host.webhooks.removeLabel', { url: hook.url })}
                title={t('host.webhooks.remove')}
                onClick={() => props.onRemove(hook)}
              >
                <Icon name="trash" />
              </button>
            </div>
            <ul class="webhook-events" aria-label={t('host.webhooks.events')}>
              {hook.events.map((type) => (
                <li class="webhook-event">{EVENT_NAMES[type] ? t(EVENT_NAMES[type]) : type}</li>
              ))}
            </ul>
            <p class="webhook-delivery" data-tone={summary.tone} data-testid="webhook-delivery">
              {summary.parts.join(' · ')}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
