import type { Subject } from '../schema/levels.ts';
import { compareDates, type IsoDate } from '../domain/dates.ts';
import type { CourseParticipantView, CourseView, MeasureRef } from './course-view.ts';

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

/**
 * The courses indexed once for every person's gaps: the courses each person is on, and for each need,
 * district and date the candidates already ranked. Without it every person's page scanned every
 * course and its participants, a cost growing as people × courses (at 100× most of an 18-minute build).
 */
export interface CourseIndex {
  /** Whether some participant of the course held a role in the district when it started. */
  inDistrict(courseId: string, district: string): boolean;
  /** The courses serving the need that she is on, whatever the outcome. */
  mine(personId: string, need: GapNeed): readonly { course: CourseView; own: CourseParticipantView }[];
  /** The subjects a course teaches. */
  teaches(courseId: string): readonly Subject[];
  /** The courses serving the need, ranked for a person of the district at the date: those ahead, those past. */
  ranked(need: GapNeed, district: string, date: IsoDate): { ahead: readonly NextCourse[]; past: readonly NextCourse[] };
}

const needKey = (need: GapNeed): string => ('measure' in need ? `m:${need.measure}` : `s:${[...need.subjects].sort().join(',')}`);

const serves = (c: CourseView, need: GapNeed): boolean => ('measure' in need ? c.measure === need.measure : c.subjects.some((s) => need.subjects.includes(s.id as Subject)));

/** In her district first; then by start (the soonest first, or for past courses the latest first), then id. */
function byRank(past: boolean) {
  return (x: NextCourse, y: NextCourse): number => {
    if (x.inDistrict !== y.inDistrict) return x.inDistrict ? -1 : 1;
    const by = compareDates(x.start, y.start) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
    return past ? -by : by;
  };
}

const rowOf = (c: CourseView, date: IsoDate, inDistrict: boolean, enrolled: boolean): NextCourse => ({
  id: c.id,
  title: c.title,
  start: c.start,
  end: c.end,
  measure: c.measureRef,
  enrolled,
  ahead: c.start > date,
  inDistrict,
});

export function courseIndex(courses: readonly CourseView[], districtsOf: ReadonlyMap<string, ReadonlySet<string>>): CourseIndex {
  const byPerson = new Map<string, { course: CourseView; own: CourseParticipantView }[]>();
  for (const course of courses) {
    for (const own of course.people) {
      const list = byPerson.get(own.person.id);
      if (list) list.push({ course, own });
      else byPerson.set(own.person.id, [{ course, own }]);
    }
  }
  const serving = new Map<string, CourseView[]>();
  const servingOf = (need: GapNeed) => {
    const key = needKey(need);
    let list = serving.get(key);
    if (!list) serving.set(key, (list = courses.filter((c) => serves(c, need))));
    return list;
  };
  const ranked = new Map<string, { ahead: NextCourse[]; past: NextCourse[] }>();
  const subjects = new Map(courses.map((c) => [c.id, c.subjects.map((s) => s.id as Subject)]));
  return {
    teaches: (courseId) => subjects.get(courseId) ?? [],
    inDistrict: (courseId, district) => districtsOf.get(courseId)?.has(district) ?? false,
    mine: (personId, need) => (byPerson.get(personId) ?? []).filter((m) => serves(m.course, need)),
    ranked(need, district, date) {
      const key = `${needKey(need)}|${district}|${date}`;
      let r = ranked.get(key);
      if (!r) {
        const rows = servingOf(need).map((c) => rowOf(c, date, districtsOf.get(c.id)?.has(district) ?? false, false));
        r = { ahead: rows.filter((x) => x.ahead).sort(byRank(false)), past: rows.filter((x) => !x.ahead).sort(byRank(true)) };
        ranked.set(key, r);
      }
      return r;
    },
  };
}

/**
 * The few courses that would close a person's gap at a date, best first: one she is on, then
 * those still to start (her district's first, then the soonest), and only when none is ahead the
 * latest that ran (her district's first) for each part of the need: one for a measure, one for each
 * subject of a set that no course named before teaches. None of them can be joined any more, so a
 * page after the last course names what would have closed each part, not three of a kind (at the
 * plan's end this is most gaps: three took a source cadre's page ~850 bytes, issue 12). Courses she completed or dropped are left out: they did not close it.
 */
export function nextCourses(
  index: CourseIndex,
  person: { id: string; district: string },
  need: GapNeed,
  date: IsoDate,
  limit = NEXT_COURSES,
): NextCourse[] {
  const { ahead, past } = index.ranked(need, person.district, date);
  const mine = index.mine(person.id, need);
  const skip = new Set(mine.map((m) => m.course.id));
  // On its list at the date: still learning, or finishing (or even starting) after it.
  const enrolled = mine
    .filter(({ course: c, own }) => own.outcome === 'enrolled' || c.start > date || (own.completedOn !== undefined && own.completedOn > date))
    .map(({ course: c }) => rowOf(c, date, index.inDistrict(c.id, person.district), true))
    .sort(byRank(false));
  const taken: NextCourse[] = [...enrolled];
  for (const r of ahead) {
    if (taken.length >= limit) break;
    if (!skip.has(r.id)) taken.push(r);
  }
  if (taken.length > 0) return taken.slice(0, limit);
  const open = 'measure' in need ? undefined : new Set(need.subjects);
  for (const r of past) {
    if (taken.length >= limit) break;
    if (skip.has(r.id)) continue;
    if (open === undefined) return [r];
    const named = index.teaches(r.id).filter((s) => open.has(s));
    if (named.length === 0) continue;
    taken.push(r);
    for (const s of named) open.delete(s);
    if (open.size === 0) break;
  }
  return taken;
}
