import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/setup/plain-summary.ts'],
    // Site builds and browser tests take tens of seconds; unit tests finish far below this.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/build/**', 'test/browser/**', 'test/quality/**', 'test/search/site/**', '**/node_modules/**'],
        },
      },
      {
        // Tests over the built site: the global setup builds it once per run, only when one of these is selected.
        extends: true,
        test: {
          name: 'site',
          // test/quality: CSP, XSS, accessibility, keyboard, reproducible builds, bad input end to end.
          // test/search/site: search over the built site's index, in Chromium.
          include: ['test/build/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/quality/**/*.test.ts', 'test/search/site/**/*.test.ts'],
          globalSetup: ['test/setup/built-site.ts'],
        },
      },
    ],
  },
});
