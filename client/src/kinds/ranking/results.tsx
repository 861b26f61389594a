/**
 * Ranking results: the options in their standing by Borda points (the top
 * of each attendee's order earns the most), each with its points, its
 * average position and a bar scaled to the top score. Plain HTML, large
 * enough on the presenter to read from the back of the room; the list is
 * its own text alternative.
 */
import './ranking.css';
import { formatNumber, t } from '../../i18n/i18n.js';
import type { ResultsKind, ResultsProps } from '../kind.js';
import { OptionsPreview } from '../options/preview.js';
import { ordinal, pointsText, positionText, standings } from './order.js';

function RankingResults({ poll, results, size, caption }: ResultsProps<'ranking'>) {
  const rows = standings(poll, results);
  return (
    <div class={`results ranking-results ranking-results--${size}`}>
      <ol class="ranking-standings" aria-label={caption} data-testid="ranking-standings">
        {rows.map((row, i) => (
          <li
            key={row.id}
            class="ranking-standing"
            data-option-id={row.id}
            style={`--bar: var(--bar-${(poll.options.findIndex((o) => o.id === row.id) % 8) + 1}); --share: ${row.share}%`}
          >
            <span class="ranking-standing__rank" aria-hidden="true">
              {formatNumber(row.rank)}
            </span>
            <span class="ranking-standing__label" data-testid="standing-label">
              <span class="visually-hidden">
                {t(
                  rows.some((other, j) => j !== i && other.rank === row.rank)
                    ? 'ranking.placeTied'
                    : 'ranking.place',
                  { place: ordinal(row.rank) },
                )}{' '}
              </span>
              {row.label}
            </span>
            <span class="ranking-standing__figures">
              <strong data-testid="standing-points">{pointsText(row.points)}</strong>
              <span data-testid="standing-position">
                {t('ranking.averagePosition', { position: positionText(row.averagePosition) })}
              </span>
            </span>
            <span class="ranking-standing__track" aria-hidden="true">
              <span class="ranking-standing__bar" />
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

export const rankingResults: ResultsKind<'ranking'> = {
  Results: RankingResults,
  Preview: ({ poll, note }) => <OptionsPreview options={poll.options} note={note} numbered />,
  tag: () => t('ranking.rule'),
  lines: (poll) => poll.options.length,
  stats: () => null,
};
