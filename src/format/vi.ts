/**
 * vi-VN writing of numbers, money, percentages, dates and the name order key. Neutral ground:
 * the loader's messages, the assessment's sentences and the pages all write figures the same way,
 * and none of them depends on another for it. Escaping is the caller's job (Astro escapes; the
 * impact comment escapes Markdown): never pass these results to set:html.
 */

const LOCALE = 'vi-VN';
/** Between a figure and its unit, so "2.914.092.000 đ" never wraps apart. */
const NBSP = '\u00a0';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const fixed = new Map<number, Intl.NumberFormat>();

function fixedDecimals(decimals: number): Intl.NumberFormat {
  let f = fixed.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    fixed.set(decimals, f);
  }
  return f;
}

/** 2914092000 → "2.914.092.000"; with decimals, a fixed number of them: (23.7, 1) → "23,7". */
export function formatNumber(value: number, decimals = 0): string {
  return decimals === 0 ? integer.format(value) : fixedDecimals(decimals).format(value);
}

/** Whole đồng: 2914092000 → "2.914.092.000 đ". */
export function formatMoney(dong: number): string {
  return `${formatNumber(dong)}${NBSP}đ`;
}

/** A percentage given on the 0–100 scale: 32.4 → "32,4%"; decimals as the source printed them. */
export function formatPercent(percent: number, decimals = 1): string {
  return `${formatNumber(percent, decimals)}%`;
}

/** ISO date → "29/6/2012": day and month without leading zeros, read from the string so no time zone can shift it. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Ngày không đúng dạng YYYY-MM-DD (invalid-date): "${iso}"`);
  return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
}

export interface NameKey {
  given: string;
  middle: string;
  family: string;
}

/**
 * "Nguyễn Thị Minh Hằng" → given "Hằng", middle "Thị Minh", family "Nguyễn": the parts lists of
 * people are ordered by, in that order (src/assessment/names.ts sortByName is the one comparator).
 */
export function nameSortKey(fullName: string): NameKey {
  const parts = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const given = parts.pop() ?? '';
  const family = parts.shift() ?? '';
  return { given, middle: parts.join(' '), family };
}
