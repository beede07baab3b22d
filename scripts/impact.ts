/**
 * npm run impact -- --base <git ref> [--data DIR]
 * Markdown for a pull-request comment: how the data in the working tree change every indicator
 * compared with the same data folder at <git ref>. Nothing is written; the ref's files go to a
 * temporary folder that is removed afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { diff } from '../src/assessment/index.ts';
import { impactMarkdown } from './lib/impact-markdown.ts';
import { defaultDataDir } from '../src/data/data-dir.ts';
import type { Dataset } from '../src/data/dataset.ts';
import { loadDatasetSync } from '../src/data/load.ts';
import { reportLines } from '../src/data/report.ts';

class Failure extends Error {
  key: string;
  constructor(message: string, key: string) {
    super(message);
    this.key = key;
  }
}

function git(args: string[], cwd: string): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
}

function succeeds(args: string[], cwd: string): boolean {
  try {
    git(args, cwd);
    return true;
  } catch {
    return false;
  }
}

function load(dir: string, label: string): Dataset {
  const { dataset, problems, files } = loadDatasetSync(dir);
  if (dataset) return dataset;
  console.error(reportLines(problems, files.length, false).join('\n'));
  throw new Failure(`Dữ liệu ${label} có lỗi, không so sánh được`, 'invalid-data');
}

function main(): void {
  let values: { base?: string; data?: string };
  try {
    ({ values } = parseArgs({ options: { base: { type: 'string' }, data: { type: 'string' } }, allowPositionals: false }));
  } catch (e) {
    throw new Failure(`Tham số không hiểu được: ${(e as Error).message} (cách dùng: --base <git ref> [--data THƯ_MỤC])`, 'bad-arguments');
  }
  if (!values.base) throw new Failure('Thiếu --base <git ref>: nhánh hoặc commit để so sánh (ví dụ --base origin/main)', 'missing-base');
  const ref = values.base;
  const dataDir = values.data ? path.resolve(values.data) : defaultDataDir();

  let root: string;
  try {
    root = git(['rev-parse', '--show-toplevel'], dataDir).toString().trim();
  } catch {
    throw new Failure(`Thư mục ${dataDir} không nằm trong một kho git`, 'not-a-repository');
  }
  if (!succeeds(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root)) {
    throw new Failure(`Không tìm thấy "${ref}" trong git`, 'unknown-ref');
  }
  const rel = path.relative(root, dataDir).split(path.sep).join('/') || '.';
  if (!succeeds(['cat-file', '-e', `${ref}:${rel}`], root)) {
    // Nothing to compare with is not an error of the change under review.
    console.log(`## Tác động của thay đổi đến các chỉ số\n\n\`${ref}\` chưa có thư mục \`${rel}\`: không có gì để so sánh.\n`);
    return;
  }

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'impact-'));
  try {
    execFileSync('tar', ['-x', '-C', tmp], { input: git(['archive', '--format=tar', ref, '--', rel], root), stdio: ['pipe', 'ignore', 'pipe'] });
    const before = load(path.join(tmp, rel), `ở ${ref}`);
    const after = load(dataDir, 'trong thư mục làm việc');
    console.log(impactMarkdown(diff(before, after), ref, { dataDate: after.progress.asOf }));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (e: unknown) {
  if (e instanceof Failure) console.error(`Lỗi: ${e.message} [${e.key}]`);
  else console.error(`Lỗi không mong đợi khi so sánh dữ liệu: ${e instanceof Error ? e.message : String(e)} [internal_error]`);
  process.exitCode = 1;
}
