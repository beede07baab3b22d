/**
 * Site search index, built at the end of `astro build` (hook astro:build:done) with Pagefind's Node
 * API into <out>/pagefind/. Any error Pagefind reports fails the build: a site whose search
 * silently misses pages is worse than no new site (scripts/build.ts then keeps the old one).
 *
 * Indexed: the elements the pages mark data-pagefind-body (people, districts, courses, the
 * document, roadmap years) plus one custom record per commune (src/search/facets.ts). Pages with no
 * such mark are left out whole.
 */
import { readFileSync, rmSync } from 'node:fs';
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

/** Pagefind answers every call with errors[]; any one stops the build, all of them reported. */
function check<T extends { errors: string[] }>(step: string, response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length === 0) return response;
  for (const e of response.errors) logger.error(`Pagefind (${step}): ${e}`);
  throw new Error(`Tạo chỉ mục tìm kiếm thất bại ở bước ${step} (search-index-failed): ${response.errors.join('; ')}`);
}

function readRecords(file: string): CommuneRecord[] {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CommuneRecord[];
  } catch {
    throw new Error(`Không đọc được ${COMMUNE_RECORDS_FILE}, bản ghi xã, phường của chỉ mục tìm kiếm (search-records-missing).`);
  }
}

export async function indexSite(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const recordsFile = fileURLToPath(new URL(COMMUNE_RECORDS_FILE, dir));
  try {
    const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE }), logger);
    if (!index) throw new Error('Pagefind không tạo được chỉ mục (search-index-failed).');
    const { page_count } = check('addDirectory', await index.addDirectory({ path: fileURLToPath(dir) }), logger);
    const records = readRecords(recordsFile);
    for (const r of records) check(`addCustomRecord ${r.url}`, await index.addCustomRecord({ ...r, language: 'vi' }), logger);
    check('writeFiles', await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) }), logger);
    logger.info(`Chỉ mục tìm kiếm: ${page_count} tệp HTML đã đọc, ${records.length} xã, phường, thị trấn thêm vào (${Math.round(performance.now() - started)} ms).`);
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
