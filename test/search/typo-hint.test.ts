/**
 * The typo hint's choice (src/search/suggest.ts): the nearest names by edit distance on folded
 * forms, a place also by its name without its kind word, and nothing when no name is near.
 */
import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/search/suggest.ts';

const vocabulary = { names: ['Huyện Chương Mỹ', 'Xã Thượng Mỗ', 'Phường Phương Mai', 'Quận Đống Đa', 'Nguyễn Thị Minh', 'Thị trấn Chi Đông'] };

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, and stops past its limit', () => {
    expect(editDistance('chuong mi', 'chuong my')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('suggest', () => {
  it('names the place a typo meant, by its name without "Huyện", and only the nearest', () => {
    expect(suggest('chuong mi', vocabulary)).toEqual(['Huyện Chương Mỹ']);
  });

  it('matches typed without marks or with đ as d', () => {
    expect(suggest('dong daa', vocabulary)).toEqual(['Quận Đống Đa']);
    expect(suggest('chi dong', vocabulary)).toEqual(['Thị trấn Chi Đông']);
  });

  it('suggests nothing when no name is near', () => {
    expect(suggest('bao cao tai chinh', vocabulary)).toEqual([]);
    expect(suggest('', vocabulary)).toEqual([]);
  });
});
