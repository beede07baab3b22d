import { describe, expect, it } from 'vitest';
import { coursePage, coursePaths } from '../../src/page-models/course.ts';
import { formatPeriod } from '../../src/site/share.ts';
import { sampleContext } from './context.ts';
import { differsFromFullNameOrder, nameOrderBreak } from './names.ts';

describe('the course page models, from the sample data', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const views = a.courseViews();
  const paths = coursePaths(ctx);
  const models = paths.map((p) => p.props.model);

  it('makes one page per course, its model under its id', () => {
    expect(paths.map((p) => p.params.id)).toEqual(views.map((c) => c.id));
    for (const p of paths) expect(p.props.model.id).toBe(p.params.id);
    const first = views[0];
    if (!first) throw new Error('no course in the sample');
    expect(coursePage(ctx, first.id)).toEqual(models[0]);
    expect(() => coursePage(ctx, 'khong-co')).toThrow(/khong-co/);
  });

  it('shows the course as the assessment counts it', () => {
    for (const [i, m] of models.entries()) {
      const c = views[i]!;
      expect([m.title, m.kindLabel, m.organiser, m.start, m.end, m.note]).toEqual([c.title, c.kindLabel, c.organiser, c.start, c.end, c.note]);
      expect([m.seats, m.filled, m.fillPercent, m.participants, m.completionPercent, m.cost]).toEqual([c.seats, c.filled, c.fillPercent, c.participants, c.completionPercent, c.cost]);
      expect(m.subjects).toEqual(c.subjects.map((s) => s.label));
      expect(m.confers).toEqual(c.confers);
      expect(m.source).toBe(c.source);
    }
  });

  it('links the measure to the plan, the roadmap item to its row and each participant to her page', () => {
    for (const [i, m] of models.entries()) {
      const c = views[i]!;
      expect(m.measure).toEqual({ label: c.measureRef.label, where: c.measureRef.where, href: ctx.documentHref(c.measureRef.where) });
      expect(m.measure.href).toMatch(/\/de-an\/#/);
      expect([m.roadmap.year, m.roadmap.text]).toEqual([c.roadmapRef.year, c.roadmapRef.text]);
      expect(m.roadmap.href).toMatch(new RegExp(`/lo-trinh/${c.roadmapRef.year}/#${c.roadmapRef.id}$`));
      for (const [j, p] of m.people.entries()) {
        const v = c.people[j]!;
        expect([p.id, p.name, p.outcome, p.outcomeLabel, p.completedOn, p.districtName]).toEqual([v.person.id, v.person.name, v.outcome, v.outcomeLabel, v.completedOn, v.person.districtName]);
        expect(p.href).toMatch(new RegExp(`/nguoi/${p.id}/$`));
        expect(p.roleAtStart && [p.roleAtStart.roleLabel, p.roleAtStart.commune.name, p.roleAtStart.commune.districtName]).toEqual(
          v.roleAtStart && [v.roleAtStart.roleLabel, v.roleAtStart.commune.name, v.roleAtStart.commune.districtName],
        );
        if (v.roleAtStart) expect(p.roleAtStart?.commune.href).toMatch(new RegExp(`/quan-huyen/${v.roleAtStart.commune.district}/#xa-${v.roleAtStart.commune.code}$`));
      }
    }
  });

  it('lists the participants in Vietnamese name order', () => {
    for (const m of models) expect(nameOrderBreak(m.people), m.id).toBeUndefined();
    expect(models.some((m) => differsFromFullNameOrder(m.people))).toBe(true);
  });

  it('hands the layout its frame, with the page of its year in the breadcrumbs, and the data chrome once', () => {
    for (const [i, m] of models.entries()) {
      const c = views[i]!;
      expect(m.frame.title).toBe(c.title);
      expect(m.frame.description).toBe(`${c.kindLabel} ${formatPeriod(c.start, c.end)}: ${c.measureRef.label}`);
      expect(m.frame.breadcrumbs).toEqual([{ label: 'Lớp học', path: 'lop-hoc' }, { label: `Năm ${c.year}`, path: expect.stringMatching(new RegExp(`^lop-hoc/nam-${c.year}(/trang-\\d+)?$`)) }, { label: c.title }]);
      expect(m.frame.chrome).toBe(ctx.chrome);
      expect(Object.values(m.search.attrs)).toContain('Lớp học');
    }
  });
});
