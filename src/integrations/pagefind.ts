/**
 * Site search index, built at the end of `astro build` (hook astro:build:done) with Pagefind's Node
 * API into <out>/pagefind/. Any error Pagefind reports fails the build: a site whose search
 * silently misses pages is worse than no new site (scripts/build.ts then keeps the old one).
 *
 * Indexed: the elements the pages mark data-pagefind-body (districts, courses, the document,
 * roadmap years, overview pages) plus the custom records of the communes and people
 * (src/search/facets.ts). The person pages are not read at all (RECORD_PAGE_FOLDERS): at 10× they are
 * 12,476 of the site's 12,851 pages, and their records say what they would. Pages with no mark are left out whole.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../search/facets.ts';
import { RECORD_PAGE_FOLDERS, SEARCH_RECORDS_FILE } from '../search/records-file.ts';

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

function readRecords(file: string): SearchRecord[] {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SearchRecord[];
  } catch {
    throw indexError(`không đọc được ${SEARCH_RECORDS_FILE}, các bản ghi xã, phường và người (search-records-missing)`);
  }
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

/** Indexes the built site in `dir` into dir/pagefind/; throws on any error, leaving the records file removed. */
export async function indexSite(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const recordsFile = fileURLToPath(new URL(SEARCH_RECORDS_FILE, dir));
  try {
    const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE }), logger);
    if (!index) throw indexError('Pagefind không tạo được chỉ mục');
    const root = fileURLToPath(dir);
    const { page_count } = check('addDirectory', await index.addDirectory({ path: root, glob: pagesGlob(root) }), logger);
    const records = readRecords(recordsFile);
    // Sent together: Pagefind's service answers each in turn, and one round trip per record cost
    // about as much as indexing the records.
    const added = await Promise.all(records.map((r) => index.addCustomRecord({ ...r, language: 'vi' })));
    added.forEach((response, i) => check(`addCustomRecord ${records[i]!.url}`, response, logger));
    const bundle = fileURLToPath(new URL('pagefind/', dir));
    check('writeFiles', await index.writeFiles({ outputPath: bundle }), logger);
    for (const f of readdirSync(bundle).filter((name) => UNUSED.test(name))) rmSync(path.join(bundle, f));
    logger.info(`Chỉ mục tìm kiếm: ${page_count} tệp HTML đã đọc, ${records.length} bản ghi xã, phường và người thêm vào (${Math.round(performance.now() - started)} ms).`);
  } catch (e) {
    // Pagefind's service also rejects outright (a malformed message): the same build error.
    throw e instanceof Error && e.message.startsWith('Tạo chỉ mục tìm kiếm thất bại') ? e : indexError(e instanceof Error ? e.message : String(e));
  } finally {
    rmSync(recordsFile, { force: true });
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'de-an:pagefind',
    hooks: {
      'astro:build:done': ({ dir, logger }) => indexSite(dir, logger),
    },
  };
}
