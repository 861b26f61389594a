/**
 * Results as text: one row per option with its label, percent and count, and
 * the number of voters. Every page that shows a chart shows this beside it,
 * so screen readers (and a glance) get the same numbers; changes are
 * announced politely.
 */
import { formatNumber, formatPercent, t } from '../i18n/i18n.js';
import type { ResultRow } from './result-row.js';

export type { ResultRow };

export interface ResultsListProps {
  rows: ResultRow[];
  total: number;
  /** Announce changes to screen readers (aria-live=polite). */
  live?: boolean;
  /** Visually hidden (the chart shows the same numbers), still read aloud. */
  hidden?: boolean;
  caption?: string;
  class?: string;
}

export function ResultsList(props: ResultsListProps) {
  const count = props.total;
  const caption = props.caption
    ? t('results.captionVoters', { caption: props.caption, count })
    : t('results.voters', { count });
  return (
    <div
      class={`results-list${props.hidden ? ' visually-hidden' : ''}${props.class ? ` ${props.class}` : ''}`}
      aria-live={props.live ? 'polite' : undefined}
      data-testid="results-text"
    >
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.option')}</th>
            <th scope="col">{t('results.percent')}</th>
            <th scope="col">{t('results.votes')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id} data-option-id={row.id}>
              <th scope="row">{row.label}</th>
              <td data-testid="percent">{formatPercent(row.percent)}</td>
              <td>{formatNumber(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
