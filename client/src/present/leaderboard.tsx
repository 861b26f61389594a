/**
 * The quiz leaderboard on the big screen, in place of the poll while the
 * host has it on: a podium for the first three (second, first, third, the
 * way a podium stands, each step's height by rank) and the rest of the top
 * 10 as a list beside it, in type read from the back of the room. Fetched
 * when it appears, then kept up to date by the `leaderboard` pushes.
 */
import type { LeaderboardEntry } from '../../../shared/kinds/quiz.js';
import { formatNumber, t } from '../i18n/i18n.js';
import { leaderboardLayout, ordinal, pointsText } from '../kinds/quiz/podium.js';
import { useLeaderboard } from '../lib/use-leaderboard.js';

export function LeaderboardStage(props: { code: string; pushed: LeaderboardEntry[] | null }) {
  const entries = useLeaderboard(props.code, props.pushed);
  return (
    <main
      class="stage stage-leaderboard"
      aria-labelledby="leaderboard-title"
      data-testid="leaderboard"
    >
      <h1 id="leaderboard-title" class="leaderboard-title">
        {t('leaderboard.title')}
      </h1>
      {entries === null ? (
        <p class="connecting">{t('leaderboard.loading')}</p>
      ) : entries === 'failed' ? (
        <p class="connecting">{t('leaderboard.failed')}</p>
      ) : entries.length === 0 ? (
        <p class="leaderboard-empty">{t('leaderboard.screenEmpty')}</p>
      ) : (
        <Board entries={entries} />
      )}
    </main>
  );
}

function Board({ entries }: { entries: LeaderboardEntry[] }) {
  const { podium, rest } = leaderboardLayout(entries);
  return (
    <div class={`leaderboard${rest.length === 0 ? ' leaderboard--podium-only' : ''}`}>
      <ol class="podium" aria-label={t('leaderboard.topThree')} data-testid="podium">
        {podium.map(({ entry, step, slot }) => (
          <li
            key={entry.participantId}
            class={`podium-step podium-step--${step}`}
            data-slot={slot}
            data-rank={entry.rank}
          >
            <span class="podium-name">{entry.name}</span>
            <span class="podium-score">{pointsText(entry.score)}</span>
            <span class="podium-block">
              <span class="podium-rank">{ordinal(entry.rank)}</span>
            </span>
          </li>
        ))}
      </ol>
      {rest.length > 0 && (
        <ol
          class="leaderboard-rest"
          aria-label={t('leaderboard.rest')}
          data-testid="leaderboard-rest"
        >
          {rest.map((entry) => (
            <li key={entry.participantId} class="leaderboard-row" data-rank={entry.rank}>
              <span class="leaderboard-row__rank">{ordinal(entry.rank)}</span>
              <span class="leaderboard-row__name">{entry.name}</span>
              <span class="leaderboard-row__score">{formatNumber(entry.score)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
