import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD, NODE, ROOT, VALID } from './helpers.ts';

function checkData(args: string[], env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _, DATA_DIR: __, ...base } = process.env;
  const r = spawnSync(NODE, ['scripts/check-data.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...base, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr, lines: r.stdout.trimEnd().split('\n') };
}

const rel = (dir: string) => path.relative(ROOT, dir);
const yamlCount = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).length;

describe('npm run check:data', () => {
  it('exits 0 on valid data and prints only the summary', () => {
    const r = checkData(['--data', rel(VALID)]);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([`0 lỗi, 0 cảnh báo trong ${yamlCount(VALID)} tệp`]);
  });

  it('exits 1 on an error and prints it as file:line:col  severity  path  message (hint) [key]', () => {
    const dir = rel(path.join(BAD, 'wrong-enum'));
    const r = checkData(['--data', dir]);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      `${dir}/people/ba-dinh.yaml:10:22  error  people[0].politicalTheory  Giá trị không hợp lệ "trung cap" (giá trị hợp lệ: chua-qua, so-cap, trung-cap, cao-cap) [invalid_value]`,
      `1 lỗi, 0 cảnh báo trong ${yamlCount(VALID)} tệp`,
    ]);
    expect(r.out).not.toContain('::error');
  });

  it('under GitHub Actions also prints ::error annotations', () => {
    const dir = rel(path.join(BAD, 'wrong-enum'));
    const r = checkData([`--data=${dir}`], { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(1);
    expect(r.lines).toContain(
      `::error file=${dir}/people/ba-dinh.yaml,line=10,col=22,title=invalid_value::people[0].politicalTheory: Giá trị không hợp lệ "trung cap" (giá trị hợp lệ: chua-qua, so-cap, trung-cap, cao-cap)`,
    );
  });

  it('exits 0 when there are only warnings, annotated as ::warning', () => {
    const dir = rel(path.join(BAD, 'not-in-target-group'));
    const r = checkData(['--data', dir], { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(0);
    expect(r.lines.filter((l) => l.startsWith('::'))).toEqual([expect.stringMatching(new RegExp(`^::warning file=${dir}/courses/2013.yaml,line=24,col=17,title=not_in_target_group::`))]);
    expect(r.lines.at(-1)).toBe(`0 lỗi, 1 cảnh báo trong ${yamlCount(VALID)} tệp`);
  });

  it('sorts problems by file, then line', () => {
    const dir = rel(path.join(BAD, 'missing-people-file'));
    const r = checkData(['--data', dir]);
    expect(r.code).toBe(1);
    expect(r.lines.slice(0, -1).map((l) => l.split('  ')[0])).toEqual([`${dir}/courses/2013.yaml:24:17`, `${dir}/districts.yaml:26:9`]);
  });

  it('reads DATA_DIR when no --data is given', () => {
    const r = checkData([], { DATA_DIR: rel(path.join(BAD, 'empty-file')) });
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(/progress\.yaml:1:1 {2}error {2}- {2}Tệp rỗng: không có dữ liệu \[empty_file\]$/);
  });

  it('prints positioned messages, never a stack trace, for broken YAML', () => {
    for (const name of ['yaml-syntax-error', 'alias-bomb', 'tab-indentation', 'duplicate-key']) {
      const r = checkData(['--data', rel(path.join(BAD, name))]);
      expect(r.code).toBe(1);
      expect(r.out + r.err).not.toMatch(/^\s+at /m);
      expect(r.lines[0]).toMatch(/\.yaml:\d+:\d+ {2}error {2}/);
    }
  });

  it('refuses an unknown argument with exit 2', () => {
    const r = checkData(['--strict']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Tham số không hiểu được: --strict');
  });
});
