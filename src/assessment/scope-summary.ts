import type { Assessment } from './assessment.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { PersonRef } from './refs.ts';
import { reportingDates } from './series.ts';
import { scopeCommunes, type Scope } from './scope.ts';
import { indexOf } from './shared-index.ts';
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

export function scopeSummary(a: Assessment, scope: Scope, date: IsoDate = a.currentDate): ScopeSummary {
  const standard = a.standardAt(date, scope);
  return {
    scope,
    label: a.scopeLabel(scope),
    date,
    communes: scopeCommunes(indexOf(a), scope).length,
    population: standard.population,
    meeting: standard.meeting,
    percent: standard.percent,
    targets: a.targetsAt(date, scope),
  };
}

/** The clusters in data order, each with its districts in data order: how /quan-huyen/ groups them. */
export function clustersWithDistricts(a: Assessment): { id: string; name: string; districts: string[] }[] {
  return a.dataset.clusters.map((c) => ({
    id: c.id,
    name: c.name,
    districts: a.dataset.districts.filter((d) => d.cluster === c.id).map((d) => d.id),
  }));
}

/** People in the assessment's Vietnamese name order (given → middle → family name). */
export function byName<T extends { person: PersonRef } | PersonRef>(a: Assessment, list: readonly T[]): T[] {
  const rank = indexOf(a).nameRank;
  const idOf = (x: T) => ('person' in x ? x.person.id : x.id);
  return [...list].sort((x, y) => (rank.get(idOf(x)) ?? 0) - (rank.get(idOf(y)) ?? 0));
}

/** The scope at each reporting date: the baseline, the year ends up to the data's date, and that date. */
export function scopeSeries(a: Assessment, scope: Scope): ScopeSummary[] {
  return reportingDates(a).map((d) => scopeSummary(a, scope, d));
}
