import { z } from 'zod';

/** An ISO calendar date (YYYY-MM-DD) that exists: 2013-02-30 is refused, not rolled over. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày phải viết dạng YYYY-MM-DD (ví dụ 2012-06-29)' })
  .refine(isRealDate, { error: 'Ngày không có thật trên lịch' })
  .meta({ description: 'Ngày, dạng YYYY-MM-DD', examples: ['2012-06-29'] });

export function isRealDate(s: string): boolean {
  // The usual YYYY-MM-DD (year ≥ 100) by arithmetic: at 100× the loader checks half a million
  // dates, and building a Date for each was a tenth of check:data. Anything else as before.
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const y = digits(s, 0, 4);
    const m = digits(s, 5, 7);
    const d = digits(s, 8, 10);
    if (y >= 100 && m >= 0 && d >= 0) return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
  }
  return isRealDateByDate(s);
}

/** The value of s[from, to) if all of it is ASCII digits, else -1. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The reference: a Date from the parts must give the same parts back (Date.UTC reads years 0–99 as 1900–1999). */
export function isRealDateByDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y!, m! - 1, d!));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m! - 1 && dt.getUTCDate() === d;
}

/** Lower-case ASCII slug: used in URLs and file names, so no diacritics. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ dong-da-001)',
  })
  .meta({ description: 'Mã định danh: chữ thường không dấu, số, dấu gạch ngang' });

/** Official GSO commune code, five digits, kept as a string so leading zeros survive. */
export const communeCode = z
  .string()
  .regex(/^\d{5}$/, { error: 'Mã xã phải là 5 chữ số theo danh mục của Tổng cục Thống kê, viết trong dấu nháy (ví dụ "00001")' })
  .meta({ description: 'Mã xã, phường, thị trấn (5 chữ số, danh mục hành chính của Tổng cục Thống kê)' });

export const districtCode = z
  .string()
  .regex(/^\d{3}$/, { error: 'Mã quận/huyện phải là 3 chữ số (ví dụ "001")' })
  .meta({ description: 'Mã quận, huyện, thị xã (3 chữ số, danh mục hành chính của Tổng cục Thống kê)' });

export const text = z.string().trim().min(1, { error: 'Không được để trống' });

/** Whole đồng. */
export const money = z.number().int().nonnegative().meta({ description: 'Số tiền, đồng (số nguyên)' });

/** Marks a file as synthetic sample data; the site shows a notice while any file says so. */
export const sampleFlag = z
  .boolean()
  .default(false)
  .meta({ description: 'true: dữ liệu mẫu (tổng hợp, không phải hồ sơ thật); trang web sẽ ghi rõ điều này' });
