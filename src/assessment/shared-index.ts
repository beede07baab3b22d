import type { Assessment } from './assessment.ts';
import { buildIndex, type DatasetIndex } from './indexes.ts';

const cache = new WeakMap<Assessment, DatasetIndex>();

/**
 * The lookups of an assessment's dataset, for the views defined outside assessment.ts (courses,
 * downloads, commune history): built once per assessment, on first use.
 */
export function indexOf(a: Assessment): DatasetIndex {
  let ix = cache.get(a);
  if (!ix) cache.set(a, (ix = buildIndex(a.dataset)));
  return ix;
}
