// Astro's module types (*.mdx, *.astro, astro:* virtual modules) for tsc, so `tsc -p .` works on a
// fresh clone before any `astro sync`.
/// <reference types="astro/client" />
