/**
 * The project's order of people, checked pair by pair from the names themselves: given name, then
 * middle, then family name, each in Vietnamese alphabet order (Intl.Collator('vi')), then id.
 */
import { nameSortKey } from '../../src/format/vi.ts';

const collator = new Intl.Collator('vi');

function compare(x: { id: string; name: string }, y: { id: string; name: string }): number {
  const kx = nameSortKey(x.name);
  const ky = nameSortKey(y.name);
  return collator.compare(kx.given, ky.given) || collator.compare(kx.middle, ky.middle) || collator.compare(kx.family, ky.family) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/** The first pair out of order ("A before B"), or undefined when the list is in name order. */
export function nameOrderBreak(list: readonly { id: string; name: string }[]): string | undefined {
  for (let i = 1; i < list.length; i++) {
    const [x, y] = [list[i - 1]!, list[i]!];
    if (compare(x, y) > 0) return `${x.name} (${x.id}) trước ${y.name} (${y.id})`;
  }
  return undefined;
}

/** Whether sorting by the full name as written (family name first) would give another order: the check above can fail. */
export function differsFromFullNameOrder(list: readonly { name: string }[]): boolean {
  const names = list.map((p) => p.name);
  return names.join('|') !== [...names].sort(collator.compare).join('|');
}
