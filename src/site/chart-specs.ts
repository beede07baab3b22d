/**
 * The site's charts as ChartSpecs and their one-sentence summaries, from src/assessment's
 * results. Presentation only: every value is a figure the assessment computed.
 */
import { districtExtremes, tableExtremes, yearOf, type AnnualMoney, type LevelTable, type TargetFigure, type TargetSeries } from '../assessment/index.ts';
import type { ChartSpec } from './chart-spec.ts';
import { formatDate, formatMoney, formatNumber, formatPercent } from './format.ts';
import { formatShare } from './share.ts';

const targetName = (t: { number: number }) => `Chỉ tiêu ${t.number}`;

/** "Mục tiêu 2016": the goal column's heading, its year the plan's deadline. */
export function goalHeading(figures: readonly TargetFigure[]): string {
  const first = figures[0];
  return first ? `Mục tiêu ${yearOf(first.pace.deadline)}` : 'Mục tiêu';
}

/** One target over time: the figures up to the data's date, the goal, and the linear pace line to the deadline. */
export function targetTrendSpec(s: TargetSeries): ChartSpec {
  return {
    kind: 'line',
    unit: 'percent',
    labels: s.points.map((p) => formatDate(p.date)),
    series: [
      {
        label: 'Đạt được',
        role: 'value',
        values: s.points.map((p) => (p.reported ? p.figure.percent : null)),
      },
      {
        label: 'Theo tiến độ',
        role: 'pace',
        values: s.points.map((p) => p.figure.pace.expectedPercent),
      },
      { label: 'Mục tiêu', role: 'goal', values: s.points.map(() => s.goal) },
    ],
    max: 100,
    valueTitle: 'Tỷ lệ (%)',
  };
}

function firstAndLast(s: TargetSeries) {
  const reported = s.points.filter((p) => p.reported);
  return { first: reported[0], last: reported.at(-1) };
}

function fromTo(s: TargetSeries): string {
  const { first, last } = firstAndLast(s);
  if (!first || !last) return `${targetName(s)}: chưa có số liệu`;
  return `${targetName(s)}: từ ${formatShare(first.figure.percent)} ngày ${formatDate(first.date)} đến ${formatShare(last.figure.percent)} ngày ${formatDate(last.date)}`;
}

export function targetTrendSummary(s: TargetSeries): string {
  const { last } = firstAndLast(s);
  const pace = last ? `; theo tiến độ cần ${formatShare(last.figure.pace.expectedPercent)}` : '';
  return `${fromTo(s)}${pace}; mục tiêu ${formatPercent(s.goal, 0)}.`;
}

/** The targets together, up to the data's date (the overview). */
export function targetsTrendSpec(all: readonly TargetSeries[]): ChartSpec {
  const points = all[0]?.points.filter((p) => p.reported) ?? [];
  return {
    kind: 'line',
    unit: 'percent',
    labels: points.map((p) => formatDate(p.date)),
    series: all.map((s) => ({
      label: `${targetName(s)} (mục tiêu ${formatPercent(s.goal, 0)})`,
      role: 'value' as const,
      values: s.points.filter((p) => p.reported).map((p) => p.figure.percent),
    })),
    max: 100,
    valueTitle: 'Tỷ lệ (%)',
  };
}

export function targetsTrendSummary(all: readonly TargetSeries[]): string {
  return `${all.map((s) => `${fromTo(s)} (mục tiêu ${formatPercent(s.goal, 0)})`).join('; ')}.`;
}

/** A row of a breakdown chart: a district, a cluster or an age band, with its figure of one target. */
export interface BreakdownRow {
  name: string;
  figure: Pick<TargetFigure, 'percent'>;
}

/** What a breakdown is read against: the city-wide share and the goal. */
export type CityFigure = Pick<TargetFigure, 'percent' | 'goal'>;

/**
 * One target across districts, clusters or age bands at a date, as bars read against the city's
 * figure and the goal (both lines). `sorted`: highest first (null figures last), so a district's
 * place is its rank; age bands keep their own order.
 */
export function breakdownSpec(rows: readonly BreakdownRow[], city: CityFigure, options: { sorted?: boolean } = {}): ChartSpec {
  const shown = options.sorted ? sortedByShare(rows) : [...rows];
  return {
    kind: 'bar',
    unit: 'percent',
    labels: shown.map((r) => r.name),
    series: [
      {
        label: 'Đạt được',
        role: 'value',
        values: shown.map((r) => r.figure.percent),
      },
      {
        label: 'Toàn thành phố',
        role: 'city',
        values: shown.map(() => city.percent),
      },
      { label: 'Mục tiêu', role: 'goal', values: shown.map(() => city.goal) },
    ],
    horizontal: true,
    max: 100,
    valueTitle: 'Tỷ lệ đạt được (%)',
  };
}

/** Highest share first; equal shares in the rows' own order; no figure last. */
export function sortedByShare<R extends BreakdownRow>(rows: readonly R[]): R[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => (y.r.figure.percent ?? -1) - (x.r.figure.percent ?? -1) || x.i - y.i)
    .map((x) => x.r);
}

export function districtSummary(rows: readonly { name: string; figure: TargetFigure }[], goal: number): string {
  const x = districtExtremes(rows);
  if (!x) return `Chưa có số liệu theo quận, huyện; mục tiêu ${formatPercent(goal, 0)}.`;
  return `Cao nhất ${x.highest.name} (${formatShare(x.highest.figure.percent)}), thấp nhất ${x.lowest.name} (${formatShare(x.lowest.figure.percent)}); mục tiêu ${formatPercent(goal, 0)}.`;
}

/** Clusters or age bands: which is highest and lowest, against the city. */
export function breakdownSummary(what: string, rows: readonly BreakdownRow[], city: CityFigure): string {
  const shown = sortedByShare(rows).filter((r) => r.figure.percent !== null);
  const first = shown[0];
  const last = shown.at(-1);
  const cityPart = `toàn thành phố ${formatShare(city.percent)}, mục tiêu ${formatPercent(city.goal, 0)}`;
  if (!first || !last) return `Chưa có số liệu theo ${what}; ${cityPart}.`;
  return `Theo ${what}: cao nhất ${first.name} (${formatShare(first.figure.percent)}), thấp nhất ${last.name} (${formatShare(last.figure.percent)}); ${cityPart}.`;
}

/** A level table as stacked bars: one bar per age band, one segment per level. */
export function levelTableSpec(t: LevelTable): ChartSpec {
  return {
    kind: 'bar',
    unit: 'count',
    labels: t.columns.map((c) => c.label),
    series: t.rows.map((r) => ({
      label: r.label,
      role: 'value' as const,
      values: r.cells,
    })),
    stacked: true,
    valueTitle: 'Số người',
    categoryTitle: 'Độ tuổi',
  };
}

export function levelTableSummary(t: LevelTable): string {
  const x = tableExtremes(t);
  if (!x) return `${t.title}: chưa có số liệu.`;
  const { widestBand: band, largestLevel: level } = x;
  return `${t.title} của ${formatNumber(t.total)} chủ tịch theo nhóm tuổi: đông nhất là nhóm ${band.label} (${formatNumber(band.count)} người); trình độ có nhiều người nhất là "${level.label}" (${formatNumber(level.total)} người, ${formatShare(level.percent)}).`;
}

/** The targets at one date against their pace and goal (the annual report). */
export function targetsAtSpec(figures: readonly TargetFigure[]): ChartSpec {
  return {
    kind: 'bar',
    unit: 'percent',
    labels: figures.map(targetName),
    series: [
      {
        label: 'Đạt được',
        role: 'value',
        values: figures.map((f) => f.percent),
      },
      {
        label: 'Theo tiến độ',
        role: 'value',
        values: figures.map((f) => f.pace.expectedPercent),
      },
      {
        label: goalHeading(figures),
        role: 'value',
        values: figures.map((f) => f.goal),
      },
    ],
    max: 100,
    valueTitle: 'Tỷ lệ (%)',
  };
}

export function targetsAtSummary(figures: readonly TargetFigure[], date: string): string {
  return `Ngày ${formatDate(date)}: ${figures.map((f) => `${targetName(f)} đạt ${formatShare(f.percent)} (theo tiến độ cần ${formatShare(f.pace.expectedPercent)}, mục tiêu ${formatPercent(f.goal, 0)})`).join('; ')}.`;
}

/** Money spent by year and in total so far against the plan's budget. */
export function spendingSpec(money: AnnualMoney): ChartSpec {
  return {
    kind: 'bar',
    unit: 'money',
    labels: money.byYear.map((y) => String(y.year)),
    series: [
      {
        label: 'Chi trong năm',
        role: 'value',
        values: money.byYear.map((y) => y.spent),
      },
      {
        label: 'Chi luỹ kế',
        role: 'value',
        values: money.byYear.map((y) => y.cumulative),
      },
      {
        label: 'Kinh phí đề án',
        role: 'goal',
        values: money.byYear.map(() => money.budget),
      },
    ],
    valueTitle: 'Đồng',
  };
}

export function spendingSummary(money: AnnualMoney, year: number): string {
  return `Đến hết năm ${year} đã chi ${formatMoney(money.spentToDate)} trên tổng kinh phí ${formatMoney(money.budget)} của đề án; riêng năm ${year} chi ${formatMoney(money.spentInYear)}.`;
}

/** A district's target over the years beside the city's, against the goal. */
export function districtTrendSpec(district: TargetSeries, city: TargetSeries, districtName: string): ChartSpec {
  const cityAt = new Map(city.points.map((p) => [p.date, p]));
  return {
    kind: 'line',
    unit: 'percent',
    labels: district.points.map((p) => formatDate(p.date)),
    series: [
      {
        label: districtName,
        role: 'value',
        values: district.points.map((p) => (p.reported ? p.figure.percent : null)),
      },
      {
        label: 'Toàn thành phố',
        role: 'city',
        values: district.points.map((p) => {
          const c = cityAt.get(p.date);
          return c?.reported ? c.figure.percent : null;
        }),
      },
      {
        label: 'Mục tiêu',
        role: 'goal',
        values: district.points.map(() => district.goal),
      },
    ],
    max: 100,
    valueTitle: 'Tỷ lệ (%)',
  };
}

export function districtTrendSummary(district: TargetSeries, city: TargetSeries, districtName: string): string {
  const last = district.points.filter((p) => p.reported).at(-1);
  const cityLast = last && city.points.find((p) => p.date === last.date);
  if (!last || !cityLast) return `${targetName(district)}: chưa có số liệu của ${districtName}; mục tiêu ${formatPercent(district.goal, 0)}.`;
  return `${fromTo(district)} (${districtName}); toàn thành phố ${formatShare(cityLast.figure.percent)} cùng ngày; mục tiêu ${formatPercent(district.goal, 0)}.`;
}
