import type { Subject } from '../schema/levels.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { CourseView, MeasureRef } from './course-view.ts';

/** A course that would close one person's gap, as her page links it. */
export interface NextCourse {
  id: string;
  title: string;
  start: IsoDate;
  end: IsoDate;
  measure: MeasureRef;
  /** She is on it at the date and has not finished: it closes the gap when she completes it. */
  enrolled: boolean;
  /** It starts after the date: there is still a seat to take. */
  ahead: boolean;
  /** Some of its participants held a role in her district when it started. */
  inDistrict: boolean;
}

/** What a gap asks of a course: run under one of the plan's measures, or teaching one of some subjects. */
export type GapNeed = { measure: string } | { subjects: readonly Subject[] };

/** At most this many courses per gap: the few that matter, so a person page stays small at any scale. */
export const NEXT_COURSES = 3;

/** The districts whose people took part in each course (by the commune of the role held at its start). */
export function courseDistricts(courses: readonly CourseView[]): Map<string, ReadonlySet<string>> {
  return new Map(courses.map((c) => [c.id, new Set(c.people.flatMap((p) => (p.roleAtStart ? [p.roleAtStart.commune.district] : [])))]));
}

const serves = (c: CourseView, need: GapNeed): boolean => ('measure' in need ? c.measure === need.measure : c.subjects.some((s) => need.subjects.includes(s.id as Subject)));

/**
 * The few courses that would close a person's gap at a date, best first: one she is on, then
 * those still to start (her district's first, then the soonest), and only when none is ahead the
 * latest that ran (her district's first), so a page after the last course still says which ones
 * could have closed it. Courses she completed or dropped are left out: they did not close it.
 */
export function nextCourses(
  courses: readonly CourseView[],
  districtsOf: ReadonlyMap<string, ReadonlySet<string>>,
  person: { id: string; district: string },
  need: GapNeed,
  date: IsoDate,
  limit = NEXT_COURSES,
): NextCourse[] {
  const rows: NextCourse[] = [];
  for (const c of courses) {
    if (!serves(c, need)) continue;
    const own = c.people.find((p) => p.person.id === person.id);
    // On its list at the date: still learning, or finishing (or even starting) after it.
    const enrolled = own !== undefined && (own.outcome === 'enrolled' || c.start > date || (own.completedOn !== undefined && own.completedOn > date));
    if (own && !enrolled) continue;
    const ahead = c.start > date;
    rows.push({ id: c.id, title: c.title, start: c.start, end: c.end, measure: c.measureRef, enrolled, ahead, inDistrict: districtsOf.get(c.id)?.has(person.district) ?? false });
  }
  const rank = (r: NextCourse) => (r.enrolled ? 0 : r.ahead ? 1 : 2);
  const anyAhead = rows.some((r) => r.enrolled || r.ahead);
  return rows
    .filter((r) => !anyAhead || r.enrolled || r.ahead)
    .sort((x, y) => {
      const k = rank(x) - rank(y);
      if (k !== 0) return k;
      if (x.inDistrict !== y.inDistrict) return x.inDistrict ? -1 : 1;
      // Ahead: the soonest first; past: the latest first.
      const by = x.start < y.start ? -1 : x.start > y.start ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
      return rank(x) === 2 ? -by : by;
    })
    .slice(0, limit);
}
