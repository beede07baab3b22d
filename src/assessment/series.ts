import type { Figures } from './figures.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { Scope } from './scope.ts';
import type { TargetFigure } from './targets.ts';

/**
 * The dates a trend reports actual figures at: the baseline and each year end up to the data's
 * date, then the data's date itself when it falls inside a year. Later year ends are not "now"
 * yet: a figure there would only repeat what is known today.
 */
export function reportingDates(a: Figures): IsoDate[] {
  const past = a.dates().filter((d) => d <= a.currentDate);
  return past.includes(a.currentDate) ? past : [...past, a.currentDate].sort();
}

export interface TargetPoint {
  date: IsoDate;
  figure: TargetFigure;
  /** False after the data's date: only the goal and the pace line are drawn there. */
  reported: boolean;
}

export interface TargetSeries {
  id: string;
  number: number;
  label: string;
  goal: number;
  points: TargetPoint[];
}

/**
 * Each target over the baseline, the year ends and the data's date, in one scope: what the trend
 * charts draw. Points after the data's date carry the pace line to the deadline.
 */
export function targetSeries(a: Figures, scope: Scope = 'city'): TargetSeries[] {
  const dates = [...new Set([...a.dates(), ...reportingDates(a)])].sort();
  const perDate = dates.map((date) => ({ date, figures: a.targetsAt(date, scope), reported: date <= a.currentDate }));
  return a.targetsAt(a.currentDate, scope).map((t, i) => ({
    id: t.id,
    number: t.number,
    label: t.label,
    goal: t.goal,
    points: perDate.map(({ date, figures, reported }) => ({ date, figure: figures[i] ?? t, reported })),
  }));
}

export interface DistrictFigures {
  id: string;
  name: string;
  targets: TargetFigure[];
}

/** Every district's targets at a date, in data order (the city-wide figure is targetsAt(date)). */
export function targetsByDistrict(a: Figures, date: IsoDate = a.currentDate): DistrictFigures[] {
  return a.dataset.districts.map((d) => {
    const scope: Scope = { district: d.id };
    return { id: d.id, name: a.scopeLabel(scope), targets: a.targetsAt(date, scope) };
  });
}
