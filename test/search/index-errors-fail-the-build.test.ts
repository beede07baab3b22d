/**
 * The integration that indexes the built site (src/integrations/pagefind.ts): it writes the index
 * (without Pagefind's unused ready-made interfaces) from the pages it reads and the records file, which it removes; any error Pagefind reports, or a missing records file,
 * fails the build with one Vietnamese message carrying its key and no stack trace.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { check, indexSite, pagesGlob } from '../../src/integrations/pagefind.ts';
import { SEARCH_RECORDS_FILE } from '../../src/search/records-file.ts';

const logged: string[] = [];
const logger = {
  info: () => {},
  warn: () => {},
  debug: () => {},
  error: (m: string) => logged.push(m),
} as unknown as AstroIntegrationLogger;

const dirs: string[] = [];
function site(records: unknown[] | undefined): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'de-an-index-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'quan-huyen', 'a'), { recursive: true });
  writeFileSync(path.join(dir, 'quan-huyen', 'a', 'index.html'), '<!doctype html><html lang="vi"><body><main><h1 data-pagefind-body>Quận Ba Đình</h1></main></body></html>');
  if (records) {
    mkdirSync(path.dirname(path.join(dir, SEARCH_RECORDS_FILE)), { recursive: true });
    writeFileSync(path.join(dir, SEARCH_RECORDS_FILE), JSON.stringify(records));
  }
  return dir;
}
const asUrl = (dir: string) => pathToFileURL(`${dir}/`);
const record = { url: '/quan-huyen/x/#xa-00001', content: 'Phường Phúc Xá, Quận Ba Đình.', meta: { title: 'Phường Phúc Xá' }, filters: { loai: ['Xã, phường, thị trấn'] }, sort: { thu_tu: '30000000' } };

afterEach(() => {
  logged.length = 0;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('indexing the built site', () => {
  it('writes the index and removes the records file, which is never published', async () => {
    const dir = site([record]);
    await indexSite(asUrl(dir), logger);
    expect(existsSync(path.join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    // Only what the site's own search loads: Pagefind's ready-made interfaces are not published.
    expect(readdirSync(path.join(dir, 'pagefind')).filter((f) => /\.(js|css)$/.test(f)).sort()).toEqual(['pagefind-worker.js', 'pagefind.js']);
    expect(existsSync(path.join(dir, SEARCH_RECORDS_FILE))).toBe(false);
    expect(logged).toEqual([]);
  });

  it('fails without the records file', async () => {
    const dir = site(undefined);
    await expect(indexSite(asUrl(dir), logger)).rejects.toThrow(/^Tạo chỉ mục tìm kiếm thất bại \(search-index-failed\): .*\(search-records-missing\)$/);
  });

  it('fails on a record Pagefind refuses, with no stack trace to print', async () => {
    const dir = site([{ ...record, meta: { title: 1 } }]);
    const error = await indexSite(asUrl(dir), logger).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toMatch(/^Tạo chỉ mục tìm kiếm thất bại \(search-index-failed\): /);
    expect(error!.stack).toBe('');
    expect(existsSync(path.join(dir, SEARCH_RECORDS_FILE))).toBe(false);
  });
});

describe('the pages the indexer reads', () => {
  it('are every top-level page and folder but the person pages, whose records come from the records file', async () => {
    const dir = site([record]);
    mkdirSync(path.join(dir, 'nguoi', 'tran-thi-ha'), { recursive: true });
    writeFileSync(path.join(dir, 'nguoi', 'tran-thi-ha', 'index.html'), '<!doctype html><html lang="vi"><body><main><h1 data-pagefind-body>Trần Thị Hà</h1></main></body></html>');
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="vi"><body><main data-pagefind-body><h1>Tổng quan</h1></main></body></html>');
    expect(pagesGlob(dir)).toBe('{index.html,quan-huyen/**/*.html,tim-kiem/**/*.html}');
    await indexSite(asUrl(dir), logger);
    // One fragment per record indexed: the overview, the district and the commune record, not the person page.
    expect(readdirSync(path.join(dir, 'pagefind', 'fragment'))).toHaveLength(3);
  });
});

describe("Pagefind's errors[]", () => {
  it('pass through when empty', () => {
    const ok = { errors: [], page_count: 3 };
    expect(check('addDirectory', ok, logger)).toBe(ok);
  });

  it('stop the build when any is reported, each one logged', () => {
    expect(() => check('addHTMLFile', { errors: ['a is wrong', 'b is wrong'] }, logger)).toThrow('Tạo chỉ mục tìm kiếm thất bại (search-index-failed): addHTMLFile: a is wrong; b is wrong');
    expect(logged).toEqual(['Pagefind (addHTMLFile): a is wrong', 'Pagefind (addHTMLFile): b is wrong']);
  });
});
