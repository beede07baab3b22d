/**
 * đ = d at query time (src/search/expand.ts): a query typed with d is searched in each spelling
 * with d or đ, the query as typed first, never more than MAX_VARIANTS searches.
 */
import { describe, expect, it } from 'vitest';
import { MAX_VARIANTS, queryVariants } from '../../src/search/expand.ts';

describe('queryVariants', () => {
  it('spells each d as d or đ, the query as typed first', () => {
    expect(queryVariants('dao tao')).toEqual(['dao tao', 'đao tao']);
    expect(queryVariants('dong da')).toEqual(['dong da', 'dong đa', 'đong da', 'đong đa']);
    expect(queryVariants('Dong')).toEqual(['Dong', 'Đong']);
  });

  it('leaves a query without d, or typed with đ, as it is', () => {
    expect(queryVariants('đào tạo')).toEqual(['đào tạo']);
    expect(queryVariants('  giang ')).toEqual(['giang']);
    expect(queryVariants('')).toEqual([]);
  });

  it('never makes more than MAX_VARIANTS searches: the first words are spelt every way, the rest kept as typed', () => {
    const v = queryVariants('dinh dung duc dan dao');
    expect(v.length).toBeLessThanOrEqual(MAX_VARIANTS);
    expect(v[0]).toBe('dinh dung duc dan dao');
    expect(v).toContain('đinh đung đuc dan dao');
    expect(new Set(v).size).toBe(v.length);
  });
});
