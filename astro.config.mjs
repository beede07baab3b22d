// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { BUILD_CONCURRENCY } from './src/site/build-concurrency.ts';
import { BASE_PATH, SITE_URL } from './src/site/config.ts';
import { documentAnchors } from './src/site/document-anchors.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  output: 'static',
  // Every page is a folder (de-an/index.html): links end in "/" everywhere, as GitHub Pages serves them.
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Several pages in flight at once: while one waits on its folder (mkdir) and its file write, the
    // next one renders. At 10× (measured when Astro also hashed each page for its CSP)
    // the render phase went from 2 min 51 s to 1 min 27 s wall at the same CPU time, with every file
    // of the site byte-identical (bench/results.md, "Where the build time goes").
    concurrency: BUILD_CONCURRENCY,
  },
  markdown: {
    // The plan has no code to highlight, and Shiki's inline styles would break the CSP (src/site/csp.ts).
    syntaxHighlight: false,
    processor: satteri({
      hastPlugins: [documentAnchors],
      // The plan is transcribed as printed: no typographic rewriting of its quotes and dots.
      features: { smartPunctuation: false },
    }),
  },
  // Pagefind indexes the built pages last (src/integrations/pagefind.ts).
  integrations: [mdx(), pagefind()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Every script and stylesheet stays a file: small ones would otherwise be inlined into the HTML,
      // which the Content-Security-Policy (src/site/csp.ts: 'self' only, no hashes) refuses.
      assetsInlineLimit: 0,
      // One stylesheet for the whole site (~24 kB, 5.7 kB gzipped), fetched once and cached for every
      // page after, instead of up to six small ones per page: a person page linked four, ~180 bytes
      // of its HTML, 124,266 times at 100× (issue 12). So every rule of every file is global: a
      // page's own rules are under its class (.person-page, .district-page).
      cssCodeSplit: false,
      rolldownOptions: {
        // Reading a property has no side effect in our code or Chart.js's; without this the unused
        // Chart.js scales (time, logarithmic, radial) stay in the bundle through their static defaults.
        treeshake: { propertyReadSideEffects: false },
        // Astro's own MDX wrapper carries this directive; harmless, reported upstream (withastro/astro#18087).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
