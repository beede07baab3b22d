import { describe, expect, it } from 'vitest';
import { roadmapPage } from '../../src/page-models/roadmap.ts';
import { sampleContext } from './context.ts';

describe('the roadmap page model, from the sample data', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const { plan } = a.dataset;
  const view = a.roadmap();
  const m = roadmapPage(ctx);

  it('lists the roadmap’s years in the plan’s order, each linked to its report and to its section of the plan', () => {
    expect(m.years.map((y) => y.year)).toEqual(plan.roadmap.map((y) => y.year));
    for (const y of m.years) {
      expect(y.href).toMatch(new RegExp(`/lo-trinh/${y.year}/?$`));
      expect(y.whereHref).toBe(ctx.documentHref(y.where));
    }
  });

  it('shows each year as its annual report gives it, naming only the statuses some item has', () => {
    for (const y of m.years) {
      const r = a.annualReport(y.year);
      expect(y.items.map((i) => [i.id, i.status])).toEqual(r.items.map((i) => [i.id, i.status]));
      expect(y.statuses).toEqual(r.statusCounts.filter((s) => s.count > 0));
      expect(y.statuses.reduce((n, s) => n + s.count, 0)).toBe(y.items.length);
      expect([y.courseCount, y.spentInYear]).toEqual([r.courses.length, r.money.spentInYear]);
    }
    expect(m.years.some((y) => y.statuses.length < a.annualReport(y.year).statusCounts.length)).toBe(true);
  });

  it('counts the money of the whole period as the roadmap does, and links the budget’s section', () => {
    expect(m.asOf).toBe(view.asOf);
    expect([m.spent, m.remaining]).toEqual([view.spent, view.remaining]);
    expect(m.money).toEqual(a.annualReport(plan.period.end).money);
    expect(m.budget.href).toBe(ctx.documentHref(plan.budget.where));
  });

  it('hands the layout the data chrome once', () => {
    expect(m.frame.chrome).toBe(ctx.chrome);
    expect(m.frame.breadcrumbs).toEqual([{ label: 'Lộ trình' }]);
  });
});
