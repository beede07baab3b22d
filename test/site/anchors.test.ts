import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/format/slug.ts';
import { createSectionNumberer, sectionAnchor } from '../../src/site/sections.ts';

describe('slugify', () => {
  it('drops diacritics and maps đ to d', () => {
    expect(slugify('I. CĂN CỨ XÂY DỰNG ĐỀ ÁN')).toBe('i-can-cu-xay-dung-de-an');
    expect(slugify('Đống Đa')).toBe('dong-da');
    expect(slugify('Ứng Hoà')).toBe('ung-hoa');
  });

  it('works on decomposed input too', () => {
    expect(slugify('Trình độ'.normalize('NFD'))).toBe('trinh-do');
  });
});

describe('plan section anchors', () => {
  it('numbers headings with their part, cutting the words at the first colon or parenthesis', () => {
    const number = createSectionNumberer();
    expect(number(2, 'I. CĂN CỨ XÂY DỰNG ĐỀ ÁN:')).toEqual({ path: 'I', id: 'i-can-cu-xay-dung-de-an' });
    expect(number(2, 'II. THỰC TRẠNG')).toEqual({ path: 'II', id: 'ii-thuc-trang' });
    expect(number(3, '1. Trình độ hiện nay: (tại thời điểm tháng 4/2012):')).toEqual({
      path: 'II.1',
      id: 'ii-1-trinh-do-hien-nay',
    });
    expect(number(4, '1.1. Trình độ chuyên môn:')).toEqual({ path: 'II.1.1', id: 'ii-1-1-trinh-do-chuyen-mon' });
    expect(number(2, 'VI. TỔ CHỨC THỰC HIỆN:')).toEqual({ path: 'VI', id: 'vi-to-chuc-thuc-hien' });
    expect(number(4, '1.2. Năm 2013:')).toEqual({ path: 'VI.1.2', id: 'vi-1-2-nam-2013' });
  });

  it('gives unnumbered headings a plain slug, outside any part', () => {
    const number = createSectionNumberer();
    number(2, 'V. NỘI DUNG');
    expect(number(2, 'Ghi chú về bản chép')).toEqual({ id: 'ghi-chu-ve-ban-chep' });
    expect(number(3, '1. Sau phần không đánh số')).toEqual({ id: '1-sau-phan-khong-danh-so' });
  });

  it('never repeats an id', () => {
    const number = createSectionNumberer();
    expect(number(2, 'Phụ lục').id).toBe('phu-luc');
    expect(number(2, 'Phụ lục').id).toBe('phu-luc-2');
  });

  it('links a cited place to its heading or the nearest one above', () => {
    const sections = { V: 'v-noi-dung', 'V.2': 'v-2-giai-phap', 'III.2': 'iii-2-chi-tieu' };
    expect(sectionAnchor('III.2', sections)).toBe('iii-2-chi-tieu');
    expect(sectionAnchor('V.2.3', sections)).toBe('v-2-giai-phap');
    expect(sectionAnchor('V.9', sections)).toBe('v-noi-dung');
    expect(sectionAnchor('IV', sections)).toBeUndefined();
  });
});
