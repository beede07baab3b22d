/**
 * Pagefind in the browser, shared by the header box (search-box.ts) and the search page
 * (search-page.ts): loaded once, on demand, from the site's own /pagefind/ folder; results shaped
 * for display and the first ones re-ordered (src/search/rank.ts). Nothing from an index is ever
 * put into the page as HTML: excerpts are rebuilt as text and <mark> elements.
 */
import { queryVariants } from '../search/expand.ts';
import { answersByName, rerank } from '../search/rank.ts';
import type { SiteSearch } from './search-site.ts';

// The header box loads this module lazily and writes its counts as the site writes numbers.
export { formatNumber } from '../site/format.ts';
export { hintFor, hintNodes } from './search-hint.ts';
import { FILTER, KINDS, META, META_WEIGHTS, type Kind } from '../search/vocabulary.ts';

/** The parts of Pagefind's JS API used here (pagefind.js has no types of its own). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string; anchor?: unknown }[];
}
interface PagefindSearch {
  results: { id: string; score: number; data(): Promise<PagefindResultData> }[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: SearchOptions): Promise<void>;
  search(q: string | null, o?: SearchOptions): Promise<PagefindSearch>;
}

export type FilterValue = string | { any: string[] };
export interface SearchOptions {
  filters?: Record<string, FilterValue>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Hit {
  url: string;
  title: string;
  kind?: Kind;
  /** The record's own name when it differs from its title (metadata), for the ranking. */
  names: string[];
  /** The district's full name, for records in one. */
  district?: string;
  /** Kind, district and standing, as shown under the title. */
  facts: string[];
  /** Pagefind's excerpt: HTML-escaped text with <mark> around the matched words. */
  excerpt: string;
  /** Sections of the page that matched (headings with an id), best first. */
  sections: { url: string; title: string; excerpt: string }[];
}

export interface Found {
  /** Results of the query with the filters. */
  total: number;
  /** How many results each filter value would give. */
  counts: Record<string, Record<string, number>>;
  /** The results loaded so far, in display order. */
  hits: Hit[];
  /** Loads the next results; [] when none is left. */
  more(count: number): Promise<Hit[]>;
  /** False when no result's title or name holds every query word: a likely typo, worth a hint. */
  answered: boolean;
}

let loading: Promise<Pagefind> | undefined;

/** Imports Pagefind once per page, at the first call (a focus, a query in the URL), never at page load. */
export function loadPagefind(site: SiteSearch): Promise<Pagefind> {
  loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${site.bundle}pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: site.base, excerptLength: 24, ranking: { metaWeights: META_WEIGHTS } });
    await pf.init();
    return pf;
  })();
  // A failed load (offline, dev server without an index) may be retried at the next focus.
  loading.catch(() => (loading = undefined));
  return loading;
}

const kindByLabel = new Map(Object.entries(KINDS).map(([k, label]) => [label as string, k as Kind]));

/** A result as shown, or undefined for a URL outside the site (defence in depth: the index is ours). */
function toHit(site: SiteSearch, d: PagefindResultData): Hit | undefined {
  if (!d.url.startsWith(site.base)) return undefined;
  const kindLabel = d.filters?.[FILTER.kind]?.[0];
  const facts = [kindLabel, d.filters?.[FILTER.district]?.[0], d.filters?.[FILTER.standard]?.[0]].filter((x): x is string => !!x);
  // A hit inside the page is worth a link only when it lands on a heading other than the page's own.
  const sections = (d.sub_results ?? []).filter((s) => s.anchor && s.url !== d.url && s.url.startsWith(site.base));
  const kind = kindLabel ? kindByLabel.get(kindLabel) : undefined;
  const name = d.meta[META.name];
  const district = d.filters?.[FILTER.district]?.[0];
  return { url: d.url, title: d.meta['title'] ?? d.url, ...(kind ? { kind } : {}), names: name ? [name] : [], ...(district ? { district } : {}), facts, excerpt: d.excerpt, sections };
}

/**
 * How many results are loaded and re-ordered together before any is shown: the same for the
 * header box and the search page, so both show the same first results.
 */
const RERANKED = 20;

/**
 * The query searched in each of its d/đ spellings (src/search/expand.ts), merged: a record found by
 * several keeps its best score; the counts per filter value are the largest any spelling gives
 * (a record counted by two spellings is one record).
 */
async function searchVariants(pf: Pagefind, q: string, options: SearchOptions): Promise<PagefindSearch> {
  if (q === '') return pf.search(null, options);
  const all = await Promise.all(queryVariants(q).map((v) => pf.search(v, options)));
  if (all.length === 1) return all[0]!;
  const best = new Map<string, PagefindSearch['results'][number]>();
  for (const r of all.flatMap((f) => f.results)) if ((best.get(r.id)?.score ?? -Infinity) < r.score) best.set(r.id, r);
  const filters: PagefindSearch['filters'] = {};
  for (const f of all)
    for (const [group, values] of Object.entries(f.filters))
      for (const [value, n] of Object.entries(values)) (filters[group] ??= {})[value] = Math.max(filters[group][value] ?? 0, n);
  return { results: [...best.values()].sort((x, y) => y.score - x.score), unfilteredResultCount: best.size, filters };
}

/**
 * Searches with filters and an optional sort; loads `first` results (at least the re-ordered
 * ones when there is a query and no sort). An empty query with filters lists what they select.
 */
export async function search(site: SiteSearch, query: string, options: SearchOptions, first: number): Promise<Found> {
  const pf = await loadPagefind(site);
  const q = query.trim();
  const found = await searchVariants(pf, q, options);
  let next = 0;
  const load = async (count: number): Promise<Hit[]> => {
    const slice = found.results.slice(next, next + count);
    next += slice.length;
    const data = await Promise.all(slice.map((r) => r.data()));
    return data.map((d) => toHit(site, d)).filter((h): h is Hit => h !== undefined);
  };
  const refine = q !== '' && !options.sort;
  const loaded = await load(refine ? Math.max(first, RERANKED) : first);
  const ordered = refine ? rerank(q, loaded) : loaded;
  const hits = ordered.slice(0, first);
  const held = ordered.slice(first);
  return {
    total: found.results.length,
    counts: found.filters,
    hits,
    answered: !refine || answersByName(q, loaded),
    async more(count) {
      const out = held.splice(0, count);
      if (out.length < count) out.push(...(await load(count - out.length)));
      return out;
    },
  };
}

/** Warms the index chunks for what is being typed (no result is loaded). */
export async function preload(site: SiteSearch, query: string): Promise<void> {
  if (query.trim() === '') return;
  const pf = await loadPagefind(site);
  await Promise.all(queryVariants(query).map((v) => pf.preload(v)));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text of HTML-escaped text (what Pagefind's excerpts are between their <mark> tags). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? whole;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** An excerpt as DOM nodes: text, with the matched words in <mark> elements; no other markup survives. */
export function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/<\/?mark>/).map((part, i) => {
    const text = document.createTextNode(unescapeHtml(part));
    if (i % 2 === 0) return text;
    const mark = document.createElement('mark');
    mark.append(text);
    return mark;
  });
}

/**
 * A hit's three visible parts — title, facts, excerpt — as elements of the given tags and classes:
 * the header box and the search page show the same parts in different markup.
 */
export function hitParts(
  hit: Hit,
  parts: Record<'title' | 'facts' | 'excerpt', { tag: keyof HTMLElementTagNameMap; className: string }>,
): { title: HTMLElement; facts: HTMLElement; excerpt: HTMLElement } {
  const make = (p: { tag: keyof HTMLElementTagNameMap; className: string }) => {
    const el = document.createElement(p.tag);
    el.className = p.className;
    return el;
  };
  const title = make(parts.title);
  title.textContent = hit.title;
  const facts = make(parts.facts);
  facts.textContent = hit.facts.join(' · ');
  const excerpt = make(parts.excerpt);
  excerpt.append(...excerptNodes(hit.excerpt));
  return { title, facts, excerpt };
}
