/**
 * The attendee's page at /e/:code: a slim header (event title, connection
 * dot), then whatever the moderator has on screen — the active poll, a
 * waiting screen, or a notice when the event is unknown or over.
 */
import { useState } from 'hono/jsx/dom';
import { readerLanguages, t, useLanguage, type AttendeeKey } from '../i18n/i18n.js';
import { readerTranslation, withTranslation } from '../i18n/poll-text.js';
import { TranslationSwitch } from './translation-switch.js';
import { LanguageMenu } from '../i18n/language-menu.js';
import type { ConnectionStatus } from '../lib/live-socket.js';
import { JoiningScreen, NoticeScreen } from './notice-screen.js';
import { PollCard } from './poll-card.js';
import { useVoteSession } from './use-vote-session.js';
import { activePoll } from '../lib/event-state.js';
import { WaitingScreen } from './waiting-screen.js';
import { useDedupedEffect } from '../lib/deduped-effect.js';
import { loadNameField, NAMED_KINDS } from '../kinds/index.js';

type NameFieldComponent = Awaited<ReturnType<typeof loadNameField>>;

/** The "Your name" box, fetched the first time the event has a quiz question (null until then). */
function useNameField(wanted: boolean): NameFieldComponent | null {
  const [component, setComponent] = useState<{ c: NameFieldComponent } | null>(null);
  useDedupedEffect(() => {
    if (!wanted || component) return;
    let cancelled = false;
    loadNameField().then(
      (c) => !cancelled && setComponent({ c }),
      () => {}, // a flaky line: the next quiz question tries again
    );
    return () => {
      cancelled = true;
    };
  }, [wanted]);
  return wanted ? (component?.c ?? null) : null;
}

/** Short drops are common on phones; only a longer one earns a banner. */
const OFFLINE_BANNER_AFTER_MS = 3000;

export function VoteApp({ code, rawCode }: { code: string | null; rawCode: string }) {
  // A change of language re-renders the page from here down.
  const language = useLanguage();
  const { state, connection, vote, ask, upvote, setName } = useVoteSession(code);
  const named = state.live.polls.some((p) => NAMED_KINDS.includes(p.kind));
  const NameField = useNameField(named);
  const offlineLong = useOfflineFor(connection, OFFLINE_BANNER_AFTER_MS);
  const active = activePoll(state.live);
  // The poll in the reader's language, unless they asked for the original.
  const [original, setOriginal] = useState(false);
  const translation = active
    ? readerTranslation(active, readerLanguages(), state.live.event?.language ?? 'en')
    : null;
  const poll = active && !original ? withTranslation(active, translation) : active;
  const title = state.live.event?.title;

  useDedupedEffect(() => {
    document.title = title ? t('vote.documentTitle', { title }) : t('vote.documentTitleDefault');
  }, [title, language]);

  let body;
  if (state.live.phase === 'missing') {
    body = (
      <NoticeScreen
        title={code ? t('vote.eventMissing', { code }) : t('vote.invalidLink')}
        tone="error"
      >
        <p>{code ? t('vote.eventMissingHelp') : t('vote.notACode', { code: rawCode })}</p>
      </NoticeScreen>
    );
  } else if (state.live.phase === 'ended') {
    body = (
      <NoticeScreen title={t('vote.endedTitle')}>
        <p>{t('vote.endedText')}</p>
      </NoticeScreen>
    );
  } else if (state.live.phase === 'connecting') {
    body = <JoiningScreen code={code ?? ''} slow={offlineLong} />;
  } else if (poll && poll.state !== 'draft') {
    body = (
      <PollCard
        key={poll.id}
        poll={poll}
        state={state}
        connection={connection}
        vote={vote}
        ask={ask}
        upvote={upvote}
        translation={
          translation && (
            <TranslationSwitch
              tag={translation.tag}
              original={original}
              toggle={() => setOriginal((o) => !o)}
            />
          )
        }
      />
    );
  } else {
    body = <WaitingScreen upNext={poll} />;
  }

  const live = state.live.phase === 'live' || state.live.phase === 'connecting';
  return (
    <div class="vote-page">
      <header class="vote-top">
        <div class="vote-top__event">
          <span class="vote-top__brand">voxpop</span>
          {title && <span class="vote-top__title">{title}</span>}
        </div>
        <div class="vote-top__tools">
          <LanguageMenu class="vote-language" />
          {live && code && <ConnectionDot status={connection} />}
        </div>
      </header>
      <div class="vote-banner-slot" aria-live="polite">
        {state.live.phase === 'live' && offlineLong && (
          <p class="vote-banner">
            <span class="spinner" aria-hidden="true" />
            {t('vote.reconnecting')}
          </p>
        )}
      </div>
      <main class="vote-main">
        {body}
        {state.live.phase === 'live' && NameField && (
          <NameField current={state.name} save={setName} />
        )}
      </main>
      {state.live.phase === 'live' && (
        <footer class="vote-foot">
          <span>{t('vote.eventCode', { code: code ?? '' })}</span>
          <a href="/">{t('vote.joinAnother')}</a>
        </footer>
      )}
    </div>
  );
}

const STATUS_LABEL: Record<ConnectionStatus, AttendeeKey> = {
  online: 'connection.live',
  connecting: 'connection.connecting',
  offline: 'connection.offline',
  closed: 'connection.closed',
};

function ConnectionDot({ status }: { status: ConnectionStatus }) {
  return (
    <span class="connection" data-status={status} data-testid="connection">
      {t(STATUS_LABEL[status])}
    </span>
  );
}

function useOfflineFor(status: ConnectionStatus, ms: number): boolean {
  const [long, setLong] = useState(false);
  useDedupedEffect(() => {
    if (status === 'online' || status === 'closed') {
      setLong(false);
      return;
    }
    const timer = setTimeout(() => setLong(true), ms);
    return () => clearTimeout(timer);
  }, [status === 'online' || status === 'closed']);
  return long;
}
