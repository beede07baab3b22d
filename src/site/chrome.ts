// LEGACY (removed once every page has its model): pages not yet on src/page-models/ still spread this into Base.
import type { Dataset } from '../data/dataset.ts';
import { formatDate } from './format.ts';

/** What the layout says about the data on every page: how fresh, from where, and whether synthetic. */
export interface DataChrome {
  /** ISO date the figures are counted to. */
  dataDate: string;
  dataSource: string;
  sample: boolean;
}

export function dataChrome(dataset: Dataset): DataChrome {
  const { plan, progress, adminSource, sample } = dataset;
  return {
    dataDate: progress.asOf,
    dataSource: `Đề án ${plan.number} ngày ${formatDate(plan.date)} của ${plan.issuer}; danh mục hành chính: ${adminSource.replace(/[.\s]+$/, '')}`,
    sample: sample.people || sample.courses || sample.progress,
  };
}
