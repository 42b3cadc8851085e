/** One CSV cell: text, a number, or `null` for an unknown value (an empty cell). */
export type CsvCell = string | number | null;

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Builds an RFC 4180 CSV document: fields separated by commas, records by CRLF, fields holding a
 * comma, quote or line break quoted with inner quotes doubled. Text that a spreadsheet would run
 * as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) is prefixed with `'`.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
