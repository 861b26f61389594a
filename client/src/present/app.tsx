/** The presenter screen: picks the stage for what is happening in the event. */
import { useEffect, type Child } from 'hono/jsx';
import { formatCode } from './format.js';
import { onFullscreenKey } from './fullscreen.js';
import { Lobby } from './join.js';
import { LeaderboardStage } from './leaderboard.js';
import { PollStage } from './poll-stage.js';
import { activeView } from './state.js';
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

export function App({ code, forceStats }: { code: string | null; forceStats: boolean }) {
  const { state, status } = usePresenterSocket(code);

  useEffect(() => {
    addEventListener('keydown', onFullscreenKey);
    return () => removeEventListener('keydown', onFullscreenKey);
  }, []);

  const view = activeView(state);
  useEffect(() => {
    const onScreen = state.event?.leaderboard ? 'Leaderboard' : view?.poll.question;
    const parts = [onScreen, state.event?.title, 'voxpop'].filter(Boolean);
    document.title = parts.join(' — ');
  }, [view?.poll.question, state.event?.title, state.event?.leaderboard]);

  // Once there is nothing left to connect to, a connection indicator would only confuse.
  const live = code !== null && state.phase !== 'missing' && state.phase !== 'ended';
  let stage;
  if (code === null) {
    stage = (
      <Notice
        title="This is not a presenter link"
        detail="A presenter link looks like /present/123456. Ask the host for the link of the event."
      />
    );
  } else if (state.phase === 'missing') {
    stage = (
      <Notice
        title={
          <>
            No event with code <span class="nowrap">{formatCode(code)}</span>
          </>
        }
        detail="Check the link: the event may have been deleted or the code mistyped."
      />
    );
  } else if (state.phase === 'ended') {
    stage = <Notice title="This event has ended" detail="Thank you for taking part." />;
  } else if (state.phase === 'connecting' || !state.event) {
    stage = (
      <main class="stage stage-notice">
        <p class="connecting">Connecting to event {formatCode(code)}…</p>
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
