import { describe, expect, it } from 'vitest';
import type { AgeBand, BaselineTable } from '../../src/schema/index.ts';
import { printedTableModel } from '../../src/site/printed-table.ts';

// A made-up table: this tests the layout, not the plan's figures.
const bands: AgeBand[] = [
  { id: 'tre', label: '18-30', min: 18, max: 30 },
  { id: 'gia', label: '≥56', min: 56 },
];
const table: BaselineTable = {
  id: 'thu',
  title: 'Bảng thử',
  where: 'II.1.1',
  dimension: 'professional',
  columns: ['tre', 'gia'],
  rows: [
    { level: 'so-cap', printedLabel: 'Sơ cấp', total: 1234, percent: 23.7, percentDecimals: 1, cells: [1000, 234] },
    { level: 'dai-hoc', printedLabel: 'ĐH trở lên', total: 6, percent: 1, percentDecimals: 0, cells: [0, 6] },
  ],
  totalRow: { printedLabel: 'Cộng', total: 1240, cells: [1000, 240] },
};

describe('printed baseline table layout', () => {
  it('labels the columns with the plan’s age bands', () => {
    expect(printedTableModel(table, bands).columns).toEqual([
      { id: 'tre', label: '18-30' },
      { id: 'gia', label: '≥56' },
    ]);
  });

  it('writes figures vi-VN, percentages with the decimals the document printed', () => {
    const model = printedTableModel(table, bands);
    expect(model.rows[0]).toEqual({
      key: 'so-cap',
      label: 'Sơ cấp',
      total: '1.234',
      percent: '23,7%',
      printedTotal: '1234',
      printedPercent: '23,7%',
      printedText: '1234 = 23,7%',
      cells: [
        { column: 'tre', value: '1.000', printed: '1000' },
        { column: 'gia', value: '234', printed: '234' },
      ],
    });
    expect(model.rows[1]!.percent).toBe('1%');
    expect(model.totalRow).toMatchObject({ key: 'total', label: 'Cộng', total: '1.240', printedText: '1240' });
    expect(model.totalRow.percent).toBeUndefined();
    expect(model.totalRow.printedPercent).toBeUndefined();
  });

  it('keeps, in the printed form, the characters the document prints: its decimal mark, no thousands separator', () => {
    const model = printedTableModel({ ...table, decimalMark: '.' }, bands);
    expect(model.rows.map((r) => r.printedText)).toEqual(['1234 = 23.7%', '6 = 1%']);
    // The site's own form stays vi-VN.
    expect(model.rows.map((r) => r.percent)).toEqual(['23,7%', '1%']);
  });

  it('refuses a column the plan has no age band for', () => {
    expect(() => printedTableModel({ ...table, columns: ['tre', 'khong-co'] }, bands)).toThrow(/unknown-age-band/);
  });

  it('refuses a row whose cells do not match the columns', () => {
    const short = { ...table, totalRow: { ...table.totalRow, cells: [1000] } };
    expect(() => printedTableModel(short, bands)).toThrow(/cell-count/);
  });
});
