/**
 * The host editor's list of options, for every kind whose poll has options:
 * one input per option, Enter moves down the list (adding a row at the end),
 * Backspace in an empty row removes it, and rows are added and removed
 * within the kind's limits. Locked (the poll has answers), it is read-only.
 */
import type { Child } from 'hono/jsx';
import { flushSync } from 'hono/jsx/dom';
import { codePoints, LIMITS } from '../../../../shared/limits.js';
import { Counter } from '../../host/counter.js';
import { Icon } from '../../host/icons.js';
import { t } from '../../i18n/i18n.js';
import type { FieldProblems, FieldsProps } from '../kind.js';
import { optionRow, type OptionLimits, type OptionRow } from './option-list.js';

export interface OptionRowsProps {
  rows: OptionRow[];
  change(update: (rows: OptionRow[]) => OptionRow[]): void;
  limits: OptionLimits;
  problems: FieldProblems;
  locked: boolean;
  uid: string;
  /** A control of the kind's own after each row's input (a quiz's "Correct" toggle). */
  rowExtra?: (row: OptionRow, index: number) => Child;
}

export function OptionRows(props: OptionRowsProps) {
  const { rows, limits, problems, locked, uid } = props;
  const listError = `${uid}-options-error`;
  const focusRow = (key: number | undefined) => {
    if (key !== undefined)
      document.querySelector<HTMLInputElement>(`[data-row="${key}"][data-uid="${uid}"]`)?.focus();
  };
  /**
   * Rows are added and removed synchronously, then focused: with the usual
   * deferred render, the keystrokes typed right after Enter would land in
   * the row before.
   */
  const changeNow = (update: (rows: OptionRow[]) => OptionRow[]) =>
    flushSync(() => props.change(update));

  const addRow = (after?: number) => {
    if (rows.length >= limits.max) return;
    const row = optionRow();
    changeNow((current) => {
      const at =
        after === undefined ? current.length : current.findIndex((o) => o.key === after) + 1;
      return [...current.slice(0, at), row, ...current.slice(at)];
    });
    focusRow(row.key);
  };

  const removeRow = (key: number, focus: 'next' | 'previous' = 'next') => {
    if (rows.length <= limits.min) return;
    const index = rows.findIndex((o) => o.key === key);
    const before = rows[index - 1];
    const after = rows[index + 1];
    changeNow((current) => current.filter((o) => o.key !== key));
    focusRow(focus === 'previous' ? (before ?? after)?.key : (after ?? before)?.key);
  };

  const onKey = (e: KeyboardEvent, key: number) => {
    const index = rows.findIndex((o) => o.key === key);
    if (e.key === 'Enter') {
      // Enter moves down the list, adding a row at the end: typing a list feels like typing a list.
      e.preventDefault();
      const next = rows[index + 1];
      if (next) focusRow(next.key);
      else addRow(key);
    } else if (e.key === 'Backspace' && rows[index]?.label === '' && rows.length > limits.min) {
      e.preventDefault();
      removeRow(key, 'previous');
    }
  };

  const filled = rows.filter((o) => o.label.trim() !== '').length;
  return (
    <fieldset class="field" aria-describedby={problems.optionList ? listError : undefined}>
      <legend class="field-label legend-row">
        <span>{t('editor.options.legend')}</span>
        <span class="counter">
          {t('editor.options.filled', { count: filled, max: limits.max })}
        </span>
      </legend>
      {locked && (
        <p class="notice notice-warning">
          <Icon name="lock" />
          <span>{t('editor.options.locked')}</span>
        </p>
      )}
      <ol class="option-rows">
        {rows.map((option, index) => {
          const error = problems[`option:${option.key}`];
          const errorId = `${uid}-option-${option.key}-error`;
          return (
            <li key={option.key} class="option-row">
              <span class="option-marker" aria-hidden="true">
                {index + 1}
              </span>
              <div class="option-input">
                <input
                  class="input"
                  data-row={option.key}
                  data-uid={uid}
                  value={option.label}
                  placeholder={t('editor.options.option', { number: index + 1 })}
                  aria-label={t('editor.options.option', { number: index + 1 })}
                  readOnly={locked}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={error ? errorId : undefined}
                  onInput={(e: Event) => {
                    const label = (e.target as HTMLInputElement).value;
                    props.change((current) =>
                      current.map((o) => (o.key === option.key ? { ...o, label } : o)),
                    );
                  }}
                  onKeyDown={(e: KeyboardEvent) => !locked && onKey(e, option.key)}
                />
                <Counter
                  length={codePoints(option.label.trim())}
                  max={LIMITS.optionLength}
                  id={`${uid}-option-${option.key}-count`}
                />
                {error && (
                  <p id={errorId} class="field-error">
                    {error}
                  </p>
                )}
              </div>
              {props.rowExtra?.(option, index)}
              <button
                type="button"
                class="icon-btn"
                aria-label={t('editor.options.remove', { number: index + 1 })}
                disabled={locked || rows.length <= limits.min}
                onClick={() => removeRow(option.key)}
              >
                <Icon name="close" />
              </button>
            </li>
          );
        })}
      </ol>
      {problems.optionList && (
        <p id={listError} class="field-error" role="alert">
          {problems.optionList}
        </p>
      )}
      <div class="field-row">
        <button
          type="button"
          class="btn btn-ghost"
          disabled={locked || rows.length >= limits.max}
          onClick={() => addRow()}
        >
          <Icon name="plus" />
          {t('editor.options.add')}
        </button>
        <span class="field-hint">
          {locked
            ? ''
            : rows.length >= limits.max
              ? t('editor.options.full', { count: limits.max })
              : t('editor.options.enterHint')}
        </span>
      </div>
    </fieldset>
  );
}

/** The option rows as a kind's editor fields, for a kind whose fields hold its options. */
export function OptionFields<F extends { options: OptionRow[] }>(
  props: FieldsProps<F> & {
    limits: OptionLimits;
    rowExtra?: OptionRowsProps['rowExtra'];
  },
) {
  return (
    <OptionRows
      rows={props.fields.options}
      change={(update) => props.change((f) => ({ ...f, options: update(f.options) }))}
      limits={props.limits}
      problems={props.problems}
      locked={props.locked}
      uid={props.uid}
      rowExtra={props.rowExtra}
    />
  );
}
