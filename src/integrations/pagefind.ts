/**
 * Site search index, built at the end of `astro build` (hook astro:build:done) with Pagefind's Node
 * API into <out>/pagefind/. Any error Pagefind reports fails the build: a site whose search
 * silently misses pages is worse than no new site (scripts/build.ts then keeps the old one).
 *
 * Indexed: the elements the pages mark data-pagefind-body (people, districts, courses, the
 * document, roadmap years) plus one custom record per commune (src/search/facets.ts). Pages with no
 * such mark are left out whole.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { COMMUNE_RECORDS_FILE } from '../search/commune-records-file.ts';
import type { CommuneRecord } from '../search/facets.ts';

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

function readRecords(file: string): CommuneRecord[] {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CommuneRecord[];
  } catch {
    throw indexError(`không đọc được ${COMMUNE_RECORDS_FILE}, các bản ghi xã, phường (search-records-missing)`);
  }
}

/** Indexes the built site in `dir` into dir/pagefind/; throws on any error, leaving the records file removed. */
export async function indexSite(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const recordsFile = fileURLToPath(new URL(COMMUNE_RECORDS_FILE, dir));
  try {
    const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE }), logger);
    if (!index) throw indexError('Pagefind không tạo được chỉ mục');
    const { page_count } = check('addDirectory', await index.addDirectory({ path: fileURLToPath(dir) }), logger);
    const records = readRecords(recordsFile);
    for (const r of records) check(`addCustomRecord ${r.url}`, await index.addCustomRecord({ ...r, language: 'vi' }), logger);
    const bundle = fileURLToPath(new URL('pagefind/', dir));
    check('writeFiles', await index.writeFiles({ outputPath: bundle }), logger);
    for (const f of readdirSync(bundle).filter((name) => UNUSED.test(name))) rmSync(path.join(bundle, f));
    logger.info(`Chỉ mục tìm kiếm: ${page_count} tệp HTML đã đọc, ${records.length} xã, phường, thị trấn thêm vào (${Math.round(performance.now() - started)} ms).`);
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
