/** One line of results as a chart, a table or a mini result shows it: a label, its count and percent. */
export interface ResultRow {
  id: number;
  label: string;
  count: number;
  percent: number;
}
