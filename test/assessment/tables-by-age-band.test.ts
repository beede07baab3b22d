import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assessment.ts';
import { fourChairwomen, makeDataset, person } from './fixtures.ts';

const cells = (t: { rows: { level: string; cells: number[] }[] }) => Object.fromEntries(t.rows.map((r) => [r.level, r.cells]));

describe('level × age-band tables', () => {
  it('counts the chairwomen at the date by level and band', () => {
    const t = assess(makeDataset({ people: fourChairwomen() })).table('professional', '2012-04-30');
    expect(cells(t)).toEqual({
      'chua-qua-dao-tao': [0, 1, 0, 0, 0],
      'so-cap': [1, 0, 0, 1, 0],
      'trung-cap': [0, 1, 0, 0, 0],
      'cao-dang': [0, 0, 0, 0, 0],
      'dai-hoc': [0, 0, 0, 0, 0],
    });
    expect(t.columnTotals).toEqual([1, 2, 0, 1, 0]);
    expect(t.rows.map((r) => r.total)).toEqual([1, 2, 1, 0, 0]);
    expect(t.rows[1]!.percent).toBe(50);
    expect([t.total, t.outsideBands]).toEqual([4, 0]);
    expect(t.columns.map((c) => c.label)).toEqual(['18-30', '31-40', '41-45', '46-55', '≥56']);
  });

  it("orders rows as the document's table, then the scale's other levels", () => {
    const ds = makeDataset({
      people: fourChairwomen(),
      baseline: {
        tables: [
          {
            id: 'llct',
            title: 'LLCT',
            where: 'II.1.2',
            dimension: 'politicalTheory',
            columns: ['18-30'],
            rows: [
              { level: 'trung-cap', printedLabel: 'TC', total: 0, percent: 0, percentDecimals: 0, cells: [0] },
              { level: 'chua-qua', printedLabel: 'Chưa qua LLCT', total: 0, percent: 0, percentDecimals: 0, cells: [0] },
            ],
            totalRow: { printedLabel: 'Cộng', total: 0, cells: [0] },
          },
        ],
      },
    });
    const t = assess(ds).table('politicalTheory', '2012-04-30');
    expect(t.rows.map((r) => r.level)).toEqual(['trung-cap', 'chua-qua', 'so-cap', 'cao-cap']);
    expect(t.rows[0]).toMatchObject({ printedLabel: 'TC', label: 'Trung cấp' });
  });

  it('keeps people outside every band out of the cells but in the total', () => {
    const t = assess(makeDataset({ people: [...fourChairwomen(), person({ id: 'tre', commune: '00012', born: 1995 })] })).table(
      'unionWork',
      '2012-04-30',
    );
    expect([t.total, t.outsideBands]).toEqual([5, 1]);
    expect(t.columnTotals.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('gives the three tables per scope', () => {
    const a = assess(makeDataset({ people: fourChairwomen() }));
    expect(a.tables('2013-12-31', { district: 'quan-a' }).map((t) => [t.dimension, t.total])).toEqual([
      ['professional', 2],
      ['politicalTheory', 2],
      ['unionWork', 2],
    ]);
  });
});
