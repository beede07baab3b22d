/** Where the site's search lives, read from a search form's data attributes (SearchBox.astro, the search page). */
export interface SiteSearch {
  /** The site's base path ("/de-an-04/"): Pagefind prefixes result URLs with it. */
  base: string;
  /** Pagefind's bundle folder under it ("/de-an-04/pagefind/"). */
  bundle: string;
}

export function siteSearchOf(form: HTMLElement): SiteSearch | undefined {
  const { base, bundle } = form.dataset;
  return base && bundle ? { base, bundle } : undefined;
}
