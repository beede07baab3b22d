import { describe, expect, it } from 'vitest';
import { measuresForTarget } from '../../src/assessment/index.ts';
import { targetsPage } from '../../src/page-models/targets.ts';
import { sampleContext } from './context.ts';
import { contextAt } from './earlier-context.ts';

describe('the targets page model, from the sample data', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const { plan } = a.dataset;
  const m = targetsPage(ctx);
  const figureKey = (f: { id: string; numerator: number; denominator: number; missing: number }) => [f.id, f.numerator, f.denominator, f.missing];

  it('has one section per target of the plan, in the plan’s order, each linked to the place that sets it', () => {
    expect(m.targets.map((s) => s.target.id)).toEqual(plan.targets.map((t) => t.id));
    for (const [i, s] of m.targets.entries()) expect(s.whereHref).toBe(ctx.documentHref(plan.targets[i]!.where));
  });

  it('shows each target’s city-wide figure at the current date and its series, the table up to that date', () => {
    expect(m.currentDate).toBe(a.currentDate);
    expect(m.targets.map((s) => figureKey(s.figure))).toEqual(a.targetsAt(a.currentDate).map(figureKey));
    expect(m.targets.map((s) => s.series)).toEqual(a.targetSeries());
    for (const s of m.targets) {
      expect(s.reported.map((p) => p.date)).toEqual(s.series.points.filter((p) => p.date <= a.currentDate).map((p) => p.date));
      expect(s.reported.at(-1)?.date).toBe(a.currentDate);
    }
  });

  it('gives every district’s figure of the target, in data order, linked to the district page', () => {
    const districts = a.targetsByDistrict(a.currentDate);
    for (const [i, s] of m.targets.entries()) {
      expect(s.byDistrict.map((d) => d.id)).toEqual(a.dataset.districts.map((d) => d.id));
      expect(s.byDistrict.map((d) => figureKey(d.figure))).toEqual(districts.map((d) => figureKey(d.targets[i]!)));
      for (const d of s.byDistrict) {
        expect(d.figure.id).toBe(s.target.id);
        expect(d.href).toMatch(new RegExp(`/quan-huyen/${d.id}/?$`));
      }
    }
    expect(m.cityLabel).toBe(a.scopeLabel('city'));
  });

  it('lists the measures aimed at each target with their seats, linked to the plan', () => {
    const coverage = a.coverage(a.currentDate);
    for (const [i, s] of m.targets.entries()) {
      const measures = measuresForTarget(plan, plan.targets[i]!);
      expect(s.measures.map((x) => x.id)).toEqual(measures.map((x) => x.id));
      for (const [j, x] of s.measures.entries()) {
        expect(x.coverage).toEqual(coverage.find((c) => c.id === x.id));
        expect(x.href).toBe(ctx.documentHref(measures[j]!.where));
      }
    }
    expect(m.targets.some((s) => s.measures.length > 0)).toBe(true);
  });

  it('hands the layout the data chrome once', () => {
    expect(m.frame.chrome).toBe(ctx.chrome);
    expect(m.frame.breadcrumbs).toEqual([{ label: 'Chỉ tiêu' }]);
  });
});

describe('the targets page model, in the middle of the period', () => {
  const ctx = contextAt('2014-06-30');
  const m = targetsPage(ctx);

  it('tabulates the points up to the data’s date only; the chart’s series runs on to the deadline', () => {
    for (const s of m.targets) {
      expect(s.reported.map((p) => p.date)).toEqual(s.series.points.filter((p) => p.date <= ctx.a.currentDate).map((p) => p.date));
      expect(s.reported.length).toBeLessThan(s.series.points.length);
      expect(s.series.points.at(-1)?.date).toBe(ctx.a.deadline);
    }
  });
});
