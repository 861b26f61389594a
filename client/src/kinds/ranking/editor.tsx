/**
 * The host's parts of a ranking: 2–10 options to put in order; the card's
 * label, and its mini result (the options by points, each with its average
 * position, bars scaled to the top score).
 */
import './ranking.css';
import { RANKING_LIMITS } from '../../../../shared/kinds/ranking-limits.js';
import { MiniBars } from '../../host/mini-bars.js';
import { t } from '../../i18n/i18n.js';
import type { EditorKind } from '../kind.js';
import {
  checkOptions,
  filledLabels,
  optionRows,
  optionsChanged,
  type OptionRow,
} from '../options/option-list.js';
import { OptionFields } from '../options/option-rows.js';
import { pointsText, positionText, standings } from './order.js';

export interface RankingFields {
  options: OptionRow[];
}

const LIMITS_OF_OPTIONS = { min: RANKING_LIMITS.minOptions, max: RANKING_LIMITS.maxOptions };

export const rankingEditor: EditorKind<'ranking', RankingFields> = {
  get title() {
    return t('editor.ranking.title');
  },
  get hint() {
    return t('editor.ranking.hint');
  },
  label: (poll) => t('editor.ranking.label', { count: poll.options.length }),
  empty: (labels) => ({ options: optionRows(labels?.slice(0, RANKING_LIMITS.maxOptions)) }),
  fieldsOf: (poll) => ({
    options: optionRows(
      poll.options.map((o) => o.label),
      0,
    ),
  }),
  labels: (fields) => filledLabels(fields.options),
  check: (fields) => checkOptions(fields.options, LIMITS_OF_OPTIONS),
  settings: (fields) => ({ options: filledLabels(fields.options) }),
  /** Options only when they changed: a poll with answers refuses that. */
  patch: (poll, fields) =>
    optionsChanged(poll, fields.options) ? { options: filledLabels(fields.options) } : {},
  Fields: (props) => <OptionFields {...props} limits={LIMITS_OF_OPTIONS} />,
  Mini({ poll, results, labelledBy }) {
    const rows = standings(poll, results);
    const voted = (results?.total ?? 0) > 0;
    return (
      <MiniBars
        labelledBy={labelledBy}
        rows={rows.map((row) => ({
          id: row.id,
          label: row.label,
          figure: pointsText(row.points),
          detail: t('ranking.averagePosition', { position: positionText(row.averagePosition) }),
          width: row.share,
          leader: voted && row.rank === 1,
        }))}
      />
    );
  },
  footnote: (poll, total) =>
    total > 0 ? t('editor.ranking.footnote', { count: poll.options.length - 1 }) : null,
};
