/** npm run impact end to end: a throwaway git repository holding a copy of data/, changed or not. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assessment.ts';
import { formatFigure, NO_CHANGE } from '../../scripts/lib/impact-markdown.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { formatDate } from '../../src/format/vi.ts';

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
    // A chairwoman whose one failed criterion is the union-work course: recorded as having it, she meets the standard.
    const data = path.join(repo, 'data');
    const a = assess(loadDatasetSync(data).dataset!);
    const date = a.currentDate;
    const her = a.standardAt(date).people.find((s) => s.failed.length === 1 && s.failed[0] === 'nghiep-vu')!;
    const file = path.join(data, 'people', `${her.person.district}.yaml`);
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf(`id: ${her.person.id}\n`);
    const field = /unionWork: \S+/.exec(text.slice(at))!;
    const start = at + field.index;
    writeFileSync(file, `${text.slice(0, start)}unionWork: boi-duong-1-thang${text.slice(start + field[0].length)}`);
    const after = assess(loadDatasetSync(data).dataset!);

    const r = impact('--base', 'HEAD');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const on = formatDate(date);
    const person = r.stdout.split('\n').find((l) => l.includes(`(\`${her.person.id}\`)`) && l.includes(` | ${on} | `));
    expect(person).toContain(`| ${her.person.name} (\`${her.person.id}\`) | ${her.person.districtName} | ${on} | Chưa đạt (1 tiêu chí) → Đạt chuẩn |`);
    const shown = (scope: 'city' | { district: string }) => {
      const [x, y] = [a.standardAt(date, scope), after.standardAt(date, scope)];
      expect(y.meeting).toBe(x.meeting + 1);
      return [formatFigure({ count: x.meeting, of: x.population }), formatFigure({ count: y.meeting, of: y.population })] as const;
    };
    const folded = r.stdout.indexOf('\n<details>\n');
    expect(folded).toBeGreaterThan(0);
    for (const scope of ['city', { district: her.person.district }] as const) {
      const [x, y] = shown(scope);
      const row = `| Chủ tịch Hội đạt tiêu chuẩn | ${a.scopeLabel(scope)} | ${on} | ${x} | ${y} |`;
      expect(r.stdout.indexOf(row)).toBeGreaterThan(folded);
    }
    // The summary above the fold: one line, the city first, her district next.
    const [cx, cy] = shown('city');
    const [dx, dy] = shown({ district: her.person.district });
    const summary = `| Chủ tịch Hội đạt tiêu chuẩn | ${cx} → ${cy} | ${a.scopeLabel({ district: her.person.district })}: ${dx} → ${dy}`;
    expect(r.stdout.indexOf(summary)).toBeGreaterThan(0);
    expect(r.stdout.indexOf(summary)).toBeLessThan(folded);
    expect(r.stdout.indexOf(person!)).toBeLessThan(folded);
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
