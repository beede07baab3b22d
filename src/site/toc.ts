/** A heading as Astro reports it for rendered Markdown/MDX. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem extends Heading {
  children: TocItem[];
}

/**
 * Nests the headings between minDepth and maxDepth. The plan's headings end in ":" (they
 * introduce their text); in a contents list that colon is dropped. A heading deeper than the one before it
 * becomes its child, whatever the gap, so a skipped level never drops an entry.
 */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
  const root: TocItem[] = [];
  const open: TocItem[] = [];
  for (const h of headings) {
    if (h.depth < minDepth || h.depth > maxDepth) continue;
    const item: TocItem = { ...h, text: h.text.replace(/\s*:\s*$/, ''), children: [] };
    while (open.length > 0 && open.at(-1)!.depth >= h.depth) open.pop();
    (open.at(-1)?.children ?? root).push(item);
    open.push(item);
  }
  return root;
}
