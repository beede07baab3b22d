import { describe, expect, it } from 'vitest';
import { verdict } from '../../src/site/status.ts';
import { unitNoun } from '../../src/site/target-text.ts';
import { targetsPage } from '../../src/page-models/targets.ts';
import { sampleContext } from './context.ts';
import { contextAt } from './earlier-context.ts';
import { figureKey } from './figure-key.ts';


describe('the targets overview model, from the sample data', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const { plan } = a.dataset;
  const m = targetsPage(ctx);

  it('has one card per target, in the plan’s order, each linked to its own page', () => {
    expect(m.targets.map((t) => t.id)).toEqual(plan.targets.map((t) => t.id));
    for (const t of m.targets) expect(t.href).toMatch(new RegExp(`/chi-tieu/${t.id}/$`));
    expect(m.targets.map((t) => figureKey(t.figure))).toEqual(a.targetsAt(a.currentDate).map(figureKey));
  });

  it('grids every target for the city, each cluster and every district in the site’s district order', () => {
    expect(m.grid.city.figures.map(figureKey)).toEqual(a.targetsAt(a.currentDate).map(figureKey));
    expect(m.grid.clusters.map((c) => c.id)).toEqual(a.clustersWithDistricts().map((c) => c.id));
    for (const c of m.grid.clusters) expect(c.figures.map(figureKey)).toEqual(a.targetsAt(a.currentDate, { cluster: c.id }).map(figureKey));
    expect(m.grid.districts.map((d) => d.id)).toEqual(a.districtOrder());
    const byId = new Map(a.targetsByDistrict(a.currentDate).map((d) => [d.id, d]));
    for (const d of m.grid.districts) {
      expect(d.figures.map(figureKey)).toEqual(byId.get(d.id)!.targets.map(figureKey));
      expect(d.href).toMatch(new RegExp(`/quan-huyen/${d.id}/?$`));
    }
  });

  it('words every badge as status.ts does', () => {
    for (const row of [m.grid.city, ...m.grid.clusters, ...m.grid.districts]) for (const f of row.figures) expect(f.verdict).toEqual(verdict(f));
  });

  it('explains target 1 against the full standard, the difference computed from both', () => {
    const s = m.standard!;
    const t1 = a.targetsAt(a.currentDate).find((t) => t.number === s.targetNumber)!;
    expect(s.targetCount).toBe(t1.numerator);
    expect(s.meeting).toBe(a.standardAt(a.currentDate).meeting);
    expect(s.difference).toBe(t1.numerator - a.standardAt(a.currentDate).meeting);
    if (s.difference > 0) {
      expect(s.criteria.length).toBeGreaterThan(0);
      // Everyone counted by the target but not by the standard fails at least one of the listed criteria.
      expect(s.criteria.reduce((n, c) => n + c.failing, 0)).toBeGreaterThanOrEqual(s.difference);
    }
  });

  it('hands the layout the data chrome once', () => {
    expect(m.frame.chrome).toBe(ctx.chrome);
    expect(m.frame.breadcrumbs).toEqual([{ label: 'Chỉ tiêu' }]);
  });
});

describe('the targets overview model, in the middle of the period', () => {
  const ctx = contextAt('2014-06-30');
  const m = targetsPage(ctx);

  it('reads every badge against the pace, not the goal', () => {
    const keys = new Set([m.grid.city, ...m.grid.districts].flatMap((r) => r.figures.map((f) => f.verdict.key)));
    expect(keys.has('reached') || keys.has('missed')).toBe(false);
    expect(keys.has('on-track') || keys.has('behind')).toBe(true);
  });

  it("says what a badge's 'thiếu N' counts, each target under its unit once", () => {
    for (const t of m.targets) expect(m.shortfallUnits).toMatch(new RegExp(`${unitNoun(t.figure.unit)} \\(chỉ tiêu [0-9, ]*\\b${t.number}\\b`));
    expect(new Set(m.targets.map((t) => unitNoun(t.figure.unit))).size).toBe(m.shortfallUnits.split('; ').length);
  });
});
