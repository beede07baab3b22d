/**
 * Above MAX_FRAGMENTS records (src/integrations/pagefind.ts) Pagefind packs the records' fragments
 * into shared files. The sample site has fewer records than that, so here its index is written
 * again with a cap far below its record count, and the same searches run on both sites in Chromium:
 * the same results with the same excerpts and scores, in the same order but among equal scores,
 * whose order is the index's own (they differ in the seventh digit: measured);
 * a listing in name order is the same list. The packed index holds no more fragment files than its cap.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startIndex } from '../../../src/integrations/pagefind.ts';
import { searchRecords } from '../../../src/page-models/search.ts';
import { fold } from '../../../src/search/fold.ts';
import { KIND_SLUGS } from '../../../src/search/vocabulary.ts';
import { assessedSite } from '../../build/assessed-site.ts';
import { allResults, ask, useSearchSession, type Answer, type SearchSession } from './search-page.ts';

const { dir, basePath } = inject('builtSite');
const { a } = assessedSite();

/** Far below the sample's ~1,900 records: every fragment file then holds many records. */
const CAP = 40;
const packed = mkdtempSync(path.join(tmpdir(), 'de-an-packed-'));
const fragments = (site: string) => readdirSync(path.join(site, 'pagefind', 'fragment'));

const silent = { info: () => {}, warn: () => {}, debug: () => {}, error: () => {} } as unknown as AstroIntegrationLogger;

// Registered before the sessions', so the packed site exists when its session opens.
beforeAll(async () => {
  cpSync(dir, packed, { recursive: true });
  rmSync(path.join(packed, 'pagefind'), { recursive: true });
  await startIndex(async () => searchRecords(a), silent, { maxFragments: CAP }).finish(pathToFileURL(`${packed}/`));
});
afterAll(() => rmSync(packed, { recursive: true, force: true }));

const plain = useSearchSession(dir, basePath);
const grouped = useSearchSession(packed, basePath);

interface Searched {
  answer: Answer;
  /**
   * Pagefind's own results for the query, in its order: "id score", the score to 4 decimals (the two
   * indexes sum the same weights in another order: 5.8525019 and 5.8525014, which also reorders ties).
   */
  scored: string[];
}

/** The answer of each site to the same address, every result loaded, with Pagefind's scores. */
async function both(query: string, params: Record<string, string> = {}): Promise<[Searched, Searched]> {
  const run = async (s: SearchSession): Promise<Searched> => {
    const first = await ask(s, query, params);
    const answer = { status: first.status, results: await allResults(s.page) };
    // The search page has loaded and configured Pagefind by now: the same module answers here. A
    // script as text, since vitest would rewrite an import() written in a function.
    const bundle = JSON.stringify(`${s.site.url}pagefind/pagefind.js`);
    const scored = (await s.page.evaluate(
      `import(${bundle}).then((pf) => pf.search(${JSON.stringify(query)})).then((f) => f.results.map((r) => r.id + ' ' + r.score.toFixed(4)))`,
    )) as string[];
    return { answer, scored };
  };
  return [await run(plain), await run(grouped)];
}

const byHref = (a: Answer) => [...a.results].sort((x, y) => (x.href < y.href ? -1 : x.href > y.href ? 1 : 0));
const scores = (scored: string[]) => scored.map((s) => s.split(' ')[1]);

/** Same results, excerpts and scores; the order differs at most among equal scores. */
function expectAlike(p: Searched, g: Searched): void {
  expect(p.answer.results.length).toBeGreaterThan(0);
  expect(g.answer.status).toBe(p.answer.status);
  expect(byHref(g.answer)).toEqual(byHref(p.answer));
  expect([...g.scored].sort()).toEqual([...p.scored].sort());
  expect(scores(g.scored)).toEqual(scores(p.scored));
  expect(g.answer.results[0]).toEqual(p.answer.results[0]);
}

const person = a.people().find((p) => a.personView(p.id)!.terms.some((t) => t.current && t.role === 'chairwoman'))!;
const district = a.dataset.districts[0]!;
const commune = district.communes[0]!;

describe('an index whose fragments are packed', () => {
  it('holds no more fragment files than its cap, where the plain index has one per record', () => {
    expect(fragments(packed).length).toBeLessThanOrEqual(CAP);
    expect(fragments(dir).length).toBeGreaterThan(CAP * 10);
  });

  it("answers a person's name typed without marks as the plain index does", async () => {
    const [p, g] = await both(fold(person.name).toLowerCase());
    expect(p.answer.results.map((r) => r.href)).toContain(`${basePath}nguoi/${person.id}/`);
    expectAlike(p, g);
  });

  it("answers a commune's name as the plain index does", async () => {
    const [p, g] = await both(commune.name);
    expectAlike(p, g);
  });

  it("lists a district's chairwomen in name order, as the plain index does", async () => {
    const [p, g] = await both('', { loai: KIND_SLUGS.chairwoman, quan: district.id, xep: 'ten' });
    expect(p.answer.results.length).toBeGreaterThan(1);
    expect(g.answer).toEqual(p.answer);
  });
});
