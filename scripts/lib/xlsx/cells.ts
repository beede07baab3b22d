/**
 * What a person typed in a cell, read as she meant it: text trimmed, spaces collapsed and NFC;
 * dates as real dates, as day/month/year text (28/6/2013) or ISO text; numbers typed as text;
 * Có/Không for yes and no. Pure: the ExcelJS cell value in, a plain value out.
 */
import type { CellValue } from 'exceljs';
import { isRealDate } from '../../../src/schema/index.ts';
import { NO, YES } from './labels.ts';

/** Spaces as a person sees them: no-break and thin spaces are spaces, runs are one, lines trimmed. */
export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\u200B\uFEFF]/g, (c) => (c === '\u200B' || c === '\uFEFF' ? '' : ' '))
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

/** The plain value of an ExcelJS cell: rich text joined, a formula's result, a link's text. */
export function plainValue(v: CellValue): string | number | boolean | Date | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return v.result === undefined ? null : plainValue(v.result as CellValue);
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return String(v.error);
  }
  return String(v);
}

/** A cell's content as text: null when empty (or only spaces). */
export function textOf(v: CellValue): string | null {
  const p = plainValue(v);
  if (p === null) return null;
  const s = p instanceof Date ? isoOfDate(p) : cleanText(String(p));
  return s === '' ? null : s;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const isoOfDate = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** An ISO date as the Date ExcelJS writes as a whole serial day (UTC midnight). */
export function dateOfIso(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** Serial day numbers Excel uses for 1900-01-01 … 2199-12-31: a date whose format was lost. */
const SERIAL = { min: 1, max: 109_573 };
const serialDate = (n: number) => new Date(Math.round((n - 25_569) * 86_400_000));

/**
 * A date cell as YYYY-MM-DD when it reads as one; otherwise the text as typed, for the loader to
 * refuse with its own message. "28/6/2013", "28-06-2013", "28.6.2013" are day, month, year.
 */
export function dateValue(v: CellValue): string | null {
  const p = plainValue(v);
  if (p === null) return null;
  if (p instanceof Date) return isoOfDate(p);
  if (typeof p === 'number') return Number.isInteger(p) && p >= SERIAL.min && p <= SERIAL.max ? isoOfDate(serialDate(p)) : String(p);
  const s = cleanText(String(p));
  if (s === '') return null;
  const vi = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (vi) {
    const iso = `${vi[3]}-${pad(Number(vi[2]))}-${pad(Number(vi[1]))}`;
    return isRealDate(iso) ? iso : s;
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return `${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}`;
  return s;
}

/**
 * A number cell: numbers as they are; text as Vietnamese or plain digits ("605.500.000",
 * "1 200", "12,5", "87"). Text that is no number stays text, for the loader to refuse.
 */
export function numberValue(v: CellValue): number | string | null {
  const p = plainValue(v);
  if (p === null) return null;
  if (typeof p === 'number') return p;
  if (typeof p === 'boolean' || p instanceof Date) return String(p);
  const s = cleanText(p).replace(/\s+(?=\d)/g, '');
  if (s === '') return null;
  if (/^-?\d+$/.test(s)) return Number(s);
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^-?\d{1,3}(\.\d{3})*,\d+$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+\.\d+$/.test(s)) return Number(s);
  return s;
}

/** Có/Không (any case), true/false, x for yes; anything else stays text for the loader to refuse. */
export function booleanValue(v: CellValue): boolean | string | null {
  const p = plainValue(v);
  if (p === null) return null;
  if (typeof p === 'boolean') return p;
  if (typeof p === 'number') return p === 1 ? true : p === 0 ? false : String(p);
  const s = cleanText(String(p instanceof Date ? isoOfDate(p) : p)).toLocaleLowerCase('vi');
  if (s === '') return null;
  if (s === YES.toLocaleLowerCase('vi') || s === 'true' || s === 'x' || s === 'đúng') return true;
  if (s === NO.toLocaleLowerCase('vi') || s === 'false' || s === 'sai') return false;
  return cleanText(String(p));
}

/** "A", "Z", "AA": the column letters of a 1-based column number. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
