/**
 * npm run lighthouse [-- --site DIR] [--runs N]
 * Lighthouse (mobile, its default simulated throttling) on the home page, the document, a district,
 * a person and a year of the roadmap, with Debian's Chromium, the site served locally as GitHub Pages
 * serves it (scripts/bench/serve-like-pages.ts). Without --site it builds the current data and code
 * into a temporary folder first. Writes reports/lighthouse.md and .json: the four scores per page
 * (median of --runs), the metrics, and every audit that did not pass. Exit 1 when a target is missed.
 * Not part of npm test: slow, and the scores move with the machine's load.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { BASE_PATH } from '../src/site/config.ts';
import { median } from './bench/measure.ts';
import { serveLikePages } from './bench/serve-like-pages.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';
import { pageTypes } from './lib/page-types.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const PAGES = ['home', 'document', 'target', 'district', 'person', 'roadmap-year'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

interface PageReport {
  name: string;
  path: string;
  scores: Record<Category, number>;
  runs: Record<Category, number>[];
  metrics: Record<string, string>;
  /** Audits that count in a category and did not pass, from the last run. */
  failing: { category: Category; id: string; title: string; score: number | null; displayValue?: string }[];
}

function fail(message: string): never {
  console.error(`Lighthouse: ${message}`);
  process.exit(2);
}

function failingAudits(lhr: Result): PageReport['failing'] {
  const out: PageReport['failing'] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      out.push({ category, id: audit.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) });
    }
  }
  return out;
}

function markdown(pages: PageReport[], meta: { date: string; lighthouse: string; chromium: string; runs: number; load: number[] }): string {
  const mark = (c: Category, v: number) => `${v}${v < TARGETS[c] ? ' ✗' : ''}`;
  const lines = [
    '# Lighthouse (mobile)',
    '',
    `${meta.date} · Lighthouse ${meta.lighthouse} · ${meta.chromium} · median of ${meta.runs} run(s) · load at start ${meta.load.map((l) => l.toFixed(2)).join(' ')}.`,
    `Targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ${TARGETS['best-practices']}, SEO ≥ ${TARGETS.seo} (✗ = missed). Written by \`npm run lighthouse\`.`,
    '',
    '| page | path | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | SI |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...pages.map(
      (p) =>
        `| ${p.name} | /${p.path} | ${CATEGORIES.map((c) => mark(c, p.scores[c])).join(' | ')} | ${METRICS.map((m) => p.metrics[m] ?? '–').join(' | ')} |`,
    ),
    '',
    '## Audits that did not pass',
    '',
  ];
  for (const p of pages) {
    lines.push(`### ${p.name} (/${p.path})`, '');
    if (p.failing.length === 0) lines.push('None.', '');
    else lines.push(...p.failing.map((f) => `- ${f.category} · \`${f.id}\` — ${f.title}${f.displayValue ? ` (${f.displayValue})` : ''}`), '');
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string' }, runs: { type: 'string', default: '1' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) fail(`--runs phải là số nguyên dương, không phải "${values.runs}" [invalid_argument]`);

  let site = values.site ? path.resolve(values.site) : undefined;
  const work = site ? undefined : mkdtempSync(path.join(os.tmpdir(), 'de-an-lighthouse-'));
  if (!site) {
    site = path.join(work!, 'site');
    console.log('Dựng trang…');
    const built = spawnSync(process.execPath, ['scripts/build.ts', '--out', site], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) fail('dựng trang thất bại [build_failed]');
  }
  const targets = pageTypes(site).filter((t) => PAGES.includes(t.name));
  const missing = targets.filter((t) => !t.file).map((t) => t.name);
  if (missing.length) fail(`trang chưa có: ${missing.join(', ')} [missing_page]`);

  const load = os.loadavg();
  const server = await serveLikePages(site, BASE_PATH);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  const reports: PageReport[] = [];
  let version = { lighthouse: '', chromium: '' };
  try {
    for (const t of targets) {
      const perRun: Record<Category, number>[] = [];
      let last: Result | undefined;
      for (let i = 0; i < runs; i++) {
        process.stdout.write(`${t.name} ${i + 1}/${runs}… `);
        const r = await lighthouse(`${server.url}${t.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!r) fail(`không có kết quả cho ${t.name} [no_result]`);
        if (r.lhr.runtimeError) fail(`${t.name}: ${r.lhr.runtimeError.message} [runtime_error]`);
        last = r.lhr;
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((r.lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
        console.log(CATEGORIES.map((c) => scores[c]).join(' / '));
        perRun.push(scores);
      }
      version = { lighthouse: last!.lighthouseVersion, chromium: last!.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium' };
      reports.push({
        name: t.name,
        path: t.path,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun.map((s) => s[c]))])) as Record<Category, number>,
        runs: perRun,
        metrics: Object.fromEntries(METRICS.map((m) => [m, last!.audits[m]?.displayValue ?? '–'])),
        failing: failingAudits(last!),
      });
    }
  } finally {
    chrome.kill();
    await server.close();
    if (work) rmSync(work, { recursive: true, force: true });
  }

  const meta = { date: new Date().toISOString(), ...version, runs, load };
  const out = path.join(REPO, 'reports');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'lighthouse.json'), `${JSON.stringify({ ...meta, targets: TARGETS, pages: reports }, null, 2)}\n`);
  writeFileSync(path.join(out, 'lighthouse.md'), markdown(reports, meta));
  const missed = reports.flatMap((p) => CATEGORIES.filter((c) => p.scores[c] < TARGETS[c]).map((c) => `${p.name} ${c} ${p.scores[c]}`));
  console.log(`Đã ghi reports/lighthouse.md và .json.${missed.length ? ` Chưa đạt: ${missed.join('; ')}.` : ' Mọi trang đạt mục tiêu.'}`);
  if (missed.length) process.exitCode = 1;
}

main().catch((e: unknown) => fail(`${e instanceof Error ? e.message : String(e)} [internal_error]`));
