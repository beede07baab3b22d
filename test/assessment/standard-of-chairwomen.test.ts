import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assessment.ts';
import { fourChairwomen, makeDataset } from './fixtures.ts';

describe('the standard (I.9) for each chairwoman', () => {
  const a = assess(makeDataset({ people: fourChairwomen() }));
  const s = a.standardAt('2012-12-31');
  const of = (id: string) => s.people.find((x) => x.person.id === id)!;

  it('meets when every applicable criterion is met', () => {
    expect(of('p1').meets).toBe(true);
    expect(of('p3').meets).toBe(true);
    expect([s.population, s.meeting, s.percent]).toEqual([4, 2, 50]);
  });

  it('skips a criterion that does not apply (the ≤40 one for a 52-year-old)', () => {
    expect(of('p3').criteria.find((c) => c.id === 'chuyen-mon-40')).toMatchObject({ applies: false, met: null });
  });

  it('names the failed criteria and the measure that would close each gap', () => {
    expect(of('p2').failed).toEqual(['chuyen-mon-40', 'nghiep-vu']);
    expect(of('p2').criteria.filter((c) => c.met === false).map((c) => c.measure)).toEqual(['dai-hoc', 'boi-duong']);
    expect(of('p4').failed).toEqual(['chuyen-mon', 'chuyen-mon-40', 'llct', 'nghiep-vu']);
    expect(of('p1').criteria.every((c) => c.measure === undefined)).toBe(true);
  });

  it('sums each criterion over the chairwomen it applies to', () => {
    const c = Object.fromEntries(s.criteria.map((x) => [x.id, [x.applicable, x.met, x.notMet]]));
    expect(c).toEqual({
      'hoc-van': [4, 4, 0],
      'chuyen-mon': [4, 3, 1],
      'chuyen-mon-40': [3, 1, 2],
      llct: [4, 3, 1],
      'nghiep-vu': [4, 2, 2],
    });
  });

  it('lists chairwomen by given name, then middle, then family name', () => {
    expect(s.people.map((x) => x.person.name)).toEqual(['Nguyễn Thị An', 'Trần Thị Bình', 'Lê Thị Chi', 'Phạm Thị Dung']);
  });

  it('shows the age band and the commune, scoped by district', () => {
    expect(of('p1')).toMatchObject({ ageBand: '31-40', commune: { code: '00001', name: 'Phường Một', district: 'quan-a' } });
    expect(a.standardAt('2012-12-31', { district: 'huyen-b' }).people.map((x) => x.person.id)).toEqual(['p3', 'p4']);
  });
});
