import { defaultDataDir } from '../data/data-dir.ts';
import type { Dataset } from '../data/dataset.ts';
import { loadDatasetSync } from '../data/load.ts';
import { formatProblem } from '../data/report.ts';

let pending: Promise<Dataset> | undefined;

/**
 * The dataset every page renders from, loaded once per build: pages call this freely and share
 * one parse of data/ (DATA_DIR selects another folder). Invalid data stop the build with the
 * loader's positioned messages.
 */
export function getDataset(): Promise<Dataset> {
  pending ??= load();
  return pending;
}

async function load(): Promise<Dataset> {
  const dataDir = defaultDataDir();
  const { dataset, problems } = loadDatasetSync(dataDir);
  if (dataset) return dataset;
  const errors = problems.filter((p) => p.severity === 'error');
  throw new Error(
    [`Dữ liệu trong ${dataDir} có ${errors.length} lỗi, không dựng được trang (invalid-data):`, ...errors.map(formatProblem)].join('\n'),
  );
}
