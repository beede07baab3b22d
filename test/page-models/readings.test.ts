/**
 * Every reading of data/plan.yaml is shown where its figure is: each `reading` found in the plan is
 * matched to the page model that shows the figure it explains, and must be in that model. A new
 * `reading` somewhere the test does not know fails it, so it cannot go unshown.
 */
import { describe, expect, it } from 'vitest';
import { baselinePage } from '../../src/page-models/baseline.ts';
import { districtPaths } from '../../src/page-models/district.ts';
import { homePage } from '../../src/page-models/home.ts';
import { personPaths } from '../../src/page-models/person.ts';
import { roadmapPage } from '../../src/page-models/roadmap.ts';
import { roadmapYearPaths } from '../../src/page-models/roadmap-year.ts';
import { targetIds, targetPage } from '../../src/page-models/target.ts';
import { targetsPage } from '../../src/page-models/targets.ts';
import { BASE_PATH } from '../../src/site/config.ts';
import { sampleContext } from './context.ts';

const ctx = sampleContext();
const { plan } = ctx.a.dataset;

/** Every `reading` string in the plan, with its path ("standard.criteria.4.reading"). */
function readings(v: unknown, path: string[] = []): { path: string; reading: string }[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => readings(x, [...path, String(i)]));
  if (v && typeof v === 'object') {
    return Object.entries(v).flatMap(([k, x]) =>
      k === 'reading' && typeof x === 'string' ? [{ path: [...path, k].join('.'), reading: x }] : readings(x, [...path, k]),
    );
  }
  return [];
}

describe('the plan’s readings, each in the model of the page showing its figure', () => {
  const home = homePage(ctx);
  const targets = targetsPage(ctx);
  const targetPages = targetIds(ctx).map((id) => targetPage(ctx, id));
  const baseline = baselinePage(ctx);
  const roadmap = roadmapPage(ctx);
  const districts = districtPaths(ctx).map((p) => p.props.model);
  const people = personPaths(ctx).map((p) => p.props.model);
  const years = roadmapYearPaths(ctx).map((p) => p.props.model);

  it('finds readings of every kind in the plan', () => {
    const all = readings(plan);
    for (const prefix of ['deadline', 'term', 'standard.criteria', 'targets', 'measures', 'roadmap']) {
      expect(all.some((r) => r.path.startsWith(prefix)), prefix).toBe(true);
    }
  });

  it.each(readings(plan).map((r) => [r.path, r.reading] as const))('%s', (path, reading) => {
    const [head, i, , j] = path.split('.');
    if (path === 'deadline.reading') {
      expect(targets.deadlineReading).toBe(reading);
      expect(home.deadlineReading).toBe(reading);
    } else if (path === 'term.reading') {
      expect(baseline.newcomers.reading).toBe(reading);
      expect(baseline.newcomers.quotes.length).toBeGreaterThan(0);
    } else if (path.startsWith('standard.criteria.')) {
      const id = plan.standard.criteria[Number(path.split('.')[2])]!.id;
      expect(home.criterionReadings.find((c) => c.id === id)?.reading).toBe(reading);
      for (const d of districts) expect(d.criteria.find((c) => c.id === id)?.reading).toBe(reading);
      // A person page links the home page's telling of it (too many person pages to repeat it on each).
      const anchor = home.criterionReadings.find((c) => c.id === id)?.anchor;
      expect(anchor).toBeTruthy();
      for (const p of people) {
        const c = p.standard?.criteria.find((x) => x.id === id);
        if (c) expect(c.readingHref).toBe(`${BASE_PATH}#${anchor}`);
      }
      expect(people.some((p) => p.standard?.criteria.some((c) => c.id === id))).toBe(true);
    } else if (head === 'targets') {
      expect(targetPages.find((t) => t.target.id === plan.targets[Number(i)]!.id)?.target.reading).toBe(reading);
    } else if (head === 'measures') {
      const id = plan.measures[Number(i)]!.id;
      const shown = [...targetPages.flatMap((t) => t.measures), ...targets.otherMeasures].filter((m) => m.id === id);
      expect(shown.length).toBeGreaterThan(0);
      for (const m of shown) expect(m.reading).toBe(reading);
    } else if (head === 'roadmap') {
      const y = plan.roadmap[Number(i)]!;
      const item = y.items[Number(j)]!;
      const model = years.find((m) => m.year === y.year);
      expect(model?.itemReadings[item.id]).toBe(reading);
      expect(model?.report.items.some((x) => x.id === item.id)).toBe(true);
    } else {
      throw new Error(`Cách đọc ở "${path}" chưa được trang nào hiển thị`);
    }
  });

  it('gives only a year’s own item readings to its report', () => {
    for (const m of years) {
      const own = new Set(m.report.items.map((i) => i.id));
      for (const id of Object.keys(m.itemReadings)) expect(own.has(id)).toBe(true);
    }
  });

  it('shows criteria without a reading without one', () => {
    const bare = plan.standard.criteria.filter((c) => !c.reading).map((c) => c.id);
    expect(bare.length).toBeGreaterThan(0);
    expect(home.criterionReadings.some((c) => bare.includes(c.id))).toBe(false);
    for (const d of districts) for (const c of d.criteria) if (bare.includes(c.id)) expect(c).not.toHaveProperty('reading');
  });

  it('lists the measures that move no target apart, with their readings', () => {
    const moving = new Set(targetPages.flatMap((t) => t.measures.map((m) => m.id)));
    expect(targets.otherMeasures.map((m) => m.id)).toEqual(plan.measures.filter((m) => !moving.has(m.id)).map((m) => m.id));
    for (const m of targets.otherMeasures) expect(m.href).toBe(ctx.documentHref(plan.measures.find((x) => x.id === m.id)!.where));
  });

  it('shows the budget’s sentence, its one source and those it is allocated to, and the note', () => {
    const { budget } = plan;
    expect(roadmap.budget).toMatchObject({ quote: budget.quote, source: budget.source, allocatedTo: [...budget.allocatedTo], note: budget.note });
    expect(roadmap.budget.allocatedTo.length).toBeGreaterThan(1);
    expect(roadmap.budget.quote).toContain(budget.source.toLowerCase());
    for (const to of budget.allocatedTo) expect(roadmap.budget.quote.toLowerCase()).toContain(to.toLowerCase());
  });
});
