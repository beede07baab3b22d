/**
 * npm run build [-- --data DIR] [--out DIR]: validates the data (nothing is written on any error) while
 * Astro starts, builds the site into a temporary folder (the search index is made by the build itself, in
 * src/integrations/pagefind.ts), and only then replaces dist/ (or the
 * --out folder) — so a failed build never leaves a half-written site. DATA_DIR (or --data) reaches the
 * pages through the env. --out lets tests and benchmarks build side by side without touching dist/.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
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

/**
 * `astro build` into the staging folder, its output held in its pipes until `release` lets it
 * through; `stop` ends it unheard.
 */
function startAstro(dataDir: string): { ended: Promise<number | null>; release(): void; stop(): Promise<unknown> } {
  const bin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // Astro writes to pipes here, not to the terminal: keep its colours when ours is one.
  const colour = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
  const env = { ...process.env, ...colour, DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = spawn(process.execPath, [bin, 'build', '--outDir', staging], { stdio: ['ignore', 'pipe', 'pipe'], env });
  // 'close', not 'exit': after its last line has come through the pipes.
  const ended = once(astro, 'close').then(([code]) => code as number | null);
  return {
    ended,
    release() {
      astro.stdout!.pipe(process.stdout);
      astro.stderr!.pipe(process.stderr);
    },
    stop() {
      astro.kill('SIGTERM');
      astro.stdout!.resume();
      astro.stderr!.resume();
      return ended;
    },
  };
}

async function main(): Promise<void> {
  const args = parseDataArgs(dataArgs);
  if ('error' in args) {
    console.error(args.error);
    process.exit(2);
  }
  // Astro starts while the data are checked: its start-up (content, types, bundling) outlasts the
  // check, which then costs no wall time (at 10× 0.6–1.1 s of a ~25 s build). Until the check passes
  // nothing of Astro's is shown; on any error Astro is stopped before it writes the site, and the
  // check's report is all the reader sees.
  const build = startAstro(args.dataDir);
  let valid = false;
  try {
    valid = checkAndReport(args.dataDir).ok;
  } finally {
    // Stopped on invalid data and on a check that threw alike: no Astro left writing into the staging folder.
    if (!valid) await build.stop();
  }
  if (!valid) fail(`Không dựng trang: dữ liệu có lỗi (${shown} giữ nguyên).`);
  build.release();
  if ((await build.ended) !== 0) fail(`Dựng trang thất bại (${shown} giữ nguyên).`);

  publish();
  console.log(`Đã dựng trang vào ${shown} từ ${displayPath(args.dataDir)}.`);
}

main().catch((e: unknown) => fail(`Lỗi không mong đợi khi dựng trang: ${e instanceof Error ? e.message : String(e)} [internal_error]`));
