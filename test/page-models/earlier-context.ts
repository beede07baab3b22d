/**
 * The sample data as they would have stood at an earlier date: the committed sample is dated at
 * the plan's deadline, where every year is closed and no point of a series lies ahead, so the
 * models' handling of a running year and of the future is tested on this one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assess } from '../../src/assessment/index.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { siteContext, type SiteContext } from '../../src/page-models/context.ts';
import { markdownSections } from '../../src/site/sections.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cached = new Map<string, SiteContext>();

export function contextAt(asOf: string): SiteContext {
  let ctx = cached.get(asOf);
  if (!ctx) {
    const { dataset, problems } = loadDatasetSync(path.join(ROOT, 'data'));
    if (!dataset) throw new Error(problems.map((p) => p.message).join('\n'));
    const mdx = readFileSync(path.join(ROOT, 'src/content/de-an.mdx'), 'utf8');
    ctx = siteContext(assess({ ...dataset, progress: { ...dataset.progress, asOf } }), markdownSections(mdx));
    cached.set(asOf, ctx);
  }
  return ctx;
}
