/**
 * Pages, components and layouts only show what a page model hands them: no import (type imports
 * included) from src/data/, src/assessment/, src/domain/, src/schema/ or the loaders
 * (src/site/assessment.ts, dataset.ts, document.ts, chrome.ts), and no `!` asserting that a lookup
 * found something. The rules are in page-rules.ts; a fixture proves that each can fail.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forbiddenImports, nonNullAssertions, nonNullAssertionsUnder } from './page-rules.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(import.meta.dirname, 'fixtures/page-rules');

describe('pages, components and layouts', () => {
  it('import only page models and helpers: nothing from the data, the assessment, the domain, the schemas or the loaders', () => {
    expect(forbiddenImports(ROOT)).toEqual([]);
  });

  it('assert no lookup with !', () => {
    expect(nonNullAssertionsUnder(ROOT)).toEqual([]);
  });
});

describe('the rules can fail (fixture)', () => {
  it('finds imports of data, loaders and schemas, type-only and dynamic ones too', () => {
    expect(forbiddenImports(FIXTURE)).toEqual([
      'src/components/Thing.ts:3 imports src/schema/plan.ts',
      'src/pages/leaky.astro:3 imports src/data/dataset.ts (type)',
      'src/pages/leaky.astro:4 imports src/site/dataset.ts',
    ]);
  });

  it('finds ! in code and template expressions, not !==, !x, strings, comments, text or CSS', () => {
    expect(nonNullAssertionsUnder(FIXTURE)).toEqual([
      'src/components/Thing.ts:7 list[0]!',
      "src/pages/leaky.astro:6 byId.get('a')!",
      "src/pages/leaky.astro:10 byId.get('b')!",
      "src/pages/leaky.astro:10 byId.get('c')!",
    ]);
  });

  it('sees every kind of ! a lookup is asserted with', () => {
    const code = ['const a = m.get(k)!;', 'const b = list[0]!.name;', 'const c = maybe!;', 'f(x!, y);', 'if (a !== b && !c) g();'].join('\n');
    expect(nonNullAssertions('x.ts', code).map((n) => `${n.line} ${n.text}`)).toEqual(['1 m.get(k)!', '2 list[0]!', '3 maybe!', '4 x!']);
  });
});
