/**
 * The first results re-ordered after Pagefind (src/search/rank.ts): a title holding every query
 * word as a whole word first, with marks before without, then the tighter title, then the wider place.
 */
import { describe, expect, it } from 'vitest';
import { rerank, titleMatch, words } from '../../src/search/rank.ts';
import type { Kind } from '../../src/search/vocabulary.ts';

const r = (title: string, kind?: Kind) => ({ title, ...(kind ? { kind } : {}) });
const titles = (list: { title: string }[]) => list.map((x) => x.title);

describe('titleMatch', () => {
  it('is 2 when every word matches with its marks, 1 without them, 0 for a prefix only', () => {
    expect(titleMatch('Đống Đa', 'Quận Đống Đa')).toBe(2);
    expect(titleMatch('dong da', 'Quận Đống Đa')).toBe(1);
    expect(titleMatch('Đông Đa', 'Quận Đống Đa')).toBe(1);
    expect(titleMatch('dong da', 'Xã Đại Đồng')).toBe(0);
    expect(titleMatch('', 'Quận Đống Đa')).toBe(0);
  });

  it('ignores case, punctuation and the normalisation form', () => {
    expect(titleMatch('ĐỐNG ĐA', 'Quận Đống Đa')).toBe(2);
    expect(titleMatch('Đống Đa'.normalize('NFD'), 'Quận Đống Đa')).toBe(2);
    expect(words('Phường Dịch Vọng, Quận Cầu Giấy.')).toEqual(['phường', 'dịch', 'vọng', 'quận', 'cầu', 'giấy']);
  });
});

describe('rerank', () => {
  it('puts the whole-word title before a prefix match Pagefind ranked first', () => {
    const got = rerank('dong da', [r('Xã Đại Đồng', 'commune'), r('Quận Đống Đa', 'district'), r('Nguyễn Thị Lụa', 'chairwoman')]);
    expect(titles(got)).toEqual(['Quận Đống Đa', 'Xã Đại Đồng', 'Nguyễn Thị Lụa']);
  });

  it('keeps the exactly accented title first when another title matches only without marks', () => {
    const got = rerank('Nguyễn Thị Hằng', [r('Nguyễn Thị Hàng', 'chairwoman'), r('Nguyễn Thị Hằng', 'chairwoman')]);
    expect(titles(got)).toEqual(['Nguyễn Thị Hằng', 'Nguyễn Thị Hàng']);
  });

  it('puts a district before its namesake commune, and places before people, among titles as long', () => {
    const got = rerank('dan phuong', [r('Lê Đan Phượng', 'chairwoman'), r('Xã Đan Phượng', 'commune'), r('Huyện Đan Phượng', 'district')]);
    expect(titles(got)).toEqual(['Huyện Đan Phượng', 'Xã Đan Phượng', 'Lê Đan Phượng']);
  });

  it('prefers the title with fewest other words, whatever the kind', () => {
    const got = rerank('Đống Đa', [r('Trung cấp lý luận chính trị, lớp tại quận Đống Đa', 'course'), r('Nguyễn Thị Thu Hằng', 'chairwoman'), r('Quận Đống Đa', 'district')]);
    expect(titles(got)[0]).toBe('Quận Đống Đa');
    const people = rerank('nguyen thi hang', [r('Nguyễn Thị Thu Hằng', 'chairwoman'), r('Nguyễn Thị Hằng', 'sourceCadre')]);
    expect(titles(people)).toEqual(['Nguyễn Thị Hằng', 'Nguyễn Thị Thu Hằng']);
  });

  it("keeps Pagefind's order among results whose titles do not match, after those that do", () => {
    const got = rerank('trung tâm', [r('A'), r('B'), r('Trung tâm', 'course'), r('C')]);
    expect(titles(got)).toEqual(['Trung tâm', 'A', 'B', 'C']);
  });
});
