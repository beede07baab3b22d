/** What the chart summaries say of a ranking: the highest and lowest district, the widest band and the largest level. */
import { describe, expect, it } from 'vitest';
import { assess, districtExtremes, tableExtremes } from '../../src/assessment/index.ts';
import { fourChairwomen, makeDataset } from './fixtures.ts';

const a = assess(makeDataset({ people: fourChairwomen() }));

describe('district extremes', () => {
  it('names the highest and lowest share of a target; ties keep data order', () => {
    // Target 1 (chuẩn hoá): quan-a 1/2 (p2 lacks the course), huyen-b 1/2 (p4 lacks everything).
    const rows = a.targetsByDistrict().map((d) => ({ name: d.name, figure: d.targets[0]! }));
    expect(districtExtremes(rows)).toEqual({ highest: rows[0], lowest: rows[1] });
    // Target 2 (≤ 40, trung cấp): quan-a 1/2 (p1), huyen-b 0/1 (p4).
    const young = a.targetsByDistrict().map((d) => ({ name: d.name, figure: d.targets[1]! }));
    expect(districtExtremes(young)).toEqual({ highest: young[0], lowest: young[1] });
    // A district with nobody to count has no share and is left out.
    const empty = { name: 'C', figure: { ...young[0]!.figure, percent: null } };
    expect(districtExtremes([empty, ...young, empty])).toEqual({ highest: young[0], lowest: young[1] });
    expect(districtExtremes([empty])).toBeUndefined();
  });
});

describe('table extremes', () => {
  it('names the age band with most people and the level most hold', () => {
    // Professional levels: p1 trung-cap (31-40 in 2014), p2 so-cap (18-30), p3 so-cap (46-55+), p4 chưa qua (31-40).
    const t = a.table('professional', a.currentDate);
    expect(tableExtremes(t)).toEqual({
      widestBand: { id: '31-40', label: '31-40', count: 2 },
      largestLevel: t.rows.find((r) => r.level === 'so-cap'),
    });
  });
});
