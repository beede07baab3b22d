/**
 * The order of the first results, refined after Pagefind: Pagefind matches every query word as a
 * prefix anywhere in a record and scores a metadata match the same whatever it matched, so for
 * "phuong mai" every ward ("Phường …") ties with "Phường Phương Mai", and for "dong da" the commune
 * "Xã Đại Đồng" (dong + Đại) ties with "Quận Đống Đa". Here the record the query names exactly comes
 * first (a place by its name without "Phường", "Huyện"…), then a result whose title (or own name)
 * holds the query's words as a phrase, then in order, then scattered; among titles matching
 * alike, the one with the marks as typed, the title with fewest other words, the wider place before
 * the narrower (a district before its namesake commune, places before people). Results whose title
 * does not match come after, those in the district the query names first ("dong da": the people of
 * Đống Đa before a person of Đông Anh). The header box and the search page both rank with this.
 * Pure, for the browser scripts and tests.
 */
import { fold } from './fold.ts';
import type { Kind } from './vocabulary.ts';

/** Ties between equally good titles of the same length: places before people, the wider place first. */
const PRIORITY: readonly Kind[] = ['district', 'commune', 'target', 'roadmap', 'page', 'chairwoman', 'sourceCadre', 'former', 'course', 'document'];

export interface Rankable {
  title: string;
  /** Other names the record answers to ("Báo cáo năm 2014" for the year whose title is "Thực hiện Đề án … năm 2014"). */
  names?: readonly string[];
  kind?: Kind;
  /** The district's full name, for records in a district. */
  district?: string;
  /** Pagefind's excerpt (HTML-escaped, with <mark>): where the query's words were found in the text. */
  excerpt?: string;
}

/** Lower-case words of a text, NFC, without punctuation. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLocaleLowerCase('vi').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** 3: the query words appear together in order; 2: in order with others between; 1: all of them, in any order; 0: not all. */
function order(title: readonly string[], query: readonly string[]): 0 | 1 | 2 | 3 {
  if (query.length === 0 || !query.every((w) => title.includes(w))) return 0;
  for (let i = 0; i + query.length <= title.length; i++) if (query.every((w, j) => title[i + j] === w)) return 3;
  let at = 0;
  for (const w of title) if (w === query[at]) at++;
  return at >= query.length ? 2 : 1;
}

/**
 * How well a title answers the query: twice the order of its words (folded), plus one when the
 * words match with their marks as typed. 0 when the title lacks a word.
 */
export function titleMatch(query: string, title: string): number {
  const q = words(query);
  const t = words(title);
  const folded = order(t.map(fold), q.map(fold));
  return folded === 0 ? 0 : 2 * folded + (order(t, q) === folded ? 1 : 0);
}

/** Places are named with their kind first ("Phường Phương Mai", "Thị trấn Chi Đông"): their bare names, without one or two leading words. */
const PLACES: readonly Kind[] = ['district', 'commune'];
const bare = (name: string) => {
  const w = words(name);
  return [w.slice(1), w.slice(2)].filter((x) => x.length > 0);
};

/** The folded query is the record's whole name, or a place's bare name: the record the query names. */
function namesExactly(query: string, r: Rankable, names: readonly string[]): boolean {
  const q = words(query).map(fold).join(' ');
  const candidates = names.flatMap((n) => [words(n), ...(r.kind && PLACES.includes(r.kind) ? bare(n) : [])]);
  return candidates.some((c) => c.map(fold).join(' ') === q);
}

/**
 * The best match among a record's title and other names (titleMatch, plus 8 when the query names
 * the record exactly), with the number of words that name has beyond the query's.
 */
function bestName(query: string, r: Rankable): { m: number; extra: number } {
  let best = { m: 0, extra: Infinity };
  for (const name of [r.title, ...(r.names ?? [])]) {
    const matched = titleMatch(query, name);
    const m = matched > 0 && namesExactly(query, r, [name]) ? matched + 8 : matched;
    const extra = words(name).length - words(query).length;
    if (m > best.m || (m === best.m && m > 0 && extra < best.extra)) best = { m, extra };
  }
  return best;
}

/** The results in refined order (a new array); results that match no title keep Pagefind's order after the others. */
export function rerank<T extends Rankable>(query: string, results: readonly T[]): T[] {
  const priority = (r: T) => (r.kind ? PRIORITY.indexOf(r.kind) : PRIORITY.length);
  const keyed = results.map((r, i) => {
    const { m, extra } = bestName(query, r);
    // A record in the district the query names, when its own title does not answer.
    const inPlace = m === 0 && r.district !== undefined && titleMatch(query, r.district) >= 6 ? 1 : 0;
    return { r, i, m, extra, inPlace };
  });
  keyed.sort((x, y) => y.m - x.m || (x.m > 0 ? x.extra - y.extra || priority(x.r) - priority(y.r) : y.inPlace - x.inPlace) || x.i - y.i);
  return keyed.map((k) => k.r);
}

/**
 * True when some result's title, name or excerpt holds every query word whole: otherwise Pagefind
 * matched only prefixes ("chuong mi" → "Chương", "Minh"), a typo is likely, and a hint is worth showing.
 */
export function answersByName(query: string, results: readonly Rankable[]): boolean {
  const q = words(query).map(fold);
  const inText = (r: Rankable) => {
    const t = new Set(words((r.excerpt ?? '').replace(/<\/?mark>/g, '')).map(fold));
    return q.length > 0 && q.every((w) => t.has(w));
  };
  return results.some((r) => bestName(query, r).m > 0 || inText(r));
}
