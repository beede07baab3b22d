/**
 * The typo hint under a query that found nothing by name: "Có phải bạn tìm: Huyện Chương Mỹ?", each
 * name a link that runs its search. The vocabulary (/tim-kiem/tu-vung.json) is fetched once, at
 * the first such query, never with the page.
 */
import { suggest, type Vocabulary } from '../search/suggest.ts';
import type { SiteSearch } from './search-site.ts';

let vocabulary: Promise<Vocabulary> | undefined;

/** The names nearest the query; [] when none is near or the vocabulary cannot be had. */
export async function hintFor(site: SiteSearch, query: string): Promise<string[]> {
  vocabulary ??= fetch(`${site.base}tim-kiem/tu-vung.json`).then((r) => (r.ok ? (r.json() as Promise<Vocabulary>) : Promise.reject(new Error(String(r.status)))));
  vocabulary.catch(() => (vocabulary = undefined));
  try {
    return suggest(query, await vocabulary);
  } catch {
    return [];
  }
}

/** "Có phải bạn tìm: A, B hay C?" with each name a link to the search page (`action`) for it. */
export function hintNodes(names: readonly string[], action: string): Node[] {
  const nodes: Node[] = [document.createTextNode('Có phải bạn tìm: ')];
  names.forEach((name, i) => {
    if (i > 0) nodes.push(document.createTextNode(i === names.length - 1 ? ' hay ' : ', '));
    const a = document.createElement('a');
    a.href = `${action}?q=${encodeURIComponent(name)}`;
    a.textContent = name;
    a.dataset['searchHint'] = '';
    nodes.push(a);
  });
  nodes.push(document.createTextNode('?'));
  return nodes;
}
