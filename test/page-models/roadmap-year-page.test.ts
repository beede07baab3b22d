import { describe, expect, it } from 'vitest';
import { roadmapYearPage, roadmapYearPaths } from '../../src/page-models/roadmap-year.ts';
import { sortKey } from '../../src/search/facets.ts';
import { KINDS } from '../../src/search/vocabulary.ts';
import { formatDate } from '../../src/site/format.ts';
import { sampleContext } from './context.ts';
import { contextAt } from './earlier-context.ts';
import { OVERVIEW_COURSES_PER_YEAR } from '../../src/page-models/courses.ts';

describe('the roadmap year pages, from the sample data', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const years = a.roadmap().years.map((y) => y.year);
  const paths = roadmapYearPaths(ctx);

  it('are one per year of the roadmap, the route’s year the model’s', () => {
    expect(paths.map((p) => p.params.year)).toEqual(years.map(String));
    for (const p of paths) expect(p.props.model.year).toBe(Number(p.params.year));
  });

  it('each report the year as the assessment does, its courses and targets linked', () => {
    for (const { props: { model: m } } of paths) {
      const r = a.annualReport(m.year);
      expect(m.report).toEqual(r);
      expect(m.statuses).toEqual(r.statusCounts.filter((s) => s.count > 0));
      expect(m.courses.map((c) => c.id)).toEqual(r.courses.slice(0, OVERVIEW_COURSES_PER_YEAR).map((c) => c.id));
      expect(m.moreCourses.count + m.courses.length).toBe(r.courses.length);
      expect(m.moreCourses.href).toMatch(new RegExp(`/lop-hoc/nam-${m.year}/$`));
      for (const c of m.courses) expect(c.href).toMatch(new RegExp(`/lop-hoc/${c.id}/?$`));
      expect(m.targets?.map((t) => [t.id, t.numerator, t.denominator]) ?? null).toEqual(r.targets?.map((t) => [t.id, t.numerator, t.denominator]) ?? null);
      for (const t of m.targets ?? []) expect(t.href).toMatch(new RegExp(`/chi-tieu/${t.id}/$`));
      expect(m.where?.href).toBe(r.where && ctx.documentHref(r.where));
    }
  });

  it('say how far the figures go, by the year’s state', () => {
    const states = new Set<string>();
    for (const { props: { model: m } } of paths) {
      states.add(m.report.state);
      const expected = { closed: 'Số liệu tính đến hết năm', running: 'Năm đang thực hiện', ahead: 'Năm chưa bắt đầu' }[m.report.state];
      expect(m.stateText.startsWith(expected)).toBe(true);
      expect(m.targets === null).toBe(m.report.state === 'ahead');
    }
    expect(states.has('closed')).toBe(true);
  });

  it('link the neighbouring years, none before the first nor after the last', () => {
    for (const [i, { props: { model: m } }] of paths.entries()) {
      expect(m.prev?.year).toBe(years[i - 1]);
      expect(m.next?.year).toBe(years[i + 1]);
      for (const n of [m.prev, m.next]) if (n) expect(n.href).toMatch(new RegExp(`/lo-trinh/${n.year}/?$`));
    }
  });

  it('report a year outside the roadmap without a section of the plan', () => {
    const m = roadmapYearPage(ctx, Math.max(...years) + 1);
    expect(m.where).toBeUndefined();
    expect(m.report.items).toEqual([]);
  });

  it('hand the layout the data chrome dated as the report, under the roadmap in the breadcrumbs', () => {
    for (const { props: { model: m } } of paths) {
      expect(m.frame.chrome).toEqual({ ...ctx.chrome, dataDate: m.report.asOf });
      expect(m.report.asOf).toBe(a.annualReport(m.year).asOf);
      expect(m.frame.breadcrumbs).toEqual([{ label: 'Lộ trình', path: 'lo-trinh' }, { label: `Năm ${m.year}` }]);
      expect(Object.values(m.search.attrs)).toContain(KINDS.roadmap);
      expect(Object.values(m.search.attrs)).toContain(sortKey({ kind: 'roadmap', order: m.year }));
    }
  });
});

describe('the roadmap year pages, in the middle of the period', () => {
  const ctx = contextAt('2014-06-30');
  const byYear = new Map(roadmapYearPaths(ctx).map((p) => [p.props.model.year, p.props.model]));

  it('count a running year to the data’s date and show no targets for a year ahead', () => {
    const running = byYear.get(2014);
    expect(running?.report.state).toBe('running');
    expect(running?.stateText).toBe(`Năm đang thực hiện: số liệu tính đến ngày ${formatDate(ctx.a.currentDate)}.`);
    expect(running?.targets?.map((t) => t.numerator)).toEqual(ctx.a.targetsAt('2014-06-30').map((t) => t.numerator));
    const ahead = byYear.get(2015);
    expect(ahead?.report.state).toBe('ahead');
    expect(ahead?.targets).toBeNull();
    expect(ahead?.stateText.startsWith('Năm chưa bắt đầu')).toBe(true);
  });
});
