/**
 * The reconciliation in words: what each check is ("Trình độ lý luận chính trị (II.1.2) — hàng
 * "Sơ cấp", cột "Tổng số"") and, in one Vietnamese sentence, how it came out; how many printed
 * figures the checks cover; and the document's comparisons with itself across sections
 * (Assessment.consistency()). The assessment gives the structured checks
 * (src/assessment/reconciliation.ts, consistency.ts); the baseline page and the impact report say
 * them with these functions.
 */
import type { Check, Consistency, CrossCheck, CrossValue, Reconciliation } from '../assessment/index.ts';
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

// --- The document against itself across sections ------------------------------------------------

function decimalsOf(v: number): number {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot === -1 ? 0 : s.length - dot - 1;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** A value as the site writes it: vi-VN numbers (a printed percentage with its %), dates d/m/yyyy, a wording in quotes. */
export function crossValueText(v: Pick<CrossValue, 'value' | 'decimals'>): string {
  const x = v.value;
  if (typeof x === 'number') return v.decimals !== undefined ? formatPercent(x, v.decimals) : n(x, decimalsOf(x));
  if (ISO_DAY.test(x)) return formatDate(x);
  const month = ISO_MONTH.exec(x);
  if (month) return `${Number(month[2])}/${month[1]}`;
  return `“${x}”`;
}

const UNIT_NAMES: Record<NonNullable<CrossValue['units']>, string> = {
  communes: 'xã, phường, thị trấn',
  districts: 'quận, huyện, thị xã',
  clusters: 'cụm',
  'urban-clusters': 'cụm khối quận',
  'rural-clusters': 'cụm khối huyện',
};

/** Where a value comes from: "mục V.2.3", "danh sách ngày 30/4/2012", "các ô bảng II.1.1", "chỉ tiêu 3", "dữ liệu xã, phường". */
export function crossSourceText(v: CrossValue, date: string): string {
  switch (v.source) {
    case 'printed':
      return `mục ${v.where ?? '?'}`;
    case 'roster':
      return `danh sách ngày ${formatDate(date)}`;
    case 'printed-cells':
      return `các ô bảng ${v.cellsOf ?? '?'} của chính văn bản`;
    case 'target-gap':
      return `chỉ tiêu ${v.target?.number ?? '?'} ngày ${formatDate(date)}`;
    case 'units':
      return 'dữ liệu quận, huyện (data/districts.yaml)';
  }
}

/** One value with its source: "mục V.2.3 ghi 30", "danh sách ngày 30/4/2012 đếm được 30", "chỉ tiêu 3 còn thiếu 289 xã, phường, thị trấn". */
export function crossValueSentence(v: CrossValue, date: string): string {
  const value = crossValueText(v);
  const from = crossSourceText(v, date);
  switch (v.source) {
    case 'printed':
      return `${from} ghi ${value}`;
    case 'roster':
    case 'printed-cells':
      return `${from} đếm được ${value}`;
    case 'target-gap': {
      const what = v.target?.unit === 'commune' ? 'xã, phường, thị trấn' : 'người';
      return `${from} còn thiếu ${value} ${what} (cần ${n(v.target?.goalCount ?? 0)}, có ${n(v.target?.numerator ?? 0)})`;
    }
    case 'units':
      return `${from} có ${value} ${v.units ? UNIT_NAMES[v.units] : ''}`.trimEnd();
  }
}

const joined = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} và ${xs[xs.length - 1]}`);

/** Printed values that say the same thing, their places together: "mục II.1, V.2.3 và VI.1.1 ghi 30". */
function sameValues(values: readonly CrossValue[], date: string): string[] {
  const out: string[] = [];
  const printed = values.filter((v) => v.source === 'printed');
  const groups: { text: string; places: string[] }[] = [];
  for (const v of printed) {
    const text = crossValueText(v);
    const g = groups.find((x) => x.text === text);
    if (g) {
      if (!g.places.includes(v.where ?? '?')) g.places.push(v.where ?? '?');
    } else groups.push({ text, places: [v.where ?? '?'] });
  }
  for (const g of groups) out.push(`mục ${joined(g.places)} ghi ${g.text}`);
  for (const v of values.filter((x) => x.source !== 'printed')) out.push(crossValueSentence(v, date));
  return out;
}

/** One sentence on a comparison of the document with itself: "Khớp: …" when it holds, else what differs. */
export function crossCheckExplanation(c: CrossCheck, r: Pick<Consistency, 'date'>): string {
  const of = (role: CrossValue['role']) => c.values.filter((v) => v.role === role);
  const one = (role: CrossValue['role']) => of(role)[0]!;
  const places = (vs: readonly CrossValue[]) => `mục ${joined([...new Set(vs.map((v) => v.where ?? '?'))])}`;
  switch (c.compare) {
    case 'same': {
      const parts = sameValues(c.values, r.date);
      return c.ok ? `Khớp: ${parts.join('; ')}` : `Không khớp: ${parts.join('; ')}`;
    }
    case 'sum': {
      const total = one('total');
      const parts = of('part');
      const sum = `${parts.map((v) => crossValueText(v)).join(' + ')} = ${crossValueText({ value: c.result ?? 0, ...(total.decimals !== undefined ? { decimals: total.decimals } : {}) })}`;
      return c.ok ? `Khớp: ${sum}` : `${capitalised(crossValueSentence(total, r.date))} nhưng ${places(parts)} cộng lại được ${sum}`;
    }
    case 'share': {
      const percent = one('percent');
      const ratio = `${crossValueText(one('count'))}/${crossValueText(one('of'))} = ${formatPercent(c.result ?? 0, c.decimals ?? 1)}`;
      return c.ok ? `Khớp: ${ratio}` : `${capitalised(crossValueSentence(percent, r.date))} nhưng ${ratio}`;
    }
    case 'within': {
      const part = one('part');
      const wholes = joined(of('whole').map((v) => `${crossValueText(v)} (mục ${v.where ?? '?'})`));
      return c.ok ? `Khớp: ${crossValueText(part)} không lớn hơn ${wholes}` : `${capitalised(crossValueSentence(part, r.date))}, lớn hơn ${wholes}`;
    }
    case 'before': {
      const [earlier, later] = [one('earlier'), one('later')];
      const text = `${crossValueText(earlier)} (mục ${earlier.where ?? '?'})`;
      const after = `${crossValueText(later)} (mục ${later.where ?? '?'})`;
      return c.ok ? `Khớp: ${text} trước ${after}` : `Không khớp: ${text} không trước ${after}`;
    }
    case 'covers': {
      const seats = of('seats');
      const offered = `${seats.map((v) => crossValueText(v)).join(' + ')}${seats.length > 1 ? ` = ${n(c.result ?? 0)}` : ''} chỗ học (${places(seats)})`;
      const needs = of('need').map((v) => crossValueSentence(v, r.date)).join('; ');
      return c.ok ? `Đủ: ${offered}; ${needs}` : `Thiếu ${n(c.shortfall ?? 0)} chỗ: ${offered}, trong khi ${needs}`;
    }
  }
}
