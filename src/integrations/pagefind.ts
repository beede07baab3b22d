/**
 * Site search index, made with Pagefind's Node API into <out>/pagefind/ alongside `astro build`. The
 * communes' and people's custom records (src/search/facets.ts) come from the data, not from pages, so
 * they are sent as the build starts (astro:build:start) and Pagefind, its own process, indexes them
 * while Astro renders; at the end (astro:build:done) it reads the built pages marked
 * data-pagefind-body (districts, courses, the document, roadmap years, overview pages) and writes the
 * index. Any error Pagefind reports fails the build: a site whose search silently misses pages is
 * worse than no new site (scripts/build.ts then keeps the old one).
 *
 * The person pages are not read at all (RECORD_PAGE_FOLDERS): at 10× they are 12,476 of the site's
 * 12,851 pages, and their records say what they would. Pages with no mark are left out whole. Past
 * MAX_FRAGMENTS records, the records' texts are packed into shared files.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { searchRecords } from '../page-models/search.ts';
import type { SearchRecord } from '../search/facets.ts';
import { shareAssessmentWithPages } from '../site/assessment.ts';

/** The site's top folders whose pages the indexer does not read, because custom records stand for them. */
export const RECORD_PAGE_FOLDERS: readonly string[] = ['nguoi'];

/**
 * Never indexed, inside an indexed body: menus, tables of contents and buttons (chrome), and
 * tables and description lists, whose cells Pagefind runs together into one word
 * ("thị trấn|Thời gian" → "trấnthời"; measured with Pagefind 1.6).
 */
const EXCLUDE = ['nav', 'button', 'table', 'dl'];

/**
 * Pagefind's ready-made interfaces, which it writes beside the index whatever the site uses: this
 * site has its own (src/scripts/search-*.ts) on the JS API, so they are not published (~430 KB).
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * The most fragment files the index writes (Pagefind ≥ 1.6 packs fragments into shared files above
 * it). A fragment is one record's text, ~320 bytes gzip, and takes a whole 4 kB block on disk: at 100×
 * 185,430 of them took 0.77 GB for 60 MB. Packed, each result costs its group (~10 records, ~0.9 kB)
 * and every page in the meta file names its group (~1.8 bytes each, measured at 10×), so the cap sits
 * above the country's size (18,607 records at 10×): there every record keeps its own file and the
 * first query stays as light as it was; beyond it the index stays at this many files.
 */
export const MAX_FRAGMENTS = 20_000;

/** The build's error: Vietnamese with its key, and no stack trace for Astro to print under it. */
function indexError(detail: string): Error {
  const e = new Error(`Tạo chỉ mục tìm kiếm thất bại (search-index-failed): ${detail}`);
  e.stack = '';
  return e;
}

/** Pagefind answers every call with errors[]: any one stops the build, each of them logged. */
export function check<T extends { errors: string[] }>(step: string, response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length === 0) return response;
  for (const e of response.errors) logger.error(`Pagefind (${step}): ${e}`);
  throw indexError(`${step}: ${response.errors.join('; ')}`);
}

/**
 * Pagefind's glob for the HTML it reads: one pattern per top-level page and per top-level folder of
 * the site, leaving out the record pages' folders (and the assets and the index itself).
 */
export function pagesGlob(root: string): string {
  const skip = new Set([...RECORD_PAGE_FOLDERS, 'pagefind', '_astro']);
  const parts = readdirSync(root, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return skip.has(e.name) ? [] : [`${e.name}/**/*.html`];
    return e.name.endsWith('.html') ? [e.name] : [];
  });
  return `{${parts.sort().join(',')}}`;
}

/** The build's error for anything that went wrong, Pagefind's own rejections (a malformed message) included. */
function asIndexError(e: unknown): Error {
  return e instanceof Error && e.message.startsWith('Tạo chỉ mục tìm kiếm thất bại') ? e : indexError(e instanceof Error ? e.message : String(e));
}

/** An index under way: its records sent, its pages still to come. */
export interface SiteIndex {
  /** Reads the built pages in `dir`, writes dir/pagefind/ and stops Pagefind; throws the first error of the whole indexing. */
  finish(dir: URL): Promise<void>;
}

/**
 * Starts Pagefind and sends it the custom records, without waiting for it: the caller goes on
 * (rendering) while Pagefind indexes them. An error here is kept for finish() to throw.
 */
export function startIndex(
  records: () => Promise<readonly SearchRecord[]>,
  logger: AstroIntegrationLogger,
  { maxFragments = MAX_FRAGMENTS }: { maxFragments?: number } = {},
): SiteIndex {
  const started = performance.now();
  const sent = (async () => {
    const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE, maxFragments }), logger);
    if (!index) throw indexError('Pagefind không tạo được chỉ mục');
    const list = await records();
    // Sent together: Pagefind's service answers each in turn, and one round trip per record cost
    // about as much as indexing the records.
    const added = await Promise.all(list.map((r) => index.addCustomRecord({ ...r, language: 'vi' })));
    added.forEach((response, i) => check(`addCustomRecord ${list[i]!.url}`, response, logger));
    return { index, count: list.length };
  })();
  // Kept for finish() to throw. If the build fails before its end, Astro exits with its own error and
  // Pagefind's process ends with it (its input closes).
  sent.catch(() => {});
  return {
    async finish(dir) {
      try {
        // The tail after Astro's last page, step by step: what the build waits for once rendering is done.
        const lastPage = performance.now();
        const { index, count } = await sent;
        const recordsIn = performance.now();
        const root = fileURLToPath(dir);
        const { page_count } = check('addDirectory', await index.addDirectory({ path: root, glob: pagesGlob(root) }), logger);
        const pagesIn = performance.now();
        const bundle = fileURLToPath(new URL('pagefind/', dir));
        check('writeFiles', await index.writeFiles({ outputPath: bundle }), logger);
        const written = performance.now();
        for (const f of readdirSync(bundle).filter((name) => UNUSED.test(name))) rmSync(path.join(bundle, f));
        const ms = (from: number, to: number) => Math.round(to - from);
        logger.info(
          `Chỉ mục tìm kiếm: ${count} bản ghi xã, phường và người, ${page_count} tệp HTML đã đọc (${ms(started, written)} ms từ đầu bản dựng; ` +
            `sau trang cuối: chờ bản ghi ${ms(lastPage, recordsIn)} ms, đọc trang ${ms(recordsIn, pagesIn)} ms, ghi chỉ mục ${ms(pagesIn, written)} ms).`,
        );
      } catch (e) {
        throw asIndexError(e);
      } finally {
        await pagefind.close();
      }
    },
  };
}

export default function pagefindIntegration(): AstroIntegration {
  let pending: SiteIndex | undefined;
  return {
    name: 'de-an:pagefind',
    hooks: {
      'astro:build:start': ({ logger }) => {
        // Made here, before any page asks: the records and every page then share one assessment.
        const assessment = shareAssessmentWithPages();
        pending = startIndex(async () => searchRecords(await assessment), logger);
      },
      'astro:build:done': async ({ dir }) => {
        const index = pending;
        pending = undefined;
        if (!index) throw indexError('chỉ mục chưa được bắt đầu (astro:build:start)');
        await index.finish(dir);
      },
    },
  };
}
