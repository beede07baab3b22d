/** People are listed given name → middle → family name, letters in Vietnamese alphabet order: one comparator, sortByName. */
import { describe, expect, it } from 'vitest';
import { sortByName } from '../../src/assessment/names.ts';
import { nameSortKey } from '../../src/format/vi.ts';

/** Names in sortByName's order; ids follow the input order, so ties keep it. */
const sorted = (names: string[]) => sortByName(names.map((name, i) => ({ id: `p${String(i).padStart(2, '0')}`, name })), (p) => p).map((p) => p.name);

describe('Vietnamese names', () => {
  it('reads given name last, family name first', () => {
    expect(nameSortKey('Nguyễn Thị Minh Hằng')).toEqual({ given: 'Hằng', middle: 'Thị Minh', family: 'Nguyễn' });
    expect(nameSortKey('Lê Hà')).toEqual({ given: 'Hà', middle: '', family: 'Lê' });
    expect(nameSortKey('  Hoa ')).toEqual({ given: 'Hoa', middle: '', family: '' });
  });

  it('normalises to NFC so decomposed input sorts with composed', () => {
    const decomposed = 'Nguyễn Thị Hằng'.normalize('NFD');
    expect(nameSortKey(decomposed).given).toBe('Hằng');
    // Equal names fall back to the id: the decomposed one (p00, p02) stays among its equals.
    expect(sorted([decomposed, 'Nguyễn Thị Hoa', 'Nguyễn Thị Hằng']).map((n) => n.normalize('NFC'))).toEqual(['Nguyễn Thị Hằng', 'Nguyễn Thị Hằng', 'Nguyễn Thị Hoa']);
  });

  it('sorts by given name, then middle, then family name', () => {
    expect(sorted(['Trần Thị Bình', 'Nguyễn Văn An', 'Lê Thị An', 'Phạm Thu An', 'Đỗ Thị Ánh', 'Bùi Thị Anh'])).toEqual([
      'Lê Thị An',
      'Phạm Thu An',
      'Nguyễn Văn An',
      'Bùi Thị Anh',
      'Đỗ Thị Ánh',
      'Trần Thị Bình',
    ]);
  });

  it('orders letters as the Vietnamese alphabet does (d before đ, o before ô before ơ)', () => {
    expect(sorted(['Lê Thị Ơn', 'Lê Thị Đào', 'Lê Thị Ôn', 'Lê Thị Dung', 'Lê Thị On'])).toEqual(['Lê Thị Dung', 'Lê Thị Đào', 'Lê Thị On', 'Lê Thị Ôn', 'Lê Thị Ơn']);
  });

  it('orders family names only when given and middle names agree', () => {
    expect(sorted(['Vũ Thị Hoa', 'Đặng Thị Hoa'])).toEqual(['Đặng Thị Hoa', 'Vũ Thị Hoa']);
    expect(sorted(['Đặng Thu Hoa', 'Vũ Thị Hoa'])).toEqual(['Vũ Thị Hoa', 'Đặng Thu Hoa']);
  });

  it('orders people of the same name by id', () => {
    const people = [{ id: 'b', name: 'Lê Thị An' }, { id: 'a', name: 'Lê Thị An' }];
    expect(sortByName(people, (p) => p).map((p) => p.id)).toEqual(['a', 'b']);
  });
});
