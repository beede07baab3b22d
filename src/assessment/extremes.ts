import type { LevelTable, LevelTableRow } from './tables.ts';
import type { TargetFigure } from './targets.ts';

/**
 * The rows with the highest and the lowest share of one target (a tie goes to the first in the
 * given order for the highest, the last for the lowest); undefined when no row has a share.
 */
export function districtExtremes<T extends { figure: TargetFigure }>(rows: readonly T[]): { highest: T; lowest: T } | undefined {
  const ranked = rows.filter((r) => r.figure.percent !== null).sort((x, y) => y.figure.percent! - x.figure.percent!);
  const highest = ranked[0];
  const lowest = ranked.at(-1);
  return highest && lowest ? { highest, lowest } : undefined;
}

export interface TableExtremes {
  /** The age band holding the most people (the first of equals). */
  widestBand: { id: string; label: string; count: number };
  /** The level held by the most people (the first of equals in row order). */
  largestLevel: LevelTableRow;
}

export function tableExtremes(t: LevelTable): TableExtremes | undefined {
  const widestBand = t.columns.map((c, i) => ({ id: c.id, label: c.label, count: t.columnTotals[i] ?? 0 })).sort((x, y) => y.count - x.count)[0];
  const largestLevel = [...t.rows].sort((x, y) => y.total - x.total)[0];
  return widestBand && largestLevel ? { widestBand, largestLevel } : undefined;
}
