/**
 * npm run build [-- --data DIR] [--out DIR]: validates the data first (nothing is written on any error),
 * builds the site into a temporary folder (the search index is made by the build itself, in
 * src/integrations/pagefind.ts), and only then replaces dist/ (or the
 * --out folder) — so a failed build never leaves a half-written site. DATA_DIR (or --data) reaches the
 * pages through the env. --out lets tests and benchmarks build side by side without touching dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkAndReport } from '../src/data/check-run.ts';
import { parseDataArgs } from '../src/data/data-dir.ts';
import { displayPath } from '../src/data/files.ts';

const root = process.cwd();

/** `--out DIR` / `--out=DIR`, taken out of the arguments; the rest are the data arguments. */
function splitOut(argv: readonly string[]): { out: string; rest: string[] } {
  const rest: string[] = [];
  let out = 'dist';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out' && argv[i + 1] !== undefined) out = argv[++i]!;
    else if (a.startsWith('--out=')) out = a.slice('--out='.length);
    else rest.push(a);
  }
  return { out: path.resolve(out), rest };
}

const { out: dist, rest: dataArgs } = splitOut(process.argv.slice(2));
const shown = `${displayPath(dist)}/`;
// Inside the project, whatever --out says: Astro keeps its prerender chunks in the output folder only
// when that is under the working directory (else in the shared .astro/, where parallel builds collide).
// "*.tmp/" is git-ignored.
const staging = path.join(root, `.dist-${process.pid}.tmp`);
const retired = path.join(path.dirname(dist), `.${path.basename(dist)}-old-${process.pid}.tmp`);

/** Puts the finished site in place: a rename on one file system, else a copy beside the target first. */
function publish(): void {
  let ready = staging;
  if (path.dirname(dist) !== root) {
    ready = path.join(path.dirname(dist), `.${path.basename(dist)}-${process.pid}.tmp`);
    mkdirSync(path.dirname(dist), { recursive: true });
    try {
      renameSync(staging, ready);
    } catch {
      cpSync(staging, ready, { recursive: true });
      rmSync(staging, { recursive: true, force: true });
    }
  }
  if (existsSync(dist)) renameSync(dist, retired);
  renameSync(ready, dist);
  rmSync(retired, { recursive: true, force: true });
}

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  const args = parseDataArgs(dataArgs);
  if ('error' in args) {
    console.error(args.error);
    process.exit(2);
  }
  if (!checkAndReport(args.dataDir).ok) fail(`Không dựng trang: dữ liệu có lỗi (${shown} giữ nguyên).`);

  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const env = { ...process.env, DATA_DIR: args.dataDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const built = spawnSync(process.execPath, [astro, 'build', '--outDir', staging], { stdio: 'inherit', env });
  if (built.status !== 0) fail(`Dựng trang thất bại (${shown} giữ nguyên).`);

  publish();
  console.log(`Đã dựng trang vào ${shown} từ ${displayPath(args.dataDir)}.`);
}

main().catch((e: unknown) => fail(`Lỗi không mong đợi khi dựng trang: ${e instanceof Error ? e.message : String(e)} [internal_error]`));
