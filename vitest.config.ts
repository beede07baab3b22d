import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Site builds and browser tests take tens of seconds; unit tests finish far below this.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
