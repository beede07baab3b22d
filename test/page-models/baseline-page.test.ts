import { describe, expect, it } from 'vitest';
import { baselinePage, findingNoteAnchor } from '../../src/page-models/baseline.ts';
import { crossCheckExplanation, crossValueSentence, reconciliationOutcome, reconciliationScope } from '../../src/site/reconciliation-text.ts';
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

  it('says how many printed figures the checks cover and how they came out', () => {
    expect(m.scope).toBe(reconciliationScope(rec));
    expect(m.outcome).toBe(reconciliationOutcome(rec));
    expect(m.printedFigures).toBe(rec.printedFigures);
    expect(rec.printedFigures).toBeLessThan(rec.checks.length);
  });

  it('shows each finding note once, with the findings it explains, each of which links to it', () => {
    const live = rec.findingNotes.filter((n) => n.checks.length > 0);
    expect(live.length).toBeGreaterThan(0);
    expect(m.findingNotes.map((n) => [n.id, n.reading, n.findings.map((f) => f.id)])).toEqual(live.map((n) => [n.id, n.reading, n.checks]));
    expect(new Set(m.findingNotes.map((n) => n.anchor)).size).toBe(m.findingNotes.length);
    for (const f of m.groups.flatMap((g) => g.findings)) {
      if (f.findingNote) expect(m.findingNotes.map((n) => n.anchor)).toContain(findingNoteAnchor(f.findingNote));
    }
  });

  it('lists the document’s checks against itself, findings first, each printed place linked with its words', () => {
    const con = a.consistency();
    expect(m.consistency.findingCount).toBe(con.findings.length);
    expect(m.consistency.checks.map((c) => c.id)).toEqual([...con.findings, ...con.checks.filter((c) => c.ok)].map((c) => c.id));
    for (const c of m.consistency.checks) {
      const src = con.checks.find((x) => x.id === c.id)!;
      expect(c.explanation).toBe(crossCheckExplanation(src, con));
      expect(c.about).toBe(src.about);
      expect(c.note).toBe(src.note);
      expect(c.computed).toEqual(src.values.filter((v) => v.source !== 'printed').map((v) => crossValueSentence(v, con.date)));
      const printed = src.values.filter((v) => v.source === 'printed');
      expect(new Set(c.places.map((p) => `${p.where}|${p.quote}`))).toEqual(new Set(printed.map((v) => `${v.where}|${v.quote}`)));
      for (const p of c.places) expect(p.href).toBe(ctx.documentHref(p.where));
    }
  });

  it('shows the term’s reading beside the "mới tham gia" figures', () => {
    expect(m.newcomers.reading).toBe(a.dataset.plan.term.reading);
    const ids = baseline.figures.filter((f) => f.count.where?.firstTerm).map((f) => `roster:figure/${f.id}`);
    expect(ids.length).toBeGreaterThan(0);
    expect(m.newcomers.quotes.flatMap((q) => q.checks.map((c) => c.id))).toEqual(rec.checks.filter((c) => ids.includes(c.id)).map((c) => c.id));
    for (const q of m.newcomers.quotes) for (const c of q.checks) expect([c.quote, c.where]).toEqual([q.quote, q.where]);
  });

  it('hands the layout the data chrome once', () => {
    expect(m.frame.chrome).toBe(ctx.chrome);
    expect(m.frame.breadcrumbs).toEqual([{ label: 'Thực trạng' }]);
    expect(m.frame.description).toContain(baseline.dateLabel);
  });
});
