/**
 * The SiteContext of the committed sample data, as the build makes it but without Astro: the plan's
 * section anchors are read from the MDX source (markdownSections). Shared by the page-model tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assess } from '../../src/assessment/index.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { siteContext, type SiteContext } from '../../src/page-models/context.ts';
import { markdownSections } from '../../src/site/sections.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let cached: SiteContext | undefined;

/** The context of a data folder as the build would make it, the plan's anchors read from the MDX source. */
export function contextOf(dir: string, asOf?: string): SiteContext {
  const { dataset, problems } = loadDatasetSync(dir);
  if (!dataset) throw new Error(problems.map((p) => p.message).join('\n'));
  const mdx = readFileSync(path.join(ROOT, 'src/content/de-an.mdx'), 'utf8');
  return siteContext(assess(asOf ? { ...dataset, progress: { ...dataset.progress, asOf } } : dataset), markdownSections(mdx));
}

export function sampleContext(): SiteContext {
  return (cached ??= contextOf(path.join(ROOT, 'data')));
}
