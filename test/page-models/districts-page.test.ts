import { describe, expect, it } from 'vitest';
import { type ScopeSummary } from '../../src/assessment/index.ts';
import { districtsPage, type DistrictsRow } from '../../src/page-models/districts.ts';
import { districtHref } from '../../src/site/links.ts';
import { sampleContext } from './context.ts';

const figures = (r: DistrictsRow | ScopeSummary) => ({
  label: r.label,
  communes: r.communes,
  population: r.population,
  meeting: r.meeting,
  percent: r.percent,
  targets: r.targets.map((t) => [t.id, t.numerator, t.denominator, t.percent]),
});

describe('the districts page model, from the sample data', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const m = districtsPage(ctx);
  const collator = new Intl.Collator('vi');
  const shortName = new Map(a.dataset.districts.map((d) => [d.id, d.name]));

  it('has one column per city target, and every row in that order', () => {
    expect(m.targets.map((t) => t.id)).toEqual(a.targetsAt(a.currentDate).map((t) => t.id));
    const rows = [...m.clusters.flatMap((c) => [...c.rows, c.footer]), m.city];
    for (const r of rows) expect(r.targets.map((t) => t.id)).toEqual(m.targets.map((t) => t.id));
  });

  it('counts each district, cluster and the city as the assessment does', () => {
    expect(m.date).toBe(a.currentDate);
    expect(m.districtCount).toBe(a.dataset.districts.length);
    for (const c of m.clusters) {
      for (const r of c.rows) expect(figures(r)).toEqual(figures(a.scopeSummary({ district: r.id }, a.currentDate)));
      expect(figures(c.footer)).toEqual({ ...figures(a.scopeSummary({ cluster: c.id }, a.currentDate)), label: 'Cả cụm' });
    }
    expect(figures(m.city)).toEqual(figures(a.scopeSummary('city', a.currentDate)));
  });

  it('groups the districts by cluster, each by its short name in Vietnamese order', () => {
    const clusters = a.clustersWithDistricts();
    expect(m.clusters.map((c) => [c.id, c.name])).toEqual(clusters.map((c) => [c.id, c.name]));
    let differsFromCodePoints = false;
    let differsFromFullNames = false;
    for (const [i, c] of m.clusters.entries()) {
      const ids = c.rows.map((r) => r.id);
      const names = ids.map((id) => shortName.get(id) ?? '');
      expect([...ids].sort()).toEqual([...(clusters[i]?.districts ?? [])].sort());
      expect(names).toEqual([...names].sort(collator.compare));
      if (names.join() !== [...names].sort().join()) differsFromCodePoints = true;
      const labels = c.rows.map((r) => r.label);
      if (labels.join() !== [...labels].sort(collator.compare).join()) differsFromFullNames = true;
    }
    // The sample has "Đ…" names and a "Thị xã" among "Huyện"s: a plain sort or one on the full name would show.
    expect(differsFromCodePoints).toBe(true);
    expect(differsFromFullNames).toBe(true);
  });

  it('lists districts in the one order of the assessment (cluster, then name)', () => {
    expect(m.clusters.flatMap((c) => c.rows.map((r) => r.id))).toEqual(a.districtOrder());
    expect([...a.districtOrder()].sort()).toEqual(a.dataset.districts.map((d) => d.id).sort());
  });

  it('explains why the districts\' shortfalls do not add up to the city\'s: rounding per district and surpluses', () => {
    for (const f of m.shortfalls) {
      const per = a.districtOrder().map((id) => a.targetsAt(a.currentDate, { district: id }).find((t) => t.number === f.number)!);
      const city = a.targetsAt(a.currentDate).find((t) => t.number === f.number)!;
      expect(f.districts).toBe(per.reduce((n, t) => n + t.missing, 0));
      expect(f.city).toBe(city.missing);
      if (city.missing > 0) expect(f.districts - f.city).toBe(per.reduce((n, t) => n + t.goalCount, 0) - city.goalCount + f.surplus);
    }
    expect(m.shortfalls.some((f) => f.districts !== f.city)).toBe(true);
  });

  it('links each district to its page, and no total', () => {
    for (const c of m.clusters) {
      for (const r of c.rows) expect(r.href).toMatch(new RegExp(`/quan-huyen/${r.id}/$`));
      expect(c.footer.href).toBeUndefined();
    }
    expect(m.city.href).toBeUndefined();
  });

  it('hands the layout its frame and the data chrome once', () => {
    expect(m.frame.title).toBe('Quận, huyện, thị xã');
    expect(m.frame.breadcrumbs).toEqual([{ label: 'Quận/huyện' }]);
    expect(m.frame.chrome).toBe(ctx.chrome);
    expect(m.clusterNote).toBe(a.dataset.clusterNote);
  });

  it("names the districts where the standard column and target 1's differ, with the assessment's reason", () => {
    const t = a.dataset.plan.targets.find((x) => a.standardVersusTarget(x.id) !== undefined)!;
    const expected = a.dataset.districts.filter((d) => {
      const s = a.scopeSummary({ district: d.id }, a.currentDate);
      return s.meeting !== s.targets.find((f) => f.id === t.id)!.numerator;
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(m.standardGap?.districts.map((d) => d.href).sort()).toEqual(expected.map((d) => districtHref(d.id)).sort());
    expect(m.standardGap?.comparison).toMatchObject(a.standardVersusTarget(t.id)!);
  });
});
