/**
 * node scripts/bench/profile.ts --data DIR: where an Astro build's time goes. Runs `astro build` of
 * the site on DIR under `node --cpu-prof` (the build's main thread; Pagefind is a process of its own
 * and shows as the time its integration says), then prints the CPU profile by what spends it — our
 * page models and data loading, getStaticPaths per route, Astro's rendering, its per-page CSP digest
 * (none since the site writes its own policy, src/site/csp.ts: the bucket shows it if it comes back),
 * folder creation and file writes, module loading, garbage collection — and Astro's own per-page
 * times added up per route. Figures for bench/results.md, not a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** First match wins, looking from the sampled frame up to the root: the innermost named cost. */
const BUCKETS: [string, (f: CallFrame) => boolean][] = [
  ['CSP digest per page (Astro createResult → crypto.subtle)', (f) => f.functionName === 'generateCspDigest'],
  ['folders (mkdir per page)', (f) => f.functionName === 'mkdir' && f.url.includes('fs/promises')],
  ['file writes', (f) => f.functionName === 'writeFile' && f.url.includes('fs/promises')],
  ['HTML to bytes (TextEncoder)', (f) => f.functionName === 'encode' && f.url.includes('encoding')],
  ['xlsx downloads (exceljs)', (f) => f.url.includes('node_modules/exceljs') || f.url.includes('node_modules/jszip')],
  ['data load and check (src/data)', (f) => f.functionName === 'getDataset' || f.functionName === 'loadDatasetSync'],
  ['getStaticPaths (page models, all pages at once)', (f) => f.functionName === 'getStaticPaths'],
  ['layout (Base.astro)', (f) => /\/Base_[^/]*\.mjs$/.test(f.url)],
  ['Astro render (templates, components)', (f) => f.functionName === 'renderPage'],
  ['module loading', (f) => f.url.startsWith('node:internal/modules')],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['idle (waiting: Pagefind, I/O, other processes)', (f) => f.functionName === '(idle)'],
];

export function summarise(p: Profile): { bucket: string; ms: number }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const us = p.timeDeltas[i] ?? 0;
    let bucket = 'other (Astro, Vite, Node)';
    for (let id: number | undefined = p.samples[i]; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      const hit = BUCKETS.find(([, test]) => test(frame));
      if (hit) {
        bucket = hit[0];
        break;
      }
    }
    totals.set(bucket, (totals.get(bucket) ?? 0) + us / 1000);
  }
  return [...totals].map(([bucket, ms]) => ({ bucket, ms })).sort((a, b) => b.ms - a.ms);
}

/** Astro's "├─ /nguoi/x/index.html (+5ms)" lines, added up per route ("nguoi/*"). */
export function routeTimes(log: string): { route: string; pages: number; ms: number }[] {
  const totals = new Map<string, { pages: number; ms: number }>();
  for (const m of log.matchAll(/ \/(\S*?)index\.html \(\+([\d.]+)(m?s)\)/g)) {
    const parts = m[1]!.split('/').filter(Boolean);
    const route = parts.length > 1 ? `${parts[0]}/*` : parts[0] ?? '/';
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const t = totals.get(route) ?? { pages: 0, ms: 0 };
    totals.set(route, { pages: t.pages + 1, ms: t.ms + ms });
  }
  return [...totals].map(([route, t]) => ({ route, ...t })).sort((a, b) => b.ms - a.ms);
}

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' } } });
  const repo = path.resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'de-an-profile-'));
  // Inside the project, as scripts/build.ts stages it: Astro keeps its prerender chunks there.
  const out = path.join(repo, `.dist-profile-${process.pid}.tmp`);
  const env = { ...process.env, DATA_DIR: path.resolve(values.data), ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = path.join(repo, 'node_modules/astro/bin/astro.mjs');
  const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, astro, 'build', '--outDir', out], { cwd: repo, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  rmSync(out, { recursive: true, force: true });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no CPU profile written');
  const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile;
  rmSync(dir, { recursive: true, force: true });
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
  console.log(`Main thread, ${(total / 1000).toFixed(1)} s sampled:`);
  for (const { bucket, ms } of summarise(profile)) console.log(`${(ms / 1000).toFixed(2).padStart(8)} s  ${bucket}`);
  console.log('\nAstro per page, added up per route (wall time, as Astro logs it):');
  for (const r of routeTimes(run.stdout)) console.log(`${(r.ms / 1000).toFixed(2).padStart(8)} s  ${String(r.pages).padStart(6)} pages  ${(r.ms / r.pages).toFixed(2).padStart(7)} ms/page  ${r.route}`);
  // Pagefind runs beside the render (its own process), from the build's start to its index written.
  const indexed = /Chỉ mục tìm kiếm: .*\((\d+) ms từ đầu bản dựng; sau trang cuối: chờ bản ghi (\d+) ms, đọc trang (\d+) ms, ghi chỉ mục (\d+) ms\)/.exec(run.stdout);
  if (indexed) {
    const [start, waited, read, written] = indexed.slice(1).map((ms) => `${(Number(ms) / 1000).toFixed(2)} s`);
    console.log(`\nPagefind's index written ${start} after the build's start; after the last page: records still indexing ${waited}, pages read ${read}, index written ${written}`);
  }
}

if (process.argv[1] === import.meta.filename) main();
