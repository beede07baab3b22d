import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDatasetSync } from '../../src/data/load.ts';
import { BAD, VALID, VARIANTS, copyFixture, relativeProblems } from './helpers.ts';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml') && statSync(path.join(dir, f)).isFile());
}

/** A copy of `from` (folder named `data`, as the plain twin) with every YAML file rewritten by `change`. */
function variant(from: string, change: (text: string) => string) {
  const copy = copyFixture(from);
  for (const f of yamlFiles(copy.dir)) {
    const file = path.join(copy.dir, f);
    writeFileSync(file, change(readFileSync(file, 'utf8')));
  }
  cleanups.push(copy.cleanup);
  return copy.dir;
}

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

describe('legitimate variants of the same data', () => {
  const plain = variant(VALID, (t) => t);
  const twin = loadDatasetSync(plain);

  it.each(VARIANTS)('%s loads to a Dataset deep-equal to the plain twin', (_, change) => {
    const dir = variant(VALID, change);
    expect(yamlFiles(dir).some((f) => readFileSync(path.join(dir, f), 'utf8') !== readFileSync(path.join(plain, f), 'utf8'))).toBe(true);
    const result = loadDatasetSync(dir);
    expect(result.problems).toEqual([]);
    expect(result.dataset).toEqual(twin.dataset);
  });

  it('every loaded string is NFC', () => {
    const { dataset } = loadDatasetSync(variant(VALID, (t) => t.normalize('NFD')));
    const strings: string[] = [];
    JSON.stringify(dataset, (_, v: unknown) => (typeof v === 'string' && strings.push(v), v));
    expect(strings.filter((s) => s !== s.normalize('NFC'))).toEqual([]);
    expect(dataset!.people[0]!.name).toBe('Nguyễn Thị Hằng'.normalize('NFC'));
  });

  it.each(['wrong-enum', 'unknown-key', 'overlapping-chairwoman-terms', 'tab-indentation'])(
    'with CRLF and a BOM, %s is reported at the same line and column',
    (name) => {
      const dir = path.join(BAD, name);
      const crlf = variant(dir, (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
      const pos = (d: string) => relativeProblems(d, loadDatasetSync(d).problems).map((p) => [p.file, p.line, p.col, p.key]);
      expect(pos(crlf)).toEqual(pos(dir));
      expect(pos(dir).length).toBeGreaterThan(0);
    },
  );
});
