/**
 * The side panel's quiz card, shown once the event has a quiz question: the
 * current top of the leaderboard, the switch that puts it on the presenter
 * screen (in place of the poll) or takes it off, and "New round", which
 * resets every quiz question so the scores start again from nothing.
 */
import type { LeaderboardEntry } from '../../../shared/kinds/quiz.js';
import { formatNumber, t } from '../i18n/i18n.js';
import { pointsText } from '../kinds/quiz/podium.js';
import { useLeaderboard } from '../lib/use-leaderboard.js';
import { Icon } from './icons.js';

/** Entries the card lists; the screen shows the full top 10. */
const SHOWN = 5;

export interface LeaderboardPanelProps {
  code: string;
  onScreen: boolean;
  pushed: LeaderboardEntry[] | null;
  /** Bumped after a new round, to fetch the (now empty) board again. */
  version: number;
  busy: boolean;
  quizCount: number;
  onToggle: (on: boolean) => void;
  onNewRound: () => void;
}

export function LeaderboardPanel(props: LeaderboardPanelProps) {
  const entries = useLeaderboard(props.code, props.pushed, props.version);
  return (
    <section
      class="card side-card"
      aria-labelledby="leaderboard-title"
      data-testid="leaderboard-panel"
    >
      <h2 id="leaderboard-title" class="side-title">
        {t('leaderboard.panelTitle')}
      </h2>
      {entries === null ? (
        <p class="side-hint">{t('leaderboard.loading')}</p>
      ) : entries === 'failed' ? (
        <p class="side-hint">{t('leaderboard.failed')}</p>
      ) : entries.length === 0 ? (
        <p class="side-hint">{t('leaderboard.panelEmpty')}</p>
      ) : (
        <ol
          class="leaderboard-mini"
          aria-label={t('leaderboard.topScores')}
          data-testid="leaderboard-top"
        >
          {entries.slice(0, SHOWN).map((entry) => (
            <li key={entry.participantId}>
              <span class="leaderboard-mini__rank">
                {t('leaderboard.rankMarker', { rank: entry.rank })}
              </span>
              <span class="leaderboard-mini__name">{entry.name}</span>
              <span class="leaderboard-mini__score">
                <span aria-hidden="true">{formatNumber(entry.score)}</span>
                <span class="visually-hidden">{pointsText(entry.score)}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        class={`btn btn-sm btn-block ${props.onScreen ? 'btn-secondary' : 'btn-outline'}`}
        disabled={props.busy}
        aria-pressed={props.onScreen ? 'true' : 'false'}
        onClick={() => props.onToggle(!props.onScreen)}
        data-testid="leaderboard-toggle"
      >
        <Icon name="screen" size={16} />
        {t(props.onScreen ? 'leaderboard.takeOff' : 'leaderboard.putOn')}
      </button>
      <p class="side-hint">
        {t(props.onScreen ? 'leaderboard.onScreenHint' : 'leaderboard.offScreenHint')}
      </p>
      <button
        type="button"
        class="btn btn-sm btn-secondary btn-block"
        onClick={props.onNewRound}
        data-testid="new-round"
      >
        <Icon name="reset" size={16} />
        {t('leaderboard.newRound')}
      </button>
      <p class="side-hint">{t('leaderboard.newRoundHint', { count: props.quizCount })}</p>
    </section>
  );
}
