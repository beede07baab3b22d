/**
 * The sample in data/ is exactly what the generator writes, so nobody edits generated data by
 * hand and leaves the generator telling a different story. A file that stops saying
 * `sample: true` (real records replacing the sample) is no longer the generator's business.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSample } from '../../scripts/sample/sample-flag.ts';
import { DATA, generate } from './helpers.ts';

function committedGeneratedKinds(): string[] {
  const found: string[] = [];
  for (const dir of ['people', 'courses']) {
    if (existsSync(path.join(DATA, dir))) for (const f of readdirSync(path.join(DATA, dir))) if (f.endsWith('.yaml')) found.push(`${dir}/${f}`);
  }
  if (existsSync(path.join(DATA, 'progress.yaml'))) found.push('progress.yaml');
  return found.sort();
}

describe('the committed sample data', () => {
  const fresh = generate();

  it('is byte for byte what `npm run generate:sample` writes', () => {
    for (const rel of committedGeneratedKinds()) {
      const text = readFileSync(path.join(DATA, rel), 'utf8');
      if (!isSample(text)) continue;
      expect(fresh.files.has(rel), `${rel} is marked sample but the generator does not write it`).toBe(true);
      expect(text, `data/${rel} differs from a fresh generation: run npm run generate:sample`).toBe(fresh.files.get(rel));
    }
  });

  it('has every file the generator writes, unless real data took its place', () => {
    const committed = new Set(committedGeneratedKinds());
    expect([...fresh.files.keys()].filter((rel) => !committed.has(rel))).toEqual([]);
  });

  it('still is a sample: the generator never writes a file without `sample: true`', () => {
    for (const [rel, text] of fresh.files) expect(isSample(text), rel).toBe(true);
  });

  it('is Unicode NFC throughout, with the schema comment on the first line', () => {
    for (const [rel, text] of fresh.files) {
      expect(text === text.normalize('NFC'), rel).toBe(true);
      const kind = rel.startsWith('people/') ? 'people' : rel.startsWith('courses/') ? 'courses' : 'progress';
      const up = rel.includes('/') ? '../../' : '../';
      expect(text.split('\n')[0], rel).toBe(`# yaml-language-server: $schema=${up}schemas/${kind}.schema.json`);
    }
  });
});

describe('what counts as a sample file (one rule for the generator and this test)', () => {
  it('is a top-level `sample: true`, with or without a comment', () => {
    expect(isSample('asOf: 2016-12-31\nsample: true\n')).toBe(true);
    expect(isSample('sample: true  # dữ liệu mẫu\n')).toBe(true);
    expect(isSample('sample: false\n')).toBe(false);
    expect(isSample('people:\n  - sample: true\n')).toBe(false);
  });
});
