import { describe, expect, it } from 'vitest';
import { documentPage, type PlanDocumentMeta } from '../../src/page-models/document.ts';
import { searchMeta } from '../../src/page-models/search-meta.ts';
import { documentFacets } from '../../src/search/facets.ts';
import { printedDifferences } from '../../src/site/printed-differences.ts';
import { printedTableModel } from '../../src/site/printed-table.ts';
import { frontmatterOf, readMdx } from '../site/document-text.ts';
import { sampleContext } from './context.ts';

const mdx = readMdx();
const meta = frontmatterOf(mdx) as unknown as PlanDocumentMeta;

describe('the document page model, from the sample data and the plan’s text', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const { baseline, plan } = a.dataset;
  const { findings } = a.reconciliation();
  const m = documentPage(ctx, meta);

  it('lays out every baseline table as printed, in the data’s order', () => {
    expect(m.printedTables.map((t) => t.id)).toEqual(baseline.tables.map((t) => t.id));
    for (const [i, t] of m.printedTables.entries()) {
      expect(t.model).toEqual(printedTableModel(baseline.tables[i]!, plan.age.bands));
      expect(t.caption).toContain(baseline.tables[i]!.where);
      expect(t.reconciliationHref).toMatch(/\/thuc-trang\/#doi-chieu$/);
    }
  });

  it('flags the printed cells the reconciliation does not confirm', () => {
    for (const t of m.printedTables) expect(t.differences).toEqual(printedDifferences(findings, t.id));
    expect(m.printedTables.some((t) => t.differences.length > 0)).toBe(true);
  });

  it('resolves every table the MDX places, and refuses one the data lack', () => {
    const placed = [...mdx.matchAll(/<PrintedTable id="([^"]+)" of=\{props\.printedTable\} \/>/g)].map((x) => x[1]!);
    expect(placed.length).toBe(baseline.tables.length);
    for (const id of placed) expect(m.printedTable(id)).toBe(m.printedTables.find((t) => t.id === id));
    expect(() => m.printedTable('khong-co')).toThrow(/unknown-baseline-table/);
  });

  it('takes its description and search facets from the document’s frontmatter', () => {
    expect(m.frame.description).toBe(meta.description);
    expect(m.frame.description).toMatch(/^Toàn văn Đề án/);
    expect(m.search).toEqual(searchMeta(documentFacets(meta.title)));
  });

  it('hands the layout the data chrome once', () => {
    expect(m.frame.chrome).toBe(ctx.chrome);
    expect(m.frame.breadcrumbs).toEqual([{ label: 'Đề án' }]);
  });
});
