/**
 * What every page model is computed from: the assessment of the build's dataset, the chrome the
 * layout shows on every page, and the links into the plan's text. Pure: the build makes it in
 * load.ts (from Astro's rendered document), the tests in test/page-models/context.ts (from the MDX
 * source), so a page model can be tested without building the site.
 */
import type { Assessment } from '../assessment/index.ts';
import { sectionAnchor } from '../site/sections.ts';
import { sectionHref } from '../site/links.ts';
import { pageChrome, type PageChrome } from './frame.ts';

export interface SiteContext {
  readonly a: Assessment;
  readonly chrome: PageChrome;
  /** Link to the place of the plan a record cites ("III.2", "V.2.3"): its heading, or the nearest one above. */
  documentHref(where: string): string;
}

/** `sections`: the plan's section path → heading anchor ("II.1.1" → "ii-1-1-trinh-do-chuyen-mon"). */
export function siteContext(a: Assessment, sections: Readonly<Record<string, string>>): SiteContext {
  return {
    a,
    chrome: pageChrome(a.dataset),
    documentHref(where) {
      const id = sectionAnchor(where, sections);
      if (!id) throw new Error(`Văn bản đề án không có mục "${where}" (unknown-section)`);
      return sectionHref('de-an', id);
    },
  };
}
