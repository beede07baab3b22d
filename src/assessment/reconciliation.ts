import type { Group } from '../schema/condition.ts';
import type { BaselineFigure, BaselineTable } from '../schema/baseline.ts';
import { DIMENSIONS, type Dimension } from '../schema/levels.ts';
import { countOnCells } from '../domain/printed-cells.ts';
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

/**
 * What a printed figure is compared with. The sentences that say it live with the pages
 * (src/site/reconciliation-text.ts); here each check only names its basis.
 * - roster: the roster's count at the baseline date (for a percentage: its count over its population);
 * - row-cells / column-cells: the printed cells of the figure's row / column;
 * - row-totals: the printed totals of the table's rows; total-row-cells: the cells of its "Cộng" row;
 * - printed-population: the number of chairwomen the document states;
 * - printed-share: a row's printed total over that printed number;
 * - table-cells: the cells of one printed table (`cellsOf`), for a prose figure.
 */
export type CheckBasis = 'roster' | 'row-cells' | 'column-cells' | 'row-totals' | 'total-row-cells' | 'printed-population' | 'printed-share' | 'table-cells';

/** A place in a printed baseline table, with the names the document prints for it. */
export interface PrintedPlace {
  table: string;
  tableTitle: string;
  /** A level of the table's scale, or "total" for its "Cộng" row. */
  row: string;
  rowLabel: string;
  /** An age band, "total" (the "Tổng số" column) or "percent" (the "Tỷ lệ" column). */
  column: string;
  /** The age band's label, for a band column. */
  columnLabel?: string;
}

export interface Check {
  /** Stable: "roster:ly-luan-chinh-tri/so-cap/total", "internal:ly-luan-chinh-tri/total-row/total", "roster:figure/<id>", "internal:figure/<id>". */
  id: string;
  kind: CheckKind;
  basis: CheckBasis;
  /** Section of the document. */
  where: string;
  /** What is checked: the number of chairwomen, a cell of a printed table, or a prose figure. */
  subject: 'population' | 'cell' | 'figure';
  /** For subject "cell": where in the table. */
  cell?: PrintedPlace;
  /** For subject "figure": its id in data/baseline.yaml. */
  figure?: string;
  /** The document's sentence, for prose figures. */
  quote?: string;
  unit: 'people' | 'percent';
  /** For percentages: decimals printed, the precision compared at. */
  decimals: number;
  printed: number;
  /** What the basis gives (a percentage rounded at `decimals`). */
  computed: number;
  /** For percentages: the count and the total it was divided by. */
  ratio?: { count: number; of: number };
  /** For basis "table-cells": the section of the table recounted. */
  cellsOf?: string;
  ok: boolean;
  /** The baseline figure's own note on how it is read. */
  note?: string;
  /**
   * The one printed figure the check is about, the same for every check of it: "population",
   * "<table>/<row>/<column>" for a cell, "figure/<id>" for a prose figure.
   */
  printedFigure: string;
  /** For a finding that a shared reading explains (data/baseline.yaml findingNotes): that note's id. */
  findingNote?: string;
}

/**
 * A reading that links several findings, as data/baseline.yaml records it: perhaps one error
 * shown in several places. A reading of the printed figures, not a fact.
 */
export interface FindingNote {
  id: string;
  reading: string;
  /** The linked checks that are findings, in the record's order. */
  checks: string[];
  /** Linked checks that now agree: the reading no longer concerns them. */
  cleared: string[];
  /** Linked ids that name no check. */
  unknown: string[];
}

export interface DocumentNote {
  id: string;
  where: string;
  quote: string;
  note: string;
}

export interface Reconciliation {
  date: string;
  /** How the document names that date ("tháng 4/2012"). */
  dateLabel: string;
  checks: Check[];
  /** The checks that do not agree. */
  findings: Check[];
  /** How many distinct printed figures the checks are about (several checks can check one figure). */
  printedFigures: number;
  /** How many of those have at least one finding. */
  differingFigures: number;
  /** Readings that link findings (data/baseline.yaml findingNotes), each with the findings it links. */
  findingNotes: FindingNote[];
  /** Non-numeric slips of the document, listed as data/baseline.yaml records them. */
  documentNotes: DocumentNote[];
}

const ALL_CHAIRWOMEN: Group = { roles: ['chairwoman'] };

/** A check before it is judged. */
type Draft = Omit<Check, 'ok' | 'printedFigure' | 'findingNote'>;

function printedFigureOf(d: Draft): string {
  if (d.subject === 'cell' && d.cell) return `${d.cell.table}/${d.cell.row}/${d.cell.column}`;
  if (d.subject === 'figure') return `figure/${d.figure ?? d.id}`;
  return 'population';
}

function finish(d: Draft): Check {
  const scale = 10 ** d.decimals;
  const ok = d.unit === 'percent' ? scaledPrinted(d.printed, d.decimals) === Math.round(d.computed * scale) : d.printed === d.computed;
  return { ...d, ok, printedFigure: printedFigureOf(d) };
}

function percentDraft(base: Omit<Draft, 'unit' | 'computed' | 'ratio'>, count: number, of: number): Draft {
  const computed = of === 0 ? 0 : scaledPercent(count, of, base.decimals) / 10 ** base.decimals;
  return { ...base, unit: 'percent', computed, ratio: { count, of } };
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
  const out: Draft[] = [];
  const place = (row: string, rowLabel: string, column: string): PrintedPlace => ({
    table: t.id,
    tableTitle: t.title,
    row,
    rowLabel,
    column,
    ...(column !== 'total' && column !== 'percent' ? { columnLabel: colLabel(column) } : {}),
  });
  const people = (id: string, kind: CheckKind, basis: CheckBasis, cell: PrintedPlace, printed: number, computed: number): Draft => ({
    id: `${kind}:${t.id}/${id}`,
    kind,
    basis,
    where: t.where,
    subject: 'cell',
    cell,
    unit: 'people',
    decimals: 0,
    printed,
    computed,
  });

  for (const row of t.rows) {
    t.columns.forEach((col, c) => {
      out.push(people(`${row.level}/${col}`, 'roster', 'roster', place(row.level, row.printedLabel, col), row.cells[c] ?? 0, rosterCell(row.level, col)));
    });
    const totalCell = place(row.level, row.printedLabel, 'total');
    const rosterTotal = rosterCell(row.level, undefined);
    out.push(people(`${row.level}/total`, 'roster', 'roster', totalCell, row.total, rosterTotal));
    out.push(people(`${row.level}/total`, 'internal', 'row-cells', totalCell, row.total, row.cells.reduce((a, b) => a + b, 0)));
    const pBase = { where: t.where, subject: 'cell' as const, cell: place(row.level, row.printedLabel, 'percent'), printed: row.percent, decimals: row.percentDecimals };
    out.push(percentDraft({ ...pBase, id: `roster:${t.id}/${row.level}/percent`, kind: 'roster', basis: 'roster' }, rosterTotal, population));
    out.push(percentDraft({ ...pBase, id: `internal:${t.id}/${row.level}/percent`, kind: 'internal', basis: 'printed-share' }, row.total, printedPopulation));
  }

  const tr = t.totalRow;
  t.columns.forEach((col, c) => {
    const cell = place('total', tr.printedLabel, col);
    out.push(people(`total-row/${col}`, 'roster', 'roster', cell, tr.cells[c] ?? 0, rosterCell(undefined, col)));
    out.push(people(`total-row/${col}`, 'internal', 'column-cells', cell, tr.cells[c] ?? 0, t.rows.reduce((s, r) => s + (r.cells[c] ?? 0), 0)));
  });
  const total = place('total', tr.printedLabel, 'total');
  out.push(people('total-row/total', 'roster', 'roster', total, tr.total, population));
  out.push(people('total-row/total', 'internal', 'row-totals', total, tr.total, t.rows.reduce((s, r) => s + r.total, 0)));
  out.push(people('total-row/cells', 'internal', 'total-row-cells', total, tr.total, tr.cells.reduce((a, b) => a + b, 0)));
  out.push(people('total-row/population', 'internal', 'printed-population', total, tr.total, printedPopulation));
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
function figureFromCells(ix: DatasetIndex, f: BaselineFigure, about: Pick<Draft, 'where' | 'subject' | 'figure' | 'quote' | 'note'>): Draft | undefined {
  const asked = (Object.keys(f.count.where ?? {}) as string[]).filter((k): k is Dimension => (DIMENSIONS as readonly string[]).includes(k));
  for (const t of ix.dataset.baseline.tables) {
    if (asked.length > 0 && !asked.includes(t.dimension)) continue;
    const count = fromCells(ix, t, f.count);
    const of = f.unit === 'percent' ? fromCells(ix, t, f.of ?? ALL_CHAIRWOMEN) : undefined;
    if (count === undefined || (f.unit === 'percent' && of === undefined)) continue;
    const base = { ...about, id: `internal:figure/${f.id}`, kind: 'internal' as const, basis: 'table-cells' as const, cellsOf: t.where, printed: f.printed };
    if (f.unit === 'percent') return percentDraft({ ...base, decimals: f.percentDecimals ?? decimalsOf(f.printed) }, count, of ?? 0);
    return { ...base, unit: 'people', decimals: 0, computed: count };
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
      basis: 'roster',
      where: baseline.population.where,
      subject: 'population',
      unit: 'people',
      decimals: 0,
      printed: baseline.population.printed,
      computed: pop,
    },
  ];

  for (const t of baseline.tables) {
    drafts.push(...tableChecks(ix, t, tableCounts(ix, t.dimension, atBaseline.tables[t.dimension], CITY_IDX), pop));
  }

  baseline.figures.forEach((f, i) => {
    const count = counts[1 + 2 * i] ?? 0;
    const about = { where: f.where, subject: 'figure' as const, figure: f.id, quote: f.quote, ...(f.note ? { note: f.note } : {}) };
    const base = { ...about, id: `roster:figure/${f.id}`, kind: 'roster' as const, basis: 'roster' as const };
    if (f.unit === 'people') {
      drafts.push({ ...base, unit: 'people', decimals: 0, printed: f.printed, computed: count });
    } else {
      const decimals = f.percentDecimals ?? decimalsOf(f.printed);
      drafts.push(percentDraft({ ...base, printed: f.printed, decimals }, count, counts[2 + 2 * i] ?? 0));
    }
    // Where a figure differs from the roster, this says whether the document's own table already did.
    const internal = figureFromCells(ix, f, about);
    if (internal) drafts.push(internal);
  });

  const checks = drafts.map(finish);
  const byId = new Map(checks.map((c) => [c.id, c]));
  const findingNotes = baseline.findingNotes.map((n): FindingNote => {
    const linked = n.checks.map((id) => byId.get(id));
    for (const c of linked) if (c && !c.ok) c.findingNote ??= n.id;
    return {
      id: n.id,
      reading: n.reading,
      checks: linked.flatMap((c) => (c && !c.ok ? [c.id] : [])),
      cleared: linked.flatMap((c) => (c?.ok ? [c.id] : [])),
      unknown: n.checks.filter((id) => !byId.has(id)),
    };
  });
  const findings = checks.filter((c) => !c.ok);
  return {
    date: baseline.date,
    dateLabel: baseline.dateLabel,
    checks,
    findings,
    printedFigures: new Set(checks.map((c) => c.printedFigure)).size,
    differingFigures: new Set(findings.map((c) => c.printedFigure)).size,
    findingNotes,
    documentNotes: baseline.documentNotes.map((d) => ({ id: d.id, where: d.where, quote: d.quote, note: d.note })),
  };
}

function decimalsOf(v: number): number {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot === -1 ? 0 : s.length - dot - 1;
}
