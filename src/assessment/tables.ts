import { DIMENSIONS, type Dimension } from '../data/schema/levels.ts';
import { inGroup } from './condition.ts';
import type { IsoDate } from './dates.ts';
import type { DatasetIndex } from './indexes.ts';
import { dimensionLabel, levelLabel, levelsOf, perDimension } from './levels.ts';
import { percentOf } from './percent.ts';
import { keysOfCommunes } from './scope.ts';
import { communesInRoles, type Snapshot } from './state.ts';

/** The tables the plan's baseline prints (II.1.1, II.1.2) and the union-work breakdown (II.1.3). */
export const TABLE_DIMENSIONS = ['professional', 'politicalTheory', 'unionWork'] as const satisfies readonly Dimension[];

export interface LevelTableRow {
  level: string;
  label: string;
  /** The document's label for the row, where its baseline table has one ("PTTH", "CC-CN"). */
  printedLabel?: string;
  /** One per column (age band). */
  cells: number[];
  total: number;
  percent: number | null;
}

export interface LevelTable {
  dimension: Dimension;
  title: string;
  date: IsoDate;
  columns: { id: string; label: string }[];
  rows: LevelTableRow[];
  columnTotals: number[];
  /** The table's population: the baseline's population group at the date. */
  total: number;
  /** Members whose age falls in no band (0 when the bands cover everyone); cells + this = total. */
  outsideBands: number;
}

/** Row order: the baseline table's rows where the document has one, then any other level of the scale. */
export function rowLevels(ix: DatasetIndex, d: Dimension): string[] {
  const printed = ix.dataset.baseline.tables.find((t) => t.dimension === d)?.rows.map((r) => r.level) ?? [];
  return [...printed, ...levelsOf(d).filter((l) => !printed.includes(l))];
}

type Matrices = Record<Dimension, number[][]>;

/** Level × age-band counts of the population at the snapshot's date, for every scope in one pass. */
export function tallyTables(ix: DatasetIndex, snap: Snapshot): Map<string, Matrices> {
  const { plan, baseline } = ix.dataset;
  const group = baseline.population.count;
  const bandIndex = new Map(plan.age.bands.map((b, i) => [b.id, i]));
  const outside = plan.age.bands.length;
  const levels = perDimension((d) => rowLevels(ix, d));
  const rowIndex = perDimension((d) => new Map(levels[d].map((l, i) => [l, i])));
  const empty = (): Matrices => perDimension((d) => levels[d].map(() => new Array<number>(outside + 1).fill(0)));

  const out = new Map<string, Matrices>();
  for (const pa of snap.people) {
    if (!inGroup(group, pa.roles, pa.facts)) continue;
    const col = pa.band ? bandIndex.get(pa.band.id)! : outside;
    for (const key of keysOfCommunes(ix, communesInRoles(pa, group.roles))) {
      let m = out.get(key);
      if (!m) out.set(key, (m = empty()));
      for (const d of DIMENSIONS) m[d][rowIndex[d].get(pa.facts.qualifications[d])!]![col]! += 1;
    }
  }
  return out;
}

export function buildTable(ix: DatasetIndex, d: Dimension, date: IsoDate, matrix: number[][] | undefined): LevelTable {
  const bands = ix.dataset.plan.age.bands;
  const printed = ix.dataset.baseline.tables.find((t) => t.dimension === d);
  const levels = rowLevels(ix, d);
  const counts = matrix ?? levels.map(() => new Array<number>(bands.length + 1).fill(0));
  const total = counts.reduce((s, r) => s + r.reduce((a, b) => a + b, 0), 0);
  const rows = levels.map((level, i): LevelTableRow => {
    const r = counts[i]!;
    const rowTotal = r.reduce((a, b) => a + b, 0);
    const printedLabel = printed?.rows.find((p) => p.level === level)?.printedLabel;
    return {
      level,
      label: levelLabel(d, level),
      ...(printedLabel ? { printedLabel } : {}),
      cells: r.slice(0, bands.length),
      total: rowTotal,
      percent: percentOf(rowTotal, total),
    };
  });
  return {
    dimension: d,
    title: dimensionLabel(d),
    date,
    columns: bands.map((b) => ({ id: b.id, label: b.label })),
    rows,
    columnTotals: bands.map((_, c) => counts.reduce((s, r) => s + r[c]!, 0)),
    total,
    outsideBands: counts.reduce((s, r) => s + r[bands.length]!, 0),
  };
}
