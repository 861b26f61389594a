/**
 * The full-page messages of the vote page: joining, no such event, event
 * ended. Each says what happened in plain words and offers the way back to
 * the code entry.
 */
import type { Child } from 'hono/jsx';
import { t } from '../i18n/i18n.js';

export function NoticeScreen(props: {
  title: string;
  children?: Child;
  tone?: 'info' | 'error';
  action?: boolean;
}) {
  return (
    <section
      class={`vote-notice vote-notice--${props.tone ?? 'info'}`}
      aria-labelledby="vote-notice-title"
    >
      <h1 id="vote-notice-title">{props.title}</h1>
      {props.children}
      {props.action !== false && (
        <a class="btn" href="/">
          {t('vote.enterAnotherCode')}
        </a>
      )}
    </section>
  );
}

export function JoiningScreen({ code, slow }: { code: string; slow: boolean }) {
  return (
    <section class="vote-notice" aria-labelledby="vote-notice-title">
      <span class="spinner spinner--large" aria-hidden="true" />
      <h1 id="vote-notice-title">{t('vote.joiningEvent', { code })}</h1>
      <p aria-live="polite">{slow ? t('vote.joiningSlow') : ''}</p>
    </section>
  );
}
