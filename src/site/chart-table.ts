import type { ChartSpec, ChartUnit } from './chart-spec.ts';
import { textCell, toCsv } from './csv.ts';
import { formatMoney, formatNumber, formatPercent } from './format.ts';

/** The figures of a chart as a table: one row per category, one column per series. */
export interface ChartTable {
  categoryHeader: string;
  columns: string[];
  rows: { label: string; cells: string[] }[];
}

const NO_VALUE = '—';

export function formatChartValue(value: number | null, unit: ChartUnit): string {
  if (value === null) return NO_VALUE;
  if (unit === 'percent') return formatPercent(value, 1);
  if (unit === 'money') return formatMoney(value);
  return formatNumber(value);
}

/** The chart's own data, vi-VN formatted: the table under a chart can never disagree with it. */
export function chartTable(spec: ChartSpec, categoryHeader: string): ChartTable {
  return {
    categoryHeader,
    columns: spec.series.map((s) => s.label),
    rows: spec.labels.map((label, i) => ({ label, cells: spec.series.map((s) => formatChartValue(s.values[i] ?? null, spec.unit)) })),
  };
}

/** A chart's figures as CSV for a spreadsheet: numbers with a "." decimal point (unrounded), blank where none. */
export function chartCsv(spec: ChartSpec, categoryHeader: string): string {
  const unit = spec.unit === 'percent' ? ' (%)' : spec.unit === 'money' ? ' (đồng)' : '';
  return toCsv([
    [textCell(categoryHeader), ...spec.series.map((s) => textCell(`${s.label}${unit}`))],
    ...spec.labels.map((label, i) => [textCell(label), ...spec.series.map((s) => { const v = s.values[i]; return v === null || v === undefined ? '' : String(v); })]),
  ]);
}
