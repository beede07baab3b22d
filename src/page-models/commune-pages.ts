/**
 * Which page of its district lists a commune. A district page lists its first COMMUNES_PER_PAGE
 * communes (data order); at national size a district has hundreds more, and they go on
 * /quan-huyen/<id>/xa/trang-2/… so that no page passes 150 kB (issue 12). Every link to a commune
 * asks here for its page, so that its anchor is found where it is.
 */
import type { Assessment } from '../assessment/index.ts';
import { communeHref } from '../site/links.ts';
import { pageOf } from './paging.ts';

export const COMMUNES_PER_PAGE = 250;

const positions = new WeakMap<Assessment, Map<string, number>>();

/** The commune's place in its district's list, from 0; -1 for a code the data do not have. */
function positionOf(a: Assessment, code: string): number {
  let map = positions.get(a);
  if (!map) {
    map = new Map(a.dataset.districts.flatMap((d) => d.communes.map((c, i) => [c.code, i] as const)));
    positions.set(a, map);
  }
  return map.get(code) ?? -1;
}

/** 1 for the district page itself. */
export function communePage(a: Assessment, code: string): number {
  return pageOf(positionOf(a, code), COMMUNES_PER_PAGE);
}

/** The commune's row or section, on the page that holds it. */
export function communeLink(a: Assessment, c: { district: string; code: string }): string {
  return communeHref(c.district, c.code, communePage(a, c.code));
}
