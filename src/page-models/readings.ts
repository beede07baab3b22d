/**
 * The site's readings of the plan (data/plan.yaml `reading`), looked up where a page shows the
 * figure they explain. A reading is the site's, not the document's: templates label it so.
 */
import type { Plan } from '../schema/index.ts';
import { criterionReadingHref } from '../site/links.ts';

/** `{ reading }` for a standard criterion that has one, else nothing: spread into the criterion's row. */
export function criterionReading(plan: Plan, id: string): { reading?: string } {
  const reading = plan.standard.criteria.find((c) => c.id === id)?.reading;
  return reading ? { reading } : {};
}

/**
 * `{ readingHref }` for a criterion that has a reading: a link to where the home page tells it, for pages
 * that repeat the criterion too often to repeat its reading (a person page, 124,266 of them at 100×).
 */
export function criterionReadingLink(plan: Plan, id: string): { readingHref?: string } {
  return criterionReading(plan, id).reading ? { readingHref: criterionReadingHref(id) } : {};
}
