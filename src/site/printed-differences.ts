import type { Check } from '../assessment/index.ts';
import type { PrintedCell } from './printed-table.ts';

/**
 * The cells of one printed baseline table whose printed value differs from its recount, each once:
 * the place of each finding against the roster (its row and column; "total" is the "Cộng" row and
 * the "Tổng số" column, "percent" the "Tỷ lệ" column). A finding of the document against its own
 * other figures flags nothing by itself: in II.1.2 the row totals add up to 578, but the "Cộng"
 * row's 577 is what the roster counts; the fault is the row that is off ("Sơ cấp" 250), which its
 * own recount flags.
 */
export function printedDifferences(findings: readonly Check[], tableId: string): PrintedCell[] {
  const out: PrintedCell[] = [];
  for (const f of findings) {
    if (f.ok || f.kind !== 'roster' || f.cell?.table !== tableId) continue;
    const { row, column } = f.cell;
    if (!out.some((c) => c.row === row && c.column === column)) out.push({ row, column });
  }
  return out;
}
