/**
 * What a record page tells Pagefind besides its text, as SearchMeta.astro writes it: made in the
 * page model so that the component only renders attributes (the facets come from the assessment).
 */
import { filtersOf, metaOf, sortKey, type SearchFacets } from '../search/facets.ts';
import { SORT_KEY } from '../search/vocabulary.ts';

export interface SearchMeta {
  /** data-pagefind-meta: empty when the record has no metadata to add. */
  meta: string;
  /** data-pagefind-filter. */
  filters: string;
  /** data-pagefind-sort. */
  sort: string;
  /** data-pagefind-weight of the indexed body, for pages the layout indexes whole; undefined: Pagefind's default. */
  weight?: string;
  /** The data-tim-* attributes the captures read, in the order the captures name them. */
  attrs: Record<string, string>;
}

const attrName = (key: string) => `data-tim-${key.replace(/_/g, '-')}`;

export function searchMeta(facets: SearchFacets): SearchMeta {
  const attrs: Record<string, string> = {};
  // Pagefind's "key[attribute]" captures, one attribute per value: a value with a comma or a
  // bracket could not be written inline.
  const captures = (entries: [string, string][]) =>
    entries
      .map(([key, value]) => {
        attrs[attrName(key)] = value;
        return `${key}[${attrName(key)}]`;
      })
      .join(', ');
  const meta = captures(Object.entries(metaOf(facets)));
  // Every record has one value per filter (filtersOf never makes an empty list).
  const filters = captures(Object.entries(filtersOf(facets)).flatMap(([k, v]) => (v[0] === undefined ? [] : [[k, v[0]] as [string, string]])));
  const sort = captures([[SORT_KEY, sortKey(facets)]]);
  return { meta, filters, sort, attrs, ...(facets.weight === undefined ? {} : { weight: String(facets.weight) }) };
}
