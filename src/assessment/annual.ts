import { STATUSES } from '../schema/progress.ts';
import type { Figures } from './figures.ts';
import { compareDates, yearEnd, yearOf, type IsoDate } from '../domain/dates.ts';
import { courseSummary, startedBy, type CourseSummary, type RoadmapItemView } from './roadmap.ts';
import type { TargetFigure } from './targets.ts';

/** closed: the year has ended by the data's date; running: the data's date falls in it; ahead: not begun. */
export type YearState = 'closed' | 'running' | 'ahead';

export interface AnnualMoney {
  /** The plan's budget for the whole period (V.3); the plan gives no yearly split. */
  budget: number;
  /** Cost of the courses that started in the year, by asOf. */
  spentInYear: number;
  /** Cost of the courses that started by asOf (the roadmap's own `spent` at that date). */
  spentToDate: number;
  /** budget − spentToDate (negative when overspent). */
  remaining: number;
  /** Each year of the period up to this one: spent that year and up to its end. */
  byYear: { year: number; spent: number; cumulative: number }[];
}

export interface AnnualReport {
  year: number;
  /** The roadmap's section for the year ("VI.1.2"); undefined for a year the roadmap does not list. */
  where: string | undefined;
  state: YearState;
  /** What the figures are counted to: the year end once closed, else the data's date. */
  asOf: IsoDate;
  items: RoadmapItemView[];
  /** How many of the year's items stand at each status (every status, 0 included, in STATUSES order). */
  statusCounts: { status: RoadmapItemView['status']; label: string; count: number }[];
  /** Courses starting in the year by asOf, in start order, their participants as at asOf. */
  courses: CourseSummary[];
  /** The targets at asOf; null for a year not begun. */
  targets: TargetFigure[] | null;
  /** Chairwomen meeting the standard at asOf; null for a year not begun. */
  standard: { population: number; meeting: number; percent: number | null } | null;
  money: AnnualMoney;
}

/** One year of the plan for its page and its printed report. */
export function annualReport(a: Figures, year: number): AnnualReport {
  const end = yearEnd(year);
  const state: YearState = end <= a.currentDate ? 'closed' : `${year}-01-01` <= a.currentDate ? 'running' : 'ahead';
  const asOf = state === 'closed' ? end : a.currentDate;
  // Items, their achievements and the money, all as they stood at asOf.
  const view = a.roadmap(asOf);
  const ry = view.years.find((y) => y.year === year);
  const courses = startedBy(a.dataset.courses, asOf)
    .filter((c) => yearOf(c.start) === year)
    .map((c) => courseSummary(c, asOf))
    .sort((x, y) => compareDates(x.start, y.start) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const spentIn = (y: number) => view.spending.find((s) => s.year === y)?.cost ?? 0;
  const byYear: AnnualMoney['byYear'] = [];
  const first = Math.min(a.dataset.plan.period.start, year);
  for (let y = first, cumulative = view.spending.filter((s) => s.year < first).reduce((sum, s) => sum + s.cost, 0); y <= year; y++) {
    cumulative += spentIn(y);
    byYear.push({ year: y, spent: spentIn(y), cumulative });
  }
  const items = ry?.items ?? [];
  const standard = state === 'ahead' ? null : a.standardAt(asOf);
  return {
    year,
    where: ry?.where,
    state,
    asOf,
    items,
    statusCounts: (Object.keys(STATUSES) as (keyof typeof STATUSES)[]).map((status) => ({
      status,
      label: STATUSES[status],
      count: items.filter((i) => i.status === status).length,
    })),
    courses,
    targets: state === 'ahead' ? null : a.targetsAt(asOf),
    standard: standard && { population: standard.population, meeting: standard.meeting, percent: standard.percent },
    money: {
      budget: view.budget,
      spentInYear: spentIn(year),
      spentToDate: view.spent,
      remaining: view.remaining,
      byYear,
    },
  };
}
