import { COMMUNE_TYPES, DISTRICT_TYPES } from '../schema/districts.ts';
import type { Figures } from './figures.ts';
import { compareDates, type IsoDate } from '../domain/dates.ts';
import type { RoadmapItemView, RoadmapView } from './roadmap.ts';

export interface KindCount {
  kind: string;
  label: string;
  count: number;
}

export interface OverviewCounts {
  date: IsoDate;
  districts: number;
  districtsByKind: KindCount[];
  communes: number;
  communesByKind: KindCount[];
  /** Chairwomen in office at the date. */
  chairwomen: number;
  meetingStandard: number;
  /** Source cadres for the post of chairwoman at the date. */
  sourceCadres: number;
  /** Courses started by the date. */
  coursesStarted: number;
  /** Course completions dated by the date (a person finishing two courses counts twice). */
  completions: number;
}

function byKind<K extends string>(kinds: Record<K, string>, values: readonly K[]): KindCount[] {
  return (Object.keys(kinds) as K[])
    .map((kind) => ({ kind, label: kinds[kind], count: values.filter((v) => v === kind).length }))
    .filter((k) => k.count > 0);
}

/** The headline counts of the overview page, at the data's date unless told otherwise. */
export function overviewCounts(a: Figures, date: IsoDate = a.currentDate): OverviewCounts {
  const { districts, courses } = a.dataset;
  const communeKinds = districts.flatMap((d) => d.communes.map((c) => c.type));
  const standard = a.standardAt(date);
  const started = courses.filter((c) => c.start <= date);
  let completions = 0;
  for (const c of started) {
    for (const p of c.participants) if (p.outcome === 'completed' && (p.completedOn ?? c.end) <= date) completions += 1;
  }
  return {
    date,
    districts: districts.length,
    districtsByKind: byKind(DISTRICT_TYPES, districts.map((d) => d.type)),
    communes: communeKinds.length,
    communesByKind: byKind(COMMUNE_TYPES, communeKinds),
    chairwomen: standard.population,
    meetingStandard: standard.meeting,
    sourceCadres: a.count({ roles: ['sourceCadre'] }, date),
    coursesStarted: started.length,
    completions,
  };
}

/**
 * The roadmap items most recently under way at the date: those running, then those finished
 * last, newest first. Items not started by the date are left out.
 */
export function latestRoadmapItems(view: RoadmapView, date: IsoDate, limit: number): RoadmapItemView[] {
  const items = view.years.flatMap((y) => y.items).filter((i) => i.start !== undefined && i.start <= date);
  const running = (i: RoadmapItemView) => i.status === 'dang-thuc-hien' || (i.end !== undefined && i.end > date);
  const lastDate = (i: RoadmapItemView) => (running(i) ? date : (i.end ?? i.start!));
  return items
    .sort((x, y) => Number(running(y)) - Number(running(x)) || compareDates(lastDate(y), lastDate(x)))
    .slice(0, limit);
}
