import { indexOfAssessment, type Assessment } from './assessment.ts';
import { buildIndex, type DatasetIndex } from './indexes.ts';

const cache = new WeakMap<Assessment, DatasetIndex>();

/**
 * The lookups of an assessment's dataset, for the views defined outside assessment.ts (courses,
 * downloads, commune history): the assessment's own index, or one built on first use for an
 * Assessment that assess() did not make.
 */
export function indexOf(a: Assessment): DatasetIndex {
  let ix = indexOfAssessment(a) ?? cache.get(a);
  if (!ix) cache.set(a, (ix = buildIndex(a.dataset)));
  return ix;
}
