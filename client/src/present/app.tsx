/**
 * The presenter screen: picks the stage for what is happening in the event.
 * As an overlay (`?overlay=1`) it is the same screen without the page: no
 * top bar, no background, nothing at all while there is nothing to show.
 */
import { useEffect, type Child } from 'hono/jsx/dom';
import { t, tNodes, useLanguage } from '../i18n/i18n.js';
import { formatCode } from './format.js';
import { onFullscreenKey } from './fullscreen.js';
import { JoinCard, Lobby } from './join.js';
import { LeaderboardStage } from './leaderboard.js';
import { PollStage } from './poll-stage.js';
import { localisePoll, withLabelsOf } from '../i18n/poll-text.js';
import { useScreenLanguage } from './screen-language.js';
import type { ScreenOptions } from './screen-options.js';
import { activeView, pinnedView, type ActiveView } from './state.js';
import { TopBar } from './top-bar.js';
import { usePresenterSocket } from './use-presenter-socket.js';

function Notice({ title, detail }: { title: Child; detail: string }) {
  return (
    <main class="stage stage-notice">
      <div class="notice" data-testid="notice">
        <h1>{title}</h1>
        <p>{detail}</p>
      </div>
    </main>
  );
}

/** What someone typed, short enough for a heading. */
const shorten = (text: string) => (text.length > 24 ? `${text.slice(0, 23)}…` : text);

/** The poll on screen in `language`, where it has a translation for it. */
function inLanguage(view: ActiveView | null, language: string | null): ActiveView | null {
  if (!view || !language) return view;
  const poll = localisePoll(view.poll, language);
  return poll === view.poll ? view : { ...view, poll, results: withLabelsOf(view.results, poll) };
}

export function App({ code, screen }: { code: string | null; screen: ScreenOptions }) {
  const { state, status } = usePresenterSocket(code);
  // Everything below reads its words through t(): a change of language re-renders it.
  const language = useLanguage();

  useEffect(() => {
    // An overlay has no one at its keyboard, and no page to fill the screen with.
    if (screen.overlay) return;
    addEventListener('keydown', onFullscreenKey);
    return () => removeEventListener('keydown', onFullscreenKey);
  }, []);

  // A pinned screen stays on its poll; otherwise it follows the host's, or the leaderboard.
  const pin = screen.pin && 'id' in screen.pin ? screen.pin.id : null;
  const leaderboard = screen.pin === null && state.event?.leaderboard === true;

  // The screen speaks the event's language, or each of its languages in turn.
  const shown = useScreenLanguage(state.event);
  const view = inLanguage(pin === null ? activeView(state) : pinnedView(state, pin), shown);
  useEffect(() => {
    const onScreen = leaderboard ? t('leaderboard.title') : view?.poll.question;
    const parts = [onScreen, state.event?.title, 'voxpop'].filter(Boolean);
    document.title = parts.join(' — ');
  }, [view?.poll.question, state.event?.title, leaderboard, language]);

  // Once there is nothing left to connect to, a connection indicator would only confuse.
  const live = code !== null && state.phase !== 'missing' && state.phase !== 'ended';
  let stage;
  if (code === null) {
    stage = <Notice title={t('present.badLink')} detail={t('present.badLinkDetail')} />;
  } else if (screen.pin && 'invalid' in screen.pin) {
    stage = (
      <Notice
        title={t('present.pin.invalid', { value: shorten(screen.pin.invalid) })}
        detail={t('present.pin.invalidDetail')}
      />
    );
  } else if (state.phase === 'missing') {
    stage = (
      <Notice
        title={tNodes('present.noEvent', {
          code: <span class="nowrap">{formatCode(code)}</span>,
        })}
        detail={t('present.noEventDetail')}
      />
    );
  } else if (state.phase === 'ended') {
    stage = <Notice title={t('present.ended')} detail={t('present.endedDetail')} />;
  } else if (state.phase === 'connecting' || !state.event) {
    // On a stream, "Connecting…" over the camera for a moment would only be noise.
    stage = screen.overlay ? (
      <main class="stage" />
    ) : (
      <main class="stage stage-notice">
        <p class="connecting">{t('present.connecting', { code: formatCode(code) })}</p>
      </main>
    );
  } else if (leaderboard) {
    stage = <LeaderboardStage code={code} pushed={state.leaderboard} />;
  } else if (view) {
    stage = (
      <PollStage
        code={code}
        joinUrl={state.event.joinUrl}
        view={view}
        attendees={state.attendees}
        showStats={screen.stats || state.event.showStats}
        join={!screen.overlay || screen.join}
      />
    );
  } else if (pin !== null) {
    stage = (
      <Notice
        title={t('present.pin.missing', { id: String(pin) })}
        detail={t('present.pin.missingDetail')}
      />
    );
  } else if (screen.overlay) {
    // Nothing on screen: the camera picture alone, or with how to join.
    stage = (
      <main class="stage stage-idle" data-testid="idle">
        {screen.join && <JoinCard code={code} joinUrl={state.event.joinUrl} />}
      </main>
    );
  } else {
    stage = (
      <Lobby
        code={code}
        title={state.event.title}
        attendees={state.attendees}
        joinUrl={state.event.joinUrl}
      />
    );
  }

  if (screen.overlay) {
    return (
      <div class="present present--overlay" data-testid="overlay">
        {stage}
      </div>
    );
  }
  return (
    <div class="present">
      <TopBar title={state.event?.title ?? ''} status={live ? status : null} />
      {stage}
    </div>
  );
}
