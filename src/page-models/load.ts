/**
 * The build's SiteContext, made once per build: the assessment of data/ (or DATA_DIR) and the
 * section anchors of the rendered plan. Only pages call this; page models take the context.
 */
import { getAssessment } from '../site/assessment.ts';
import { buildDate } from '../site/build-date.ts';
import { getPlanDocument } from '../site/document.ts';
import { siteContext, type SiteContext } from './context.ts';
import type { PlanDocumentMeta } from './document.ts';

let pending: Promise<SiteContext> | undefined;

export function getSiteContext(): Promise<SiteContext> {
  pending ??= Promise.all([getAssessment(), getPlanDocument()]).then(([a, doc]) => siteContext(a, doc.sections));
  return pending;
}

/** The date the build says it was made (src/site/build-date.ts: the commit's, not the clock's). */
export async function getBuildDate(): Promise<string> {
  return buildDate((await getSiteContext()).chrome.dataDate);
}

/** The plan's rendered text for /de-an/: Astro's, so outside the page models (which run without Astro). */
export async function getPlanContent() {
  const { data, Content, headings } = getPlanDocument();
  const meta: PlanDocumentMeta = { title: data.title, description: data.description };
  return { Content, headings, meta };
}
