/** The presenter screen: picks the stage for what is happening in the event. */
import { useEffect, type Child } from 'hono/jsx/dom';
import { t, tNodes, useLanguage } from '../i18n/i18n.js';
import { formatCode } from './format.js';
import { onFullscreenKey } from './fullscreen.js';
import { Lobby } from './join.js';
import { LeaderboardStage } from './leaderboard.js';
import { PollStage } from './poll-stage.js';
import { localisePoll, withLabelsOf } from '../i18n/poll-text.js';
import { useScreenLanguage } from './screen-language.js';
import { activeView, type ActiveView } from './state.js';
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

/** The poll on screen in `language`, where it has a translation for it. */
function inLanguage(view: ActiveView | null, language: string | null): ActiveView | null {
  if (!view || !language) return view;
  const poll = localisePoll(view.poll, language);
  return poll === view.poll ? view : { ...view, poll, results: withLabelsOf(view.results, poll) };
}

export function App({ code, forceStats }: { code: string | null; forceStats: boolean }) {
  const { state, status } = usePresenterSocket(code);
  // Everything below reads its words through t(): a change of language re-renders it.
  const language = useLanguage();

  useEffect(() => {
    addEventListener('keydown', onFullscreenKey);
    return () => removeEventListener('keydown', onFullscreenKey);
  }, []);

  // The screen speaks the event's language, or each of its languages in turn.
  const shown = useScreenLanguage(state.event);
  const view = inLanguage(activeView(state), shown);
  useEffect(() => {
    const onScreen = state.event?.leaderboard ? t('leaderboard.title') : view?.poll.question;
    const parts = [onScreen, state.event?.title, 'voxpop'].filter(Boolean);
    document.title = parts.join(' — ');
  }, [view?.poll.question, state.event?.title, state.event?.leaderboard, language]);

  // Once there is nothing left to connect to, a connection indicator would only confuse.
  const live = code !== null && state.phase !== 'missing' && state.phase !== 'ended';
  let stage;
  if (code === null) {
    stage = <Notice title={t('present.badLink')} detail={t('present.badLinkDetail')} />;
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
    stage = (
      <main class="stage stage-notice">
        <p class="connecting">{t('present.connecting', { code: formatCode(code) })}</p>
      </main>
    );
  } else if (state.event.leaderboard) {
    stage = <LeaderboardStage code={code} pushed={state.leaderboard} />;
  } else if (!view) {
    stage = (
      <Lobby
        code={code}
        title={state.event.title}
        attendees={state.attendees}
        joinUrl={state.event.joinUrl}
      />
    );
  } else {
    stage = (
      <PollStage
        code={code}
        joinUrl={state.event.joinUrl}
        view={view}
        attendees={state.attendees}
        showStats={forceStats || state.event.showStats}
      />
    );
  }

  return (
    <div class="present">
      <TopBar title={state.event?.title ?? ''} status={live ? status : null} />
      {stage}
    </div>
  );
}
