import { describe, expect, it } from 'vitest';
import { mainTerm, type PersonView } from '../../src/assessment/index.ts';
import { personPage, personPaths } from '../../src/page-models/person.ts';
import { sampleContext } from './context.ts';
import { differsFromFullNameOrder, nameOrderBreak } from './names.ts';

describe('the person page models, from the sample data', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const paths = personPaths(ctx);
  const models = paths.map((p) => p.props.model);
  const view = (id: string): PersonView => {
    const v = a.personView(id);
    if (!v) throw new Error(id);
    return v;
  };

  it('makes one page per person, in Vietnamese name order, its model under its id', () => {
    expect(paths.map((p) => p.params.id)).toEqual(a.people().map((p) => p.id));
    for (const p of paths) expect(p.props.model.id).toBe(p.params.id);
    expect(nameOrderBreak(models)).toBeUndefined();
    expect(differsFromFullNameOrder(models)).toBe(true);
    expect(() => personPage(ctx, 'khong-co')).toThrow(/khong-co/);
  });

  it('says where she is known by and her current roles', () => {
    let someFormer = false;
    for (const m of models) {
      const v = view(m.id);
      const lead = mainTerm(v);
      expect(m.name).toBe(v.person.name);
      expect(m.commune).toEqual({ name: lead.commune.name, href: expect.stringMatching(new RegExp(`/quan-huyen/${lead.commune.district}/#xa-${lead.commune.code}$`)) });
      expect(m.district).toEqual({ name: lead.commune.districtName, href: expect.stringMatching(new RegExp(`/quan-huyen/${lead.commune.district}/$`)) });
      const current = v.terms.filter((t) => t.current);
      for (const t of current) expect(m.roleSummary).toContain(`${t.roleLabel} ${t.commune.name}`);
      if (current.length === 0) {
        someFormer = true;
        expect(m.roleSummary).toContain(lead.commune.name);
      }
      expect(m.frame.breadcrumbs).toEqual([{ label: 'Quận/huyện', path: 'quan-huyen' }, { label: lead.commune.districtName, path: `quan-huyen/${lead.commune.district}` }, { label: m.name }]);
    }
    expect(someFormer).toBe(true);
  });

  it('shows her age bands, qualifications then and now, and courses as the assessment does', () => {
    let someRaised = false;
    for (const m of models) {
      const v = view(m.id);
      expect([m.date, m.baselineDate, m.ageBand, m.ageBandAtBaseline, m.firstTerm]).toEqual([a.currentDate, a.baselineDate, v.ageBand, v.ageBandAtBaseline, v.firstTerm]);
      expect(m.term).toEqual({ start: a.dataset.plan.term.start, end: a.dataset.plan.term.end });
      const before = new Map(v.qualificationsAtBaseline.map((q) => [q.dimension, q.label]));
      expect(m.qualifications).toEqual(v.qualifications.map((q) => ({ dimension: q.dimension, dimensionLabel: q.dimensionLabel, before: before.get(q.dimension), label: q.label, raised: v.raised.includes(q.dimension) })));
      if (m.qualifications.some((q) => q.raised)) someRaised = true;
      expect(m.courses.map((c) => [c.id, c.title, c.start, c.end, c.outcomeLabel, c.completedOn, c.confers])).toEqual(v.courses.map((c) => [c.id, c.title, c.start, c.end, c.outcomeLabel, c.completedOn, c.confers]));
      for (const c of m.courses) expect(c.href).toMatch(new RegExp(`/lop-hoc/${c.id}/$`));
    }
    expect(someRaised).toBe(true);
  });

  it('checks her against the standard, each gap with its measure and courses', () => {
    let someGap = false;
    let someUncounted = false;
    for (const m of models) {
      const s = a.personStandard(m.id, a.currentDate);
      if (!s) throw new Error(m.id);
      expect([m.standard.counted, m.standard.meets, m.standard.where]).toEqual([s.counted, s.meets, a.dataset.plan.standard.where]);
      if (!s.counted) someUncounted = true;
      expect(m.standard.criteria.map((c) => [c.id, c.label, c.met])).toEqual(s.criteria.map((c) => [c.id, c.label, c.met]));
      for (const [i, c] of m.standard.criteria.entries()) {
        const gap = s.criteria[i]?.closedBy;
        expect(c.closedBy && [c.closedBy.id, c.closedBy.label, c.closedBy.where]).toEqual(gap && [gap.id, gap.label, gap.where]);
        if (!c.closedBy || !gap) continue;
        someGap = true;
        expect(c.closedBy.href).toBe(ctx.documentHref(gap.where));
        expect(c.closedBy.courses.map((k) => [k.id, k.title, k.start, k.end])).toEqual(gap.courses.map((k) => [k.id, k.title, k.start, k.end]));
        for (const k of c.closedBy.courses) expect(k.href).toMatch(new RegExp(`/lop-hoc/${k.id}/$`));
      }
    }
    expect(someGap).toBe(true);
    expect(someUncounted).toBe(true);
  });

  it('shares one gap measure between everyone who falls short of it', () => {
    const byMeasure = new Map<string, unknown>();
    for (const m of models) {
      for (const c of m.standard.criteria) {
        if (!c.closedBy) continue;
        const seen = byMeasure.get(c.closedBy.id);
        if (seen) expect(c.closedBy).toBe(seen);
        else byMeasure.set(c.closedBy.id, c.closedBy);
      }
    }
  });

  it('lists her terms with the communes and the chairwomen before and after', () => {
    let someNeighbour = false;
    for (const m of models) {
      const v = view(m.id);
      expect(m.terms.map((t) => [t.roleLabel, t.current, t.commune.name, t.commune.districtName, t.from, t.to, t.note])).toEqual(
        v.terms.map((t) => [t.roleLabel, t.current, t.commune.name, t.commune.districtName, t.from, t.to, t.note]),
      );
      for (const [i, t] of m.terms.entries()) {
        const tv = v.terms[i]!;
        expect(t.commune.href).toMatch(new RegExp(`/quan-huyen/${tv.commune.district}/#xa-${tv.commune.code}$`));
        expect(t.predecessor?.name).toBe(tv.predecessor?.name);
        expect(t.successor?.name).toBe(tv.successor?.name);
        if (tv.predecessor) {
          someNeighbour = true;
          expect(t.predecessor?.href).toMatch(new RegExp(`/nguoi/${tv.predecessor.id}/$`));
        }
        if (tv.successor) expect(t.successor?.href).toMatch(new RegExp(`/nguoi/${tv.successor.id}/$`));
      }
    }
    expect(someNeighbour).toBe(true);
  });

  it('gives the search index her name and role, and the layout its frame with the data chrome once', () => {
    for (const m of models) {
      expect(Object.values(m.search.attrs)).toContain(m.district.name);
      expect(m.frame.title).toBe(m.name);
      expect(m.frame.chrome).toBe(ctx.chrome);
    }
  });
});
