import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetSync, type LoadResult } from '../../src/data/load.ts';
import type { DistrictsFile } from '../../src/schema/index.ts';
import { generate, runCli, tempDir } from './helpers.ts';

describe('generate:sample --scale 10', () => {
  const t = tempDir();
  const out = path.join(t.dir, 'x10');
  let loaded: LoadResult;
  beforeAll(() => {
    const r = runCli('scripts/generate-sample.ts', ['--scale', '10', '--out', out]);
    expect(r.code, r.err).toBe(0);
    loaded = loadDatasetSync(out);
  });
  afterAll(() => t.cleanup());

  it('is a valid dataset: no error, no warning', () => {
    expect(loaded.problems).toEqual([]);
  });

  it('has ten rosters: ten times the communes, each with its chairwoman at the baseline', () => {
    const ds = loaded.dataset!;
    const real: DistrictsFile = parse(readFileSync('data/districts.yaml', 'utf8'));
    const communes = ds.districts.flatMap((d) => d.communes);
    expect(communes.length).toBe(10 * real.districts.flatMap((d) => d.communes).length);
    const date = ds.baseline.date;
    const chairs = ds.people.filter((p) => p.roles.some((r) => r.role === 'chairwoman' && r.from <= date && (r.to === undefined || date <= r.to)));
    expect(chairs.length).toBe(communes.length);
    // Each copy draws its own source cadres and successors, so the total is only about ten times.
    const realPeople = [...generate().files].filter(([rel]) => rel.startsWith('people/')).reduce((n, [, text]) => n + parse(text).people.length, 0);
    expect(ds.people.length / realPeople).toBeGreaterThan(9.5);
    expect(ds.people.length / realPeople).toBeLessThan(10.5);
  });

  it('keeps the real roster unchanged as its first copy', () => {
    const real = generate();
    for (const [rel, text] of real.files) {
      if (!rel.startsWith('people/')) continue;
      expect(readFileSync(path.join(out, rel), 'utf8').startsWith(text.trimEnd()), rel).toBe(true);
    }
  });

  it('puts the copies in invented communes that no GSO code names, marked as samples', () => {
    const scaled: DistrictsFile = parse(readFileSync(path.join(out, 'districts.yaml'), 'utf8'));
    const original: DistrictsFile = parse(readFileSync('data/districts.yaml', 'utf8'));
    const realCodes = new Set(original.districts.flatMap((d) => d.communes.map((c) => c.code)));
    const invented = scaled.districts.flatMap((d) => d.communes).filter((c) => !realCodes.has(c.code));
    expect(invented.length).toBe(9 * realCodes.size);
    for (const c of invented) {
      expect(Number(c.code)).toBeGreaterThanOrEqual(40_000);
      expect(c.name).toMatch(/ \(mẫu k([2-9]|10)\)$/);
    }
  });
});

describe('generate:sample refuses', () => {
  it('to write a scaled roster into data/', () => {
    const r = runCli('scripts/generate-sample.ts', ['--scale', '2']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('[scaled_into_data]');
  });

  it('to overwrite a file that is not marked as a sample, and writes nothing', () => {
    const t = tempDir();
    try {
      const real = path.join(t.dir, 'people', 'dong-da.yaml');
      mkdirSync(path.dirname(real), { recursive: true });
      writeFileSync(real, 'district: dong-da\npeople: []\n');
      const r = runCli('scripts/generate-sample.ts', ['--out', t.dir]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('[not_sample]');
      expect(readFileSync(real, 'utf8')).toBe('district: dong-da\npeople: []\n');
      expect(() => readFileSync(path.join(t.dir, 'plan.yaml'))).toThrow();
    } finally {
      t.cleanup();
    }
  });

  it('a scale out of range, with the reason', () => {
    const r = runCli('scripts/generate-sample.ts', ['--scale', '0', '--out', '/nonexistent/never-written']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('[invalid_scale]');
  });
});
