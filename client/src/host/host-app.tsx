/**
 * The moderator's console: a top bar (who is connected), the event heading,
 * the list of polls with their live results and actions, and the side panel
 * for sharing and settings. Dialogs (editor, confirmations) are opened from
 * here so only one is ever open.
 */
import { useEffect, useState } from 'hono/jsx/dom';
import type { Poll } from '../../../shared/protocol.js';
import { formatNumber, t, tNodes, useLanguage, type StaffKey } from '../i18n/i18n.js';
import { LanguageMenu } from '../i18n/language-menu.js';
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
import { LanguagesCard } from './languages-card.js';
import { WebhooksCard } from './webhooks-card.js';
import { PollEditor } from './poll-editor.js';
import { ProblemScreen } from './problem-screen.js';
import { SidePanel, type Copied } from './side-panel.js';
import { Toasts, useToasts } from './toasts.js';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; pollId: number }
  | { kind: 'reset'; pollId: number }
  | { kind: 'delete'; pollId: number }
  | { kind: 'delete-event' }
  | { kind: 'new-round' };

const STATUS_TEXT: Record<ConnectionStatus, StaffKey> = {
  online: 'host.status.online',
  connecting: 'host.status.connecting',
  offline: 'host.status.offline',
  closed: 'host.status.closed',
};

/** What the console says when a link was copied, or could not be. */
const COPIED: Record<Copied, { done: StaffKey; failed: StaffKey }> = {
  hostLink: { done: 'host.copy.hostLinkDone', failed: 'host.copy.hostLinkFailed' },
  joinLink: { done: 'host.copy.joinLinkDone', failed: 'host.copy.joinLinkFailed' },
  presenterLink: { done: 'host.copy.presenterLinkDone', failed: 'host.copy.presenterLinkFailed' },
};

export function HostApp(props: { code: string; hostKey: string | null }) {
  const { code } = props;
  // Everything below reads its words through t(): a change of language re-renders it.
  const language = useLanguage();
  useEffect(() => {
    document.title = t('host.documentTitle');
  }, [language]);
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
        {t('host.connecting')}
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

  const copy = async (text: string, what: Copied) => {
    const ok = await copyText(text);
    notify(t(ok ? COPIED[what].done : COPIED[what].failed), ok ? 'info' : 'error');
  };
  const copyHostLink = () => copy(hostLink(code, hostKey), 'hostLink');
  const copyQr = () =>
    copyImage(api.qrUrl(code)).then(
      () => notify(t('host.copy.qrDone')),
      () => notify(t('host.copy.qrFailed'), 'error'),
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
    downloadImage: actions.downloadImage,
  };

  const openCount = state.polls.filter((p) => p.state === 'open').length;
  const quizPolls = state.polls.filter((p) => NAMED_KINDS.includes(p.kind));
  const [round, setRound] = useState(0);

  return (
    <div class="host">
      <header class="topbar">
        <div class="topbar-inner">
          <a class="brand" href="/" aria-label={t('host.homeLink')}>
            <img src="/favicon.svg" alt="" width={24} height={24} />
            <span>voxpop</span>
          </a>
          <span class="topbar-role">{t('host.role')}</span>
          <div class="topbar-status">
            <span class="presence" data-testid="presence">
              <Icon name="users" size={16} />
              {/* The words "connected" give way on a narrow screen (host.css). */}
              <span class="presence-long">
                {tNodes('host.attendeesConnected', {
                  count: state.attendees,
                  number: <strong>{formatNumber(state.attendees)}</strong>,
                })}
              </span>
              <span class="presence-short">{t('host.attendees', { count: state.attendees })}</span>
            </span>
            <span class="connection" data-status={session.status} data-testid="connection">
              {t(STATUS_TEXT[session.status])}
            </span>
            <LanguageMenu class="topbar-language" />
          </div>
        </div>
      </header>

      {session.status === 'offline' && (
        <p class="offline-banner">
          <Icon name="alert" size={16} />
          {t('host.offlineBanner')}
        </p>
      )}

      <div class="host-body">
        <main class="host-main">
          <KeyNotice code={code} onCopy={copyHostLink} />

          <div class="event-head">
            <EventTitle title={event.title} onRename={actions.rename} />
            <p class="event-meta">
              {tNodes('host.eventCode', { code: <strong class="mono">{code}</strong> })}
              <span aria-hidden="true"> · </span>
              {t('host.pollCount', { count: state.polls.length })}
              {openCount > 0 && (
                <>
                  <span aria-hidden="true"> · </span>
                  {t('host.openCount', { count: openCount })}
                </>
              )}
            </p>
          </div>

          <section class="polls" aria-labelledby="polls-title">
            <div class="polls-head">
              <h2 id="polls-title">{t('host.polls')}</h2>
              <button
                type="button"
                id="new-poll"
                class="btn"
                onClick={() => setDialog({ kind: 'create' })}
              >
                <Icon name="plus" />
                {t('host.newPoll')}
              </button>
            </div>
            {state.polls.length === 0 ? (
              <div class="empty card">
                <span class="empty-icon" aria-hidden="true">
                  <Icon name="chart" size={28} />
                </span>
                <h3>{t('host.noPolls')}</h3>
                <p>{t('host.noPollsText')}</p>
                <button type="button" class="btn" onClick={() => setDialog({ kind: 'create' })}>
                  <Icon name="plus" />
                  {t('host.createPoll')}
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
          languages={
            <LanguagesCard
              event={event}
              busy={actions.pending.has('event:languages')}
              onChange={actions.setLanguages}
            />
          }
          webhooks={
            <WebhooksCard
              code={code}
              hostKey={hostKey}
              notify={notify}
              pollStates={state.polls.map((p) => `${p.id}:${p.state}`).join()}
            />
          }
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
    return (
      <PollEditor
        locked={false}
        languages={props.state.event?.languages ?? []}
        onSave={actions.createPoll}
        onClose={close}
      />
    );
  }
  if (dialog.kind === 'delete-event') {
    return (
      <ConfirmDialog
        title={t('host.deleteEvent.title')}
        confirmLabel={t('host.deleteEvent.confirm')}
        typeToConfirm={props.code}
        onConfirm={actions.deleteEvent}
        onClose={close}
      >
        <p>{t('host.deleteEvent.text')}</p>
      </ConfirmDialog>
    );
  }
  if (dialog.kind === 'new-round') {
    const quizPolls = props.state.polls.filter((p) => NAMED_KINDS.includes(p.kind));
    return (
      <ConfirmDialog
        title={t('host.newRound.title')}
        confirmLabel={t('host.newRound.confirm')}
        onConfirm={async () => {
          await actions.newRound(quizPolls);
          props.afterNewRound();
        }}
        onClose={close}
      >
        <p>{t('host.newRound.text', { count: quizPolls.length })}</p>
      </ConfirmDialog>
    );
  }
  const poll = props.pollOf(dialog.pollId);
  // The poll was deleted elsewhere while its dialog was open: nothing left to act on.
  if (!poll) return null;
  const votes = props.state.results[poll.id]?.total ?? 0;
  switch (dialog.kind) {
    case 'edit':
      if (!canEdit(poll.kind)) return null;
      return (
        <PollEditor
          poll={poll}
          locked={votes > 0}
          languages={props.state.event?.languages ?? []}
          onSave={(draft) => actions.updatePoll(poll, draft)}
          onClose={close}
        />
      );
    case 'reset':
      return (
        <ConfirmDialog
          title={t('host.resetPoll.title')}
          confirmLabel={t('host.resetPoll.confirm')}
          onConfirm={() => actions.resetPoll(poll)}
          onClose={close}
        >
          <p class="confirm-question">{poll.question}</p>
          <p>{t('host.resetPoll.text', { count: votes })}</p>
        </ConfirmDialog>
      );
    case 'delete':
      return (
        <ConfirmDialog
          title={t('host.deletePoll.title')}
          confirmLabel={t('host.deletePoll.confirm')}
          onConfirm={() => actions.deletePoll(poll)}
          onClose={close}
          fallbackFocus="#new-poll"
        >
          <p class="confirm-question">{poll.question}</p>
          <p>
            {t(
              props.state.activePollId === poll.id
                ? 'host.deletePoll.textOnScreen'
                : 'host.deletePoll.text',
              { count: votes },
            )}
          </p>
        </ConfirmDialog>
      );
  }
}
