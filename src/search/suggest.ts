/**
 * "Có phải bạn tìm: Huyện Chương Mỹ?": the names nearest a query that found nothing by name, by
 * edit distance on folded, lower-case forms. The names (districts, communes, courses, people) come
 * from a small file the build writes (/tim-kiem/tu-vung.json, src/page-models/search.ts).
 * Pure, for the browser scripts and tests.
 */
import { fold } from './fold.ts';

/** The vocabulary file: every name a reader may look for, each once. */
export interface Vocabulary {
  names: string[];
}

/** At most this many names are suggested. */
export const SUGGESTED = 3;

const key = (text: string) => fold(text).toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      low = Math.min(low, v);
    }
    if (low > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many edits a query of this length may be away from a name: one per four letters, at least one. */
export const allowedEdits = (query: string) => Math.max(1, Math.floor(key(query).length / 4));

/**
 * The names nearest the query, those at the smallest distance only (shorter first, then as listed): a name counts by its
 * whole and by itself without its first one or two words ("Huyện Chương Mỹ" answers "chuong mi" by
 * "chuong my"), so a place is found typed without its kind word.
 */
export function suggest(query: string, vocabulary: Vocabulary, count = SUGGESTED): string[] {
  const q = key(query);
  if (q === '') return [];
  const limit = allowedEdits(query);
  const scored: { name: string; d: number; i: number }[] = [];
  vocabulary.names.forEach((name, i) => {
    const w = key(name).split(' ');
    let d = limit + 1;
    for (let skip = 0; skip <= Math.min(2, w.length - 1); skip++) d = Math.min(d, editDistance(q, w.slice(skip).join(' '), limit));
    if (d <= limit) scored.push({ name, d, i });
  });
  // Only the nearest: a farther name next to a near one is noise.
  const nearest = Math.min(...scored.map((x) => x.d));
  return scored
    .filter((x) => x.d === nearest)
    .sort((x, y) => x.name.length - y.name.length || x.i - y.i)
    .slice(0, count)
    .map((x) => x.name);
}
