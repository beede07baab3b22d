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

export function sampleContext(): SiteContext {
  if (cached) return cached;
  const { dataset, problems } = loadDatasetSync(path.join(ROOT, 'data'));
  if (!dataset) throw new Error(problems.map((p) => p.message).join('\n'));
  const mdx = readFileSync(path.join(ROOT, 'src/content/de-an.mdx'), 'utf8');
  return (cached = siteContext(assess(dataset), markdownSections(mdx)));
}
