/** npm run impact end to end: a throwaway git repository holding a copy of data/, changed or not. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_CHANGE } from '../../src/assessment/impact-markdown.ts';

const SCRIPT = path.resolve('scripts/impact.ts');
let repo: string;

const git = (...args: string[]) => spawnSync('git', ['-C', repo, '-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { encoding: 'utf8' });
const impact = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args, '--data', path.join(repo, 'data')], { encoding: 'utf8' });

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'impact-test-'));
  cpSync('data', path.join(repo, 'data'), { recursive: true });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'base');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('npm run impact', () => {
  it('says nothing changed when the data are those of the ref', () => {
    const r = impact('--base', 'HEAD');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(NO_CHANGE);
  });

  it('reports the indicators and the chairwoman a change moves', () => {
    // Record one chairwoman (the first found without the one-month course) as having it.
    const dir = path.join(repo, 'data', 'people');
    const file = readdirSync(dir).map((f) => path.join(dir, f)).find((f) => readFileSync(f, 'utf8').includes('unionWork: duoi-1-thang'))!;
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('unionWork: duoi-1-thang', 'unionWork: boi-duong-1-thang'));
    const r = impact('--base', 'HEAD');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain(NO_CHANGE);
    expect(r.stdout).toContain('### Tiêu chuẩn Chủ tịch Hội (I.9)');
    expect(r.stdout).toContain('### Chủ tịch Hội thay đổi về tiêu chuẩn');
    git('checkout', '-q', '--', '.');
  });

  it('refuses an unknown ref and a missing --base, in Vietnamese with a key', () => {
    const unknown = impact('--base', 'khong-co-nhanh-nay');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^Lỗi: .*\[unknown-ref\]\n$/);
    const missing = impact();
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('[missing-base]');
  });
});
