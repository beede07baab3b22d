import { describe, expect, it } from 'vitest';
import { BOM, csvField, textCell, toCsv } from '../../src/site/csv.ts';

/** A strict RFC 4180 reader, to check that what we write reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      throw new Error(`bare line break at ${i}`);
    } else cell += ch;
    i += 1;
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}

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
