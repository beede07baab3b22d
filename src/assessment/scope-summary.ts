import type { IsoDate } from '../domain/dates.ts';
import type { Figures } from './figures.ts';
import type { Scope } from './scope.ts';
import type { TargetFigure } from './targets.ts';

/** One line of a list of districts or clusters: its size, its chairwomen meeting the standard, its targets. */
export interface ScopeSummary {
  scope: Scope;
  label: string;
  date: IsoDate;
  communes: number;
  /** Chairwomen at the date. */
  population: number;
  meeting: number;
  /** meeting / population, unrounded 0–100. */
  percent: number | null;
  targets: TargetFigure[];
}

/** `communes`: how many communes the scope covers. */
export function scopeSummary(a: Figures, communes: number, scope: Scope, date: IsoDate): ScopeSummary {
  const standard = a.standardAt(date, scope);
  return {
    scope,
    label: a.scopeLabel(scope),
    date,
    communes,
    population: standard.population,
    meeting: standard.meeting,
    percent: standard.percent,
    targets: a.targetsAt(date, scope),
  };
}
