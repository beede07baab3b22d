/**
 * npm run same-site -- --base <git ref> [--data DIR]: builds the site of <ref> (in a temporary git
 * worktree) and of the working tree from the same data, with the same SOURCE_DATE_EPOCH, and
 * compares the sha256 of every file of both dist/ folders. Exit 0 when they are byte-identical,
 * 1 with the list of added, removed and changed files otherwise. For refactors that must not
 * change one byte of the site.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = process.cwd();
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const base = opt('--base');
if (!base) {
  console.error('Cách dùng: npm run same-site -- --base <git ref> [--data DIR]');
  process.exit(2);
}
const data = path.resolve(opt('--data') ?? 'data');

function run(cmd: string, argv: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(cmd, argv, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    console.error(`${cmd} ${argv.join(' ')} (${cwd}) thất bại:\n${r.stdout}\n${r.stderr}`);
    process.exit(1);
  }
  return r.stdout;
}

/** Relative path → sha256 of every file under dir. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return out;
}

const work = mkdtempSync(path.join(tmpdir(), 'same-site-'));
const tree = path.join(work, 'base');
// Both builds say they were built on the base commit's day.
const epoch = run('git', ['log', '-1', '--format=%ct', base], root).trim();
const env = { ...process.env, SOURCE_DATE_EPOCH: epoch, DATA_DIR: data };
try {
  run('git', ['worktree', 'add', '--detach', tree, base], root);
  symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'));
  const baseOut = path.join(tree, 'dist-compared');
  const headOut = path.join(root, `.same-site-${process.pid}.tmp`);
  run(process.execPath, ['scripts/build.ts', '--data', data, '--out', baseOut], tree, env);
  run(process.execPath, ['scripts/build.ts', '--data', data, '--out', headOut], root, env);
  const before = hashes(baseOut);
  const after = hashes(headOut);
  rmSync(headOut, { recursive: true, force: true });
  const changes: string[] = [];
  for (const [file, h] of before) {
    if (!after.has(file)) changes.push(`- ${file}`);
    else if (after.get(file) !== h) changes.push(`~ ${file}`);
  }
  for (const file of after.keys()) if (!before.has(file)) changes.push(`+ ${file}`);
  if (changes.length === 0) {
    console.log(`Giống hệt: ${after.size} tệp của dist/ có cùng sha256 với ${base}.`);
  } else {
    console.log(`Khác ${base} ở ${changes.length} tệp (- bỏ, + thêm, ~ đổi):\n${changes.sort().join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  spawnSync('git', ['worktree', 'remove', '--force', tree], { cwd: root });
  rmSync(work, { recursive: true, force: true });
}
