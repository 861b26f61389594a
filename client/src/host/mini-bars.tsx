/**
 * A poll's live result at card size: one thin bar per line with its figure
 * (a percent, points) and detail (a count), in plain HTML and CSS (the host
 * page loads no chart library). Long lists fold after a few rows so a card
 * stays a card. Each kind says what its lines are.
 */
import { useState } from 'hono/jsx/dom';
import { formatPercent, t } from '../i18n/i18n.js';
import { ShowAllButton } from '../lib/show-all.js';

const FOLD_AFTER = 6;

export interface MiniRow {
  id: number;
  label: string;
  /** The big number: "81%", "12 pts". */
  figure: string;
  /** Beside it: "12 votes". */
  detail: string;
  /** Bar length, 0–100. */
  width: number;
  leader: boolean;
}

/**
 * Rows of counted lines (options, scale values) as percent bars, "n votes"
 * beside each; the most counted lead, once anyone has answered.
 */
export function voteShareRows(
  lines: readonly { id: number; label: string; count: number; percent: number }[],
  total: number,
): MiniRow[] {
  const top = total > 0 ? Math.max(...lines.map((line) => line.count)) : -1;
  return lines.map((line) => ({
    id: line.id,
    label: line.label,
    figure: formatPercent(line.percent),
    detail: t('results.votesCount', { count: line.count }),
    width: line.percent,
    leader: line.count === top,
  }));
}

export interface MiniBarsProps {
  rows: MiniRow[];
  /** Ids for the aria relation between the list and its question. */
  labelledBy: string;
  /** What "Show all N …" counts: options (the default), or a scale's values. */
  noun?: 'options' | 'values';
}

const SHOW_ALL = {
  options: { all: 'results.showAllOptions', fewer: 'results.showFewerOptions' },
  values: { all: 'results.showAllValues', fewer: 'results.showFewerValues' },
} as const;

export function MiniBars(props: MiniBarsProps) {
  const [expanded, setExpanded] = useState(false);
  const folds = props.rows.length > FOLD_AFTER + 1;
  const rows = folds && !expanded ? props.rows.slice(0, FOLD_AFTER) : props.rows;
  const words = SHOW_ALL[props.noun ?? 'options'];

  return (
    <div class="mini">
      <ul class="mini-rows" aria-labelledby={props.labelledBy} data-testid="mini-results">
        {rows.map((row, i) => (
          <li
            key={row.id}
            class={`mini-row${row.leader ? ' mini-leader' : ''}`}
            data-option-id={row.id}
          >
            <span class="mini-label">{row.label}</span>
            <span class="mini-figures">
              <strong class="mini-percent" data-testid="percent">
                {row.figure}
              </strong>
              <span class="mini-count" data-testid="count">
                {row.detail}
              </span>
            </span>
            <span class="mini-track" aria-hidden="true">
              <span
                class="mini-bar"
                style={`width:${Math.max(0, Math.min(100, row.width))}%;background:var(--bar-${(i % 8) + 1})`}
              />
            </span>
          </li>
        ))}
      </ul>
      {folds && (
        <ShowAllButton
          expanded={expanded}
          all={t(words.all, { count: props.rows.length })}
          fewer={t(words.fewer)}
          onToggle={() => setExpanded(!expanded)}
        />
      )}
    </div>
  );
}
