/**
 * Pages indexed whole (overview and index pages, the targets page): their frame asks the layout to
 * mark the main content for Pagefind (Base.astro), with a kind, a name and the description as
 * searched text. Record pages (people, districts, courses, years, the document) mark their own parts.
 */
import { pageFacets } from '../search/facets.ts';
import type { Kind } from '../search/vocabulary.ts';
import type { PageFrame } from './frame.ts';
import { searchMeta } from './search-meta.ts';

export interface IndexedAs {
  /** Position among the pages of its kind. */
  order: number;
  kind?: Extract<Kind, 'page' | 'target'>;
  /** The name it is found by, when not its title (the home page: "Tổng quan"). */
  name?: string;
}

export function indexedWhole(frame: PageFrame, { order, kind = 'page', name = frame.title }: IndexedAs): PageFrame {
  return { ...frame, search: searchMeta(pageFacets(name, order, frame.description, kind)) };
}
