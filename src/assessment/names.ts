import { nameSortKey } from '../site/format.ts';

const collator = new Intl.Collator('vi');

function ranks(values: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(values)].sort(collator.compare);
  return new Map(distinct.map((v, i) => [v, i]));
}

/**
 * Each person's position in Vietnamese name order (given → middle → family, then id), the same
 * order as compareNames in src/site/format.ts. Collating the few distinct name parts once and
 * sorting by integers keeps ordering 100,000 people cheap.
 */
export function rankByName(people: readonly { id: string; name: string }[]): Map<string, number> {
  const keys = people.map((p) => ({ id: p.id, ...nameSortKey(p.name) }));
  const g = ranks(keys.map((k) => k.given));
  const m = ranks(keys.map((k) => k.middle));
  const f = ranks(keys.map((k) => k.family));
  const rows = keys.map((k) => ({ id: k.id, g: g.get(k.given)!, m: m.get(k.middle)!, f: f.get(k.family)! }));
  rows.sort((a, b) => a.g - b.g || a.m - b.m || a.f - b.f || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(rows.map((r, i) => [r.id, i]));
}
