import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, type Ran } from '../quality/helpers.ts';
import { displayPath } from '../../src/data/files.ts';
import { formatNumber } from '../../src/format/vi.ts';
import { BAD, NODE, ROOT, VALID, type ExpectedProblem } from './helpers.ts';

/** dist/ as it stands: every path with its modification time, or null when absent. */
function snapshot(dir: string): string[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().map((f) => `${f} ${statSync(path.join(dir, f)).mtimeMs}`);
}

describe('npm run build with invalid data', () => {
  it('prints the problems, exits 1 and writes nothing', () => {
    const dist = path.join(ROOT, 'dist');
    const before = snapshot(dist);
    const data = path.relative(ROOT, path.join(BAD, 'overlapping-chairwoman-terms'));
    const r = spawnSync(NODE, ['scripts/build.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATA_DIR: data } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${data}/people/ba-dinh.yaml:30:15  error  people[1].roles[0].from  Hai chủ tịch Hội cùng lúc`);
    expect(r.stdout).toContain('1 lỗi, 0 cảnh báo trong');
    expect(r.stderr).toContain('Không dựng trang: dữ liệu có lỗi');
    // Astro starts beside the check (scripts/build.ts), but nothing of it reaches the reader: it is
    // stopped, and its lines are held until the check passes.
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\[(build|content|types|vite)\]/);
    expect(snapshot(dist)).toEqual(before);
    // This build's own staging folder: other builds of the same test run may stage beside it meanwhile.
    expect(existsSync(path.join(ROOT, `.dist-${r.pid}.tmp`))).toBe(false);
  });
});

interface Scenario {
  name: string;
  dir: string;
  errors: ExpectedProblem[];
  warnings: ExpectedProblem[];
}

/** Runs jobs `width` at a time: the loader refuses before Astro starts, so each is a short process. */
async function pool<T, R>(items: T[], width: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$|node:internal/m;
const scenarios: Scenario[] = readdirSync(BAD)
  .sort()
  .map((name) => {
    const expected = JSON.parse(readFileSync(path.join(BAD, name, 'expect.json'), 'utf8')) as { problems: ExpectedProblem[] };
    return {
      name,
      dir: path.relative(ROOT, path.join(BAD, name)),
      errors: expected.problems.filter((p) => p.severity === 'error'),
      warnings: expected.problems.filter((p) => p.severity === 'warning'),
    };
  });
const refused = scenarios.filter((s) => s.errors.length > 0);
const warnedOnly = scenarios.filter((s) => s.errors.length === 0);

/** The report line of a problem starts with its position: "dir/file:line:col  severity". */
const positioned = (dir: string, p: ExpectedProblem) => `${dir}/${p.file}:${p.line}:${p.col ?? ''}`;

describe('every bad-input scenario, end to end (check:data and build, one process each)', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'de-an-bad-'));
  const runs = new Map<string, { check: Ran; build: Ran; site: string }>();
  beforeAll(async () => {
    await pool(scenarios, 3, async (s) => {
      const site = path.join(out, s.name, 'site');
      const [check, build] = await Promise.all([
        runScript('scripts/check-data.ts', ['--data', s.dir]),
        s.errors.length ? runScript('scripts/build.ts', ['--data', s.dir, '--out', site]) : Promise.resolve(undefined),
      ]);
      runs.set(s.name, { check, build: build!, site });
    });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('has scenarios with errors and the warning-only ones apart', () => {
    expect(refused.length).toBeGreaterThanOrEqual(25);
    expect(warnedOnly.map((s) => s.name)).toEqual(['not-in-target-group']);
  });

  it.each(refused.map((s) => [s.name, s] as const))('%s: both exit 1 with every error positioned, no stack trace', (_, s) => {
    const { check, build } = runs.get(s.name)!;
    expect(check.code).toBe(1);
    expect(build.code).toBe(1);
    const lines = check.stdout.split('\n');
    for (const p of s.errors) {
      expect(lines.some((l) => l.startsWith(positioned(s.dir, p)) && l.includes(`  error  `) && l.endsWith(`[${p.key}]`)), `${p.file}:${p.line} ${p.key}`).toBe(true);
    }
    // The build reports exactly what check:data does, then says it built nothing.
    expect(build.stdout).toBe(check.stdout);
    expect(build.stderr).toContain('Không dựng trang: dữ liệu có lỗi');
    for (const r of [check, build]) expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  });

  it.each(refused.map((s) => [s.name, s] as const))('%s: the build leaves no site and no staging folder behind', (_, s) => {
    const { build, site } = runs.get(s.name)!;
    expect(existsSync(site)).toBe(false);
    expect(existsSync(path.dirname(site)) ? readdirSync(path.dirname(site)) : []).toEqual([]);
    expect(existsSync(path.join(ROOT, `.dist-${build.pid}.tmp`))).toBe(false);
  });

  it.each(warnedOnly.map((s) => [s.name, s] as const))('%s: check:data exits 0 with the warning positioned', (_, s) => {
    const { check } = runs.get(s.name)!;
    expect(check.code).toBe(0);
    for (const p of s.warnings) expect(check.stdout.split('\n').some((l) => l.startsWith(positioned(s.dir, p)) && l.includes('  warning  '))).toBe(true);
    expect(check.stdout + check.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('a 50 MB data file, generated on the fly, end to end', () => {
  // Sparse: the size is real on disk, nothing is written; too large to commit as a fixture.
  const SIZE = 50 * 1024 * 1024;
  const out = mkdtempSync(path.join(tmpdir(), 'de-an-50mb-'));
  const dir = path.join(out, 'data');
  const site = path.join(out, 'site');
  let check: Ran;
  let build: Ran;
  beforeAll(async () => {
    cpSync(VALID, dir, { recursive: true });
    const file = path.join(dir, 'people/me-linh.yaml');
    writeFileSync(file, '');
    truncateSync(file, SIZE);
    [check, build] = await Promise.all([runScript('scripts/check-data.ts', ['--data', dir]), runScript('scripts/build.ts', ['--data', dir, '--out', site])]);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is refused by check:data and by the build, at line 1 of the file, without a stack trace', () => {
    const line = `${displayPath(dir)}/people/me-linh.yaml:1:1  error  -  Tệp quá lớn (${formatNumber(SIZE / 1024 / 1024, 1)} MB), không đọc`;
    for (const r of [check, build]) {
      expect(r.code).toBe(1);
      expect(r.stdout.split('\n').some((l) => l.startsWith(line) && l.endsWith('[file_too_large]')), r.stdout).toBe(true);
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    }
    expect(build.stderr).toContain('Không dựng trang: dữ liệu có lỗi');
  });

  it('leaves no site and no staging folder behind', () => {
    expect(existsSync(site)).toBe(false);
    expect(existsSync(path.join(ROOT, `.dist-${build.pid}.tmp`))).toBe(false);
  });
});
