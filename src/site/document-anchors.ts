import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { createSectionNumberer } from './sections.ts';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/**
 * Sätteri hast plugin: gives the headings of Markdown/MDX content the diacritic-free, numbered
 * anchors of sections.ts (Astro's own ids keep diacritics), and publishes the path → anchor map
 * as the `sections` frontmatter key so other pages can link a `where` ("III.2") to its heading.
 * Runs before Astro's heading-ids pass, which keeps ids already set.
 */
export const documentAnchors: HastPluginEntry = () => {
  const number = createSectionNumberer();
  const sections: Record<string, string> = {};
  return {
    name: 'document-anchors',
    element: {
      filter: ['h2', 'h3', 'h4'],
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string') return;
        const section = number(Number(node.tagName.slice(1)), ctx.textContent(node));
        ctx.setProperty(node, 'id', section.id);
        if (section.path) sections[section.path] = section.id;
        const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
        if (astro?.frontmatter) astro.frontmatter.sections = sections;
      },
    },
  };
};
