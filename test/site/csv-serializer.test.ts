import { describe, expect, it } from 'vitest';
import { BOM, csvField, textCell, toCsv } from '../../src/site/csv.ts';
import { parseCsv } from './csv-reader.ts';

describe('CSV serializer (RFC 4180)', () => {
  it('leaves plain fields alone, Vietnamese included', () => {
    expect(csvField('Nguyễn Thị Hằng')).toBe('Nguyễn Thị Hằng');
    expect(csvField('')).toBe('');
  });

  it('quotes fields with a comma, a quote or a line break, doubling inner quotes', () => {
    expect(csvField('Xã, phường')).toBe('"Xã, phường"');
    expect(csvField('Lớp "A"')).toBe('"Lớp ""A"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('starts with a UTF-8 BOM and ends every record, the last too, with CRLF', () => {
    const out = toCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(out.startsWith(BOM)).toBe(true);
    expect(Buffer.from(out, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(out.slice(1)).toBe('a,b\r\nc,d\r\n');
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('reads back to the same cells whatever they hold', () => {
    const rows = [
      ['Mã', 'Họ và tên', 'Ghi chú'],
      ['x-1', '<script>alert(1)</script>', 'có "ngoặc kép", dấu phẩy\r\nvà xuống dòng'],
      ['x-2', '${}{}', '\n'],
      ['', '"', ','],
    ];
    expect(parseCsv(toCsv(rows).slice(BOM.length))).toEqual(rows);
  });
});

describe('text cells in a spreadsheet', () => {
  it('never start like a formula', () => {
    for (const s of ['=1+1', '+84 912', '-2', '@SUM(A1)', '\tx', '\rx']) expect(textCell(s)).toBe(`'${s}`);
    expect(textCell('Nguyễn Thị A')).toBe('Nguyễn Thị A');
    expect(textCell('a=b')).toBe('a=b');
  });
});
