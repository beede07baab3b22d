import type { AgeBand, BaselineTable } from '../schema/index.ts';
import { formatNumber, formatPercent } from './format.ts';

/**
 * One cell of a printed baseline table: row is the row's level id or "total" (the "Cộng" row);
 * column is an age band id, "total" (Tổng số) or "percent". Used to flag printed figures that
 * the reconciliation in src/assessment/ finds different from the recount.
 */
export interface PrintedCell {
  row: string;
  column: string;
}

export interface PrintedTableRow {
  key: string;
  label: string;
  /** As the table prints it: "137 = 23,7%" (the percentage with the printed number of decimals). */
  total: string;
  percent?: string;
  cells: { column: string; value: string }[];
}

export interface PrintedTableModel {
  columns: { id: string; label: string }[];
  rows: PrintedTableRow[];
  totalRow: PrintedTableRow;
}

/**
 * Lays a baseline table out for display: column labels from the plan's age bands, vi-VN figures.
 * The loader already refuses an unknown band and a row with the wrong number of cells
 * (check-references.ts); the throws below guard tables built by hand, as in tests, so a mismatch
 * fails loudly instead of shifting cells under the wrong heading.
 */
export function printedTableModel(table: BaselineTable, bands: readonly AgeBand[]): PrintedTableModel {
  const columns = table.columns.map((id) => {
    const band = bands.find((b) => b.id === id);
    if (!band) throw new Error(`Bảng "${table.id}": cột "${id}" không có trong plan.yaml age.bands (unknown-age-band)`);
    return { id, label: band.label };
  });
  const cellsOf = (label: string, values: readonly number[]) => {
    if (values.length !== columns.length) {
      throw new Error(`Bảng "${table.id}", hàng "${label}": ${values.length} ô cho ${columns.length} cột (cell-count)`);
    }
    return values.map((v, i) => ({ column: columns[i]!.id, value: formatNumber(v) }));
  };
  return {
    columns,
    rows: table.rows.map((r) => ({
      key: r.level,
      label: r.printedLabel,
      total: formatNumber(r.total),
      percent: formatPercent(r.percent, r.percentDecimals),
      cells: cellsOf(r.printedLabel, r.cells),
    })),
    totalRow: {
      key: 'total',
      label: table.totalRow.printedLabel,
      total: formatNumber(table.totalRow.total),
      cells: cellsOf(table.totalRow.printedLabel, table.totalRow.cells),
    },
  };
}
