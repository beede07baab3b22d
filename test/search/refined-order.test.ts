/**
 * The first results re-ordered after Pagefind (src/search/rank.ts): a title holding every query
 * word as a whole word first, with marks before without, then the tighter title, then the wider place.
 */
import { describe, expect, it } from 'vitest';
import { answersByName, rerank, titleMatch, words } from '../../src/search/rank.ts';
import type { Kind } from '../../src/search/vocabulary.ts';

const r = (title: string, kind?: Kind, district?: string) => ({ title, ...(kind ? { kind } : {}), ...(district ? { district } : {}) });
const titles = (list: { title: string }[]) => list.map((x) => x.title);

describe('titleMatch', () => {
  it('ranks the words together in order over in order with others between, over scattered, over missing', () => {
    expect(titleMatch('phuong mai', 'Phường Phương Mai')).toBeGreaterThan(titleMatch('phuong mai', 'Phường Tân Mai'));
    expect(titleMatch('mai phuong', 'Phường Tân Mai')).toBeGreaterThan(0);
    expect(titleMatch('phuong mai', 'Phường Tân Mai')).toBeGreaterThan(titleMatch('mai phuong', 'Phường Tân Mai'));
    expect(titleMatch('dong da', 'Xã Đại Đồng')).toBe(0);
    expect(titleMatch('', 'Quận Đống Đa')).toBe(0);
  });

  it('ranks the marks as typed over a match only without them', () => {
    expect(titleMatch('Đống Đa', 'Quận Đống Đa')).toBeGreaterThan(titleMatch('Đông Đa', 'Quận Đống Đa'));
    expect(titleMatch('dong da', 'Quận Đống Đa')).toBe(titleMatch('Đông Đa', 'Quận Đống Đa'));
  });

  it('ignores case, punctuation and the normalisation form', () => {
    expect(titleMatch('ĐỐNG ĐA', 'Quận Đống Đa')).toBe(titleMatch('Đống Đa', 'Quận Đống Đa'));
    expect(titleMatch('Đống Đa'.normalize('NFD'), 'Quận Đống Đa')).toBe(titleMatch('Đống Đa', 'Quận Đống Đa'));
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

  it('puts the place the query names before places that hold its words as a phrase or scattered', () => {
    const got = rerank('phuong mai', [r('Phường Tân Mai', 'commune'), r('Phường Mai Động', 'commune'), r('Phường Tương Mai', 'commune'), r('Phường Phương Mai', 'commune')]);
    expect(titles(got)[0]).toBe('Phường Phương Mai');
  });

  it("puts the people of the district the query names before others, after the titles that match", () => {
    const got = rerank('dong da', [
      r('Xã Đại Đồng', 'commune', 'Huyện Thạch Thất'),
      r('Nguyễn Thị Đa', 'chairwoman', 'Huyện Đông Anh'),
      r('Quận Đống Đa', 'district', 'Quận Đống Đa'),
      r('Lê Thị Hoa', 'chairwoman', 'Quận Đống Đa'),
    ]);
    expect(titles(got)).toEqual(['Quận Đống Đa', 'Lê Thị Hoa', 'Xã Đại Đồng', 'Nguyễn Thị Đa']);
  });

  it('answers by another name of the record (a roadmap year by its report)', () => {
    const got = rerank('bao cao 2014', [r('ĐỀ ÁN Đào tạo', 'document'), { title: 'Thực hiện Đề án năm 2014', names: ['Báo cáo năm 2014'], kind: 'roadmap' as const }]);
    expect(titles(got)[0]).toBe('Thực hiện Đề án năm 2014');
  });
});

describe('answersByName', () => {
  it('is false when no title holds every query word, a likely typo', () => {
    expect(answersByName('chuong mi', [r('Ngô Minh Huệ', 'sourceCadre'), r('Phạm Thị Minh', 'sourceCadre')])).toBe(false);
    expect(answersByName('chuong my', [r('Ngô Minh Huệ', 'sourceCadre'), r('Huyện Chương Mỹ', 'district')])).toBe(true);
  });

  it('is true when an excerpt holds every query word whole, a match in the text', () => {
    expect(answersByName('kinh phi', [{ title: 'Báo cáo năm 2014', excerpt: '<mark>Kinh</mark> <mark>phí</mark> các lớp' }])).toBe(true);
    expect(answersByName('chuong mi', [{ title: 'Ngô Minh Huệ', excerpt: 'Ngô <mark>Minh</mark> Huệ, Huyện <mark>Chương</mark> Mỹ.' }])).toBe(false);
  });
});
