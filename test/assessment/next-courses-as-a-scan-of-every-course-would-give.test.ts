/**
 * Assessment.nextCourses answers from an index built once (next-courses.ts). Its answer must be
 * exactly what a plain scan of every course gives, the rule as first written: checked for every
 * person, every measure and every subject set, at the baseline, each year end and the data's date,
 * on the sample and on three times the sample (more courses per need, more people per course).
 */
import { describe, expect, it } from 'vitest';
import { PAST_COURSES, type Assessment, type CourseView, type GapNeed, type IsoDate, type NextCourse } from '../../src/assessment/index.ts';
import type { Subject } from '../../src/schema/levels.ts';
import { sampleContext } from '../page-models/context.ts';
import { scaledContext } from '../page-models/ten-times-context.ts';

function byScan(a: Assessment, person: { id: string; district: string }, need: GapNeed, date: IsoDate, limit = 3): NextCourse[] {
  const districts = new Map(a.courseViews().map((c) => [c.id, new Set(c.people.flatMap((p) => (p.roleAtStart ? [p.roleAtStart.commune.district] : [])))]));
  const serves = (c: CourseView) => ('measure' in need ? c.measure === need.measure : c.subjects.some((s) => need.subjects.includes(s.id as Subject)));
  const rows: NextCourse[] = [];
  for (const c of a.courseViews()) {
    if (!serves(c)) continue;
    const own = c.people.find((p) => p.person.id === person.id);
    const enrolled = own !== undefined && (own.outcome === 'enrolled' || c.start > date || (own.completedOn !== undefined && own.completedOn > date));
    if (own && !enrolled) continue;
    rows.push({ id: c.id, title: c.title, start: c.start, end: c.end, measure: c.measureRef, enrolled, ahead: c.start > date, inDistrict: districts.get(c.id)?.has(person.district) ?? false });
  }
  const rank = (r: NextCourse) => (r.enrolled ? 0 : r.ahead ? 1 : 2);
  const anyAhead = rows.some((r) => r.enrolled || r.ahead);
  return rows
    .filter((r) => !anyAhead || r.enrolled || r.ahead)
    .sort((x, y) => {
      const k = rank(x) - rank(y);
      if (k !== 0) return k;
      if (x.inDistrict !== y.inDistrict) return x.inDistrict ? -1 : 1;
      const by = x.start < y.start ? -1 : x.start > y.start ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
      return rank(x) === 2 ? -by : by;
    })
    .slice(0, anyAhead ? limit : Math.min(limit, PAST_COURSES));
}

function needs(a: Assessment): GapNeed[] {
  const subjects = [...new Set(a.courseViews().flatMap((c) => c.subjects.map((s) => s.id as Subject)))];
  return [...a.dataset.plan.measures.map((m) => ({ measure: m.id })), { subjects }, ...subjects.map((s) => ({ subjects: [s] }))];
}

describe.each([
  ['the sample', () => sampleContext().a, 1],
  ['three times the sample', () => scaledContext(3).a, 5],
] as const)('next courses on %s', (_, assessment, every) => {
  it('are those a scan of every course gives, for every person, need and date', () => {
    const a = assessment();
    // The baseline, every year end and the data's date: before, inside and at the end of the plan.
    const dates = a.reportingDates();
    const people = a.dataset.people.filter((_, i) => i % every === 0);
    let compared = 0;
    let found = 0;
    for (const p of people) {
      for (const need of needs(a)) {
        for (const date of dates) {
          const expected = byScan(a, { id: p.id, district: p.district }, need, date);
          expect(a.nextCourses(p.id, p.district, need, date), `${p.id} ${JSON.stringify(need)} ${date}`).toEqual(expected);
          compared++;
          found += expected.length;
        }
      }
    }
    // Enough of both kinds of answer to mean something: lists given, and people on courses.
    expect(compared).toBeGreaterThan(5000);
    expect(found).toBeGreaterThan(compared);
  });
});
