import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import type { ChartSeries, ChartSpec, ChartUnit } from '../site/chart-spec.ts';
import { BORDER, CITY, FILLS, GOAL, LINE_COLOURS, PACE, PATTERNS, POINT_STYLES, fillSteps, type PatternKind } from './chart-style.ts';

/** Supplies bar fills: a colour with a pattern (canvas work, kept out of this pure module). */
export type PaintBar = (fill: string, pattern: PatternKind) => CanvasPattern | string;

/** Legend and axis text in CSS px: Chart.js's 12 px default is small beside the page's 16 px text. */
const TEXT_SIZE = 14;

/** Width of a legend entry's sample, wide enough for a dash pattern to read (see chart-legend.ts). */
export const LEGEND_SAMPLE_WIDTH = 32;

const LOCALE = 'vi-VN';
const whole = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const upToOneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
/** The units money is spoken in, largest first: 3 000 000 000 đ is "3 tỷ đ", 500 000 000 đ "500 triệu đ". */
const MONEY_UNITS: [number, string][] = [
  [1e9, 'tỷ'],
  [1e6, 'triệu'],
  [1e3, 'nghìn'],
];

/** Money on an axis, in Vietnamese units: "3 tỷ đ", "1,5 tỷ đ", "500 triệu đ", "0 đ". */
export function moneyTick(dong: number): string {
  const found = MONEY_UNITS.find(([size]) => Math.abs(dong) >= size);
  return found ? `${upToOneDecimal.format(dong / found[0])} ${found[1]} đ` : `${whole.format(dong)} đ`;
}

/** Axis ticks: short. */
export function formatTick(value: number, unit: ChartUnit): string {
  if (unit === 'percent') return `${whole.format(value)}%`;
  if (unit === 'money') return moneyTick(value);
  return whole.format(value);
}

/** Tooltips: as the data table writes them (one decimal for percentages, whole đồng). */
export function formatValue(value: number, unit: ChartUnit): string {
  if (unit === 'percent') return `${oneDecimal.format(value)}%`;
  if (unit === 'money') return `${whole.format(value)}\u00a0đ`;
  return whole.format(value);
}

type AnyDataset = ChartDataset<'bar' | 'line', (number | null)[]>;

function referenceLine(s: ChartSeries, look: typeof GOAL | typeof PACE | typeof CITY, inBarChart: boolean): AnyDataset {
  return {
    ...(inBarChart ? { type: 'line' as const } : {}),
    label: s.label,
    data: s.values,
    borderColor: look.colour,
    backgroundColor: look.colour,
    borderDash: [...look.dash],
    borderWidth: look.width,
    pointRadius: 0,
    pointHoverRadius: 3,
    fill: false,
    order: 0,
  } as AnyDataset;
}

/** Chart.js configuration for a spec: the series' looks follow their roles (see chart-style.ts). */
export function chartConfig(spec: ChartSpec, paintBar: PaintBar): ChartConfiguration<'bar' | 'line', (number | null)[], string> {
  const values = spec.series.filter((s) => s.role === 'value');
  const steps = fillSteps(values.length);
  let v = 0;
  const datasets = spec.series.map((s): AnyDataset => {
    if (s.role === 'goal') return referenceLine(s, GOAL, spec.kind === 'bar');
    if (s.role === 'pace') return referenceLine(s, PACE, spec.kind === 'bar');
    if (s.role === 'city') return referenceLine(s, CITY, spec.kind === 'bar');
    const i = v++;
    if (spec.kind === 'line' || s.asLine) {
      const colour = LINE_COLOURS[i % LINE_COLOURS.length]!;
      return {
        ...(spec.kind === 'bar' ? { type: 'line' as const } : {}),
        label: s.label,
        data: s.values,
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 2.5,
        pointStyle: POINT_STYLES[i % POINT_STYLES.length],
        pointRadius: 4,
        fill: false,
        order: 1,
      } as AnyDataset;
    }
    const fill = FILLS[steps[i]!]!;
    return {
      label: s.label,
      data: s.values,
      backgroundColor: paintBar(fill, PATTERNS[i % PATTERNS.length]!),
      borderColor: BORDER,
      borderWidth: 1,
      order: 2,
    } as AnyDataset;
  });

  const category = spec.horizontal ? 'y' : 'x';
  const value = spec.horizontal ? 'x' : 'y';
  const title = (text: string | undefined) => (text ? { display: true, text } : { display: false });
  return {
    type: spec.kind,
    data: { labels: spec.labels, datasets },
    options: {
      locale: LOCALE,
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: category,
      scales: {
        [category]: { stacked: spec.stacked ?? false, title: title(spec.categoryTitle), grid: { display: false }, ticks: { font: { size: TEXT_SIZE } } },
        [value]: {
          stacked: spec.stacked ?? false,
          beginAtZero: true,
          ...(spec.max !== undefined ? { max: spec.max } : {}),
          title: title(spec.valueTitle),
          ticks: { font: { size: TEXT_SIZE }, callback: (tick: number | string) => formatTick(Number(tick), spec.unit) },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, pointStyleWidth: LEGEND_SAMPLE_WIDTH, color: '#1b1b1f', font: { size: TEXT_SIZE } } },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar' | 'line'>) => {
              const raw = item.raw;
              return `${item.dataset.label ?? ''}: ${typeof raw === 'number' ? formatValue(raw, spec.unit) : '—'}`;
            },
          },
        },
      },
    },
  };
}
