import Papa from 'papaparse';

/**
 * A cell a spreadsheet would read as a formula: it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return (OWASP's list). papaparse's own `escapeFormulae: true` pattern ends in `.*$`
 * without the dotAll flag, so it misses a formula followed by a line break; this one does not.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The rows as RFC 4180 CSV (papaparse: quotes where needed, `""` inside quotes, CRLF between
 * records), starting with a UTF-8 byte-order mark so that spreadsheet programs read accents
 * right. A cell that would start a formula is prefixed with `'` (and so quoted).
 */
export function toCsvText(rows: readonly (readonly string[])[]): string {
  return `\ufeff${Papa.unparse(rows as string[][], { newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
}
