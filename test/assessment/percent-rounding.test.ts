import { describe, expect, it } from 'vitest';
import { countForPercent, roundedPercent } from '../../src/assessment/percent.ts';

describe('percent rounding', () => {
  it('rounds half up exactly, whatever binary fractions say', () => {
    expect(roundedPercent(1, 16, 1)).toBe(6.3); // 6.25
    expect(roundedPercent(1, 8, 1)).toBe(12.5);
    expect(roundedPercent(304, 577, 1)).toBe(52.7);
    expect(roundedPercent(6, 577, 0)).toBe(1);
    expect(roundedPercent(1, 0, 1)).toBeNull();
  });
  it('counts needed for a goal are rounded up', () => {
    expect(countForPercent(90, 577)).toBe(520);
    expect(countForPercent(50, 577)).toBe(289);
    expect(countForPercent(100, 577)).toBe(577);
    expect(countForPercent(90, 10)).toBe(9);
    expect(countForPercent(90, 0)).toBe(0);
  });
});
