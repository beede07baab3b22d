/**
 * The generated roster, read straight from the YAML (not through the generator), at the baseline
 * date: every printed table cell, and every printed figure — except where the document
 * contradicts its own tables, where the roster must give what the cells give.
 */
import { describe, expect, it } from 'vitest';
import { conditionHolds, type PersonFacts } from '../../src/domain/condition.ts';
import type { Condition, Dimension, Person, Qualifications } from '../../src/schema/index.ts';
import { DATA, readRaw } from './helpers.ts';

const data = readRaw(DATA);
const { baseline, plan } = data;
const date = baseline.date;
const year = (d: string) => Number(d.slice(0, 4));
const holdsChair = (p: Person, on: string) => p.roles.some((r) => r.role === 'chairwoman' && r.from <= on && (r.to === undefined || on <= r.to));
const chairs = data.people.filter((p) => holdsChair(p, date));
const facts = (p: Person): PersonFacts => ({
  age: year(date) - year(p.birthDate),
  qualifications: { education: p.education, professional: p.professional, politicalTheory: p.politicalTheory, unionWork: p.unionWork },
  firstTerm: p.firstTerm,
  partyMember: p.partyMember,
});
const bands = new Map(plan.age.bands.map((b) => [b.id, b]));
const inBand = (age: number, id: string) => {
  const b = bands.get(id)!;
  return age >= b.min && (b.max === undefined || age <= b.max);
};
const tableDims = new Set<string>(baseline.tables.map((t) => t.dimension));

/** What the printed cells say a figure should be, when its condition asks only about age and one tabled scale. */
function fromCells(where: Condition): number | undefined {
  const keys = Object.keys(where);
  const dims = keys.filter((k) => tableDims.has(k));
  if (dims.length > 1 || keys.some((k) => k !== 'age' && !tableDims.has(k))) return undefined;
  const table = baseline.tables.find((t) => t.dimension === (dims[0] ?? baseline.tables[0]!.dimension))!;
  let n = 0;
  table.columns.forEach((id, j) => {
    const b = bands.get(id)!;
    const ages = [b.min, b.max ?? b.min];
    const covered = ages.map((age) => conditionHolds({ age: where.age }, { age } as PersonFacts));
    if (covered[0] !== covered[1]) throw new Error(`figure age range cuts band ${id}`);
    if (!covered[0]) return;
    for (const r of table.rows) {
      const q = { [table.dimension]: r.level } as unknown as Qualifications;
      const d = dims[0] as Dimension | undefined;
      if (!d || conditionHolds({ [d]: where[d] }, { age: 0, qualifications: q, firstTerm: false, partyMember: false })) n += r.cells[j]!;
    }
  });
  return n;
}

describe('the sample roster at the baseline date', () => {
  it('has one chairwoman per commune, as many as the tables count', () => {
    const cells = baseline.tables[0]!.rows.flatMap((r) => r.cells).reduce((a, b) => a + b, 0);
    expect(chairs.length).toBe(cells);
    const communes = chairs.map((p) => p.roles.find((r) => r.role === 'chairwoman' && r.from <= date)!.commune);
    expect(new Set(communes).size).toBe(chairs.length);
  });

  for (const table of baseline.tables) {
    it(`gives every cell of table "${table.id}"`, () => {
      for (const row of table.rows) {
        const got = table.columns.map(
          (band) => chairs.filter((p) => p[table.dimension] === row.level && inBand(facts(p).age, band)).length,
        );
        expect({ level: row.level, cells: got }).toEqual({ level: row.level, cells: row.cells });
      }
    });
  }

  it('gives every printed figure, or the cells where the document contradicts them', () => {
    let printedMatches = 0;
    for (const f of baseline.figures) {
      const count = chairs.filter((p) => conditionHolds(f.count.where, facts(p))).length;
      const dec = 10 ** (f.percentDecimals ?? 0);
      const value = f.unit === 'percent' ? Math.round((count / chairs.length) * 100 * dec) / dec : count;
      const cells = fromCells(f.count.where ?? {});
      const expected = cells === undefined ? f.printed : f.unit === 'percent' ? Math.round((cells / chairs.length) * 100 * dec) / dec : cells;
      expect({ figure: f.id, value }).toEqual({ figure: f.id, value: expected });
      if (value === f.printed) printedMatches++;
    }
    // The contradictions are the exception: most figures match the document as printed.
    expect(printedMatches).toBeGreaterThan(baseline.figures.length / 2);
  });

  it('gives a few older women in the lowest professional row lower-secondary schooling, and nobody else', () => {
    const lowest = chairs.filter((p) => p.education !== 'thpt');
    expect(lowest.length).toBeGreaterThan(0);
    for (const p of lowest) expect(p.professional).toBe('chua-qua-dao-tao');
  });
});
