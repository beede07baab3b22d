import { assess, type Assessment } from '../assessment/index.ts';
import { getDataset } from './dataset.ts';

/**
 * Where a build's assessment waits for the pages. This module runs twice in `astro build`: once
 * loaded with the config (the search integration) and once bundled into Astro's prerender chunks
 * (the pages), in the same process. Each copy would load and assess data/ on its own — at 100×
 * ~3 s of YAML and ~6 s of assessment on the main thread, twice. The integration shares its copy's
 * promise here at astro:build:start; `astro dev` never does, so there each copy keeps its own.
 */
const BUILD_SLOT = Symbol.for('de-an-04/build-assessment');
type Slot = { [BUILD_SLOT]?: Promise<Assessment> };

let pending: Promise<Assessment> | undefined;

/**
 * The assessment of the build's dataset, made once per build: pages share its memoised figures
 * instead of each re-indexing the roster.
 */
export function getAssessment(): Promise<Assessment> {
  pending ??= (globalThis as Slot)[BUILD_SLOT] ?? getDataset().then(assess);
  return pending;
}

/** Called by the integration as the build starts: from here on, every copy of this module answers with this one's assessment. */
export function shareAssessmentWithPages(): Promise<Assessment> {
  const mine = getAssessment();
  // Awaited later, by the records and by the pages: invalid data are their error to report.
  mine.catch(() => {});
  (globalThis as Slot)[BUILD_SLOT] = mine;
  return mine;
}
