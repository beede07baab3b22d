/**
 * No import cycles in src/ or scripts/, type-only imports included: a cycle means two modules that
 * cannot be understood, tested or moved one without the other. Each cycle is printed as a chain of
 * files, each with the line of its import of the next ("-(type)->" where that import is type-only).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCycle, importCycles, importGraph, importsOf } from './import-graph.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(import.meta.dirname, 'fixtures/type-cycle');

describe('import cycles', () => {
  it('src/ and scripts/ have none', () => {
    const graph = importGraph(ROOT, ['src', 'scripts']);
    expect(graph.size).toBeGreaterThan(100);
    expect(importCycles(graph).map((c) => formatCycle(graph, c))).toEqual([]);
  });

  it('a type-only cycle is one (the fixture has a.ts ⇄ b.ts, and c.ts outside it)', () => {
    const graph = importGraph(FIXTURE, ['src']);
    expect([...graph.keys()]).toEqual(['src/a.ts', 'src/b.ts', 'src/c.ts']);
    expect(importCycles(graph)).toEqual([['src/a.ts', 'src/b.ts', 'src/a.ts']]);
    expect(importCycles(graph).map((c) => formatCycle(graph, c))).toEqual(['src/a.ts:2 -(type)-> src/b.ts:2 -(type)-> src/a.ts']);
  });
});

describe('what counts as an import', () => {
  const specifiers = (file: string, text: string) => importsOf(file, text).map((i) => `${i.line} ${i.specifier}${i.typeOnly ? ' type' : ''}`);

  it('import, import type, export … from, import() of a literal, typeof import(); not comments or strings', () => {
    const code = [
      "import a from './a.ts';",
      "import type { B } from './b.ts';",
      "export { c } from './c.ts';",
      "export * from './d.ts';",
      "export type { E } from './e.ts';",
      "const f = await import('./f.ts');",
      "let g: typeof import('./g.ts') | undefined;",
      "// import h from './h.ts';",
      "const i = \"import i from './i.ts'\";",
      'const j = import(`./j-${a}.ts`);',
      "import './k.css';",
    ].join('\n');
    expect(specifiers('x.ts', code)).toEqual(['1 ./a.ts', '2 ./b.ts type', '3 ./c.ts', '4 ./d.ts', '5 ./e.ts type', '6 ./f.ts', '7 ./g.ts type', '11 ./k.css']);
  });

  it('in .astro: the frontmatter and <script> blocks, not the template or JSON data', () => {
    const astro = [
      '---',
      "import Base from '../layouts/Base.astro';",
      "import { href } from '../site/url.ts';",
      '---',
      '<Base><p>import x from "./not-code.ts"</p></Base>',
      '<script type="application/json" data-spec set:html={json} />',
      '<script type="application/json">{"import": "./data.ts"}</script>',
      '<script>',
      "  import '../scripts/charts.ts';",
      '</script>',
    ].join('\n');
    expect(specifiers('x.astro', astro)).toEqual(['2 ../layouts/Base.astro', '3 ../site/url.ts', '9 ../scripts/charts.ts']);
  });
});
