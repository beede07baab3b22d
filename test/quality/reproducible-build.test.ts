/**
 * The build is a function of the data: building the same data again, elsewhere, gives a
 * byte-identical tree (pages, assets, downloads and the Pagefind index), and so does the same data
 * written with a BOM, CRLF line ends and NFD text (test/data/variants.test.ts shows they load alike;
 * this shows nothing downstream tells them apart).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, VARIANTS } from '../data/helpers.ts';
import { buildSite, treeDifferences, treeDigest } from './helpers.ts';

const DATA = path.join(ROOT, 'data');
const work = mkdtempSync(path.join(tmpdir(), 'de-an-repro-'));
const [variantName, variantOf] = VARIANTS.at(-1)!;
let first: Map<string, string>;
let again: Map<string, string>;
let variant: Map<string, string>;

/** data/ copied to <dir>/data (the folder name is part of the source links) with every YAML rewritten. */
function rewrittenData(dir: string, change: (t: string) => string): string {
  const to = path.join(dir, 'data');
  cpSync(DATA, to, { recursive: true });
  for (const f of readdirSync(to, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.yaml'))) {
    const file = path.join(to, f);
    writeFileSync(file, change(readFileSync(file, 'utf8')));
  }
  return to;
}

beforeAll(async () => {
  // All three at once, from the same sources: the run's shared build is older (and a working tree
  // being edited during the run would differ from it for reasons that are not the build's).
  await Promise.all([
    buildSite(DATA, path.join(work, 'first')),
    buildSite(DATA, path.join(work, 'again')),
    buildSite(rewrittenData(path.join(work, 'variant-data'), variantOf), path.join(work, 'variant')),
  ]);
  first = treeDigest(path.join(work, 'first'));
  again = treeDigest(path.join(work, 'again'));
  variant = treeDigest(path.join(work, 'variant'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('two builds of the same data', () => {
  it('cover pages, assets, downloads and the search index', () => {
    const files = [...first.keys()];
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(100);
    expect(files.some((f) => f.startsWith('_astro/'))).toBe(true);
    expect(files.some((f) => f.startsWith('du-lieu/') && f.endsWith('.csv'))).toBe(true);
    expect(files.filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(10);
  });

  it('are byte-identical, file for file', () => {
    expect(treeDifferences(first, again)).toEqual([]);
  });

  it(`are byte-identical when the data are written with ${variantName}`, () => {
    expect(treeDifferences(first, variant)).toEqual([]);
  });
});
