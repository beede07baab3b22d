import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD, NODE, ROOT } from './helpers.ts';

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
    expect(snapshot(dist)).toEqual(before);
    expect(readdirSync(ROOT).filter((f) => f.startsWith('.dist-'))).toEqual([]);
  });
});
