/**
 * The plan's text (src/content/de-an.mdx), imported as a module: one document needs no content
 * collection, whose content-layer sync cost every build ~1.3 s at 1× (bench/results.md).
 */
import * as plan from '../content/de-an.mdx';
import { planFrontmatter } from './plan-frontmatter.ts';

function load() {
  const { data, sections } = planFrontmatter(plan.frontmatter);
  return { data, sections, Content: plan.Content, headings: plan.getHeadings() };
}

let loaded: ReturnType<typeof load> | undefined;

/** The plan's text with its headings and its section path → anchor map, read once per build. */
export function getPlanDocument(): ReturnType<typeof load> {
  loaded ??= load();
  return loaded;
}
