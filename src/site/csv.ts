/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, a field quoted when it holds a comma,
 * a quote, CR or LF (quotes inside doubled). Starts with a UTF-8 byte order mark by default:
 * without it Excel reads the file as the local code page and garbles Vietnamese diacritics.
 */

export const BOM = '\uFEFF';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((r) => r.map(csvField).join(',')).join('\r\n');
  return `${options.bom === false ? '' : BOM}${body}\r\n`;
}

/**
 * A text cell that a spreadsheet must not read as a formula: a leading =, +, -, @, tab or CR makes
 * Excel evaluate the cell (CSV injection), so such text gets a leading apostrophe, as OWASP advises.
 */
export function textCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
