import { describe, expect, it } from 'vitest';
import { isRealDate, isRealDateByDate } from '../../src/schema/common.ts';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('isRealDate (arithmetic) against the Date-based reference', () => {
  it('agrees on every YYYY-MM-DD with year 0–2200, month 00–13, day 00–32', () => {
    const differ: string[] = [];
    for (let y = 0; y <= 2200; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          if (isRealDate(s) !== isRealDateByDate(s) && differ.length < 5) differ.push(s);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('agrees on strings of other shapes', () => {
    for (const s of ['2012-6-9', '2012-06-9', '2012-06-29T10:00:00Z', '2012-06-29 ', ' 2012-06-29', '+2012-06-29', '2012/06/29', '2012-0a-29', '2012--6-29', '2012-06-2a', '１２３４-06-29', '9999-12-31', '10000-01-01', '', 'abc', '-2012-06-29', '2012-02-29', '2000-02-29', '1900-02-29', '0099-12-31']) {
      expect(isRealDate(s), s).toBe(isRealDateByDate(s));
    }
  });
});
