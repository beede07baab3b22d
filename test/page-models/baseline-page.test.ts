import { describe, expect, it } from 'vitest';
import { baselinePage } from '../../src/page-models/baseline.ts';
import { slugify } from '../../src/format/slug.ts';
import { sampleContext } from './context.ts';

describe('the baseline page model, from the sample data', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const { baseline } = a.dataset;
  const rec = a.reconciliation();
  const m = baselinePage(ctx);

  it('recounts the plan’s population at the baseline date and links the section describing it', () => {
    expect(m.baselineDate).toBe(a.baselineDate);
    expect(m.population.printed).toBe(baseline.population.printed);
    expect(m.population.counted).toBe(a.count(baseline.population.count, a.baselineDate));
    expect(m.population.href).toBe(ctx.documentHref(baseline.population.where));
    expect(m.population.href).toMatch(/\/de-an\/#ii-/);
  });

  it('shows the recounted tables in the assessment’s order, each anchored by its title', () => {
    const tables = a.tables(a.baselineDate);
    expect(m.tables.map((t) => t.table)).toEqual(tables);
    expect(m.tables.map((t) => t.anchor)).toEqual(tables.map((t) => slugify(t.title)));
    expect(new Set(m.tables.map((t) => t.anchor)).size).toBe(m.tables.length);
  });

  it('lists every check and, grouped by kind, the findings, each linked to its place in the plan', () => {
    expect(m.checks.map((c) => c.id)).toEqual(rec.checks.map((c) => c.id));
    expect(m.findingCount).toBe(rec.findings.length);
    expect(m.findingCount).toBeGreaterThan(0);
    expect(m.groups.map((g) => g.kind)).toEqual(['roster', 'internal']);
    expect(m.groups.flatMap((g) => g.findings.map((f) => f.id)).sort()).toEqual(rec.findings.map((f) => f.id).sort());
    for (const g of m.groups) for (const f of g.findings) expect([f.kind, f.ok]).toEqual([g.kind, false]);
    for (const c of [...m.checks, ...m.groups.flatMap((g) => g.findings), ...m.documentNotes]) expect(c.href).toBe(ctx.documentHref(c.where));
  });

  it('keeps the document’s own slips, in the data’s order', () => {
    expect(m.documentNotes.map((n) => n.id)).toEqual(rec.documentNotes.map((n) => n.id));
  });

  it('hands the layout the data chrome once', () => {
    expect(m.frame.chrome).toBe(ctx.chrome);
    expect(m.frame.breadcrumbs).toEqual([{ label: 'Thực trạng' }]);
    expect(m.frame.description).toContain(baseline.dateLabel);
  });
});
