/**
 * A poll's live result at card size: one thin bar per option with its
 * percent and count, in plain HTML and CSS (the host page loads no chart
 * library). Long option lists fold after a few rows so a card stays a card.
 */
import { useState } from 'hono/jsx';
import type { PollKind } from '../../../shared/protocol.js';
import type { ResultRow } from '../lib/results-list.js';

const FOLD_AFTER = 6;

export interface MiniResultsProps {
  rows: ResultRow[];
  total: number;
  kind: PollKind;
  /** Ids for the aria relation between the list and its question. */
  labelledBy: string;
}

export function MiniResults(props: MiniResultsProps) {
  const [expanded, setExpanded] = useState(false);
  const folds = props.rows.length > FOLD_AFTER + 1;
  const rows = folds && !expanded ? props.rows.slice(0, FOLD_AFTER) : props.rows;
  const top = props.total > 0 ? Math.max(...props.rows.map((r) => r.count)) : -1;

  return (
    <div class="mini">
      <ul class="mini-rows" aria-labelledby={props.labelledBy} data-testid="mini-results">
        {rows.map((row, i) => (
          <li
            key={row.id}
            class={`mini-row${row.count === top ? ' mini-leader' : ''}`}
            data-option-id={row.id}
          >
            <span class="mini-label">{row.label}</span>
            <span class="mini-figures">
              <strong class="mini-percent" data-testid="percent">
                {row.percent}%
              </strong>
              <span class="mini-count" data-testid="count">
                {row.count} {row.count === 1 ? 'vote' : 'votes'}
              </span>
            </span>
            <span class="mini-track" aria-hidden="true">
              <span
                class="mini-bar"
                style={`width:${Math.min(100, row.percent)}%;background:var(--bar-${(i % 8) + 1})`}
              />
            </span>
          </li>
        ))}
      </ul>
      {folds && (
        <button
          type="button"
          class="link-btn"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer options' : `Show all ${props.rows.length} options`}
        </button>
      )}
    </div>
  );
}
