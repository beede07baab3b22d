/**
 * npm run bench [-- --scales 1,10,100] [--runs 3] [--only check] [--out bench] [--timeout-min 60] [--memory-limit-gib 20] [--build-budget-min 30] [--keep]
 * Generates the sample data at each scale (npm run generate:sample -- --scale N), then times check:data
 * next to a bare js-yaml load of the same files (interleaved, scripts/bench/js-yaml-load.ts), the
 * assessment (scripts/bench/assessment.ts), the full build with Pagefind, and a bare Astro project
 * with as many trivial pages; median of --runs runs, wall time, CPU time and peak memory.
 * `--only check` runs the data-check part alone (seconds, not the builds' minutes) and updates
 * that part of the results, keeping the rest of the last full run. Writes
 * bench/results.json (every run) and bench/results.md, with the page weight of each page type at
 * the smallest scale. A build that would not fit (extrapolated from the previous scale: memory over
 * --memory-limit-gib, or a run longer than --build-budget-min) is skipped and the report says why.
 * Meant for a quiet machine: other work running at the same time shows in the figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDatasetSync } from '../src/data/load.ts';
import { BASE_PATH } from '../src/site/config.ts';
import { bareBuildArgs, writeBareProject } from './bench/bare-astro.ts';
import { GNU_TIME, measure, median, type Command, type Run } from './bench/measure.ts';
import { pageWeights, type PageWeight } from './bench/page-weight.ts';
import { resultsMarkdown, withHandWritten, type DataCheck, type Results, type ScaleResult, type Step } from './bench/report.ts';
import { extrapolate, type Done } from './bench/estimate.ts';
import { searchCost } from './bench/search-cost.ts';
import { siteSize } from './bench/site-size.ts';
import { pageTypes } from './lib/page-types.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const NODE = process.execPath;

function fail(message: string): never {
  console.error(`Benchmark: ${message}`);
  process.exit(1);
}

function options() {
  let values;
  try {
    values = parseArgs({
      options: {
        scales: { type: 'string', default: '1,10,100' },
        runs: { type: 'string', default: '3' },
        out: { type: 'string', default: 'bench' },
        'timeout-min': { type: 'string', default: '60' },
        'memory-limit-gib': { type: 'string', default: '20' },
        'build-budget-min': { type: 'string', default: '30' },
        keep: { type: 'boolean', default: false },
        only: { type: 'string', default: 'all' },
      },
    }).values;
  } catch (e) {
    fail(`${(e as Error).message} [invalid_argument]`);
  }
  const positive = (name: string, v: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) fail(`--${name} phải là số dương, không phải "${v}" [invalid_argument]`);
    return n;
  };
  const scales = values.scales.split(',').map((s) => positive('scales', s.trim()));
  if (scales.some((s) => !Number.isInteger(s))) fail('--scales là các số nguyên dương, cách nhau bằng dấu phẩy [invalid_argument]');
  if (values.only !== 'all' && values.only !== 'check') fail(`--only nhận "check" (chỉ đo check:data và js-yaml), không phải "${values.only}" [invalid_argument]`);
  return {
    only: values.only,
    scales: [...new Set(scales)].sort((a, b) => a - b),
    runs: Math.round(positive('runs', values.runs)),
    out: path.resolve(values.out),
    timeoutMs: positive('timeout-min', values['timeout-min']) * 60_000,
    memoryLimitKiB: positive('memory-limit-gib', values['memory-limit-gib']) * 1024 * 1024,
    buildBudgetMs: positive('build-budget-min', values['build-budget-min']) * 60_000,
    keep: values.keep,
  };
}

const opts = options();
const work = mkdtempSync(path.join(os.tmpdir(), 'de-an-04-bench-'));
const notes: string[] = [];
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
delete env['DATA_DIR'];

/** Runs a step `opts.runs` times; stops at the first failure or timeout and reports it as skipped. */
async function repeat(name: string, cmd: Omit<Command, 'name' | 'timeoutMs'>, logDir: string, after?: (run: Run) => void): Promise<Step> {
  const runs: Run[] = [];
  for (let i = 1; i <= opts.runs; i++) {
    process.stdout.write(`  ${name} ${i}/${opts.runs}… `);
    const run = await measure({ ...cmd, name: `${name}-${i}`, timeoutMs: opts.timeoutMs }, logDir);
    if (run.timedOut || run.exitCode !== 0) {
      const why = run.timedOut ? `quá ${opts.timeoutMs / 60_000} phút, đã dừng` : `thoát với mã ${run.exitCode} (xem ${path.basename(run.stderrFile)})`;
      console.log(why);
      const tail = readFileSync(run.stderrFile, 'utf8').trim().split('\n').slice(-3).join(' / ');
      if (tail) notes.push(`${name}: ${why}: ${tail}`);
      return { skipped: why };
    }
    console.log(`${(run.ms / 1000).toFixed(2)} s, ${run.maxRssKiB === null ? '?' : Math.round(run.maxRssKiB / 1024)} MiB`);
    after?.(run);
    runs.push(run);
  }
  return stat(runs);
}

function stat(runs: Run[]): Step {
  const rss = runs.map((r) => r.maxRssKiB).filter((v): v is number => v !== null);
  const cpu = runs.map((r) => r.cpuMs).filter((v): v is number => v !== null);
  return {
    runs: runs.map((r) => ({ ms: r.ms, maxRssKiB: r.maxRssKiB, cpuMs: r.cpuMs })),
    medianMs: median(runs.map((r) => r.ms)),
    medianRssKiB: rss.length === runs.length ? median(rss) : null,
    medianCpuMs: cpu.length === runs.length ? median(cpu) : null,
  };
}

/**
 * check:data and the bare js-yaml load of the same folder, `opts.runs` times each, interleaved
 * (and in alternating order) so that whatever else the machine does weighs on both alike.
 */
async function dataCheck(data: string, logs: string, positioned: number): Promise<DataCheck> {
  const load = os.loadavg();
  const date = new Date().toISOString();
  const steps = {
    check: { command: NODE, args: ['scripts/check-data.ts', '--data', data] },
    jsYaml: { command: NODE, args: ['scripts/bench/js-yaml-load.ts', data] },
  };
  const runs: Record<keyof typeof steps, Run[]> = { check: [], jsYaml: [] };
  const failed: Partial<Record<keyof typeof steps, string>> = {};
  for (let i = 1; i <= opts.runs; i++) {
    const order: (keyof typeof steps)[] = i % 2 ? ['check', 'jsYaml'] : ['jsYaml', 'check'];
    for (const k of order) {
      if (failed[k]) continue;
      process.stdout.write(`  ${k === 'check' ? 'check-data' : 'js-yaml-load'} ${i}/${opts.runs}… `);
      const run = await measure({ ...steps[k], name: `${k}-${i}`, cwd: REPO, env, timeoutMs: opts.timeoutMs }, logs);
      if (run.timedOut || run.exitCode !== 0) {
        failed[k] = run.timedOut ? `quá ${opts.timeoutMs / 60_000} phút, đã dừng` : `thoát với mã ${run.exitCode} (xem ${path.basename(run.stderrFile)})`;
        console.log(failed[k]);
        notes.push(`${k}: ${failed[k]}`);
        continue;
      }
      console.log(`${(run.ms / 1000).toFixed(2)} s, CPU ${run.cpuMs === null ? '?' : (run.cpuMs / 1000).toFixed(2)} s, ${run.maxRssKiB === null ? '?' : Math.round(run.maxRssKiB / 1024)} MiB`);
      runs[k].push(run);
    }
  }
  const checkData: Step = failed.check ? { skipped: failed.check } : stat(runs.check);
  const jsYamlLoad: Step = failed.jsYaml ? { skipped: failed.jsYaml } : stat(runs.jsYaml);
  const out: DataCheck = { date, load, checkData, jsYamlLoad, positioned };
  if ('medianMs' in checkData && 'medianMs' in jsYamlLoad) {
    out.ratio = checkData.medianMs / jsYamlLoad.medianMs;
    if (checkData.medianCpuMs != null && jsYamlLoad.medianCpuMs != null) out.cpuRatio = checkData.medianCpuMs / jsYamlLoad.medianCpuMs;
  }
  return out;
}

/** Skips a heavy step when the scales already run say it would not fit; else undefined, with the estimate noted. */
function guard(label: string, done: readonly Done[], scale: number): string | undefined {
  const ms = extrapolate(done, scale, (s) => s.medianMs);
  const rss = extrapolate(done, scale, (s) => s.medianRssKiB);
  if (ms === undefined) return undefined;
  const guess = `${label} ${scale}× dự kiến ít nhất ~${(ms / 60_000).toFixed(1)} phút${rss === undefined ? '' : `, ~${(rss / 1024 / 1024).toFixed(1)} GiB`} (ngoại suy từ ${done.map((d) => `${d.scale}×`).join(', ')})`;
  if (rss !== undefined && rss > opts.memoryLimitKiB) return `${guess}: quá ${opts.memoryLimitKiB / 1024 / 1024} GiB`;
  if (ms > opts.buildBudgetMs) return `${guess}: quá ${opts.buildBudgetMs / 60_000} phút mỗi lần`;
  notes.push(guess);
  return undefined;
}

function yamlStats(dir: string): { files: number; bytes: number } {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
  return { files: files.length, bytes: files.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0) };
}

function htmlPages(site: string): number {
  return readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/** "   1.234 ms  Label" lines of scripts/bench/assessment.ts (vi-VN digits). */
function assessmentFigure(stdout: string, label: string): number | undefined {
  const line = stdout.split('\n').find((l) => l.includes(label));
  const m = line && /^\s*([\d.]+) ms/.exec(line);
  return m ? Number(m[1]!.replace(/\./g, '')) : undefined;
}

async function benchScale(scale: number, prev: { build: Done[]; bare: Done[] }): Promise<ScaleResult> {
  console.log(`\n${scale}×`);
  const dir = path.join(work, `scale-${scale}`);
  const data = path.join(dir, 'data');
  const logs = path.join(dir, 'logs');
  mkdirSync(logs, { recursive: true });
  const gen = spawnSync(NODE, ['scripts/generate-sample.ts', '--scale', String(scale), '--out', data], { cwd: REPO, env, encoding: 'utf8' });
  if (gen.status !== 0) fail(`không sinh được dữ liệu ${scale}×: ${gen.stderr || gen.stdout}`);
  const loaded = loadDatasetSync(data);
  if (!loaded.dataset) fail(`dữ liệu ${scale}× có lỗi (${loaded.problems.length} vấn đề)`);
  const ds = loaded.dataset;
  const dataset = {
    districts: ds.districts.length,
    communes: ds.districts.reduce((n, d) => n + d.communes.length, 0),
    people: ds.people.length,
    courses: ds.courses.length,
    ...yamlStats(data),
  };

  const check = await dataCheck(data, logs, loaded.positioned.length);
  const checkData = check.checkData;
  if (opts.only === 'check') {
    const skipped = { skipped: 'không chạy (--only check)' };
    return { scale, dataset, checkData, dataCheck: check, assessment: skipped, build: skipped, bareAstro: skipped };
  }
  let stdout = '';
  const assessment: ScaleResult['assessment'] = await repeat(
    'assessment',
    { command: NODE, args: ['scripts/bench/assessment.ts', '--data', data], cwd: REPO, env },
    logs,
    (run) => (stdout = readFileSync(run.stdoutFile, 'utf8')),
  );
  if ('medianMs' in assessment) {
    assessment.sixDatesMs = assessmentFigure(stdout, 'Sáu thời điểm');
    assessment.totalMs = assessmentFigure(stdout, 'Tổng thời gian tính');
  }

  const site = path.join(dir, 'site');
  let pages: number | undefined;
  const buildSkip = guard('bản dựng', prev.build, scale);
  const build: ScaleResult['build'] = buildSkip
    ? { skipped: buildSkip }
    : await repeat('build', { command: NODE, args: ['scripts/build.ts', '--data', data, '--out', site], cwd: REPO, env }, logs, () => (pages ??= htmlPages(site)));
  if (pages !== undefined) build.pages = pages;
  let size: ScaleResult['site'];
  let search: ScaleResult['search'];
  if (pages !== undefined) {
    process.stdout.write('  site size… ');
    size = siteSize(site);
    console.log(`${(size.bytesOnDisk / 1024 ** 2).toFixed(0)} MiB, largest page ${(size.largestPage.bytes / 1024).toFixed(1)} KiB`);
    process.stdout.write('  search cost… ');
    search = searchCost(REPO, site, env);
    console.log(search.failed ?? `first query ${search.firstQueryBytes} bytes`);
    if (search.failed) notes.push(`${scale}×: ${search.failed}`);
  }

  let bareAstro: ScaleResult['bareAstro'];
  if (pages === undefined) bareAstro = { skipped: 'không có số trang (bản dựng bị bỏ qua)' };
  else {
    const bareSkip = guard('Astro trần', prev.bare, scale);
    const bare = path.join(dir, 'bare');
    writeBareProject(bare, pages, REPO);
    bareAstro = bareSkip ? { skipped: bareSkip } : await repeat('bare-astro', { command: NODE, args: bareBuildArgs(REPO, bare), cwd: bare, env }, logs);
    bareAstro.pages = pages;
    rmSync(bare, { recursive: true, force: true });
  }
  const result: ScaleResult = { scale, dataset, checkData, dataCheck: check, assessment, build, bareAstro };
  if (size) result.site = size;
  if (search) result.search = search;
  return result;
}

/** With --only check: the last full results, with the data-check part of each scale run now replaced. */
function mergeCheckOnly(fresh: ScaleResult[], previous: Results | undefined): { scales: ScaleResult[]; base?: Results } {
  if (!previous) return { scales: fresh };
  const byScale = new Map(previous.scales.map((s) => [s.scale, s]));
  for (const s of fresh) {
    const old = byScale.get(s.scale);
    byScale.set(s.scale, old ? { ...old, dataset: s.dataset, dataCheck: s.dataCheck! } : s);
  }
  return { scales: [...byScale.values()].sort((a, b) => a.scale - b.scale), base: previous };
}

async function main(): Promise<void> {
  if (!statSync(GNU_TIME, { throwIfNoEntry: false })) notes.push(`Không có ${GNU_TIME} (gói Debian "time"): chỉ đo thời gian, không đo bộ nhớ.`);
  const load = os.loadavg();
  const scales: ScaleResult[] = [];
  let pageWeight: PageWeight[] = [];
  const prev: { build: Done[]; bare: Done[] } = { build: [], bare: [] };
  for (const scale of opts.scales) {
    const r = await benchScale(scale, prev);
    scales.push(r);
    if ('medianMs' in r.build) prev.build.push({ scale, step: r.build });
    if ('medianMs' in r.bareAstro) prev.bare.push({ scale, step: r.bareAstro });
    const site = path.join(work, `scale-${scale}`, 'site');
    if (pageWeight.length === 0 && 'medianMs' in r.build) {
      pageWeight = pageWeights(site, BASE_PATH);
      const missing = pageTypes(site).filter((t) => !t.file).map((t) => `${t.name} (/${t.path})`);
      if (missing.length) notes.push(`Trang chưa có trong bản dựng, không đo khối lượng: ${missing.join(', ')}.`);
      if (scale !== 1) notes.push(`Khối lượng trang đo trên bản ${scale}× (bản nhỏ nhất đã dựng).`);
    }
    if (!opts.keep) rmSync(site, { recursive: true, force: true });
  }
  const jsonFile = path.join(opts.out, 'results.json');
  const mdFile = path.join(opts.out, 'results.md');
  const read = (f: string) => (statSync(f, { throwIfNoEntry: false }) ? readFileSync(f, 'utf8') : undefined);
  const now = new Date().toISOString();
  const machine = { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 1024 ** 3), node: process.versions.node, platform: `${os.platform()} ${os.release()}`, load };
  let results: Results;
  if (opts.only === 'check') {
    const previousText = read(jsonFile);
    const merged = mergeCheckOnly(scales, previousText ? (JSON.parse(previousText) as Results) : undefined);
    results = merged.base
      ? { ...merged.base, checkDate: now, scales: merged.scales, notes: [...merged.base.notes.filter((n) => !/^(check|jsYaml):/.test(n)), ...notes] }
      : { date: now, checkDate: now, machine, options: { scales: opts.scales, runs: opts.runs }, scales, pageWeight: [], notes };
  } else {
    results = { date: now, machine, options: { scales: opts.scales, runs: opts.runs }, scales, pageWeight, notes };
  }
  mkdirSync(opts.out, { recursive: true });
  const previousMd = read(mdFile);
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(mdFile, withHandWritten(resultsMarkdown(results), previousMd));
  console.log(`\nĐã ghi ${path.relative(REPO, opts.out) || '.'}/results.md và results.json.`);
  if (opts.keep) console.log(`Giữ lại thư mục làm việc: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  if (!opts.keep) rmSync(work, { recursive: true, force: true });
  fail(`${e instanceof Error ? e.message : String(e)} [internal_error]`);
});

