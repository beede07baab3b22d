import { describe, expect, it } from 'vitest';
import { coursesPage } from '../../src/page-models/courses.ts';
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
      expect(y.courses.map((c) => [c.id, c.title, c.start, c.end, c.seats, c.filled, c.participants, c.cost])).toEqual(
        expected.courses.map((c) => [c.id, c.title, c.start, c.end, c.seats, c.filled, c.participants, c.cost]),
      );
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
});
