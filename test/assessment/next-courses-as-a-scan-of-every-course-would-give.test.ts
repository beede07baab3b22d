/**
 * Assessment.nextCourses answers from an index built once (next-courses.ts). Its answer must be
 * exactly what a plain scan of every course gives, the rule as first written: checked for every
 * person, every measure and every subject set, at the baseline, each year end and the data's date,
 * on the sample and on three times the sample (more courses per need, more people per course).
 */
import { describe, expect, it } from 'vitest';
import type { Assessment, CourseView, GapNeed, IsoDate, NextCourse } from '../../src/assessment/index.ts';
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
  const sorted = rows
    .filter((r) => !anyAhead || r.enrolled || r.ahead)
    .sort((x, y) => {
      const k = rank(x) - rank(y);
      if (k !== 0) return k;
      if (x.inDistrict !== y.inDistrict) return x.inDistrict ? -1 : 1;
      const by = x.start < y.start ? -1 : x.start > y.start ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
      return rank(x) === 2 ? -by : by;
    });
  if (anyAhead) return sorted.slice(0, limit);
  // Past courses only: the first for a measure; for subjects, each one naming a subject none before it teaches.
  if ('measure' in need) return sorted.slice(0, 1);
  const teaches = new Map(a.courseViews().map((c) => [c.id, c.subjects.map((s) => s.id as Subject)]));
  const named = new Set<Subject>();
  const out: NextCourse[] = [];
  for (const r of sorted) {
    if (out.length >= limit || need.subjects.every((s) => named.has(s))) break;
    const adds = teaches.get(r.id)!.filter((s) => need.subjects.includes(s) && !named.has(s));
    if (adds.length === 0) continue;
    out.push(r);
    for (const s of adds) named.add(s);
  }
  return out;
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
