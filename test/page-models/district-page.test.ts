import { withVerdict } from '../../src/site/status.ts';
import { describe, expect, it } from 'vitest';
import { DETAILED_COMMUNES, DISTRICT_COURSES, LIST_LIMIT, districtPage, districtPaths } from '../../src/page-models/district.ts';
import { sampleContext } from './context.ts';
import { differsFromFullNameOrder, nameOrderBreak } from './names.ts';

describe('the district page models, from the sample data', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const paths = districtPaths(ctx);
  const models = paths.map((p) => p.props.model);
  const views = models.map((m) => {
    const d = a.districtView(m.id);
    if (!d) throw new Error(m.id);
    return d;
  });

  it('makes one page per district, its model under its id', () => {
    expect(paths.map((p) => p.params.id)).toEqual(a.dataset.districts.map((d) => d.id));
    for (const p of paths) expect(p.props.model.id).toBe(p.params.id);
    expect(() => districtPage(ctx, 'khong-co')).toThrow(/khong-co/);
  });

  it('counts the district as the assessment does', () => {
    for (const [i, m] of models.entries()) {
      const d = views[i]!;
      const scope = { district: m.id };
      const s = a.scopeSummary(scope, d.date);
      expect(m.name).toBe(d.name);
      expect(m.clusterName).toBe(d.cluster.name);
      expect(m.date).toBe(a.currentDate);
      expect(m.summary).toEqual({
        communes: s.communes,
        population: s.population,
        meeting: s.meeting,
        percent: s.percent,
      });
      expect(m.summary.population).toBe(d.standard.population);
      expect(m.cadreCount).toBe(a.count({ roles: ['sourceCadre'] }, d.date, scope));
      expect(m.targets).toEqual(d.targets.map(withVerdict));
      expect(m.series).toEqual(a.scopeSeries(scope).map((s) => ({ ...s, targets: s.targets.map(withVerdict) })));
      expect(m.tables).toEqual(d.tables);
    }
  });

  it('resolves the criteria and measures to their labels', () => {
    const measures = a.dataset.plan.measures;
    let someMeasure = false;
    let someFailed = false;
    for (const [i, m] of models.entries()) {
      const d = views[i]!;
      expect(m.criteria.map((c) => [c.id, c.label, c.applicable, c.met, c.notMet])).toEqual(d.standard.criteria.map((c) => [c.id, c.label, c.applicable, c.met, c.notMet]));
      for (const [j, c] of m.criteria.entries()) {
        const measure = d.standard.criteria[j]?.measure;
        expect(c.measureLabel).toBe(measure === undefined ? undefined : measures.find((x) => x.id === measure)?.label);
        if (c.measureLabel) someMeasure = true;
      }
      const label = new Map(d.standard.criteria.map((c) => [c.id, c.label]));
      for (const [j, s] of m.chairwomen.entries()) {
        const st = d.standard.people[j]!;
        expect([s.id, s.name, s.meets, s.ageBand]).toEqual([st.person.id, st.person.name, st.meets, st.ageBand]);
        expect(s.failed).toEqual(st.failed.map((f) => label.get(f)));
        if (s.failed.length > 0) someFailed = true;
      }
    }
    expect(someMeasure).toBe(true);
    expect(someFailed).toBe(true);
  });

  it('lists chairwomen and source cadres in Vietnamese name order', () => {
    for (const [i, m] of models.entries()) {
      const d = views[i]!;
      expect(m.chairwomen.map((s) => s.id)).toEqual(d.standard.people.map((s) => s.person.id));
      expect(nameOrderBreak(m.chairwomen), m.id).toBeUndefined();
      expect(nameOrderBreak(m.cadres), m.id).toBeUndefined();
      const cadres = d.communes.flatMap((c) => c.sourceCadres.map((p) => [p.id, c.commune.name]));
      expect(m.cadres.map((p) => [p.id, p.communeName]).sort()).toEqual(cadres.sort());
    }
    expect(models.some((m) => differsFromFullNameOrder(m.chairwomen))).toBe(true);
    expect(models.some((m) => differsFromFullNameOrder(m.cadres))).toBe(true);
  });

  it('shows each commune in data order with its present and former office holders', () => {
    let someoneBefore = false;
    for (const [i, m] of models.entries()) {
      const d = views[i]!;
      const history = a.communeTerms(m.id, d.date);
      expect(m.communes.map((c) => [c.code, c.name])).toEqual(d.communes.map((c) => [c.commune.code, c.commune.name]));
      for (const [j, c] of m.communes.entries()) {
        const row = d.communes[j]!;
        expect(c.chairwoman && [c.chairwoman.id, c.chairwoman.meets]).toEqual(row.chairwoman && [row.chairwoman.person.id, row.chairwoman.meets]);
        expect(c.sourceCadres.map((p) => p.id)).toEqual(row.sourceCadres.map((p) => p.id));
        const past = (history.get(c.code) ?? []).filter((t) => t.when === 'past');
        expect(c.past.map((t) => [t.id, t.roleLabel, t.from, t.to])).toEqual(past.map((t) => [t.person.id, t.roleLabel, t.from, t.to]));
        if (c.past.length > 0) someoneBefore = true;
      }
    }
    expect(someoneBefore).toBe(true);
  });

  it('links people to their pages, communes to their sections and the standard to the plan', () => {
    for (const m of models) {
      const people = [...m.chairwomen, ...m.cadres, ...m.communes.flatMap((c) => [...(c.chairwoman ? [c.chairwoman] : []), ...c.sourceCadres, ...c.past])];
      for (const p of people) expect(p.href).toMatch(new RegExp(`/nguoi/${p.id}/$`));
      const anchors = new Set(m.communes.map((c) => `#${c.anchor}`));
      for (const c of m.communes) expect(c.anchor).toBe(`xa-${c.code}`);
      for (const s of m.chairwomen) expect(anchors.has(s.commune.href), s.commune.href).toBe(true);
      expect(m.standardWhere).toBe(a.dataset.plan.standard.where);
      expect(m.standardHref).toBe(ctx.documentHref(a.dataset.plan.standard.where));
      expect(m.standardHref).toMatch(/\/de-an\/#i-/);
      const file = a.dataset.people.find((p) => p.district === m.id)?.source.file;
      expect(m.peopleFile?.file).toBe(file);
      if (m.peopleFile) expect(m.peopleFile.editHref).toMatch(new RegExp(`/edit/.*${m.peopleFile.file}$`));
    }
  });

  it('shows target 3 commune by commune: counted or not, and what each source cadre lacks', () => {
    let someCounted = false;
    let someNot = false;
    for (const m of models) {
      const rows = a.communeTargetRows(m.id);
      const fig = a.targetsAt(a.currentDate, { district: m.id }).find((t) => t.unit === 'commune');
      expect(m.communeTarget?.counted).toBe(fig?.numerator);
      expect(m.communeTarget?.of).toBe(m.communes.length);
      expect(m.communes.filter((c) => c.communeTarget.counted).length).toBe(fig?.numerator);
      for (const [j, c] of m.communes.entries()) {
        const r = rows[j]!;
        expect(c.districtName).toBe(m.name);
        expect(c.communeTarget.counted).toBe(r.counted);
        expect(c.communeTarget.cadres.map((p) => [p.id, p.missing])).toEqual(r.cadres.map((p) => [p.person.id, p.missing.map((x) => x.label)]));
        expect(c.communeTarget.counted).toBe(c.communeTarget.cadres.some((p) => p.missing.length === 0));
        if (c.communeTarget.counted) someCounted = true;
        else someNot = true;
      }
    }
    expect(someCounted).toBe(true);
    expect(someNot).toBe(true);
  });

  it('gives each chairwoman short of the standard the course that would close a gap', () => {
    let someNext = false;
    for (const m of models) {
      for (const s of m.chairwomen) {
        if (s.meets) expect(s.next).toBeUndefined();
        if (!s.next) continue;
        someNext = true;
        expect(s.failed).toContain(s.next.criterion);
        expect(s.next.href).toMatch(/\/lop-hoc\//);
      }
    }
    expect(someNext).toBe(true);
  });

  it('gives the search index the district as a district filter and its name', () => {
    for (const m of models) {
      expect(m.search.filters).toMatch(/\[data-tim-/);
      expect(Object.values(m.search.attrs)).toContain(m.name);
      expect(Object.values(m.search.attrs)).toContain('Quận, huyện, thị xã');
    }
  });

  it('hands the layout its frame and the data chrome once', () => {
    for (const m of models) {
      expect(m.frame.title).toBe(m.name);
      expect(m.frame.breadcrumbs).toEqual([{ label: 'Quận/huyện', path: 'quan-huyen' }, { label: m.name }]);
      expect(m.frame.chrome).toBe(ctx.chrome);
    }
  });

  it('caps each list of people and shows in full only the first communes target 3 does not count, every commune once', () => {
    for (const m of models) {
      const short = m.chairwomen.filter((s) => !s.meets);
      const met = m.chairwomen.filter((s) => s.meets);
      for (const [list, all] of [
        [m.short, short],
        [m.met, met],
        [m.cadresShown, m.cadres],
      ] as const) {
        expect(list.shown).toEqual(all.slice(0, LIST_LIMIT));
        expect(list.shown.length + list.more).toBe(all.length);
      }
      const notCounted = m.communes.filter((c) => !c.communeTarget.counted);
      expect(m.communes.filter((c) => c.detailed)).toEqual(notCounted.slice(0, DETAILED_COMMUNES));
      expect(new Set(m.communes.map((c) => c.anchor)).size).toBe(m.communes.length);
      expect(m.downloadsHref).toMatch(/\/du-lieu\/$/);
    }
    expect(models.some((m) => m.communes.some((c) => c.detailed))).toBe(true);
    expect(models.some((m) => m.communes.some((c) => !c.detailed))).toBe(true);
  });

  it("sets each target beside the city's at the same date, with both verdicts", () => {
    const city = a.targetsAt(a.currentDate).map(withVerdict);
    const seen = new Set<string>();
    for (const m of models) {
      expect(m.versusCity.map((t) => t.id)).toEqual(m.targets.map((t) => t.id));
      for (const [j, t] of m.versusCity.entries()) {
        const c = city.find((x) => x.id === t.id);
        expect(t.city).toEqual(c);
        expect(t.district).toEqual(m.targets[j]);
        expect(t.goal).toBe(c?.goal);
        const d = t.district.percent;
        const p = t.city.percent;
        expect(t.compared).toBe(d === null || p === null ? null : d > p ? 'higher' : d < p ? 'lower' : 'same');
        if (t.compared) seen.add(t.compared);
      }
    }
    expect(seen.has('higher') && seen.has('lower')).toBe(true);
  });

  it("lists the district's courses, those to come soonest first, then running, then the latest that ran", () => {
    const views = a.courseViews();
    let some = false;
    for (const m of models) {
      const held = views.filter((c) => c.people.some((p) => p.roleAtStart?.commune.district === m.id));
      expect(m.courses.shown.length + m.courses.more).toBe(held.length);
      expect(m.courses.shown.length).toBe(Math.min(DISTRICT_COURSES, held.length));
      const rank = { ahead: 0, running: 1, past: 2 };
      for (const [i, c] of m.courses.shown.entries()) {
        const v = held.find((x) => x.id === c.id);
        expect(v, c.id).toBeDefined();
        expect(c.href).toMatch(new RegExp(`/lop-hoc/${c.id}/$`));
        expect(c.when).toBe(c.start > m.date ? 'ahead' : c.end >= m.date ? 'running' : 'past');
        const prev = m.courses.shown[i - 1];
        if (!prev) continue;
        expect(rank[prev.when]).toBeLessThanOrEqual(rank[c.when]);
        if (prev.when === c.when) expect(c.when === 'past' ? prev.start >= c.start : prev.start <= c.start).toBe(true);
      }
      // None of the courses left out would come before the last one shown.
      const last = m.courses.shown.at(-1);
      if (last && m.courses.more > 0)
        for (const v of held.filter((x) => !m.courses.shown.some((c) => c.id === x.id))) expect(v.start <= last.start || last.when !== 'past').toBe(true);
      if (m.courses.shown.length > 0) some = true;
    }
    expect(some).toBe(true);
  });

  it('charts each target year by year: the district, the city and the goal, in percent', () => {
    const city = a.targetSeries();
    for (const m of models) {
      const own = a.targetSeries({ district: m.id });
      expect(m.trends.map((c) => c.id)).toEqual(own.map((t) => `theo-nam-${t.id}`));
      for (const [j, c] of m.trends.entries()) {
        const t = own[j]!;
        const cityT = city.find((x) => x.id === t.id)!;
        expect(c.spec.unit).toBe('percent');
        expect(c.spec.valueTitle).toMatch(/%/);
        expect(c.spec.series.map((s) => s.role)).toEqual(['value', 'city', 'goal']);
        expect(c.spec.series[0]!.values).toEqual(t.points.map((p) => (p.reported ? p.figure.percent : null)));
        expect(c.spec.series[1]!.values).toEqual(
          t.points.map((p) => {
            const q = cityT.points.find((x) => x.date === p.date);
            return q?.reported ? q.figure.percent : null;
          }),
        );
        expect(c.spec.series[2]!.values.every((v) => v === t.goal)).toBe(true);
        expect(c.spec.labels).toHaveLength(t.points.length);
        expect(c.summary).toContain(m.name);
      }
    }
  });
});
