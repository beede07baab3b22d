/**
 * npm run build [-- --data DIR]: validates the data first (nothing is written on any error), builds the
 * site into a temporary folder, indexes it for search, and only then replaces dist/ — so a failed
 * build never leaves a half-written dist/. DATA_DIR (or --data) reaches the pages through the env.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { checkAndReport } from '../src/data/check-run.ts';
import { parseDataArgs } from '../src/data/data-dir.ts';
import { displayPath } from '../src/data/files.ts';

const root = process.cwd();
const dist = path.join(root, 'dist');
// Inside the project (same file system, so the final rename is atomic); "*.tmp/" is git-ignored.
const staging = path.join(root, `.dist-${process.pid}.tmp`);
const retired = path.join(root, `.dist-old-${process.pid}.tmp`);

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(message);
  process.exit(1);
}

async function indexForSearch(dir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(errors.join('; '));
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await pagefind.close();
}

async function main(): Promise<void> {
  const args = parseDataArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    process.exit(2);
  }
  if (!checkAndReport(args.dataDir).ok) fail('Không dựng trang: dữ liệu có lỗi (dist/ giữ nguyên).');

  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const env = { ...process.env, DATA_DIR: args.dataDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const built = spawnSync(process.execPath, [astro, 'build', '--outDir', staging], { stdio: 'inherit', env });
  if (built.status !== 0) fail('Dựng trang thất bại (dist/ giữ nguyên).');

  try {
    await indexForSearch(staging);
  } catch (e) {
    fail(`Tạo chỉ mục tìm kiếm thất bại: ${e instanceof Error ? e.message : String(e)} (dist/ giữ nguyên).`);
  }

  if (existsSync(dist)) renameSync(dist, retired);
  renameSync(staging, dist);
  rmSync(retired, { recursive: true, force: true });
  console.log(`Đã dựng trang vào dist/ từ ${displayPath(args.dataDir)}.`);
}

main().catch((e: unknown) => fail(`Lỗi không mong đợi khi dựng trang: ${e instanceof Error ? e.message : String(e)} [internal_error]`));
