import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assessment.ts';
import { buildIndex } from '../../src/assessment/indexes.ts';
import { compareLevels } from '../../src/domain/levels.ts';
import { qualificationsAt } from '../../src/assessment/state.ts';
import { DIMENSIONS } from '../../src/schema/levels.ts';
import type { Dataset } from '../../src/data/dataset.ts';
import { chair, makeDataset, person } from './fixtures.ts';
import { randomDataset, rng } from './random-dataset.ts';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('every table adds up to its population', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}`, () => {
      const a = assess(randomDataset(seed));
      for (const date of a.dates()) {
        for (const scope of a.scopes()) {
          const population = a.standardAt(date, scope).population;
          for (const t of a.tables(date, scope)) {
            const cells = t.rows.reduce((s, r) => s + r.cells.reduce((x, y) => x + y, 0), 0);
            expect(cells + t.outsideBands).toBe(t.total);
            expect(t.rows.reduce((s, r) => s + r.total, 0)).toBe(t.total);
            expect(t.columnTotals.reduce((x, y) => x + y, 0)).toBe(cells);
            expect(t.total).toBe(population);
          }
        }
      }
    });
  }
});

/** The same data with one more completion: an enrolled or dropped participant now completed. */
function completeOne(ds: Dataset, seed: number): Dataset | undefined {
  const r = rng(seed * 7919);
  const open = ds.courses.flatMap((c, ci) => c.participants.map((p, pi) => ({ ci, pi, p })).filter((x) => x.p.outcome !== 'completed'));
  if (open.length === 0) return undefined;
  const { ci, pi } = open[Math.floor(r() * open.length)]!;
  const courses = ds.courses.map((c, i) =>
    i !== ci ? c : { ...c, participants: c.participants.map((p, j) => (j === pi ? { ...p, outcome: 'completed' as const } : p)) },
  );
  return { ...ds, courses };
}

describe('completing a course never lowers a level or an indicator', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}`, () => {
      const before = randomDataset(seed);
      const after = completeOne(before, seed);
      expect(after).toBeDefined();
      const [ib, ia] = [buildIndex(before), buildIndex(after!)];
      const [ab, aa] = [assess(before), assess(after!)];
      for (const date of ab.dates()) {
        for (const p of before.people) {
          const [qb, qa] = [qualificationsAt(ib, p, date), qualificationsAt(ia, p, date)];
          for (const d of DIMENSIONS) expect(compareLevels(d, qa[d], qb[d])).toBeGreaterThanOrEqual(0);
        }
        for (const scope of ab.scopes()) {
          const tb = ab.targetsAt(date, scope);
          aa.targetsAt(date, scope).forEach((t, i) => {
            expect(t.denominator).toBe(tb[i]!.denominator);
            expect(t.numerator).toBeGreaterThanOrEqual(tb[i]!.numerator);
          });
          expect(aa.standardAt(date, scope).meeting).toBeGreaterThanOrEqual(ab.standardAt(date, scope).meeting);
        }
      }
    });
  }
});

describe("replacing a chairwoman moves her commune's status to the newcomer", () => {
  const ds = makeDataset({
    people: [
      person({ id: 'cu', name: 'Đỗ Thị Cũ', commune: '00001', roles: [chair('00001', '2011-01-01', '2013-06-30')] }),
      person({ id: 'moi', name: 'Đỗ Thị Mới', commune: '00001', professional: 'chua-qua-dao-tao', roles: [chair('00001', '2013-07-01')] }),
    ],
  });
  const a = assess(ds);
  const row = (date: string) => a.districtView('quan-a', date)!.communes.find((c) => c.commune.code === '00001')!.chairwoman;

  it('before the change the commune stands with the predecessor', () => {
    expect(row('2013-06-30')).toMatchObject({ person: { id: 'cu' }, meets: true });
  });
  it('after it, with the newcomer', () => {
    expect(row('2013-07-01')).toMatchObject({ person: { id: 'moi' }, meets: false, failed: ['chuyen-mon'] });
    expect(a.standardAt('2013-12-31', { district: 'quan-a' })).toMatchObject({ population: 1, meeting: 0 });
  });
  it('holds for random data: each commune row names whoever chairs it at the date', () => {
    for (const seed of SEEDS) {
      const r = randomDataset(seed);
      const ra = assess(r);
      for (const date of ra.dates()) {
        for (const d of r.districts) {
          for (const c of ra.districtView(d.id, date)!.communes) {
            const holder = r.people.find((p) =>
              p.roles.some((t) => t.role === 'chairwoman' && t.commune === c.commune.code && t.from <= date && (!t.to || date <= t.to)),
            );
            expect(c.chairwoman?.person.id).toBe(holder?.id);
          }
        }
      }
    }
  });
});
