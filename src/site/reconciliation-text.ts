/**
 * The reconciliation in words: what each check is ("Trình độ lý luận chính trị (II.1.2) — hàng
 * "Sơ cấp", cột "Tổng số"") and, in one Vietnamese sentence, how it came out. The assessment gives
 * the structured checks (src/assessment/reconciliation.ts); the baseline page and the impact
 * report say them with these two functions.
 */
import type { Check, Reconciliation } from '../assessment/index.ts';
import { formatDate, formatNumber as n, formatPercent } from '../format/vi.ts';

type Dates = Pick<Reconciliation, 'date' | 'dateLabel'>;

const rowName = (rowLabel: string) => `hàng "${rowLabel}"`;
const capitalised = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** What the check is about: the population, a printed table's cell, or the prose figure's sentence. */
export function checkLabel(c: Check, r: Dates): string {
  if (c.subject === 'population') return `Tổng số chủ tịch Hội (${r.dateLabel})`;
  if (c.subject === 'figure' || !c.cell) return c.quote ?? c.id;
  const { tableTitle, rowLabel, column, columnLabel } = c.cell;
  const table = `${tableTitle} (${c.where})`;
  if (column === 'percent') return `${table} — ${rowName(rowLabel)}, tỷ lệ`;
  return `${table} — ${rowName(rowLabel)}, cột "${column === 'total' ? 'Tổng số' : (columnLabel ?? column)}"`;
}

/** What the basis gave, as the sentence after "nhưng" or "Khớp:". */
function basisText(c: Check, r: Dates): string {
  const got = n(c.computed);
  if (c.unit === 'percent' && c.ratio) {
    const source = c.basis === 'roster' ? 'theo danh sách' : c.basis === 'printed-share' ? 'chính văn bản cho' : tableCells(c);
    return `${source} ${n(c.ratio.count)}/${n(c.ratio.of)} = ${formatPercent(c.computed, c.decimals)}`;
  }
  switch (c.basis) {
    case 'roster':
      if (c.subject === 'population') return `danh sách có ${got} người giữ chức ngày ${formatDate(r.date)}`;
      return c.cell?.row === 'total' && c.cell.column === 'total' ? `danh sách có ${got} người` : `danh sách đếm được ${got}`;
    case 'row-cells':
      return `các ô của hàng cộng lại được ${got}`;
    case 'column-cells':
      return `các ô của cột cộng lại được ${got}`;
    case 'row-totals':
      return `tổng các hàng in cộng lại được ${got}`;
    case 'total-row-cells':
      return `các ô của ${rowName(c.cell?.rowLabel ?? '')} cộng lại được ${got}`;
    case 'printed-population':
      return `văn bản ghi tổng số chủ tịch Hội là ${got}`;
    case 'printed-share':
    case 'table-cells':
      return `${tableCells(c)} ${got}`;
  }
}

function tableCells(c: Check): string {
  return `các ô bảng ${c.cellsOf ?? c.where} của chính văn bản cộng lại được`;
}

/** What was printed, as the sentence before "nhưng". */
function printedText(c: Check): string {
  const printed = c.unit === 'percent' ? formatPercent(c.printed, c.decimals) : n(c.printed);
  if (c.subject === 'population') return `Văn bản ghi ${printed} chủ tịch Hội`;
  if (c.subject === 'figure' || !c.cell) return c.unit === 'percent' ? `Tỷ lệ in ${printed}` : `Văn bản ghi ${printed}`;
  const { row, rowLabel, column, columnLabel } = c.cell;
  if (column === 'percent') return `Tỷ lệ ${rowName(rowLabel)} in ${printed}`;
  if (row === 'total' && column === 'total') return c.basis === 'printed-population' ? `Tổng số của bảng in ${printed}` : `Tổng số in ${printed}`;
  if (column === 'total') return `Tổng ${rowName(rowLabel)} in ${printed}`;
  if (row === 'total' && c.basis === 'column-cells') return `${capitalised(rowName(rowLabel))} in ${printed} ở cột "${columnLabel ?? column}"`;
  return `Ô cột "${columnLabel ?? column}" của ${rowName(rowLabel)} in ${printed}`;
}

/** One sentence: "Khớp: …" when the check agrees, else what was printed and what the basis gives. */
export function checkExplanation(c: Check, r: Dates): string {
  return c.ok ? `Khớp: ${basisText(c, r)}` : `${printedText(c)} nhưng ${basisText(c, r)}`;
}

/** "95 con số in, qua 135 phép đối chiếu": the printed figures and the checks are not the same count. */
export function reconciliationScope(r: Pick<Reconciliation, 'printedFigures' | 'checks'>): string {
  return `${n(r.printedFigures)} con số in, qua ${n(r.checks.length)} phép đối chiếu`;
}

/** "6 con số in không khớp (10 phép đối chiếu)". */
export function reconciliationOutcome(r: Pick<Reconciliation, 'differingFigures' | 'findings'>): string {
  if (r.findings.length === 0) return 'mọi con số in đều khớp';
  return `${n(r.differingFigures)} con số in không khớp (${n(r.findings.length)} phép đối chiếu)`;
}
