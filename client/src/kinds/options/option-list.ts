/**
 * A list of option labels as the host types it, for every kind whose poll
 * has options (choice, ranking): one row per input, its checks against the
 * kind's limits, and whether an edit changed it. Empty rows are ignored:
 * "Enter adds the next option" leaves one behind more often than not.
 */
import { codePoints, LIMITS } from '../../../../shared/limits.js';
import { t } from '../../i18n/i18n.js';
import type { FieldProblems } from '../kind.js';

export interface OptionRow {
  /** Keeps each input's identity while rows come and go. */
  key: number;
  label: string;
}

export interface OptionLimits {
  min: number;
  max: number;
}

let nextKey = 1;
export const optionRow = (label = ''): OptionRow => ({ key: nextKey++, label });

/** Rows for these labels, with empty rows up to `atLeast` to type into. */
export function optionRows(labels: readonly string[] = [], atLeast = 3): OptionRow[] {
  const rows = labels.map((label) => optionRow(label));
  while (rows.length < atLeast) rows.push(optionRow());
  return rows;
}

export const filledLabels = (rows: readonly OptionRow[]) =>
  rows.map((o) => o.label.trim()).filter((l) => l.length > 0);

/** Problems under `option:<key>` per row and `optionList` for the list as a whole. */
export function checkOptions(rows: readonly OptionRow[], limits: OptionLimits): FieldProblems {
  const problems: FieldProblems = {};
  for (const row of rows) {
    const length = codePoints(row.label.trim());
    if (length > LIMITS.optionLength) {
      problems[`option:${row.key}`] = t('editor.optionTooLong', {
        count: length,
        max: LIMITS.optionLength,
      });
    }
  }
  const labels = filledLabels(rows);
  if (labels.length < limits.min)
    problems.optionList = t('editor.tooFewOptions', { count: limits.min });
  else if (labels.length > limits.max)
    problems.optionList = t('editor.tooManyOptions', { count: limits.max });
  else {
    const seen = new Set<string>();
    const duplicate = labels.find((l) => {
      const folded = l.toLocaleLowerCase();
      if (seen.has(folded)) return true;
      seen.add(folded);
      return false;
    });
    if (duplicate !== undefined)
      problems.optionList = t('editor.duplicateOption', { option: duplicate });
  }
  return problems;
}

/** Whether the typed labels differ from the poll's options (so they must be sent). */
export function optionsChanged(
  poll: { options: readonly { label: string }[] },
  rows: readonly OptionRow[],
): boolean {
  const labels = filledLabels(rows);
  return (
    labels.length !== poll.options.length || labels.some((l, i) => l !== poll.options[i]!.label)
  );
}
