/**
 * How many pages Astro renders at once (astro.config.mjs `build.concurrency`); the bench's bare
 * Astro project uses the same, so build ÷ bare measures our pages and not the setting.
 * ASTRO_BUILD_CONCURRENCY=1 gives the one-at-a-time build, to measure against.
 */
import process from 'node:process';

export const BUILD_CONCURRENCY = Number(process.env['ASTRO_BUILD_CONCURRENCY'] ?? 4);
