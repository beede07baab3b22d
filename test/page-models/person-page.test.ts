import { describe, expect, it } from 'vitest';
import { mainTerm, NEXT_COURSES, type PersonView } from '../../src/assessment/index.ts';
import { contextAt } from './earlier-context.ts';
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

  it('judges a chairwoman against the standard and targets 1–2, each gap with its measure and at most a few next courses', () => {
    let someGap = false;
    let someNext = false;
    let someUncounted = false;
    for (const m of models) {
      const s = a.personStandard(m.id, a.currentDate);
      if (!s) throw new Error(m.id);
      if (!s.counted) {
        someUncounted = true;
        expect(m.standard, m.id).toBeUndefined();
        continue;
      }
      const st = m.standard;
      if (!st) throw new Error(m.id);
      expect([st.meets, st.where]).toEqual([s.meets, a.dataset.plan.standard.where]);
      expect(st.criteria.map((c) => [c.id, c.label, c.met])).toEqual(s.criteria.map((c) => [c.id, c.label, c.met]));
      expect(st.targets.map((t) => [t.id, t.counted, t.met])).toEqual(a.personTargets(m.id).map((t) => [t.id, t.counted, t.met]));
      expect(st.targets.map((t) => t.id)).toEqual(a.dataset.plan.targets.filter((t) => t.unit === 'person').map((t) => t.id));
      for (const [i, c] of st.criteria.entries()) {
        const gap = s.criteria[i]?.closedBy;
        expect(c.closedBy && [c.closedBy.id, c.closedBy.label, c.closedBy.where]).toEqual(gap && [gap.id, gap.label, gap.where]);
        expect(c.next.length).toBeLessThanOrEqual(NEXT_COURSES);
        if (!c.closedBy || !gap) {
          expect(c.next).toEqual([]);
          continue;
        }
        someGap = true;
        expect(c.closedBy.href).toBe(ctx.documentHref(gap.where));
        const next = a.nextCourses(m.id, m.district.href.split('/').filter(Boolean).pop() ?? '', { measure: gap.id });
        expect(c.next.map((k) => k.id)).toEqual(next.map((k) => k.id));
        for (const k of c.next) {
          someNext = true;
          expect(k.href).toMatch(new RegExp(`/lop-hoc/${k.id}/$`));
          expect(a.courseView(k.id)?.measure).toBe(gap.id);
          expect(a.courseView(k.id)?.people.some((p) => p.person.id === m.id && !k.enrolled)).toBe(false);
        }
      }
    }
    expect(someGap).toBe(true);
    expect(someNext).toBe(true);
    expect(someUncounted).toBe(true);
  });

  it('judges a source cadre against target 3: the subjects she has completed and the courses that would teach the rest', () => {
    let someCadre = false;
    let someMissing = false;
    let someTwoNamed = false;
    const rule = a.communeTarget();
    if (!rule) throw new Error('no commune target');
    for (const m of models) {
      const c = a.sourceCadreCheck(m.id);
      if (!c) {
        expect(m.sourceCadre, m.id).toBeUndefined();
        continue;
      }
      someCadre = true;
      const sc = m.sourceCadre;
      if (!sc) throw new Error(m.id);
      expect(sc.target.number).toBe(rule.number);
      expect(sc.subjects.map((s) => s.id)).toEqual(rule.subjects);
      expect(sc.subjects.filter((s) => !s.done).map((s) => s.id)).toEqual(c.missing.map((s) => s.id));
      expect(sc.complete).toBe(c.missing.length === 0);
      expect(sc.communes.map((x) => x.counted)).toEqual(c.communes.map((x) => x.counted));
      if (sc.complete) for (const x of sc.communes) expect(x.counted).toBe(true);
      expect(sc.next.length).toBeLessThanOrEqual(NEXT_COURSES);
      if (!sc.complete) {
        someMissing = true;
        for (const k of sc.next) expect(a.courseView(k.id)?.subjects.some((s) => c.missing.some((x) => x.id === s.id))).toBe(true);
        // With only past courses left, each missing subject that some course taught is named by one of them.
        if (sc.next.length > 0 && sc.next.every((k) => !k.ahead && !k.enrolled)) {
          const taught = new Set(sc.next.flatMap((k) => a.courseView(k.id)!.subjects.map((s) => s.id)));
          for (const x of c.missing) {
            const anyCourse = a.courseViews().some((k) => k.start <= a.currentDate && k.subjects.some((s) => s.id === x.id));
            if (anyCourse) {
              expect(taught.has(x.id), `${m.id} ${x.id}`).toBe(true);
              if (c.missing.length > 1) someTwoNamed = true;
            }
          }
        }
      }
    }
    expect(someCadre).toBe(true);
    expect(someMissing).toBe(true);
    expect(someTwoNamed).toBe(true);
  });

  it('at an earlier date offers the courses still to come, her district first and then the soonest', () => {
    const early = contextAt('2013-06-30');
    let someAhead = false;
    for (const ref of early.a.people()) {
      const m = personPage(early, ref.id);
      for (const c of m.standard?.criteria ?? []) {
        const ahead = c.next.filter((k) => k.ahead && !k.enrolled);
        if (ahead.length === 0) continue;
        someAhead = true;
        expect(c.next.filter((k) => !k.ahead && !k.enrolled)).toEqual([]);
        for (const k of ahead) expect(k.start > '2013-06-30').toBe(true);
        const firstOther = ahead.findIndex((k) => !k.inDistrict);
        if (firstOther >= 0) expect(ahead.slice(firstOther).every((k) => !k.inDistrict)).toBe(true);
        const own = ahead.filter((k) => k.inDistrict).map((k) => k.start);
        expect(own).toEqual([...own].sort());
      }
    }
    expect(someAhead).toBe(true);
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

  it('has the columns "before" and "after" in her roles table only when some term of hers has either', () => {
    const seen = new Set<boolean>();
    for (const m of models) {
      const v = view(m.id);
      const any = v.terms.some((t) => t.predecessor !== undefined || t.successor !== undefined);
      expect(m.succession, m.id).toBe(any);
      seen.add(any);
    }
    // Both kinds are in the sample: a source cadre has neither, a chairwoman who took over has one.
    expect([...seen].sort()).toEqual([false, true]);
  });

  it('gives the layout its frame with the data chrome once', () => {
    for (const m of models) {
      expect(m.frame.title).toBe(m.name);
      expect(m.frame.chrome).toBe(ctx.chrome);
    }
  });
});
