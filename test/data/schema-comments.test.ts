import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDataFiles, schemaComment } from '../../src/data/files.ts';
import { ROOT } from './helpers.ts';

const DATA = path.join(ROOT, 'data');

describe('every YAML file under data/', () => {
  const yaml = readdirSync(DATA, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f)).sort();

  it('is a file the loader reads', () => {
    expect(yaml.length).toBeGreaterThan(0);
    expect(findDataFiles(DATA).files.map((f) => path.relative(DATA, f.abs)).sort()).toEqual(yaml);
  });

  it('starts with the yaml-language-server line pointing at its JSON Schema', () => {
    const wrong = findDataFiles(DATA).files.flatMap((f) => {
      const want = schemaComment(f.kind, path.dirname(path.relative(DATA, f.abs)) !== '.');
      const first = readFileSync(f.abs, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
      return first === want ? [] : [`${f.file}: "${first}" (cần "${want}")`];
    });
    expect(wrong).toEqual([]);
  });
});
