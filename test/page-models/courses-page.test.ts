import { describe, expect, it } from 'vitest';
import { coursePage } from '../../src/page-models/course.ts';
import { COURSES_PER_PAGE, OVERVIEW_COURSES_PER_YEAR, courseYearPaths, coursesPage } from '../../src/page-models/courses.ts';
import { sampleContext } from './context.ts';

describe('the courses page model, from the sample data', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const m = coursesPage(ctx);
  const years = a.courseYears();

  it('groups the courses by the year they start, as the assessment does', () => {
    expect(m.years.length).toBeGreaterThan(1);
    expect(m.years.map((y) => y.year)).toEqual(years.map((y) => y.year));
    for (const [i, y] of m.years.entries()) {
      const expected = years[i]!;
      expect([y.seats, y.filled, y.participants, y.cost]).toEqual([expected.seats, expected.filled, expected.participants, expected.cost]);
      expect(y.count).toBe(expected.courses.length);
      expect(y.courses.map((c) => [c.id, c.title, c.start, c.end, c.seats, c.filled, c.participants, c.cost])).toEqual(
        expected.courses.slice(0, OVERVIEW_COURSES_PER_YEAR).map((c) => [c.id, c.title, c.start, c.end, c.seats, c.filled, c.participants, c.cost]),
      );
      expect(y.more).toBe(Math.max(0, expected.courses.length - OVERVIEW_COURSES_PER_YEAR));
    }
  });

  it('lists each year by start date, and the years in order', () => {
    for (const [i, y] of m.years.entries()) {
      if (i > 0) expect(y.year).toBeGreaterThan(m.years[i - 1]!.year);
      const starts = y.courses.map((c) => c.start);
      expect(starts).toEqual([...starts].sort());
      for (const c of y.courses) expect(Number(c.start.slice(0, 4))).toBe(y.year);
    }
  });

  it('links each course to its page and each year to its roadmap', () => {
    for (const y of m.years) {
      expect(y.anchor).toBe(`nam-${y.year}`);
      expect(y.roadmapHref).toMatch(new RegExp(`/lo-trinh/${y.year}/$`));
      for (const c of y.courses) expect(c.href).toMatch(new RegExp(`/lop-hoc/${c.id}/$`));
    }
  });

  it('hands the layout its frame and the data chrome once', () => {
    expect(m.frame.title).toBe('Lớp học');
    expect(m.frame.breadcrumbs).toEqual([{ label: 'Lớp học' }]);
    expect(m.frame.chrome).toBe(ctx.chrome);
    expect(m.date).toBe(a.currentDate);
  });

  it("lists every course of a year once on the year's pages, in order, each page within its size", () => {
    const paths = courseYearPaths(ctx);
    for (const y of years) {
      const own = paths.filter((p) => p.props.model.year.year === y.year).map((p) => p.props.model);
      expect(own.flatMap((m) => m.courses.map((c) => c.id))).toEqual(y.courses.map((c) => c.id));
      expect(own.map((m) => m.page)).toEqual(own.map((_, i) => i + 1));
      for (const m of own) {
        expect(m.courses.length).toBeLessThanOrEqual(COURSES_PER_PAGE);
        expect(m.pages).toHaveLength(own.length);
        expect(m.last - m.first + 1).toBe(m.courses.length);
      }
      expect(paths.find((p) => p.props.model.year.year === y.year)?.params.page).toBeUndefined();
    }
  });

  it("points a course's breadcrumb to the page of its year that lists it", () => {
    const paths = courseYearPaths(ctx);
    for (const y of years) {
      for (const c of y.courses) {
        const crumb = coursePage(ctx, c.id)!.frame.breadcrumbs?.[1];
        const holder = paths.find((p) => p.props.model.courses.some((x) => x.id === c.id))!;
        expect(crumb?.label).toBe(`Năm ${y.year}`);
        expect(crumb?.path).toBe(holder.params.page ? `lop-hoc/nam-${y.year}/${holder.params.page}` : `lop-hoc/nam-${y.year}`);
      }
    }
  });
});
