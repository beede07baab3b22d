/**
 * The integration that indexes the site (src/integrations/pagefind.ts): it sends the custom records
 * first, then reads the built pages and writes the index (without Pagefind's unused ready-made
 * interfaces); any error Pagefind reports, or records that could not be made, fails the build with one
 * Vietnamese message carrying its key and no stack trace.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { check, pagesGlob, startIndex } from '../../src/integrations/pagefind.ts';
import type { SearchRecord } from '../../src/search/facets.ts';

const logged: string[] = [];
const logger = {
  info: () => {},
  warn: () => {},
  debug: () => {},
  error: (m: string) => logged.push(m),
} as unknown as AstroIntegrationLogger;

const dirs: string[] = [];
function site(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'de-an-index-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'quan-huyen', 'a'), { recursive: true });
  writeFileSync(path.join(dir, 'quan-huyen', 'a', 'index.html'), '<!doctype html><html lang="vi"><body><main><h1 data-pagefind-body>Quận Ba Đình</h1></main></body></html>');
  return dir;
}
const asUrl = (dir: string) => pathToFileURL(`${dir}/`);
/** Indexes `dir` with these records, as the integration does across one build. */
const indexSite = (dir: string, records: unknown[]) => startIndex(async () => records as SearchRecord[], logger).finish(asUrl(dir));
const record = { url: '/quan-huyen/x/#xa-00001', content: 'Phường Phúc Xá, Quận Ba Đình.', meta: { title: 'Phường Phúc Xá' }, filters: { loai: ['Xã, phường, thị trấn'] }, sort: { thu_tu: '30000000' } };

afterEach(() => {
  logged.length = 0;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('indexing the built site', () => {
  it('writes the index with only what the site loads', async () => {
    const dir = site();
    await indexSite(dir, [record]);
    expect(existsSync(path.join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    // Only what the site's own search loads: Pagefind's ready-made interfaces are not published.
    expect(readdirSync(path.join(dir, 'pagefind')).filter((f) => /\.(js|css)$/.test(f)).sort()).toEqual(['pagefind-worker.js', 'pagefind.js']);
    expect(logged).toEqual([]);
  });

  it('fails when the records could not be made, with their message', async () => {
    const dir = site();
    const failing = startIndex(async () => {
      throw new Error('Dữ liệu trong data có 1 lỗi, không dựng được trang (invalid-data)');
    }, logger);
    await expect(failing.finish(asUrl(dir))).rejects.toThrow(/^Tạo chỉ mục tìm kiếm thất bại \(search-index-failed\): Dữ liệu .*\(invalid-data\)$/);
    expect(existsSync(path.join(dir, 'pagefind'))).toBe(false);
  });

  it('fails on a record Pagefind refuses, with no stack trace to print', async () => {
    const dir = site();
    const error = await indexSite(dir, [{ ...record, meta: { title: 1 } }]).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toMatch(/^Tạo chỉ mục tìm kiếm thất bại \(search-index-failed\): /);
    expect(error!.stack).toBe('');
    expect(existsSync(path.join(dir, 'pagefind'))).toBe(false);
  });
});

describe('the pages the indexer reads', () => {
  it('are every top-level page and folder but the person pages, whose records stand for them', async () => {
    const dir = site();
    mkdirSync(path.join(dir, 'nguoi', 'tran-thi-ha'), { recursive: true });
    writeFileSync(path.join(dir, 'nguoi', 'tran-thi-ha', 'index.html'), '<!doctype html><html lang="vi"><body><main><h1 data-pagefind-body>Trần Thị Hà</h1></main></body></html>');
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="vi"><body><main data-pagefind-body><h1>Tổng quan</h1></main></body></html>');
    expect(pagesGlob(dir)).toBe('{index.html,quan-huyen/**/*.html}');
    await indexSite(dir, [record]);
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
