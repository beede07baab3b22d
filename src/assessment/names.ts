import { compareVi } from '../format/collate.ts';
import { nameSortKey } from '../format/vi.ts';

function ranks(values: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(values)].sort(compareVi);
  return new Map(distinct.map((v, i) => [v, i]));
}

/**
 * The records in Vietnamese name order (given → middle → family name, each by Intl.Collator('vi'),
 * then id): the one way the project orders people. Collating the few distinct name parts once and
 * sorting by integers keeps ordering 100,000 people cheap.
 */
export function sortByName<T>(items: readonly T[], personOf: (item: T) => { id: string; name: string }): T[] {
  const people = items.map((item) => ({ item, id: personOf(item).id, name: personOf(item).name }));
  const keys = new Map<string, ReturnType<typeof nameSortKey>>();
  for (const p of people) if (!keys.has(p.name)) keys.set(p.name, nameSortKey(p.name));
  const g = ranks([...keys.values()].map((k) => k.given));
  const m = ranks([...keys.values()].map((k) => k.middle));
  const f = ranks([...keys.values()].map((k) => k.family));
  // One integer per distinct name: given, then middle, then family rank.
  const order = new Map<string, number>();
  for (const [name, k] of keys) order.set(name, (g.get(k.given)! * m.size + m.get(k.middle)!) * f.size + f.get(k.family)!);
  // Bucket by name, buckets in name order, each bucket by id: no comparison sort over everyone.
  const buckets = new Map<number, (typeof people)[number][]>();
  for (const p of people) {
    const o = order.get(p.name)!;
    const b = buckets.get(o);
    if (b) b.push(p);
    else buckets.set(o, [p]);
  }
  const out: T[] = [];
  for (const o of [...buckets.keys()].sort((a, b) => a - b)) {
    const b = buckets.get(o)!;
    if (b.length > 1) b.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    for (const p of b) out.push(p.item);
  }
  return out;
}
