/**
 * One poll in the moderator's list: where it stands (draft, open, closed,
 * on screen, results hidden), its live mini result, and every action on it.
 * The buttons name the next step ("Open voting"), not the current state.
 */
import type { Poll } from '../../../shared/protocol.js';
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
  /** A kind's own action on the poll (HostActions.moderate). */
  moderate: (
    poll: Poll,
    doing: string,
    method: PollActionMethod,
    path: string,
    body: unknown,
  ) => void;
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

const STATE_LABEL = { draft: 'Draft', open: 'Open', closed: 'Closed' } as const;

/** A kind this page does not know (a newer server's) is listed without its parts. */
const editorOf = (poll: Poll) => (canEdit(poll.kind) ? editorOfKind(poll.kind) : undefined);

/**
 * Phones show only the poll on screen, so the combinations of state and
 * screen that leave attendees waiting are spelled out.
 */
function audienceHint(poll: Poll, onScreen: boolean): { text: string; warn: boolean } | null {
  if (onScreen && poll.state === 'draft') {
    return {
      text: 'On screen, but voting is not open yet: attendees see the question and wait.',
      warn: true,
    };
  }
  if (!onScreen && poll.state === 'open') {
    return {
      text: 'Open, but not on screen: attendees only see the poll that is on screen.',
      warn: true,
    };
  }
  if (onScreen && poll.state === 'closed') {
    return {
      text: poll.showResults
        ? 'Voting closed: attendees and the screen show the final results.'
        : 'Voting closed, results hidden: attendees and the screen show no numbers.',
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
      ? { to: 'open' as const, label: 'Open voting', icon: 'play' as const }
      : poll.state === 'open'
        ? { to: 'closed' as const, label: 'Close voting', icon: 'stop' as const }
        : kind?.reopens === false
          ? null
          : { to: 'open' as const, label: 'Reopen voting', icon: 'play' as const };

  return (
    <li
      class={`poll-card card${props.onScreen ? ' poll-on-screen' : ''}`}
      data-poll-id={poll.id}
      data-state={poll.state}
      aria-labelledby={questionId}
    >
      <div class="poll-top">
        <span class="poll-number">
          <span class="visually-hidden">Poll </span>
          {props.number}
        </span>
        <span class={`badge badge-${poll.state}`} data-testid="state">
          {STATE_LABEL[poll.state]}
        </span>
        {props.onScreen && (
          <span class="badge badge-screen" data-testid="on-screen">
            <Icon name="screen" size={14} />
            On screen
          </span>
        )}
        {!poll.showResults && kind?.hidesResults !== false && (
          <span class="badge badge-muted">
            <Icon name="eyeOff" size={14} />
            Results hidden
          </span>
        )}
        <span class="poll-kind">{kind ? kind.label(poll) : poll.kind}</span>
        <span class="poll-tools">
          <IconButton
            icon="edit"
            label="Edit"
            title="Edit"
            describedBy={questionId}
            onClick={() => actions.edit(poll)}
          />
          <IconButton
            icon="copy"
            label="Duplicate"
            title="Duplicate"
            describedBy={questionId}
            disabled={busy('duplicate')}
            onClick={() => actions.duplicate(poll)}
          />
          <IconButton
            icon="reset"
            label="Reset"
            title="Reset votes"
            describedBy={questionId}
            disabled={busy('reset')}
            onClick={() => actions.reset(poll)}
          />
          <IconButton
            icon="trash"
            label="Delete"
            title="Delete poll"
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
          moderate={(doing, method, path, body) =>
            actions.moderate(poll, doing, method, path, body)
          }
          busy={(path) => pending.has(`${poll.id}:${path}`)}
        />
      )}

      {hint && (
        <p class={`poll-hint${hint.warn ? ' poll-hint-warn' : ''}`} data-testid="audience-hint">
          <Icon name={hint.warn ? 'alert' : 'check'} size={16} />
          <span>{hint.text}</span>
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
            {props.onScreen ? 'Take off screen' : 'Put on screen'}
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
              {poll.showResults ? 'Hide results' : 'Show results'}
            </button>
          )}
        </div>
        <p class="poll-total" data-testid="voters">
          <Icon name="users" size={16} />
          <span>
            {kind?.totalText ? (
              kind.totalText(total)
            ) : (
              <>
                <strong>{total}</strong> {total === 1 ? 'voter' : 'voters'}
              </>
            )}
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
