import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas, schemaFileName } from '../../src/data/json-schemas.ts';
import type { FileKind } from '../../src/schema/index.ts';
import { ROOT } from './helpers.ts';

const dir = path.join(ROOT, 'schemas');
const fresh = Object.entries(renderJsonSchemas()) as [FileKind, string][];

describe('committed JSON Schemas', () => {
  it('are exactly the ones the zod schemas give (run `npm run schemas` after changing src/schema/)', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.json')).sort()).toEqual(fresh.map(([k]) => schemaFileName(k)).sort());
    for (const [kind, text] of fresh) {
      expect(readFileSync(path.join(dir, schemaFileName(kind)), 'utf8'), schemaFileName(kind)).toBe(text);
    }
  });

  it('are generated deterministically', () => {
    expect(renderJsonSchemas()).toEqual(Object.fromEntries(fresh));
  });
});
