import type { Check } from '../assessment/index.ts';
import type { PrintedCell } from './printed-table.ts';

/**
 * The cells of one printed baseline table that the reconciliation does not confirm, each once:
 * the place each finding names (its row and column; "total" is the "Cộng" row and the "Tổng số"
 * column, "percent" the "Tỷ lệ" column).
 */
export function printedDifferences(findings: readonly Check[], tableId: string): PrintedCell[] {
  const out: PrintedCell[] = [];
  for (const f of findings) {
    if (f.cell?.table !== tableId) continue;
    const { row, column } = f.cell;
    if (!out.some((c) => c.row === row && c.column === column)) out.push({ row, column });
  }
  return out;
}
