// The slug moved to src/format/slug.ts (the scripts import it too, and scripts/ should not reach into
// src/site/). This re-export stays only until src/pages/thuc-trang/index.astro imports it from there.
export { slugify } from '../format/slug.ts';
