/**
 * A long list cut into pages of a fixed size: which page holds a position, and every page with the
 * range it lists. The course list of a year and a district's communes are paged this way.
 */

/** A page of a list: its number (from 1), its address, and the positions it lists (from 1, inclusive). */
export interface PageLink {
  number: number;
  href: string;
  first: number;
  last: number;
}

/** The page (from 1) that holds the item at `position` (from 0). */
export function pageOf(position: number, perPage: number): number {
  return Math.floor(Math.max(0, position) / perPage) + 1;
}

/** Every page of a list of `count` items; one page for an empty list. */
export function pagesOf(count: number, perPage: number, hrefOf: (page: number) => string): PageLink[] {
  return Array.from({ length: Math.max(1, Math.ceil(count / perPage)) }, (_, i) => ({
    number: i + 1,
    href: hrefOf(i + 1),
    first: i * perPage + 1,
    last: Math.min(count, (i + 1) * perPage),
  }));
}
