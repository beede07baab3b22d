import { describe, expect, it } from 'vitest';
import { measuresForTarget } from '../../src/assessment/index.ts';
import { targetIds, targetPage } from '../../src/page-models/target.ts';
import { breakdownSpec, targetTrendSpec } from '../../src/site/chart-specs.ts';
import { sampleContext } from './context.ts';
import { contextAt } from './earlier-context.ts';
import { figureKey } from './figure-key.ts';


describe('a target page model, from the sample data', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const { plan } = a.dataset;
  const now = a.currentDate;

  it('exists for every target of the plan', () => {
    expect(targetIds(ctx)).toEqual(plan.targets.map((t) => t.id));
  });

  describe.each(plan.targets.map((t, i) => ({ t, i })))('target $t.number', ({ t, i }) => {
    const m = targetPage(ctx, t.id);

    it('heads with the city figure and its series, the table up to the data’s date', () => {
      expect(figureKey(m.figure)).toEqual(figureKey(a.targetsAt(now)[i]!));
      expect(m.series).toEqual(a.targetSeries()[i]);
      expect(m.reported.map((p) => p.date)).toEqual(m.series.points.filter((p) => p.date <= now).map((p) => p.date));
      expect(m.whereHref).toBe(ctx.documentHref(t.where));
      expect(m.frame.breadcrumbs?.at(-1)).toEqual({ label: `Chỉ tiêu ${t.number}` });
    });

    it('breaks down by cluster and by district (in the site’s district order), each figure the assessment’s', () => {
      expect(m.byCluster.map((c) => c.id)).toEqual(a.clustersWithDistricts().map((c) => c.id));
      for (const c of m.byCluster) expect(figureKey(c.figure)).toEqual(figureKey(a.targetsAt(now, { cluster: c.id })[i]!));
      expect(m.byDistrict.map((d) => d.id)).toEqual(a.districtOrder());
      const byId = new Map(a.targetsByDistrict(now).map((d) => [d.id, d]));
      for (const d of m.byDistrict) expect(figureKey(d.figure)).toEqual(figureKey(byId.get(d.id)!.targets[i]!));
    });

    it('breaks a person target down by age band, the bands adding up to the city', () => {
      if (t.unit !== 'person') return expect(m.byAgeBand).toBeUndefined();
      const bands = m.byAgeBand!;
      expect(bands.length).toBeGreaterThan(0);
      expect(bands.reduce((n, b) => n + b.denominator, 0)).toBe(m.figure.denominator);
      expect(bands.reduce((n, b) => n + b.numerator, 0)).toBe(m.figure.numerator);
    });

    it('charts trend, clusters, districts (sorted, with the city’s line) and bands, each with units and a CSV beside the page', () => {
      expect(m.charts.trend.spec).toEqual(targetTrendSpec(m.series));
      expect(m.charts.districts.spec).toEqual(breakdownSpec(m.byDistrict, m.figure, { sorted: true }));
      expect(m.charts.clusters.spec).toEqual(breakdownSpec(m.byCluster, m.figure, { sorted: true }));
      const shares = m.charts.districts.spec.series[0]!.values.map((v) => v ?? -1);
      expect(shares).toEqual([...shares].sort((x, y) => y - x));
      expect(m.charts.districts.spec.series.find((s) => s.role === 'city')?.values.every((v) => v === m.figure.percent)).toBe(true);
      for (const c of Object.values(m.charts)) {
        expect(c.spec.valueTitle).toMatch(/%/);
        expect(c.csvHref).toMatch(new RegExp(`/chi-tieu/${t.id}/[a-z-]+\\.csv$`));
      }
      expect(new Set(Object.values(m.charts).map((c) => c.csvHref)).size).toBe(Object.values(m.charts).length);
    });

    it('lists the measures aimed at it with their seats', () => {
      const coverage = a.coverage(now);
      expect(m.measures.map((x) => x.id)).toEqual(measuresForTarget(plan, t).map((x) => x.id));
      for (const x of m.measures) expect(x.coverage).toEqual(coverage.find((c) => c.id === x.id));
    });

    it('has the tile map of this target', () => {
      expect(m.tileMap?.targetId).toBe(t.id);
      expect(m.tileMap?.tiles).toHaveLength(a.dataset.districts.length);
    });
  });
});

describe('a target page model, in the middle of the period', () => {
  const ctx = contextAt('2014-06-30');

  it('tabulates the points up to the data’s date only; the series runs on to the deadline', () => {
    for (const id of targetIds(ctx)) {
      const m = targetPage(ctx, id);
      expect(m.reported.map((p) => p.date)).toEqual(m.series.points.filter((p) => p.date <= ctx.a.currentDate).map((p) => p.date));
      expect(m.reported.length).toBeLessThan(m.series.points.length);
      expect(m.byDistrict.every((d) => d.figure.verdict.key !== 'reached' && d.figure.verdict.key !== 'missed')).toBe(true);
    }
  });
});
