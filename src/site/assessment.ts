import { assess, type Assessment } from '../assessment/index.ts';
import { getDataset } from './dataset.ts';

let pending: Promise<Assessment> | undefined;

/**
 * The assessment of the build's dataset, made once per build: pages share its memoised figures
 * instead of each re-indexing the roster.
 */
export function getAssessment(): Promise<Assessment> {
  pending ??= getDataset().then(assess);
  return pending;
}
