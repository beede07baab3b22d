/**
 * The document against itself across its sections (data/plan.yaml crossChecks, evaluated by
 * src/assessment/consistency.ts): each kind of comparison on a small hand-made dataset, then the
 * committed data — which places of the document disagree, and that a corrected document clears them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assess, type CrossCheck } from '../../src/assessment/index.ts';
import type { Dataset } from '../../src/data/dataset.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import type { Baseline, CrossCheckRecord } from '../../src/schema/index.ts';
import { crossCheckExplanation } from '../../src/site/reconciliation-text.ts';
import { fourChairwomen, makeDataset } from './fixtures.ts';

/**
 * The roster of fourChairwomen at 30/4/2012: p1 32 (trung cấp, LLCT trung cấp), p2 27 (sơ cấp,
 * LLCT sơ cấp, nghiệp vụ dưới 1 tháng), p3 52 (sơ cấp), p4 37 (chưa qua đào tạo, chưa qua LLCT,
 * nghiệp vụ dưới 1 tháng). The printed LLCT table below agrees with it.
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
        { level: 'chua-qua', printedLabel: 'Chưa qua LLCT', total: 1, percent: 25, percentDecimals: 0, cells: [0, 1, 0, 0, 0] },
        { level: 'so-cap', printedLabel: 'Sơ cấp', total: 2, percent: 50, percentDecimals: 0, cells: [1, 0, 0, 1, 0] },
        { level: 'trung-cap', printedLabel: 'Trung cấp', total: 1, percent: 25, percentDecimals: 0, cells: [0, 1, 0, 0, 0] },
      ],
      totalRow: { printedLabel: 'Cộng', total: 4, cells: [1, 2, 0, 1, 0] },
    },
  ],
  figures: [
    { id: 'moi', where: 'II.1', quote: '1 đ/c mới tham gia', printed: 1, unit: 'people', count: { roles: ['chairwoman'], where: { firstTerm: true } } },
    { id: 'moi-ty-le', where: 'II.1', quote: 'chiếm 25,0%', printed: 25, unit: 'percent', percentDecimals: 1, count: { roles: ['chairwoman'], where: { firstTerm: true } } },
  ],
};

const at = (where: string, value: number | string) => ({ where, quote: `q ${where}`, value });
const young = { roles: ['chairwoman' as const], where: { age: { max: 40 }, politicalTheory: { below: 'trung-cap' as const } } };

function run(crossChecks: CrossCheckRecord[]): CrossCheck[] {
  return assess(makeDataset({ people: fourChairwomen(), baseline, plan: { crossChecks } })).consistency().checks;
}
const one = (r: CrossCheckRecord): CrossCheck => run([r])[0]!;
const base = { about: 'x' };

describe('comparing the document with itself', () => {
  it('same: every place and every computed value says one thing', () => {
    const computed = [{ roster: young }, { printedCells: young }];
    const c = one({ ...base, id: 'a', compare: 'same', mentions: [at('II.1', 2), at('V.2.3', 2)], computed });
    expect(c).toMatchObject({ ok: true, places: ['II.1', 'V.2.3'] });
    expect(c.values.map((v) => [v.role, v.source, v.value])).toEqual([
      ['mention', 'printed', 2],
      ['mention', 'printed', 2],
      ['computed', 'roster', 2],
      ['computed', 'printed-cells', 2],
    ]);
    expect(c.values[3]).toMatchObject({ cellsOf: 'II.1.2', group: young });
    expect(one({ ...base, id: 'b', compare: 'same', mentions: [at('II.1', 2), at('VI.1.1', 3)], computed: [] }).ok).toBe(false);
    // Wordings compare after NFC; dates as written.
    expect(one({ ...base, id: 'c', compare: 'same', mentions: [at('I.9', 'từ 40 tuổi'), at('III.2', 'từ 40 tuổi'.normalize('NFD'))], computed: [] }).ok).toBe(true);
    expect(one({ ...base, id: 'd', compare: 'same', mentions: [at('I.4', '2010-03-05'), at('I.5', '2012-03-05')], computed: [] }).ok).toBe(false);
  });

  it('same: the data’s places — communes, districts, clusters by kind', () => {
    const units = (u: 'communes' | 'districts' | 'clusters' | 'urban-clusters' | 'rural-clusters', v: number) =>
      one({ ...base, id: u, compare: 'same', mentions: [at('V.2.4', v)], computed: [{ units: u }] });
    expect([units('communes', 5), units('districts', 2), units('clusters', 2), units('urban-clusters', 1), units('rural-clusters', 1)].map((c) => c.ok)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(units('clusters', 3).ok).toBe(false);
  });

  it('sum: the total against its parts, at the decimals printed', () => {
    const c = one({ ...base, id: 's', compare: 'sum', total: at('VI.1.3', 2), parts: [at('V.2.4', 1), at('V.2.4', 2)] });
    expect(c).toMatchObject({ ok: false, result: 3, decimals: 0, places: ['VI.1.3', 'V.2.4'] });
    // 22.4 + 18.5 + 6.8 is 47.699999… in binary: compared as tenths.
    expect(one({ ...base, id: 'p', compare: 'sum', total: at('II.1.3', 47.7), parts: [at('II.1.3', 22.4), at('II.1.3', 18.5), at('II.1.3', 6.8)] })).toMatchObject({
      ok: true,
      result: 47.7,
      decimals: 1,
    });
  });

  it('share: a printed percentage against the printed count over the printed whole, rounding half up', () => {
    const c = one({ ...base, id: 'sh', compare: 'share', percent: { figure: 'moi-ty-le' }, count: { figure: 'moi' }, of: at('II.1', 4) });
    expect(c).toMatchObject({ ok: true, result: 25, decimals: 1 });
    // A baseline figure brings its place, its sentence and its printed decimals.
    expect(c.values[0]).toMatchObject({ source: 'printed', figure: 'moi-ty-le', where: 'II.1', quote: 'chiếm 25,0%', value: 25, decimals: 1 });
    expect(one({ ...base, id: 'h', compare: 'share', percent: at('II.1', 33.4), count: at('II.1', 1), of: at('II.1', 3) })).toMatchObject({ ok: false, result: 33.3 });
  });

  it('within: a part no larger than each whole', () => {
    expect(one({ ...base, id: 'w', compare: 'within', part: at('II.1', 161), whole: [at('II.1', 187), at('II.1', 302)] }).ok).toBe(true);
    expect(one({ ...base, id: 'w2', compare: 'within', part: at('II.1', 190), whole: [at('II.1', 187), at('II.1', 302)] }).ok).toBe(false);
  });

  it('before: dates (or months) in order', () => {
    expect(one({ ...base, id: 'b1', compare: 'before', earlier: at('I.4', '2010-03-05'), later: at('I.5', '2011-01-25') }).ok).toBe(true);
    expect(one({ ...base, id: 'b2', compare: 'before', earlier: at('I.5', '2012-03-05'), later: at('I.5', '2011-01-25') }).ok).toBe(false);
    expect(one({ ...base, id: 'b3', compare: 'before', earlier: at('II.1', '2012-04'), later: at('I', '2012-06-29') }).ok).toBe(true);
  });

  it('covers: the seats promised against each group that needs them, with the shortfall', () => {
    const needing = { roles: ['chairwoman' as const], where: { unionWork: { below: 'boi-duong-1-thang' as const } } };
    const enough = one({ ...base, id: 'c1', compare: 'covers', seats: [at('VI.1.2', 1), at('VI.1.3', 1)], need: [{ roster: needing }, { targetGap: 'chuan-hoa' }] });
    expect(enough).toMatchObject({ ok: true, result: 2, need: 2, shortfall: 0 });
    expect(enough.values.find((v) => v.source === 'target-gap')).toMatchObject({ value: 2, target: { id: 'chuan-hoa', number: 1, goalCount: 4, numerator: 2, denominator: 4 } });
    const short = one({ ...base, id: 'c2', compare: 'covers', seats: [at('VI.1.2', 1)], need: [at('II.1', 3), { roster: needing }] });
    expect(short).toMatchObject({ ok: false, result: 1, need: 3, shortfall: 2 });
  });

  it('refuses what it cannot compare, naming it', () => {
    expect(() => run([{ ...base, id: 'e1', compare: 'same', mentions: [{ figure: 'khong-co' }], computed: [] }])).toThrow(/unknown-figure/);
    expect(() => run([{ ...base, id: 'e2', compare: 'covers', seats: [at('VI.1.2', 1)], need: [{ targetGap: 'khong-co' }] }])).toThrow(/unknown-target/);
    // 35 cuts through the band 31-40: the printed cells cannot count it.
    const cut = { roles: ['chairwoman' as const], where: { age: { max: 35 } } };
    expect(() => run([{ ...base, id: 'e3', compare: 'same', mentions: [at('II.1', 1)], computed: [{ printedCells: cut }] }])).toThrow(/uncountable-on-cells/);
    expect(() => run([{ ...base, id: 'e4', compare: 'sum', total: at('II.1', 'ba'), parts: [at('II.1', 1), at('II.1', 2)] }])).toThrow(/cross-check-not-a-number/);
  });

  it('says each outcome in one Vietnamese sentence', () => {
    const r = { date: '2012-04-30' };
    const say = (c: CrossCheckRecord) => crossCheckExplanation(one(c), r);
    expect(say({ ...base, id: 'a', compare: 'same', mentions: [at('II.1', 2), at('V.2.3', 2)], computed: [{ roster: young }] })).toBe(
      'Khớp: mục II.1 và V.2.3 ghi 2; danh sách ngày 30/4/2012 đếm được 2',
    );
    expect(say({ ...base, id: 'd', compare: 'same', mentions: [at('I.4', '2010-03-05'), at('I.5', '2012-03-05')], computed: [] })).toBe(
      'Không khớp: mục I.4 ghi 5/3/2010; mục I.5 ghi 5/3/2012',
    );
    expect(say({ ...base, id: 's', compare: 'sum', total: at('VI.1.3', 2), parts: [at('V.2.4', 1), at('V.2.4', 2)] })).toBe('Mục VI.1.3 ghi 2 nhưng mục V.2.4 cộng lại được 1 + 2 = 3');
    expect(say({ ...base, id: 'c', compare: 'covers', seats: [at('VI.1.2', 1)], need: [{ targetGap: 'chuan-hoa' }] })).toBe(
      'Thiếu 1 chỗ: 1 chỗ học (mục VI.1.2), trong khi chỉ tiêu 1 ngày 30/4/2012 còn thiếu 2 người (cần 4, có 2)',
    );
    expect(say({ ...base, id: 'w', compare: 'within', part: at('II.1', 161), whole: [at('II.1', 187)] })).toBe('Khớp: 161 không lớn hơn 187 (mục II.1)');
  });
});

describe('the committed document against itself', () => {
  let ds: Dataset;
  beforeAll(() => {
    const loaded = loadDatasetSync('data');
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    ds = loaded.dataset!;
  });

  it('finds where its sections disagree, and where the seats fall short of the groups the targets need to move', () => {
    const c = assess(ds).consistency();
    expect(c.date).toBe(ds.baseline.date);
    expect(c.findings.map((f) => f.id)).toEqual([
      'moc-40-tuoi',
      'ten-lop-so-cap',
      'thoi-luong-boi-duong',
      'doi-tuong-boi-duong',
      'cho-so-cap-41-55',
      'cho-chuyen-mon-so-cap',
      'cho-boi-duong-nghiep-vu',
      'cho-can-bo-nguon-chi-tieu-3',
      'cho-trung-cap-llct-can-bo-nguon',
      'cum-hoi-thao',
      'ngay-nghi-dinh-18',
      'nghi-dinh-truoc-thong-tu',
    ]);
    const find = (id: string) => c.checks.find((x) => x.id === id)!;
    // The printed seats against the printed groups: the figures are the document's own.
    expect(find('cho-boi-duong-nghiep-vu')).toMatchObject({ result: 70 + 64 });
    expect(find('cho-so-cap-41-55')).toMatchObject({ result: 70 });
    expect(find('cho-can-bo-nguon-chi-tieu-3')).toMatchObject({ result: 87 });
    expect(find('cum-hoi-thao')).toMatchObject({ result: 3 });
    // The 30 of II, V.2.3 and VI.1.1 agree with each other, with the roster and with the printed table.
    expect(find('dai-hoc-30-nguoi')).toMatchObject({ ok: true, places: ['II.1 (nhận xét về chuyên môn)', 'V.2.3', 'VI.1.1'] });
  });

  it('clears a finding when the document is corrected', () => {
    const corrected = structuredClone(ds);
    for (const r of corrected.plan.crossChecks) {
      if (r.compare === 'same' && r.id === 'ngay-nghi-dinh-18') r.mentions = r.mentions.map((m) => ('value' in m && m.where === 'I.5' ? { ...m, value: '2010-03-05' } : m));
      if (r.compare === 'before' && r.id === 'nghi-dinh-truoc-thong-tu' && 'value' in r.earlier) r.earlier = { ...r.earlier, value: '2010-03-05' };
      if (r.compare === 'sum' && r.id === 'cum-hoi-thao' && 'value' in r.total) r.total = { ...r.total, value: 3 };
    }
    const ids = assess(corrected).consistency().findings.map((f) => f.id);
    expect(ids).not.toContain('ngay-nghi-dinh-18');
    expect(ids).not.toContain('nghi-dinh-truoc-thong-tu');
    expect(ids).not.toContain('cum-hoi-thao');
  });
});
