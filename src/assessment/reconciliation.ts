import type { Group } from '../schema/condition.ts';
import type { BaselineFigure, BaselineTable } from '../schema/baseline.ts';
import { DIMENSIONS, type Dimension } from '../schema/levels.ts';
import { countOnCells } from '../domain/printed-cells.ts';
import { formatDate, formatNumber, formatPercent } from '../format/vi.ts';
import type { DateFigures } from './evaluate.ts';
import { tallyGroups } from './groups.ts';
import type { DatasetIndex } from './indexes.ts';
import { scaledPercent, scaledPrinted } from './percent.ts';
import { tableCounts } from './tables.ts';

/**
 * roster: a printed figure against what the roster gives at the baseline date;
 * internal: a printed figure against other printed figures of the same table.
 */
export type CheckKind = 'roster' | 'internal';

export interface Check {
  /** Stable: "roster:ly-luan-chinh-tri/so-cap/total", "internal:ly-luan-chinh-tri/total-row/total", "roster:figure/<id>", "internal:figure/<id>". */
  id: string;
  kind: CheckKind;
  /** Section of the document. */
  where: string;
  /** What the figure is: table, row, column, or the figure's sentence. */
  label: string;
  /** The document's sentence, for prose figures. */
  quote?: string;
  unit: 'people' | 'percent';
  /** For percentages: decimals printed, the precision compared at. */
  decimals: number;
  printed: number;
  computed: number;
  ok: boolean;
  /** Vietnamese, one sentence. */
  explanation: string;
  /** The baseline figure's own note on how it is read. */
  note?: string;
}

export interface DocumentNote {
  id: string;
  where: string;
  quote: string;
  note: string;
}

export interface Reconciliation {
  date: string;
  checks: Check[];
  /** The checks that do not agree. */
  findings: Check[];
  /** Non-numeric slips of the document, listed as data/baseline.yaml records them. */
  documentNotes: DocumentNote[];
}

const ALL_CHAIRWOMEN: Group = { roles: ['chairwoman'] };

const n = (v: number) => formatNumber(v);
const pc = formatPercent;

/** A check before it is judged: the sentence for either outcome. */
type Draft = Omit<Check, 'ok' | 'explanation'> & { differs: string; agrees: string };

function finish(d: Draft): Check {
  const scale = 10 ** d.decimals;
  const ok = d.unit === 'percent' ? scaledPrinted(d.printed, d.decimals) === Math.round(d.computed * scale) : d.printed === d.computed;
  const { differs, agrees, ...rest } = d;
  return { ...rest, ok, explanation: ok ? agrees : differs };
}

function percentDraft(
  base: Omit<Draft, 'unit' | 'computed' | 'differs' | 'agrees'>,
  count: number,
  of: number,
  subject: string,
  source: string,
): Draft {
  const computed = of === 0 ? 0 : scaledPercent(count, of, base.decimals) / 10 ** base.decimals;
  const calc = `${n(count)}/${n(of)} = ${pc(computed, base.decimals)}`;
  return {
    ...base,
    unit: 'percent',
    computed,
    differs: `${subject} in ${pc(base.printed, base.decimals)} nhưng ${source} ${calc}`,
    agrees: `Khớp: ${source} ${calc}`,
  };
}

function tableChecks(ix: DatasetIndex, t: BaselineTable, matrix: number[][], population: number): Draft[] {
  const printedPopulation = ix.dataset.baseline.population.printed;
  const bands = ix.dataset.plan.age.bands;
  const levels = ix.tableRows[t.dimension];
  const colLabel = (id: string) => bands.find((b) => b.id === id)?.label ?? id;
  const colIndex = (id: string) => bands.findIndex((b) => b.id === id);
  const rosterCell = (level: string | undefined, col: string | undefined): number => {
    const rows = level === undefined ? matrix : [matrix[levels.indexOf(level)] ?? []];
    const c = col === undefined ? undefined : colIndex(col);
    return rows.reduce((s, r) => s + (c === undefined ? r.reduce((a, b) => a + b, 0) : (r[c] ?? 0)), 0);
  };
  const table = `${t.title} (${t.where})`;
  const out: Draft[] = [];
  const common = (id: string, kind: CheckKind, label: string) => ({ id: `${kind}:${t.id}/${id}`, kind, where: t.where, label, decimals: 0 });
  const people = (
    id: string,
    kind: CheckKind,
    label: string,
    printed: number,
    computed: number,
    differs: string,
    agrees: string,
  ): Draft => ({ ...common(id, kind, label), unit: 'people', printed, computed, differs, agrees });

  for (const row of t.rows) {
    const rowName = `hàng "${row.printedLabel}"`;
    t.columns.forEach((col, c) => {
      const printed = row.cells[c] ?? 0;
      const computed = rosterCell(row.level, col);
      out.push(
        people(`${row.level}/${col}`, 'roster', `${table} — ${rowName}, cột "${colLabel(col)}"`, printed, computed,
          `Ô cột "${colLabel(col)}" của ${rowName} in ${n(printed)} nhưng danh sách đếm được ${n(computed)}`,
          `Khớp: danh sách đếm được ${n(computed)}`),
      );
    });
    const rowLabel = `${table} — ${rowName}, cột "Tổng số"`;
    const rosterTotal = rosterCell(row.level, undefined);
    out.push(
      people(`${row.level}/total`, 'roster', rowLabel, row.total, rosterTotal,
        `Tổng ${rowName} in ${n(row.total)} nhưng danh sách đếm được ${n(rosterTotal)}`, `Khớp: danh sách đếm được ${n(rosterTotal)}`),
    );
    const cellSum = row.cells.reduce((a, b) => a + b, 0);
    out.push(
      people(`${row.level}/total`, 'internal', rowLabel, row.total, cellSum,
        `Tổng ${rowName} in ${n(row.total)} nhưng các ô của hàng cộng lại được ${n(cellSum)}`,
        `Khớp: các ô của hàng cộng lại được ${n(cellSum)}`),
    );
    const pLabel = `${table} — ${rowName}, tỷ lệ`;
    const pBase = { where: t.where, label: pLabel, printed: row.percent, decimals: row.percentDecimals };
    out.push(percentDraft({ ...pBase, id: `roster:${t.id}/${row.level}/percent`, kind: 'roster' }, rosterTotal, population, `Tỷ lệ ${rowName}`, 'theo danh sách'));
    out.push(
      percentDraft({ ...pBase, id: `internal:${t.id}/${row.level}/percent`, kind: 'internal' }, row.total, printedPopulation, `Tỷ lệ ${rowName}`, 'chính văn bản cho'),
    );
  }

  const tr = t.totalRow;
  const totalName = `hàng "${tr.printedLabel}"`;
  t.columns.forEach((col, c) => {
    const printed = tr.cells[c] ?? 0;
    const label = `${table} — ${totalName}, cột "${colLabel(col)}"`;
    const computed = rosterCell(undefined, col);
    out.push(
      people(`total-row/${col}`, 'roster', label, printed, computed,
        `Ô cột "${colLabel(col)}" của ${totalName} in ${n(printed)} nhưng danh sách đếm được ${n(computed)}`,
        `Khớp: danh sách đếm được ${n(computed)}`),
    );
    const colSum = t.rows.reduce((s, r) => s + (r.cells[c] ?? 0), 0);
    out.push(
      people(`total-row/${col}`, 'internal', label, printed, colSum,
        `${totalName[0]!.toUpperCase()}${totalName.slice(1)} in ${n(printed)} ở cột "${colLabel(col)}" nhưng các ô của cột cộng lại được ${n(colSum)}`,
        `Khớp: các ô của cột cộng lại được ${n(colSum)}`),
    );
  });
  const totalLabel = `${table} — ${totalName}, cột "Tổng số"`;
  out.push(
    people('total-row/total', 'roster', totalLabel, tr.total, population,
      `Tổng số in ${n(tr.total)} nhưng danh sách có ${n(population)} người`, `Khớp: danh sách có ${n(population)} người`),
  );
  const rowTotals = t.rows.reduce((s, r) => s + r.total, 0);
  out.push(
    people('total-row/total', 'internal', totalLabel, tr.total, rowTotals,
      `Tổng số in ${n(tr.total)} nhưng tổng các hàng in cộng lại được ${n(rowTotals)}`,
      `Khớp: tổng các hàng in cộng lại được ${n(rowTotals)}`),
  );
  const totalCells = tr.cells.reduce((a, b) => a + b, 0);
  out.push(
    people('total-row/cells', 'internal', totalLabel, tr.total, totalCells,
      `Tổng số in ${n(tr.total)} nhưng các ô của ${totalName} cộng lại được ${n(totalCells)}`,
      `Khớp: các ô của ${totalName} cộng lại được ${n(totalCells)}`),
  );
  out.push(
    people('total-row/population', 'internal', totalLabel, tr.total, printedPopulation,
      `Tổng số của bảng in ${n(tr.total)} nhưng văn bản ghi tổng số chủ tịch Hội là ${n(printedPopulation)}`,
      `Khớp: văn bản ghi tổng số chủ tịch Hội là ${n(printedPopulation)}`),
  );
  return out;
}

/** Members of a group counted on a printed table's cells: the group must hold the population's roles (countOnCells says the rest). */
function fromCells(ix: DatasetIndex, t: BaselineTable, g: Group): number | undefined {
  const { population } = ix.dataset.baseline;
  const roles = population.count.roles;
  if (population.count.where !== undefined || g.roles.length !== roles.length || !g.roles.every((r) => roles.includes(r))) return undefined;
  return countOnCells(t, ix.dataset.plan.age.bands, g.where);
}

/** A prose figure against the document's own table cells, where one table can recount it. */
function figureFromCells(ix: DatasetIndex, f: BaselineFigure, about: Pick<Draft, 'where' | 'label' | 'quote' | 'note'>): Draft | undefined {
  const asked = (Object.keys(f.count.where ?? {}) as string[]).filter((k): k is Dimension => (DIMENSIONS as readonly string[]).includes(k));
  for (const t of ix.dataset.baseline.tables) {
    if (asked.length > 0 && !asked.includes(t.dimension)) continue;
    const count = fromCells(ix, t, f.count);
    const of = f.unit === 'percent' ? fromCells(ix, t, f.of ?? ALL_CHAIRWOMEN) : undefined;
    if (count === undefined || (f.unit === 'percent' && of === undefined)) continue;
    const cells = `các ô bảng ${t.where} của chính văn bản cộng lại được`;
    const base = { ...about, id: `internal:figure/${f.id}`, kind: 'internal' as const, printed: f.printed };
    if (f.unit === 'percent') return percentDraft({ ...base, decimals: f.percentDecimals ?? decimalsOf(f.printed) }, count, of!, 'Tỷ lệ', cells);
    return {
      ...base,
      unit: 'people',
      decimals: 0,
      computed: count,
      differs: `Văn bản ghi ${n(f.printed)} nhưng ${cells} ${n(count)}`,
      agrees: `Khớp: ${cells} ${n(count)}`,
    };
  }
  return undefined;
}

/** The city is the first scope. */
const CITY_IDX = 0;

/** Every printed figure of data/baseline.yaml against the roster at the baseline date, and the tables against themselves. */
export function reconcile(ix: DatasetIndex, atBaseline: DateFigures): Reconciliation {
  const { baseline } = ix.dataset;
  const date = atBaseline.date;
  // Every group the document counts, in one pass: the population, then each figure's count and denominator.
  const groups = [baseline.population.count, ...baseline.figures.flatMap((f) => [f.count, f.of ?? ALL_CHAIRWOMEN])];
  const counts = tallyGroups(ix, date, groups.map((group) => ({ group }))).map((t) => t.of[CITY_IDX]!);
  const pop = counts[0]!;
  const drafts: Draft[] = [
    {
      id: 'roster:population',
      kind: 'roster',
      where: baseline.population.where,
      label: `Tổng số chủ tịch Hội (${baseline.dateLabel})`,
      unit: 'people',
      decimals: 0,
      printed: baseline.population.printed,
      computed: pop,
      differs: `Văn bản ghi ${n(baseline.population.printed)} chủ tịch Hội nhưng danh sách có ${n(pop)} người giữ chức ngày ${formatDate(baseline.date)}`,
      agrees: `Khớp: danh sách có ${n(pop)} người giữ chức ngày ${formatDate(baseline.date)}`,
    },
  ];

  for (const t of baseline.tables) {
    drafts.push(...tableChecks(ix, t, tableCounts(ix, t.dimension, atBaseline.tables[t.dimension], CITY_IDX), pop));
  }

  baseline.figures.forEach((f, i) => {
    const count = counts[1 + 2 * i]!;
    const about = { where: f.where, label: f.quote, quote: f.quote, ...(f.note ? { note: f.note } : {}) };
    const base = { ...about, id: `roster:figure/${f.id}`, kind: 'roster' as const };
    if (f.unit === 'people') {
      drafts.push({
        ...base,
        unit: 'people',
        decimals: 0,
        printed: f.printed,
        computed: count,
        differs: `Văn bản ghi ${n(f.printed)} nhưng danh sách đếm được ${n(count)}`,
        agrees: `Khớp: danh sách đếm được ${n(count)}`,
      });
    } else {
      const decimals = f.percentDecimals ?? decimalsOf(f.printed);
      const of = counts[2 + 2 * i]!;
      drafts.push(percentDraft({ ...base, printed: f.printed, decimals }, count, of, 'Tỷ lệ', 'theo danh sách'));
    }
    // Where a figure differs from the roster, this says whether the document's own table already did.
    const internal = figureFromCells(ix, f, about);
    if (internal) drafts.push(internal);
  });

  const checks = drafts.map(finish);
  return {
    date: baseline.date,
    checks,
    findings: checks.filter((c) => !c.ok),
    documentNotes: baseline.documentNotes.map((d) => ({ id: d.id, where: d.where, quote: d.quote, note: d.note })),
  };
}

function decimalsOf(v: number): number {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot === -1 ? 0 : s.length - dot - 1;
}
