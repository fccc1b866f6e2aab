/*
 * CSV export (RFC 4180): every table of the console downloads exactly what it shows. Cells that a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) are prefixed with
 * an apostrophe, so an exported name like `=HYPERLINK(...)` stays text (OWASP "CSV injection").
 */

export type CsvValue = string | number | boolean | null | undefined | Date;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV text: a header line, then one line per row, CRLF-separated. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => cell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name for an export: `members-2026-11-23.csv`. */
export function csvFileName(what: string, at = new Date()): string {
  return `${what}-${at.toISOString().slice(0, 10)}.csv`;
}

/** A name made safe for a file name: "Security & Compliance" → `security-compliance`; `fallback` when nothing is left. */
export function fileSlug(name: string, fallback: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback
  );
}
