// Astro's virtual modules (astro:content…) for tsc. `astro sync` writes sharper, per-collection
// types to .astro/types.d.ts; these generic ones keep `tsc -p .` working on a fresh clone.
/// <reference types="astro/client" />
