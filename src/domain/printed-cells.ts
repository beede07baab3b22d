import type { BaselineTable } from '../schema/baseline.ts';
import type { Condition } from '../schema/condition.ts';
import type { AgeBand } from '../schema/plan.ts';
import { levelHolds, type LevelTest } from './condition.ts';

/**
 * How many people of a printed baseline table meet a condition, counted on its cells. The cells
 * can say only when the condition asks for whole age bands and levels of the table's own scale;
 * otherwise (another key, an age bound inside a band, a column that is no band) undefined.
 */
export function countOnCells(t: BaselineTable, bands: readonly AgeBand[], where: Condition = {}): number | undefined {
  if (!Object.keys(where).every((k) => k === 'age' || k === t.dimension)) return undefined;
  const lo = where.age?.min ?? -Infinity;
  const hi = where.age?.max ?? Infinity;
  const columns: number[] = [];
  for (const [c, id] of t.columns.entries()) {
    const band = bands.find((b) => b.id === id);
    if (!band) return undefined;
    const [from, to] = [band.min, band.max ?? Infinity];
    if (from >= lo && to <= hi) columns.push(c);
    else if (to >= lo && from <= hi) return undefined; // the bound cuts through the band
  }
  const test = where[t.dimension] as LevelTest | undefined;
  const rows = t.rows.filter((r) => !test || levelHolds(t.dimension, r.level, test));
  return rows.reduce((s, r) => s + columns.reduce((a, c) => a + (r.cells[c] ?? 0), 0), 0);
}
