/**
 * One poll in the moderator's list: where it stands (draft, open, closed,
 * on screen, results hidden), its live mini result, and every action on it.
 * The buttons name the next step ("Open voting"), not the current state.
 */
import type { Poll } from '../../../shared/protocol.js';
import { formatNumber, t, tNodes, type StaffKey } from '../i18n/i18n.js';
import { Icon, type IconName } from './icons.js';
import type { PollKind } from '../../../shared/protocol.js';
import type { ResultsFor } from '../kinds/kind.js';
import { canEdit, editorOf as editorOfKind } from './poll-form.js';
import type { LiveResults } from '../lib/event-state.js';
import type { PollActionMethod } from '../lib/api.js';

export interface PollActions {
  setState: (poll: Poll, state: Poll['state']) => void;
  setActive: (pollId: number | null) => void;
  setShowResults: (poll: Poll, show: boolean) => void;
  edit: (poll: Poll) => void;
  duplicate: (poll: Poll) => void;
  reset: (poll: Poll) => void;
  remove: (poll: Poll) => void;
  /** A kind's own action on the poll (HostActions.moderate); `failed`: its failure's sentence. */
  moderate: (
    poll: Poll,
    failed: string,
    method: PollActionMethod,
    path: string,
    body: unknown,
  ) => void;
  /** The results as a PNG for slides (GET …/results.png with the host key). */
  downloadImage: (poll: Poll) => void;
}

export interface PollCardProps {
  poll: Poll;
  number: number;
  results: LiveResults | undefined;
  onScreen: boolean;
  /** Actions waiting for the server, by name, so their buttons cannot be pressed twice. */
  pending: Set<string>;
  actions: PollActions;
}

const STATE_LABEL: Record<Poll['state'], StaffKey> = {
  draft: 'host.card.draft',
  open: 'host.card.open',
  closed: 'host.card.closed',
};

/** A kind this page does not know (a newer server's) is listed without its parts. */
const editorOf = (poll: Poll) => (canEdit(poll.kind) ? editorOfKind(poll.kind) : undefined);

/**
 * Phones show only the poll on screen, so the combinations of state and
 * screen that leave attendees waiting are spelled out.
 */
function audienceHint(poll: Poll, onScreen: boolean): { text: StaffKey; warn: boolean } | null {
  if (onScreen && poll.state === 'draft') return { text: 'host.card.hintNotOpen', warn: true };
  if (!onScreen && poll.state === 'open') return { text: 'host.card.hintNotOnScreen', warn: true };
  if (onScreen && poll.state === 'closed') {
    return {
      text: poll.showResults ? 'host.card.hintClosed' : 'host.card.hintClosedHidden',
      warn: false,
    };
  }
  return null;
}

export function PollCard(props: PollCardProps) {
  const { poll, actions, pending } = props;
  const questionId = `poll-${poll.id}-question`;
  const kind = editorOf(poll);
  const total = props.results?.total ?? 0;
  const results =
    props.results?.kind === poll.kind ? (props.results as ResultsFor<PollKind>) : null;
  const footnote = kind?.footnote(poll, total) ?? null;
  const busy = (what: string) => pending.has(`${poll.id}:${what}`);
  const hint = audienceHint(poll, props.onScreen);

  const stateAction =
    poll.state === 'draft'
      ? { to: 'open' as const, label: t('host.card.openVoting'), icon: 'play' as const }
      : poll.state === 'open'
        ? { to: 'closed' as const, label: t('host.card.closeVoting'), icon: 'stop' as const }
        : kind?.reopens === false
          ? null
          : { to: 'open' as const, label: t('host.card.reopenVoting'), icon: 'play' as const };

  return (
    <li
      class={`poll-card card${props.onScreen ? ' poll-on-screen' : ''}`}
      data-poll-id={poll.id}
      data-state={poll.state}
      aria-labelledby={questionId}
    >
      <div class="poll-top">
        <span class="poll-number">
          <span class="visually-hidden">{t('host.card.number', { number: props.number })}</span>
          <span aria-hidden="true">{formatNumber(props.number)}</span>
        </span>
        <span class={`badge badge-${poll.state}`} data-testid="state">
          {t(STATE_LABEL[poll.state])}
        </span>
        {props.onScreen && (
          <span class="badge badge-screen" data-testid="on-screen">
            <Icon name="screen" size={14} />
            {t('host.card.onScreen')}
          </span>
        )}
        {!poll.showResults && kind?.hidesResults !== false && (
          <span class="badge badge-muted">
            <Icon name="eyeOff" size={14} />
            {t('host.card.resultsHidden')}
          </span>
        )}
        <span class="poll-kind">{kind ? kind.label(poll) : poll.kind}</span>
        <span class="poll-tools">
          <IconButton
            icon="edit"
            label={t('host.card.edit')}
            title={t('host.card.edit')}
            describedBy={questionId}
            onClick={() => actions.edit(poll)}
          />
          <IconButton
            icon="copy"
            label={t('host.card.duplicate')}
            title={t('host.card.duplicate')}
            describedBy={questionId}
            disabled={busy('duplicate')}
            onClick={() => actions.duplicate(poll)}
          />
          <IconButton
            icon="download"
            label={t('host.card.downloadImage')}
            title={t('host.card.downloadImageTitle')}
            describedBy={questionId}
            disabled={busy('image')}
            onClick={() => actions.downloadImage(poll)}
          />
          <IconButton
            icon="reset"
            label={t('host.card.reset')}
            title={t('host.card.resetTitle')}
            describedBy={questionId}
            disabled={busy('reset')}
            onClick={() => actions.reset(poll)}
          />
          <IconButton
            icon="trash"
            label={t('host.card.delete')}
            title={t('host.card.deleteTitle')}
            describedBy={questionId}
            danger
            onClick={() => actions.remove(poll)}
          />
        </span>
      </div>

      <h3 id={questionId} class="poll-question">
        {poll.question}
      </h3>

      {kind && (
        <kind.Mini
          poll={poll}
          results={results}
          labelledBy={questionId}
          moderate={(failed, method, path, body) =>
            actions.moderate(poll, failed, method, path, body)
          }
          busy={(path) => pending.has(`${poll.id}:${path}`)}
        />
      )}

      {hint && (
        <p class={`poll-hint${hint.warn ? ' poll-hint-warn' : ''}`} data-testid="audience-hint">
          <Icon name={hint.warn ? 'alert' : 'check'} size={16} />
          <span>{t(hint.text)}</span>
        </p>
      )}

      <div class="poll-bottom">
        <div class="poll-actions">
          {stateAction && (
            <button
              type="button"
              class={`btn btn-sm${poll.state === 'open' ? ' btn-secondary' : ''}`}
              aria-describedby={questionId}
              disabled={busy('state')}
              onClick={() => actions.setState(poll, stateAction.to)}
            >
              <Icon name={stateAction.icon} size={16} />
              {stateAction.label}
            </button>
          )}
          <button
            type="button"
            class={`btn btn-sm ${props.onScreen ? 'btn-secondary' : 'btn-outline'}`}
            aria-describedby={questionId}
            disabled={busy('active')}
            onClick={() => actions.setActive(props.onScreen ? null : poll.id)}
          >
            <Icon name="screen" size={16} />
            {t(props.onScreen ? 'host.card.takeOffScreen' : 'host.card.putOnScreen')}
          </button>
          {kind?.hidesResults !== false && (
            <button
              type="button"
              class="btn btn-sm btn-secondary"
              aria-describedby={questionId}
              disabled={busy('results')}
              onClick={() => actions.setShowResults(poll, !poll.showResults)}
            >
              <Icon name={poll.showResults ? 'eyeOff' : 'eye'} size={16} />
              {t(poll.showResults ? 'host.card.hideResults' : 'host.card.showResults')}
            </button>
          )}
        </div>
        <p class="poll-total" data-testid="voters">
          <Icon name="users" size={16} />
          <span>
            {kind?.totalText
              ? kind.totalText(total)
              : tNodes('host.card.voters', {
                  count: total,
                  number: <strong>{formatNumber(total)}</strong>,
                })}
          </span>
        </p>
      </div>
      {footnote && <p class="poll-footnote">{footnote}</p>}
    </li>
  );
}

/** A poll's icon action: the icon shows, the label is what a screen reader says. */
function IconButton(props: {
  icon: IconName;
  label: string;
  title: string;
  describedBy: string;
  danger?: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      class={props.danger ? 'icon-btn icon-btn-danger' : 'icon-btn'}
      aria-label={props.label}
      title={props.title}
      aria-describedby={props.describedBy}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      <Icon name={props.icon} />
    </button>
  );
}
