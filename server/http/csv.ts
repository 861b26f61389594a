/**
 * CSV (RFC 4180) with spreadsheet formula injection neutralised: a cell that
 * starts with = + - @ tab or carriage return is prefixed with ' so Excel and
 * LibreOffice show it as text instead of running it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
