import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assessment.ts';
import type { Baseline } from '../../src/schema/index.ts';
import { printedDifferences } from '../../src/site/printed-differences.ts';
import { checkExplanation } from '../../src/site/reconciliation-text.ts';
import { fourChairwomen, makeDataset } from './fixtures.ts';

/**
 * The roster: LLCT chưa qua p4 (31-40); sơ cấp p2 (18-30), p3 (46-55); trung cấp p1 (31-40).
 * The printed table below errs on purpose: sơ cấp total 3 (cells 2), trung cấp 33,3% (1/4 = 25%),
 * the total row's last cell 1 (column 0) so its cells sum to 5, and the row totals sum to 5.
 */
const baseline: Partial<Baseline> = {
  population: { printed: 4, where: 'II.1', count: { roles: ['chairwoman'] } },
  tables: [
    {
      id: 'llct',
      title: 'Trình độ lý luận chính trị',
      where: 'II.1.2',
      dimension: 'politicalTheory',
      columns: ['18-30', '31-40', '41-45', '46-55', '56-tro-len'],
      rows: [
        { level: 'chua-qua', printedLabel: 'Chưa qua LLCT', total: 1, percent: 25, percentDecimals: 1, cells: [0, 1, 0, 0, 0] },
        { level: 'so-cap', printedLabel: 'Sơ cấp', total: 3, percent: 75, percentDecimals: 1, cells: [1, 0, 0, 1, 0] },
        { level: 'trung-cap', printedLabel: 'Trung cấp', total: 1, percent: 33.3, percentDecimals: 1, cells: [0, 1, 0, 0, 0] },
        { level: 'cao-cap', printedLabel: 'CC-CN', total: 0, percent: 0, percentDecimals: 0, cells: [0, 0, 0, 0, 0] },
      ],
      totalRow: { printedLabel: 'Cộng', total: 4, cells: [1, 2, 0, 1, 1] },
    },
  ],
  figures: [
    { id: 'dang-vien', where: 'II.1', quote: '3 đảng viên', printed: 3, unit: 'people', count: { roles: ['chairwoman'], where: { partyMember: true } } },
    {
      id: 'tre-chua-trung-cap',
      where: 'II.1',
      quote: '3 đ/c dưới 40 tuổi chưa có trung cấp',
      printed: 3,
      unit: 'people',
      count: { roles: ['chairwoman'], where: { age: { max: 40 }, politicalTheory: { below: 'trung-cap' } } },
      note: 'Đếm cả người 40 tuổi.',
    },
    { id: 'moi', where: 'II.1', quote: '25% mới tham gia', printed: 25, unit: 'percent', percentDecimals: 1, count: { roles: ['chairwoman'], where: { firstTerm: true } } },
    {
      id: 'chua-qua-ty-le',
      where: 'II.1',
      quote: '25% chưa qua LLCT',
      printed: 25,
      unit: 'percent',
      percentDecimals: 1,
      count: { roles: ['chairwoman'], where: { politicalTheory: { below: 'so-cap' } } },
    },
    // 35 splits the band 31-40: the printed cells cannot recount it.
    { id: 'duoi-35', where: 'II.1', quote: 'Không đ/c nào dưới 35 tuổi chưa qua LLCT', printed: 0, unit: 'people', count: { roles: ['chairwoman'], where: { age: { max: 35 }, politicalTheory: { below: 'so-cap' } } } },
    {
      id: 'moi-trong-tre',
      where: 'II.1',
      quote: '33,3% người trẻ mới tham gia',
      printed: 33.3,
      unit: 'percent',
      percentDecimals: 1,
      count: { roles: ['chairwoman'], where: { age: { max: 40 }, firstTerm: true } },
      of: { roles: ['chairwoman'], where: { age: { max: 40 } } },
    },
    {
      id: 'moi-trong-tre-sai',
      where: 'II.1',
      quote: '33,4% người trẻ mới tham gia',
      printed: 33.4,
      unit: 'percent',
      percentDecimals: 1,
      count: { roles: ['chairwoman'], where: { age: { max: 40 }, firstTerm: true } },
      of: { roles: ['chairwoman'], where: { age: { max: 40 } } },
    },
  ],
  documentNotes: [{ id: 'ngay', where: 'I.5', quote: 'ngày 05/3/2012', note: 'Lỗi đánh máy.' }],
  findingNotes: [
    {
      id: 'mot-loi',
      // Two findings, one check that agrees, one id that names no check.
      checks: ['roster:llct/so-cap/total', 'internal:llct/so-cap/total', 'roster:llct/chua-qua/total', 'roster:llct/khong-co/total'],
      reading: 'Có thể chỉ là một lỗi.',
    },
  ],
};

describe('reconciling the printed baseline', () => {
  const r = assess(makeDataset({ people: fourChairwomen(), baseline })).reconciliation();
  const find = (id: string) => r.checks.find((c) => c.id === id)!;
  /** The sentence the baseline page writes for a check. */
  const say = (c: (typeof r.checks)[number]) => checkExplanation(c, r);

  it('finds exactly the figures that disagree, with the roster or within the table', () => {
    expect(r.findings.map((f) => f.id).sort()).toEqual(
      [
        'internal:llct/so-cap/total',
        'roster:llct/so-cap/total',
        'roster:llct/so-cap/percent',
        'internal:llct/trung-cap/percent',
        'roster:llct/trung-cap/percent',
        'internal:llct/total-row/56-tro-len',
        'roster:llct/total-row/56-tro-len',
        'internal:llct/total-row/cells',
        'internal:llct/total-row/total',
        'roster:figure/tre-chua-trung-cap',
        'internal:figure/tre-chua-trung-cap',
        'roster:figure/moi-trong-tre-sai',
      ].sort(),
    );
  });

  it('checks every printed figure: population, each cell, row total, row percent, total row, figure', () => {
    // Per row: 5 cells, total and percent each against the roster and the table itself.
    const rowChecks = 4 * (5 + 2 + 2);
    // Total row: 5 cells twice; total against the roster, the row totals, its own cells, the population.
    const totalRowChecks = 5 * 2 + 4;
    // Each figure against the roster; against the table's cells those the table can recount
    // (tre-chua-trung-cap, chua-qua-ty-le: age in whole bands, levels of the table's scale).
    expect(r.checks.length).toBe(1 + rowChecks + totalRowChecks + 7 + 2);
    expect(r.checks.filter((c) => c.id.startsWith('internal:figure/')).map((c) => c.id)).toEqual(['internal:figure/tre-chua-trung-cap', 'internal:figure/chua-qua-ty-le']);
    expect(find('roster:population')).toMatchObject({ printed: 4, computed: 4, ok: true });
    expect(find('internal:llct/total-row/population').ok).toBe(true);
  });

  it('explains each finding in Vietnamese from its kind', () => {
    expect(say(find('internal:llct/so-cap/total'))).toBe('Tổng hàng "Sơ cấp" in 3 nhưng các ô của hàng cộng lại được 2');
    expect(say(find('roster:llct/so-cap/total'))).toBe('Tổng hàng "Sơ cấp" in 3 nhưng danh sách đếm được 2');
    expect(find('internal:llct/trung-cap/percent')).toMatchObject({ printed: 33.3, computed: 25, kind: 'internal', basis: 'printed-share', ratio: { count: 1, of: 4 } });
    expect(say(find('internal:llct/trung-cap/percent'))).toBe('Tỷ lệ hàng "Trung cấp" in 33,3% nhưng chính văn bản cho 1/4 = 25,0%');
    expect(say(find('roster:llct/so-cap/percent'))).toBe('Tỷ lệ hàng "Sơ cấp" in 75,0% nhưng theo danh sách 2/4 = 50,0%');
    expect(say(find('internal:llct/total-row/total'))).toBe('Tổng số in 4 nhưng tổng các hàng in cộng lại được 5');
    expect(say(find('internal:llct/total-row/56-tro-len'))).toBe('Hàng "Cộng" in 1 ở cột "≥56" nhưng các ô của cột cộng lại được 0');
    expect(say(find('roster:figure/moi-trong-tre-sai'))).toBe('Tỷ lệ in 33,4% nhưng theo danh sách 1/3 = 33,3%');
    // Cells 18-30 and 31-40 of the rows below trung cấp: 0 + 1 + 1 + 0.
    expect(find('internal:figure/tre-chua-trung-cap')).toMatchObject({ printed: 3, computed: 2, basis: 'table-cells', cellsOf: 'II.1.2' });
    expect(say(find('internal:figure/tre-chua-trung-cap'))).toBe('Văn bản ghi 3 nhưng các ô bảng II.1.2 của chính văn bản cộng lại được 2');
    expect(find('internal:figure/chua-qua-ty-le')).toMatchObject({ computed: 25, ok: true });
    expect(say(find('internal:figure/chua-qua-ty-le'))).toBe('Khớp: các ô bảng II.1.2 của chính văn bản cộng lại được 1/4 = 25,0%');
  });

  it("carries the figure's note, where and quote", () => {
    expect(find('roster:figure/tre-chua-trung-cap')).toMatchObject({
      where: 'II.1',
      quote: '3 đ/c dưới 40 tuổi chưa có trung cấp',
      printed: 3,
      computed: 2,
      note: 'Đếm cả người 40 tuổi.',
      subject: 'figure',
      figure: 'tre-chua-trung-cap',
    });
    expect(say(find('roster:figure/tre-chua-trung-cap'))).toBe('Văn bản ghi 3 nhưng danh sách đếm được 2');
  });

  it('compares percentages at the printed precision, rounding half up', () => {
    expect(find('roster:figure/moi-trong-tre')).toMatchObject({ computed: 33.3, ok: true });
    expect(find('roster:figure/moi')).toMatchObject({ computed: 25, ok: true });
  });

  it('counts the printed figures apart from the checks: several checks can be about one figure', () => {
    // The population; 4 rows × (5 cells, total, percent); the "Cộng" row's 5 cells and total; 7 prose figures.
    expect(r.printedFigures).toBe(1 + 4 * 7 + 6 + 7);
    expect(r.checks.length).toBe(60);
    // so-cap total and percent, trung-cap percent, the "Cộng" row's ≥56 cell and its total, two prose figures.
    expect(r.differingFigures).toBe(7);
    expect(find('internal:llct/total-row/cells').printedFigure).toBe('llct/total/total');
    expect(find('roster:figure/moi').printedFigure).toBe('figure/moi');
    expect(find('roster:population').printedFigure).toBe('population');
  });

  it('links the findings a shared reading explains, and says which links no longer hold', () => {
    expect(r.findingNotes).toEqual([
      {
        id: 'mot-loi',
        reading: 'Có thể chỉ là một lỗi.',
        checks: ['roster:llct/so-cap/total', 'internal:llct/so-cap/total'],
        cleared: ['roster:llct/chua-qua/total'],
        unknown: ['roster:llct/khong-co/total'],
      },
    ]);
    expect(find('roster:llct/so-cap/total').findingNote).toBe('mot-loi');
    expect(find('roster:llct/chua-qua/total').findingNote).toBeUndefined();
    expect(find('roster:llct/trung-cap/percent').findingNote).toBeUndefined();
  });

  it('flags in the printed table only the cells whose recount differs', () => {
    // "Cộng" total 4: its row totals add up to 5, but the roster counts 4, so the cell is not flagged.
    expect(printedDifferences(r.findings, 'llct')).toEqual([
      { row: 'so-cap', column: 'total' },
      { row: 'so-cap', column: 'percent' },
      { row: 'trung-cap', column: 'percent' },
      { row: 'total', column: '56-tro-len' },
    ]);
  });

  it('lists the document notes as they are', () => {
    expect(r.documentNotes).toEqual([{ id: 'ngay', where: 'I.5', quote: 'ngày 05/3/2012', note: 'Lỗi đánh máy.' }]);
  });
});
