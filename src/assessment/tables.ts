import type { Dimension } from '../schema/levels.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { DatasetIndex } from './indexes.ts';
import { dimensionLabel, levelLabel } from '../domain/levels.ts';
import { percentOf } from './percent.ts';

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

/**
 * Counts of one dimension in one scope from the flat tally of a date: [scope][row][column],
 * the last column holding people outside every band.
 */
export function tableCounts(ix: DatasetIndex, d: Dimension, flat: Int32Array, scopeIdx: number): number[][] {
  const rows = ix.tableRows[d].length;
  const cols = ix.dataset.plan.age.bands.length + 1;
  const base = scopeIdx * rows * cols;
  return Array.from({ length: rows }, (_, r) => Array.from(flat.subarray(base + r * cols, base + (r + 1) * cols)));
}

export function buildTable(ix: DatasetIndex, d: Dimension, date: IsoDate, counts: number[][]): LevelTable {
  const bands = ix.dataset.plan.age.bands;
  const printed = ix.dataset.baseline.tables.find((t) => t.dimension === d);
  const total = counts.reduce((s, r) => s + r.reduce((a, b) => a + b, 0), 0);
  const rows = ix.tableRows[d].map((level, i): LevelTableRow => {
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
