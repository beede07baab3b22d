/** Where the site's search lives, for the header's box and the search page. */
export interface SiteSearch {
  /** The site's base path ("/de-an-04/"): Pagefind prefixes result URLs with it. */
  base: string;
  /** Pagefind's bundle folder under it ("/de-an-04/pagefind/"). */
  bundle: string;
}

/**
 * From the base path the site is built under (astro.config.mjs `base`: BASE_PATH, which ends in "/"),
 * as Vite gives it to client code: read here, not from data attributes that every page would carry.
 */
const base = import.meta.env.BASE_URL;
export const SITE_SEARCH: SiteSearch = { base, bundle: `${base}pagefind/` };
