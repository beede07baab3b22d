// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { BASE_PATH, SITE_URL } from './src/site/config.ts';
import { documentAnchors } from './src/site/document-anchors.ts';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  output: 'static',
  // Every page is a folder (de-an/index.html): links end in "/" everywhere, as GitHub Pages serves them.
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      hastPlugins: [documentAnchors],
      // The plan is transcribed as printed: no typographic rewriting of its quotes and dots.
      features: { smartPunctuation: false },
    }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's own MDX wrapper carries this directive; harmless, reported upstream (withastro/astro#18087).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
