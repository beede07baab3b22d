import type { Check } from '../assessment/index.ts';
import type { PrintedCell } from './printed-table.ts';

/**
 * The cells of one printed baseline table that the reconciliation does not confirm, read from
 * the checks' stable ids ("roster:<table>/<level>/<band|total|percent>",
 * "internal:<table>/total-row/<band|total|cells|population>"; see src/assessment/README.md).
 * The "Cộng" row is row "total"; its whole-table checks all mark its "Tổng số" cell.
 */
export function printedDifferences(findings: readonly Check[], tableId: string): PrintedCell[] {
  const out: PrintedCell[] = [];
  for (const f of findings) {
    const m = /^(?:roster|internal):([^/]+)\/([^/]+)\/([^/]+)$/.exec(f.id);
    if (!m || m[1] !== tableId) continue;
    const row = m[2] === 'total-row' ? 'total' : m[2]!;
    const column = row === 'total' && (m[3] === 'cells' || m[3] === 'population') ? 'total' : m[3]!;
    if (!out.some((c) => c.row === row && c.column === column)) out.push({ row, column });
  }
  return out;
}
