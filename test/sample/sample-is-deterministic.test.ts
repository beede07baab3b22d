import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasetSync } from '../../src/data/load.ts';
import { generate, runCli, tempDir } from './helpers.ts';

describe('npm run generate:sample', () => {
  it('gives byte-identical files for the same seed', () => {
    const a = generate({ seed: 'một hạt giống' });
    const b = generate({ seed: 'một hạt giống' });
    expect([...b.files.keys()]).toEqual([...a.files.keys()]);
    for (const [rel, text] of a.files) expect(b.files.get(rel), rel).toBe(text);
  });

  it('gives a different roster and different classes for another seed', () => {
    const a = generate({ seed: 'a' });
    const b = generate({ seed: 'b' });
    const drawn = [...a.files.keys()].filter((rel) => rel.startsWith('people/') || rel.startsWith('courses/'));
    expect(drawn.filter((rel) => a.files.get(rel) === b.files.get(rel))).toEqual([]);
  });

  it('writes a complete, valid dataset into another folder, and the same bytes twice', () => {
    const t = tempDir();
    try {
      const first = path.join(t.dir, 'a');
      const second = path.join(t.dir, 'b');
      expect(runCli('scripts/generate-sample.ts', ['--out', first, '--seed', 's']).code).toBe(0);
      expect(runCli('scripts/generate-sample.ts', ['--out', second, '--seed', 's']).code).toBe(0);
      const loaded = loadDatasetSync(first);
      expect(loaded.problems).toEqual([]);
      for (const f of loaded.files) {
        const rel = path.relative(first, path.resolve(f));
        expect(readFileSync(path.join(second, rel), 'utf8'), rel).toBe(readFileSync(path.join(first, rel), 'utf8'));
      }
      expect(loaded.dataset!.sample).toEqual({ people: true, courses: true, progress: true });
    } finally {
      t.cleanup();
    }
  });
});
