import type { Role } from '../schema/condition.ts';
import type { Dimension } from '../schema/levels.ts';
import type { CourseView } from './course-view.ts';
import type { Figures } from './figures.ts';
import { compareDates, type IsoDate } from '../domain/dates.ts';
import { roundedPercent } from './percent.ts';
import type { Scope } from './scope.ts';
import type { PersonView, TermView } from './views.ts';

/**
 * The rows of the published data files (CSV and JSON): what anyone may download. Like the views,
 * they never carry a birth date (only the age band) nor a person's party membership.
 */

export type RosterRow = {
  id: string;
  name: string;
  /** Her role at the date; when she holds none then, her last role. */
  role: Role;
  roleLabel: string;
  /** Whether she holds that role at the date. */
  current: boolean;
  communeCode: string;
  commune: string;
  district: string;
  districtName: string;
  ageBand: string | null;
  /** meets the standard (I.9) at the date; null unless she is chairwoman then. */
  meetsStandard: boolean | null;
} & Record<Dimension, string>;

export interface IndicatorRow {
  date: IsoDate;
  scopeKind: 'city' | 'district' | 'cluster';
  scopeId: string;
  scope: string;
  target: string;
  targetNumber: number;
  targetLabel: string;
  numerator: number;
  denominator: number;
  /** Rounded half up to 2 decimals; null when the denominator is 0. */
  percent: number | null;
  goal: number;
  goalCount: number;
  missing: number;
  reached: boolean;
  /** Where the linear pace expects the target at the date, 2 decimals. */
  expectedPercent: number | null;
  onTrack: boolean | null;
}

export interface CourseRow {
  id: string;
  title: string;
  kind: string;
  year: number;
  measure: string;
  measureLabel: string;
  roadmapItem: string;
  organiser: string;
  start: IsoDate;
  end: IsoDate;
  seats: number;
  participants: number;
  completed: number;
  enrolled: number;
  dropped: number;
  cost: number;
}

/** The term a person is known by at the view's date: her running chairwoman term, else any running term, else her latest. */
export function mainTerm(v: PersonView): TermView {
  const running = v.terms.filter((t) => t.current);
  return running.find((t) => t.role === 'chairwoman') ?? running[0] ?? [...v.terms].sort((x, y) => compareDates(x.from, y.from)).at(-1)!;
}

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

/** Everyone in data/people, in Vietnamese name order, as she stands at the date. */
export function rosterRows(a: Figures, date: IsoDate): RosterRow[] {
  return a.people().flatMap((ref): RosterRow[] => {
    const v = a.personView(ref.id, date);
    if (!v) return [];
    const term = mainTerm(v);
    const q = Object.fromEntries(v.qualifications.map((x) => [x.dimension, x.label])) as Record<Dimension, string>;
    return [
      {
        id: ref.id,
        name: ref.name,
        role: term.role,
        roleLabel: term.roleLabel,
        current: term.current,
        communeCode: term.commune.code,
        commune: term.commune.name,
        district: term.commune.district,
        districtName: term.commune.districtName,
        ageBand: v.ageBand ?? null,
        ...q,
        meetsStandard: v.standard ? v.standard.meets : null,
      },
    ];
  });
}

function scopeParts(s: Scope): { scopeKind: IndicatorRow['scopeKind']; scopeId: string } {
  if (s === 'city') return { scopeKind: 'city', scopeId: 'ha-noi' };
  return 'district' in s ? { scopeKind: 'district', scopeId: s.district } : { scopeKind: 'cluster', scopeId: s.cluster };
}

/** Every target at every report date (baseline, each year end) in every scope (city, districts, clusters). */
export function indicatorRows(a: Figures): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const date of a.dates()) {
    for (const scope of a.scopes()) {
      const label = a.scopeLabel(scope);
      for (const t of a.targetsAt(date, scope)) {
        rows.push({
          date,
          ...scopeParts(scope),
          scope: label,
          target: t.id,
          targetNumber: t.number,
          targetLabel: t.label,
          numerator: t.numerator,
          denominator: t.denominator,
          percent: roundedPercent(t.numerator, t.denominator, 2),
          goal: t.goal,
          goalCount: t.goalCount,
          missing: t.missing,
          reached: t.reached,
          expectedPercent: round2(t.pace.expectedPercent),
          onTrack: t.pace.onTrack,
        });
      }
    }
  }
  return rows;
}

/** Every course with its participant counts, by start date. */
export function courseRows(views: readonly CourseView[]): CourseRow[] {
  return views.map((c) => ({
    id: c.id,
    title: c.title,
    kind: c.kindLabel,
    year: c.year,
    measure: c.measure,
    measureLabel: c.measureRef.label,
    roadmapItem: c.roadmapItem,
    organiser: c.organiser,
    start: c.start,
    end: c.end,
    seats: c.seats,
    participants: c.filled,
    completed: c.participants.completed,
    enrolled: c.participants.enrolled,
    dropped: c.participants.dropped,
    cost: c.cost,
  }));
}
