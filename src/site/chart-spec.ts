/**
 * What a chart draws, as the page hands it to the browser (JSON in the page) and as its data
 * table shows it. Shared by Chart.astro and src/scripts/charts.ts; no Chart.js types here so the
 * server side never loads Chart.js.
 */

/** How the values read: percent on 0–100, whole people/communes/courses, or whole đồng. */
export type ChartUnit = 'percent' | 'count' | 'money';

/**
 * What a series stands for; its look follows (so meaning survives greyscale print):
 * value — the figures themselves (solid, one of the palette's lightness steps, patterned bars);
 * goal — the plan's target (dark dashed line); pace — the linear pace line (dotted);
 * city — the city-wide figure a district or group is read against (dash-dot line).
 */
export type SeriesRole = 'value' | 'goal' | 'pace' | 'city';

export interface ChartSeries {
  label: string;
  /** One per label; null where there is no figure (drawn as a gap). */
  values: (number | null)[];
  role: SeriesRole;
  /** Drawn as a line over bars in a bar chart (goal, pace). */
  asLine?: boolean;
}

export interface ChartSpec {
  kind: 'line' | 'bar';
  unit: ChartUnit;
  labels: string[];
  series: ChartSeries[];
  /** Bars stacked: the series add up to each category's total. */
  stacked?: boolean;
  /** Bars run across (long category names such as districts). */
  horizontal?: boolean;
  /** Top of the value axis (100 for percentages). */
  max?: number;
  /** Title of the value axis. */
  valueTitle?: string;
  /** Title of the category axis. */
  categoryTitle?: string;
}
