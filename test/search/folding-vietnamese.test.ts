/**
 * Folding Vietnamese to what is typed without marks (src/search/fold.ts): đ/Đ become d/D, tone
 * marks and the breve, circumflex and horn go, whatever the normalisation form of the input.
 */
import { describe, expect, it } from 'vitest';
import { fold, hasMarks } from '../../src/search/fold.ts';

describe('fold', () => {
  it('turns đ into d and Đ into D, which Unicode does not decompose', () => {
    expect(fold('đ')).toBe('d');
    expect(fold('Đ')).toBe('D');
    expect(fold('Đống Đa')).toBe('Dong Da');
    expect(fold('ĐỖ ĐỨC ĐẠI')).toBe('DO DUC DAI');
  });

  it('drops the five tone marks on every vowel', () => {
    expect(fold('à á ả ã ạ')).toBe('a a a a a');
    expect(fold('ì í ỉ ĩ ị ỳ ý ỷ ỹ ỵ')).toBe('i i i i i y y y y y');
    expect(fold('ù ú ủ ũ ụ è é ẻ ẽ ẹ ò ó ỏ õ ọ')).toBe('u u u u u e e e e e o o o o o');
  });

  it('takes ă â ê ô ơ ư back to their base letters, with or without a tone', () => {
    expect(fold('ă â ê ô ơ ư Ă Â Ê Ô Ơ Ư')).toBe('a a e o o u A A E O O U');
    expect(fold('ằ ẩ ễ ộ ớ ữ Ặ Ấ Ệ Ồ Ở Ự')).toBe('a a e o o u A A E O O U');
    expect(fold('Phượng Hằng Nguyễn Thị Hồng')).toBe('Phuong Hang Nguyen Thi Hong');
  });

  it('gives the same result for NFC and NFD input, and returns NFC', () => {
    for (const text of ['Đan Phượng', 'Nguyễn Thị Thu Hằng', 'Xã Đức Giang', 'Trường Đào tạo cán bộ Lê Hồng Phong']) {
      const nfd = text.normalize('NFD');
      expect(nfd).not.toBe(text);
      expect(fold(nfd)).toBe(fold(text));
      expect(fold(nfd)).toBe(fold(nfd).normalize('NFC'));
    }
    // NFD đ is still one code point (U+0111): only the explicit mapping folds it.
    expect('đ'.normalize('NFD')).toBe('\u0111');
  });

  it('leaves ASCII, digits and punctuation alone', () => {
    expect(fold('04/DA-BCH, 2012–2016: 100%')).toBe('04/DA-BCH, 2012–2016: 100%');
  });
});

describe('hasMarks', () => {
  it('tells text a reader without a Vietnamese keyboard could not type', () => {
    expect(hasMarks('Đa')).toBe(true);
    expect(hasMarks('Ba Vì')).toBe(true);
    expect(hasMarks('Ba Vi')).toBe(false);
    expect(hasMarks('Ba Vì'.normalize('NFD'))).toBe(true);
  });
});
