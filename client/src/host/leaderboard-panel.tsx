/**
 * The side panel's quiz card, shown once the event has a quiz question: the
 * current top of the leaderboard, the switch that puts it on the presenter
 * screen (in place of the poll) or takes it off, and "New round", which
 * resets every quiz question so the scores start again from nothing.
 */
import type { LeaderboardEntry } from '../../../shared/kinds/quiz.js';
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
        Quiz leaderboard
      </h2>
      {entries === null ? (
        <p class="side-hint">Loading the scores…</p>
      ) : entries === 'failed' ? (
        <p class="side-hint">The scores could not be loaded.</p>
      ) : entries.length === 0 ? (
        <p class="side-hint">No scores yet: they add up as quiz questions close.</p>
      ) : (
        <ol class="leaderboard-mini" aria-label="Top scores" data-testid="leaderboard-top">
          {entries.slice(0, SHOWN).map((entry) => (
            <li key={entry.participantId}>
              <span class="leaderboard-mini__rank">{entry.rank}.</span>
              <span class="leaderboard-mini__name">{entry.name}</span>
              <span class="leaderboard-mini__score">
                {entry.score.toLocaleString('en')}
                <span class="visually-hidden"> points</span>
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
        {props.onScreen ? 'Take leaderboard off screen' : 'Show leaderboard on screen'}
      </button>
      <p class="side-hint">
        {props.onScreen
          ? 'The presenter screen shows the leaderboard. Putting a poll on screen takes it off.'
          : 'Shown in place of the poll on the presenter screen.'}
      </p>
      <button
        type="button"
        class="btn btn-sm btn-secondary btn-block"
        onClick={props.onNewRound}
        data-testid="new-round"
      >
        <Icon name="reset" size={16} />
        New round
      </button>
      <p class="side-hint">
        Resets all {props.quizCount} quiz {props.quizCount === 1 ? 'question' : 'questions'}:
        answers and scores start again from zero.
      </p>
    </section>
  );
}
