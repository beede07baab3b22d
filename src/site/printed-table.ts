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

export interface PrintedTableCell {
  column: string;
  /** The site's own form, vi-VN ("1.234"). */
  value: string;
  /** As the document prints it, character for character ("1234"): what the transcribed document shows. */
  printed: string;
}

export interface PrintedTableRow {
  key: string;
  label: string;
  /** The "Tổng số" figure, vi-VN ("1.234"). */
  total: string;
  /** The row's percentage, vi-VN, with the decimals the document printed ("23,7%"). */
  percent?: string;
  /** The "Tổng số" figure as printed ("137"). */
  printedTotal: string;
  /** The percentage as printed, with the table's own decimal mark ("23.7%", "1%"). */
  printedPercent?: string;
  /** The whole "Tổng số" cell as printed: "137 = 23.7%" (the total alone on the "Cộng" row). */
  printedText: string;
  cells: PrintedTableCell[];
}

export interface PrintedTableModel {
  columns: { id: string; label: string }[];
  rows: PrintedTableRow[];
  totalRow: PrintedTableRow;
}

/** A whole number as the document prints one in its tables: digits only. */
function printedCount(v: number): string {
  return String(v);
}

/** A percentage as the table prints it: its printed decimals, the table's decimal mark (data/baseline.yaml `decimalMark`). */
export function printedPercent(v: number, decimals: number, decimalMark: '.' | ',' = ','): string {
  return `${v.toFixed(decimals).replace('.', decimalMark)}%`;
}

/**
 * Lays a baseline table out for display: column labels from the plan's age bands; each figure in
 * the site's vi-VN form and in the printed form (the characters of the document, for the table
 * inside the transcribed document). The loader already refuses an unknown band and a row with the
 * wrong number of cells (check-references.ts); the throws below guard tables built by hand, as in
 * tests, so a mismatch fails loudly instead of shifting cells under the wrong heading.
 */
export function printedTableModel(table: BaselineTable, bands: readonly AgeBand[]): PrintedTableModel {
  const columns = table.columns.map((id) => {
    const band = bands.find((b) => b.id === id);
    if (!band) throw new Error(`Bảng "${table.id}": cột "${id}" không có trong plan.yaml age.bands (unknown-age-band)`);
    return { id, label: band.label };
  });
  const cellsOf = (label: string, values: readonly number[]): PrintedTableCell[] => {
    if (values.length !== columns.length) {
      throw new Error(`Bảng "${table.id}", hàng "${label}": ${values.length} ô cho ${columns.length} cột (cell-count)`);
    }
    return values.map((v, i) => ({ column: columns[i]!.id, value: formatNumber(v), printed: printedCount(v) }));
  };
  return {
    columns,
    rows: table.rows.map((r) => {
      const percent = printedPercent(r.percent, r.percentDecimals, table.decimalMark);
      return {
        key: r.level,
        label: r.printedLabel,
        total: formatNumber(r.total),
        percent: formatPercent(r.percent, r.percentDecimals),
        printedTotal: printedCount(r.total),
        printedPercent: percent,
        printedText: `${printedCount(r.total)} = ${percent}`,
        cells: cellsOf(r.printedLabel, r.cells),
      };
    }),
    totalRow: {
      key: 'total',
      label: table.totalRow.printedLabel,
      total: formatNumber(table.totalRow.total),
      printedTotal: printedCount(table.totalRow.total),
      printedText: printedCount(table.totalRow.total),
      cells: cellsOf(table.totalRow.printedLabel, table.totalRow.cells),
    },
  };
}
