/**
 * The benchmark's guess of a scale not yet run (scripts/bench/estimate.ts), its measure of a built
 * site (scripts/bench/site-size.ts) and the goals table of bench/results.md (scripts/bench/report.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extrapolate, type Done } from '../../scripts/bench/estimate.ts';
import { goalsSection, type Results, type ScaleResult, type Stat } from '../../scripts/bench/report.ts';
import { siteSize } from '../../scripts/bench/site-size.ts';

const stat = (ms: number, rssKiB: number | null = null, cpuMs: number | null = null): Stat => ({ runs: [{ ms, maxRssKiB: rssKiB, cpuMs }], medianMs: ms, medianRssKiB: rssKiB, medianCpuMs: cpuMs });

describe('estimate of a scale not yet run', () => {
  it('follows the growth between the last two scales when it is faster than linear', () => {
    const done: Done[] = [{ scale: 1, step: stat(10) }, { scale: 10, step: stat(40) }, { scale: 100, step: stat(400) }];
    // 10× → 100× grew 10-fold (linear); the 1× → 10× step is ignored.
    expect(extrapolate(done, 1000, (s) => s.medianMs)).toBeCloseTo(4000);
    const superlinear: Done[] = [{ scale: 1, step: stat(6_000) }, { scale: 10, step: stat(120_000) }];
    // 20-fold per 10-fold of data: the next 10-fold is 20-fold again, not 10-fold.
    expect(extrapolate(superlinear, 100, (s) => s.medianMs)).toBeCloseTo(2_400_000);
  });

  it('never guesses below linear, and is linear from one scale alone', () => {
    const sublinear: Done[] = [{ scale: 1, step: stat(6_000) }, { scale: 10, step: stat(30_000) }];
    expect(extrapolate(sublinear, 100, (s) => s.medianMs)).toBeCloseTo(300_000);
    expect(extrapolate([{ scale: 10, step: stat(30_000) }], 100, (s) => s.medianMs)).toBeCloseTo(300_000);
  });

  it('has no guess without a measured figure', () => {
    expect(extrapolate([], 100, (s) => s.medianMs)).toBeUndefined();
    expect(extrapolate([{ scale: 10, step: stat(30_000, null) }], 100, (s) => s.medianRssKiB)).toBeUndefined();
  });
});

describe('size of a built site', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'de-an-site-size-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const write = (rel: string, bytes: number) => {
    mkdirSync(path.dirname(path.join(site, rel)), { recursive: true });
    writeFileSync(path.join(site, rel), 'x'.repeat(bytes));
  };
  write('index.html', 500);
  write('quan-huyen/ba-dinh/index.html', 9000);
  write('nguoi/a/index.html', 100);
  write('nguoi/b/index.html', 300);
  write('nguoi/c/index.html', 200);
  write('pagefind/index/a.pf_index', 1234);
  write('pagefind/pagefind.js', 66);

  it('finds the largest page, the largest and median person page, and the search index', () => {
    const z = siteSize(site);
    expect(z.htmlPages).toBe(5);
    expect(z.largestPage).toEqual({ path: 'quan-huyen/ba-dinh/index.html', bytes: 9000 });
    expect(z.largestPerson).toEqual({ path: 'nguoi/b/index.html', bytes: 300 });
    expect(z.medianPersonBytes).toBe(200);
    expect(z.searchIndexBytes).toBe(1300);
    expect(z.searchIndexFiles).toBe(2);
    expect(z.bytesOnDisk).toBeGreaterThanOrEqual(9000 + 500 + 600 + 1300);
  });
});

describe('goals table of bench/results.md', () => {
  const dataset = { districts: 1, communes: 1, people: 1, courses: 1, files: 1, bytes: 1 };
  const skipped = { skipped: 'không chạy' };
  const scale = (n: number, over: Partial<ScaleResult>): ScaleResult => ({ scale: n, dataset, checkData: skipped, assessment: skipped, build: skipped, bareAstro: skipped, ...over });
  const site = (largest: number, person: number, disk = 1e6) => ({
    bytesOnDisk: disk,
    htmlPages: 3,
    largestPage: { path: 'quan-huyen/x/index.html', bytes: largest },
    largestPerson: { path: 'nguoi/y/index.html', bytes: person },
    medianPersonBytes: person,
    searchIndexBytes: 5e6,
    searchIndexFiles: 9,
  });
  const results = (scales: ScaleResult[]): Results => ({ date: '', machine: { cpus: 2, memoryGiB: 24, node: '24', platform: 'linux', load: [0, 0, 0] }, options: { scales: scales.map((s) => s.scale), runs: 1 }, scales, pageWeight: [], notes: [] });

  it('says met for a build within 2× of bare Astro and not met above it, with both ratios', () => {
    const text = goalsSection(
      results([scale(1, { build: stat(3000, null, 2000), bareAstro: stat(2000, null, 1000) }), scale(10, { build: stat(30_000, null, 20_000), bareAstro: stat(10_000, null, 10_000) })]),
    ).join('\n');
    expect(text).toMatch(/≤ 2× bare Astro, 1× \| 1\.50 wall \(3\.00 s ÷ 2\.00 s\), 2\.00 CPU \| \*\*met\*\*/);
    expect(text).toMatch(/≤ 2× bare Astro, 10× \| 3\.00 wall .*, 2\.00 CPU \| \*\*not met\*\*/);
  });

  it('holds every page to 150 kB and person pages to 15 kB, and the 100× site to 2 GB', () => {
    const text = goalsSection(results([scale(10, { site: site(149_000, 14_000) }), scale(100, { site: site(151_000, 15_000, 2.5e9) })])).join('\n');
    expect(text).toMatch(/no page over 150 kB, 10× \| largest 149\.0 kB .* \*\*met\*\*/);
    expect(text).toMatch(/person pages under 15 kB, 10× \| largest 14\.0 kB .* \*\*met\*\*/);
    expect(text).toMatch(/no page over 150 kB, 100× \| largest 151\.0 kB .* \*\*not met\*\*/);
    expect(text).toMatch(/person pages under 15 kB, 100× \| largest 15\.0 kB .* \*\*not met\*\*/);
    expect(text).toMatch(/100× site under 2 GB on disk \| 2\.50 GB \| \*\*not met\*\*/);
  });

  it('holds the 10× search index to 40 MB and the first query, focus included, to 150 kB', () => {
    const within = goalsSection(results([scale(10, { site: site(1, 1), search: { firstFocusBytes: 100_000, firstQueryBytes: 50_000 } })])).join('\n');
    expect(within).toMatch(/search index ≤ 40 MB, 10× \| 5\.0 MB in 9 files \| \*\*met\*\*/);
    expect(within).toMatch(/first query ≤ 150 kB in all, 10× \| 150\.0 kB on the wire: first focus 100\.0 kB, then the query 50\.0 kB \| \*\*met\*\*/);
    const over = goalsSection(results([scale(10, { site: { ...site(1, 1), searchIndexBytes: 41e6 }, search: { firstFocusBytes: 100_000, firstQueryBytes: 50_001 } })])).join('\n');
    expect(over).toMatch(/search index ≤ 40 MB, 10× \| 41\.0 MB .* \*\*not met\*\*/);
    expect(over).toMatch(/first query ≤ 150 kB in all, 10× \| 150\.0 kB .* \*\*not met\*\*/);
    const failed = goalsSection(results([scale(10, { site: site(1, 1), search: { failed: 'không có Chromium' } })])).join('\n');
    expect(failed).toContain('| first query ≤ 150 kB in all, 10× | not measured (không có Chromium) | **not measured** |');
  });

  it('reports a skipped 100× build as not met, with the reason', () => {
    const text = goalsSection(results([scale(100, { build: { skipped: 'dự kiến ~15 phút' } })])).join('\n');
    expect(text).toContain('| 100× build under 5 min | skipped: dự kiến ~15 phút | **not met** |');
    expect(text).toContain('| 100× site under 2 GB on disk | not built | **not measured** |');
  });
});
