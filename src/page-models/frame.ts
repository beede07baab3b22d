import type { Dataset } from '../data/dataset.ts';
import { formatDate } from '../site/format.ts';
import type { Crumb } from '../site/nav.ts';
import type { SearchMeta } from './search-meta.ts';

/** The footer paragraph saying which data are synthetic; the sample notice's one line links to it. */
export const SAMPLE_NOTE_ID = 've-du-lieu-mau';

/** What the layout says about the data on every page: how fresh, from where, and whether synthetic. */
export interface PageChrome {
  /** ISO date the figures are counted to. */
  dataDate: string;
  dataSource: string;
  sample: boolean;
}

/** Everything the layout (Base.astro) shows around a page's content. */
export interface PageFrame {
  /** The page's own title; the layout adds the site name after it. */
  title: string;
  description?: string;
  /** The trail after "Tổng quan"; none on the home page. */
  breadcrumbs?: Crumb[];
  chrome: PageChrome;
  /**
   * For a page indexed whole (overview and index pages): the layout marks its main content
   * data-pagefind-body with these attributes. Record pages mark their own parts instead.
   */
  search?: SearchMeta;
}

export function pageChrome(dataset: Dataset): PageChrome {
  const { plan, progress, adminSource, sample } = dataset;
  return {
    dataDate: progress.asOf,
    dataSource: `Đề án ${plan.number} ngày ${formatDate(plan.date)} của ${plan.issuer}; danh mục hành chính: ${adminSource.replace(/[.\s]+$/, '')}`,
    sample: sample.people || sample.courses || sample.progress,
  };
}
