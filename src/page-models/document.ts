/**
 * The plan's full text (/de-an/). The text itself is the rendered MDX (getPlanContent() in
 * load.ts); the model gives what the page and the MDX's printed tables show around and inside it.
 */
import { documentFacets } from '../search/facets.ts';
import { searchMeta, type SearchMeta } from './search-meta.ts';
import { printedDifferences } from '../site/printed-differences.ts';
import { printedTableModel, type PrintedCell, type PrintedTableModel } from '../site/printed-table.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';
import { sectionHref } from '../site/links.ts';

/** The document's frontmatter (src/content.config.ts). */
export interface PlanDocumentMeta {
  title: string;
  description: string;
}

/** A baseline table as the plan prints it, where the MDX places it: <PrintedTable id="chuyen-mon" … />. */
export interface PrintedTablePart {
  /** baseline.yaml tables[].id */
  id: string;
  model: PrintedTableModel;
  caption: string;
  /** The printed cells the reconciliation does not confirm. */
  differences: PrintedCell[];
  /** Where the baseline page explains the differences. */
  reconciliationHref: string;
}

export interface DocumentPage {
  frame: PageFrame;
  search: SearchMeta;
  /** Every baseline table of the data, in their order. */
  printedTables: PrintedTablePart[];
  /** The printed table with the id; an id the data lack fails the build, naming it. */
  printedTable(id: string): PrintedTablePart;
}

export function documentPage({ a, chrome }: SiteContext, doc: PlanDocumentMeta): DocumentPage {
  const { baseline, plan } = a.dataset;
  const { findings } = a.reconciliation();
  const printedTables = baseline.tables.map((table) => ({
    id: table.id,
    model: printedTableModel(table, plan.age.bands),
    caption: `${table.title} của Chủ tịch Hội theo độ tuổi, ${baseline.dateLabel} (mục ${table.where}, như văn bản in)`,
    differences: printedDifferences(findings, table.id),
    reconciliationHref: sectionHref('thuc-trang', 'doi-chieu'),
  }));
  return {
    frame: { title: 'Toàn văn đề án', description: doc.description, breadcrumbs: [{ label: 'Đề án' }], chrome },
    search: searchMeta(documentFacets(doc.title)),
    printedTables,
    printedTable(id) {
      const part = printedTables.find((t) => t.id === id);
      if (!part) throw new Error(`Không có bảng "${id}" trong baseline.yaml tables (unknown-baseline-table)`);
      return part;
    },
  };
}
