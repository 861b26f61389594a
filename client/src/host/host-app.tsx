/**
 * The moderator's console: a top bar (who is connected), the event heading,
 * the list of polls with their live results and actions, and the side panel
 * for sharing and settings. Dialogs (editor, confirmations) are opened from
 * here so only one is ever open.
 */
import { useState } from 'hono/jsx';
import type { Poll } from '../../../shared/protocol.js';
import { EDITORS, NAMED_KINDS } from '../kinds/index.js';
import type { Loaders } from '../kinds/loader.js';
import { canEdit, loadEditors, type AnyEditor } from './poll-form.js';
import { useDedupedEffect } from '../lib/deduped-effect.js';
import { api } from '../lib/api.js';
import type { ConnectionStatus } from '../lib/live-socket.js';
import { copyImage, copyText } from './clipboard.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { EventTitle } from './event-title.js';
import { useHostActions } from './host-actions.js';
import { hostLink } from './host-key.js';
import { useHostSession } from './host-session.js';
import { Icon } from './icons.js';
import { KeyNotice } from './key-notice.js';
import { LeaderboardPanel } from './leaderboard-panel.js';
import { PollCard } from './poll-card.js';
import { PollEditor } from './poll-editor.js';
import { ProblemScreen } from './problem-screen.js';
import { SidePanel } from './side-panel.js';
import { Toasts, useToasts } from './toasts.js';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; pollId: number }
  | { kind: 'reset'; pollId: number }
  | { kind: 'delete'; pollId: number }
  | { kind: 'delete-event' }
  | { kind: 'new-round' };

const STATUS_TEXT: Record<ConnectionStatus, string> = {
  online: 'Live',
  connecting: 'Connecting…',
  offline: 'Reconnecting…',
  closed: 'Disconnected',
};

export function HostApp(props: { code: string; hostKey: string | null }) {
  const { code } = props;
  const session = useHostSession(code, props.hostKey);
  const [toasts, notify, dismiss] = useToasts();
  const editors = useEditors();

  if (session.problem || session.state.phase === 'ended' || props.hostKey === null) {
    const problem = session.state.phase === 'ended' ? 'event_deleted' : session.problem;
    if (problem) return <ProblemScreen problem={problem} code={code} />;
    return <Loading />;
  }
  if (!session.state.event || editors === 'loading') return <Loading />;
  if (editors === 'failed') return <ProblemScreen problem="unreachable" code={code} />;
  return (
    <Console
      code={code}
      hostKey={props.hostKey}
      session={session}
      toasts={toasts}
      notify={notify}
      dismiss={dismiss}
    />
  );
}

/** The kinds' host parts (editor fields, card parts), fetched beside the socket's welcome. */
function useEditors(): 'loading' | 'ready' | 'failed' {
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  useDedupedEffect(() => {
    loadEditors(EDITORS as Loaders<AnyEditor>).then(
      () => setState('ready'),
      () => setState('failed'),
    );
  }, []);
  return state;
}

function Loading() {
  return (
    <main class="problem" aria-busy="true">
      <p class="loading">
        <span class="spinner" aria-hidden="true" />
        Connecting to your event…
      </p>
    </main>
  );
}

interface ConsoleProps {
  code: string;
  hostKey: string;
  session: ReturnType<typeof useHostSession>;
  toasts: ReturnType<typeof useToasts>[0];
  notify: ReturnType<typeof useToasts>[1];
  dismiss: ReturnType<typeof useToasts>[2];
}

function Console(props: ConsoleProps) {
  const { code, hostKey, session, notify } = props;
  const { state } = session;
  const event = state.event!;
  const actions = useHostActions(code, hostKey, session.dispatch, notify);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const pollOf = (id: number): Poll | undefined => state.polls.find((p) => p.id === id);

  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    notify(
      ok
        ? `${what[0]!.toUpperCase()}${what.slice(1)} copied`
        : `Could not copy — select the ${what} and copy it`,
      ok ? 'info' : 'error',
    );
  };
  const copyHostLink = () => copy(hostLink(code, hostKey), 'host link');
  const copyQr = () =>
    copyImage(api.qrUrl(code)).then(
      () => notify('QR code copied as an image'),
      () => notify('This browser cannot copy images — use Download instead', 'error'),
    );

  const pollActions = {
    setState: actions.setState,
    setActive: actions.setActive,
    setShowResults: actions.setShowResults,
    edit: (poll: Poll) => setDialog({ kind: 'edit', pollId: poll.id }),
    duplicate: actions.duplicatePoll,
    reset: (poll: Poll) => setDialog({ kind: 'reset', pollId: poll.id }),
    remove: (poll: Poll) => setDialog({ kind: 'delete', pollId: poll.id }),
    moderate: actions.moderate,
  };

  const openCount = state.polls.filter((p) => p.state === 'open').length;
  const quizPolls = state.polls.filter((p) => NAMED_KINDS.includes(p.kind));
  const [round, setRound] = useState(0);

  return (
    <div class="host">
      <header class="topbar">
        <div class="topbar-inner">
          <a class="brand" href="/" aria-label="voxpop home">
            <img src="/favicon.svg" alt="" width={24} height={24} />
            <span>voxpop</span>
          </a>
          <span class="topbar-role">Host console</span>
          <div class="topbar-status">
            <span class="presence" data-testid="presence">
              <Icon name="users" size={16} />
              <strong>{state.attendees}</strong> {state.attendees === 1 ? 'attendee' : 'attendees'}
              <span class="presence-extra"> connected</span>
            </span>
            <span class="connection" data-status={session.status} data-testid="connection">
              {STATUS_TEXT[session.status]}
            </span>
          </div>
        </div>
      </header>

      {session.status === 'offline' && (
        <p class="offline-banner">
          <Icon name="alert" size={16} />
          Connection lost — reconnecting… Live counts and attendance pause until it is back.
        </p>
      )}

      <div class="host-body">
        <main class="host-main">
          <KeyNotice code={code} onCopy={copyHostLink} />

          <div class="event-head">
            <EventTitle title={event.title} onRename={actions.rename} />
            <p class="event-meta">
              Event code <strong class="mono">{code}</strong>
              <span aria-hidden="true"> · </span>
              {state.polls.length} {state.polls.length === 1 ? 'poll' : 'polls'}
              {openCount > 0 && (
                <>
                  <span aria-hidden="true"> · </span>
                  {openCount} open for voting
                </>
              )}
            </p>
          </div>

          <section class="polls" aria-labelledby="polls-title">
            <div class="polls-head">
              <h2 id="polls-title">Polls</h2>
              <button
                type="button"
                id="new-poll"
                class="btn"
                onClick={() => setDialog({ kind: 'create' })}
              >
                <Icon name="plus" />
                New poll
              </button>
            </div>
            {state.polls.length === 0 ? (
              <div class="empty card">
                <span class="empty-icon" aria-hidden="true">
                  <Icon name="chart" size={28} />
                </span>
                <h3>No polls yet</h3>
                <p>
                  Write your first question. It is a draft only you can see until you open it or put
                  it on screen; attendees vote on the poll that is open and on screen.
                </p>
                <button type="button" class="btn" onClick={() => setDialog({ kind: 'create' })}>
                  <Icon name="plus" />
                  Create a poll
                </button>
              </div>
            ) : (
              <ol class="poll-list">
                {state.polls.map((poll, i) => (
                  <PollCard
                    key={poll.id}
                    poll={poll}
                    number={i + 1}
                    results={state.results[poll.id]}
                    onScreen={state.activePollId === poll.id}
                    pending={actions.pending}
                    actions={pollActions}
                  />
                ))}
              </ol>
            )}
          </section>
        </main>

        <SidePanel
          event={event}
          exporting={actions.pending.has('event:export')}
          statsBusy={actions.pending.has('event:stats')}
          onCopy={copy}
          onCopyQr={copyQr}
          onExport={actions.exportCsv}
          onToggleStats={actions.setShowStats}
          onCopyHostLink={copyHostLink}
          onDeleteEvent={() => setDialog({ kind: 'delete-event' })}
          quiz={
            quizPolls.length > 0 && (
              <LeaderboardPanel
                code={code}
                onScreen={event.leaderboard}
                pushed={state.leaderboard}
                version={round}
                busy={actions.pending.has('event:leaderboard')}
                quizCount={quizPolls.length}
                onToggle={actions.setLeaderboard}
                onNewRound={() => setDialog({ kind: 'new-round' })}
              />
            )
          }
        />
      </div>

      <Dialogs
        dialog={dialog}
        close={close}
        pollOf={pollOf}
        actions={actions}
        state={state}
        code={code}
        afterNewRound={() => setRound((n) => n + 1)}
      />
      <Toasts toasts={props.toasts} dismiss={props.dismiss} />
    </div>
  );
}

function Dialogs(props: {
  dialog: Dialog | null;
  close: () => void;
  pollOf: (id: number) => Poll | undefined;
  actions: ReturnType<typeof useHostActions>;
  state: ReturnType<typeof useHostSession>['state'];
  code: string;
  afterNewRound: () => void;
}) {
  const { dialog, close, actions } = props;
  if (!dialog) return null;
  if (dialog.kind === 'create') {
    return <PollEditor locked={false} onSave={actions.createPoll} onClose={close} />;
  }
  if (dialog.kind === 'delete-event') {
    return (
      <ConfirmDialog
        title="Delete this event?"
        confirmLabel="Delete event"
        typeToConfirm={props.code}
        onConfirm={actions.deleteEvent}
        onClose={close}
      >
        <p>
          All its polls, votes and attendees are removed for good. Phones and the presenter screen
          are told the event has ended. This cannot be undone; export the CSV first if you need the
          votes.
        </p>
      </ConfirmDialog>
    );
  }
  if (dialog.kind === 'new-round') {
    const quizPolls = props.state.polls.filter((p) => NAMED_KINDS.includes(p.kind));
    return (
      <ConfirmDialog
        title="Start a new round?"
        confirmLabel="Reset scores"
        onConfirm={async () => {
          await actions.newRound(quizPolls);
          props.afterNewRound();
        }}
        onClose={close}
      >
        <p>
          All {quizPolls.length} quiz {quizPolls.length === 1 ? 'question goes' : 'questions go'}{' '}
          back to draft, their answers are cleared and every score on the leaderboard returns to
          zero. This cannot be undone.
        </p>
      </ConfirmDialog>
    );
  }
  const poll = props.pollOf(dialog.pollId);
  // The poll was deleted elsewhere while its dialog was open: nothing left to act on.
  if (!poll) return null;
  const votes = props.state.results[poll.id]?.total ?? 0;
  const voters = `${votes} ${votes === 1 ? 'vote' : 'votes'}`;
  switch (dialog.kind) {
    case 'edit':
      if (!canEdit(poll.kind)) return null;
      return (
        <PollEditor
          poll={poll}
          locked={votes > 0}
          onSave={(draft) => actions.updatePoll(poll, draft)}
          onClose={close}
        />
      );
    case 'reset':
      return (
        <ConfirmDialog
          title="Reset this poll?"
          confirmLabel="Reset votes"
          onConfirm={() => actions.resetPoll(poll)}
          onClose={close}
        >
          <p class="confirm-question">{poll.question}</p>
          <p>
            Its {voters} will be cleared and every attendee can vote again. The poll keeps its
            question, options and state.
          </p>
        </ConfirmDialog>
      );
    case 'delete':
      return (
        <ConfirmDialog
          title="Delete this poll?"
          confirmLabel="Delete poll"
          onConfirm={() => actions.deletePoll(poll)}
          onClose={close}
          fallbackFocus="#new-poll"
        >
          <p class="confirm-question">{poll.question}</p>
          <p>
            The poll and its {voters} are removed for good
            {props.state.activePollId === poll.id ? ', and it leaves the presenter screen' : ''}.
          </p>
        </ConfirmDialog>
      );
  }
}
