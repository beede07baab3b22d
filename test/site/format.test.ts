import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../src/site/format.ts';

const NBSP = '\u00a0';

describe('vi-VN figures', () => {
  it('groups thousands with dots', () => {
    expect(formatNumber(2914092000)).toBe('2.914.092.000');
    expect(formatNumber(577)).toBe('577');
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(0)).toBe('0');
  });

  it('writes decimals with a comma and a fixed count', () => {
    expect(formatNumber(23.7, 1)).toBe('23,7');
    expect(formatNumber(1, 1)).toBe('1,0');
    expect(formatNumber(12345.678, 2)).toBe('12.345,68');
  });

  it('writes money in whole đồng, the unit kept on the same line', () => {
    expect(formatMoney(2914092000)).toBe(`2.914.092.000${NBSP}đ`);
  });

  it('writes percentages with one decimal unless the source printed another precision', () => {
    expect(formatPercent(32.4)).toBe('32,4%');
    expect(formatPercent(100)).toBe('100,0%');
    expect(formatPercent(1, 0)).toBe('1%');
    expect(formatPercent(47.65, 1)).toBe('47,7%');
  });
});

describe('dates', () => {
  it('drops the leading zeros of day and month', () => {
    expect(formatDate('2012-06-29')).toBe('29/6/2012');
    expect(formatDate('2013-01-05')).toBe('5/1/2013');
    expect(formatDate('2016-12-31')).toBe('31/12/2016');
  });

  it('refuses what is not an ISO date', () => {
    expect(() => formatDate('29/6/2012')).toThrow(/invalid-date/);
    expect(() => formatDate('2012-6-29')).toThrow(/invalid-date/);
  });
});
