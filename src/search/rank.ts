/**
 * The order of the first results, refined after Pagefind: Pagefind matches every query word as a
 * prefix and scores a metadata match the same whatever it matched, so for "dong da" the commune
 * "Xã Đại Đồng" (dong + Đại) ties with "Quận Đống Đa". Here a result whose title has every query
 * word as a whole word comes first — with the marks as typed before without them, so an exactly
 * accented query keeps its exact match on top — then the title with fewest other words, the wider
 * place before the narrower (a district before its namesake commune), and Pagefind's own order.
 * Pure, for the browser scripts and tests.
 */
import { fold } from './fold.ts';
import type { Kind } from './vocabulary.ts';

/** Ties between equally good titles of the same length: places before people, the wider place first. */
const PRIORITY: readonly Kind[] = ['district', 'commune', 'chairwoman', 'sourceCadre', 'former', 'course', 'roadmap', 'document'];

export interface Rankable {
  title: string;
  kind?: Kind;
}

/** Lower-case words of a text, NFC, without punctuation. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLocaleLowerCase('vi').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const covers = (title: readonly string[], query: readonly string[]) => query.length > 0 && query.every((w) => title.includes(w));

/** How well a title answers the query: 2 every word with its marks, 1 every word without marks, 0 neither. */
export function titleMatch(query: string, title: string): 0 | 1 | 2 {
  const q = words(query);
  const t = words(title);
  if (covers(t, q)) return 2;
  return covers(t.map(fold), q.map(fold)) ? 1 : 0;
}

/** The results in refined order (a new array); results that match no title keep Pagefind's order after the others. */
export function rerank<T extends Rankable>(query: string, results: readonly T[]): T[] {
  const extra = (r: T) => words(r.title).length - words(query).length;
  const priority = (r: T) => (r.kind ? PRIORITY.indexOf(r.kind) : PRIORITY.length);
  const keyed = results.map((r, i) => ({ r, i, m: titleMatch(query, r.title) }));
  keyed.sort((x, y) => y.m - x.m || (x.m > 0 ? extra(x.r) - extra(y.r) || priority(x.r) - priority(y.r) : 0) || x.i - y.i);
  return keyed.map((k) => k.r);
}
