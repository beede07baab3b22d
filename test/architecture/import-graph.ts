/**
 * The import graph of the project's own source files, for the architecture tests.
 *
 * Every .ts, .astro and .mjs file under the folders asked for is a node; every relative import is an
 * edge: `import`, `import type`, `export … from`, `import x = require()`, `require()` and `import()` of a
 * literal path, and `typeof import('…')` types. An .astro file's code is its frontmatter (between the
 * `---` fences) and its `<script>` blocks. TypeScript's own parser reads the code, so imports shown in
 * comments or strings are not imports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const SOURCE_EXTENSIONS = ['.ts', '.astro', '.mjs'] as const;

export interface Import {
  /** As written, e.g. "../site/url.ts". */
  specifier: string;
  /** 1-based line in the file it is written in. */
  line: number;
  /** `import type`, `export type … from` or a `typeof import()` type: gone after compilation. */
  typeOnly: boolean;
}

export interface ResolvedImport extends Import {
  /** The imported file relative to the graph's root, with "/" separators; undefined when no file matches. */
  target: string | undefined;
}

/** A piece of TypeScript inside a file, with the line (0-based) of the file its first line is. */
export interface CodeBlock {
  code: string;
  lineOffset: number;
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length - 1;

/** An .astro file's frontmatter: its code, where that starts, and where the closing fence ends. */
export function frontmatter(text: string): { code: string; start: number; end: number } | undefined {
  const front = /^\s*---[^\S\n]*\r?\n([\s\S]*?)^---[^\S\n]*$/m.exec(text);
  if (!front || front.index !== 0) return undefined;
  const start = text.indexOf('\n', text.indexOf('---')) + 1;
  return { code: front[1]!, start, end: front[0].length };
}

/**
 * The code of an .astro file: the frontmatter, then every `<script>` that is not data
 * (`type="application/json"`) or self-closing. Its template and styles are not code.
 */
export function astroCode(text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const front = frontmatter(text);
  const rest = front?.end ?? 0;
  if (front) blocks.push({ code: front.code, lineOffset: lineOf(text, front.start) });
  for (const m of text.slice(rest).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1]!;
    if (attrs.trimEnd().endsWith('/')) continue;
    if (/\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attrs)) continue;
    const start = rest + m.index + m[0].indexOf('>') + 1;
    blocks.push({ code: m[2]!, lineOffset: lineOf(text, start) });
  }
  return blocks;
}

/** The code blocks of a source file, by its extension. */
export function codeOf(file: string, text: string): CodeBlock[] {
  return file.endsWith('.astro') ? astroCode(text) : [{ code: text, lineOffset: 0 }];
}

/** Parses one block; .mjs as JavaScript, the rest as TypeScript. */
export function parseBlock(block: CodeBlock, file: string): ts.SourceFile {
  const kind = file.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(file, block.code, ts.ScriptTarget.Latest, true, kind);
}

const literal = (node: ts.Node | undefined): string | undefined =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

/** Every import of a file's code, relative or not, in the order written. */
export function importsOf(file: string, text: string): Import[] {
  const found: Import[] = [];
  for (const block of codeOf(file, text)) {
    const source = parseBlock(block, file);
    const add = (specifier: string | undefined, at: ts.Node, typeOnly: boolean) => {
      if (specifier === undefined) return;
      const line = source.getLineAndCharacterOfPosition(at.getStart(source)).line + block.lineOffset + 1;
      found.push({ specifier, line, typeOnly });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node)) {
        add(literal(node.moduleSpecifier), node, node.importClause?.isTypeOnly ?? false);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
        add(literal(node.moduleSpecifier), node, node.isTypeOnly);
      } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
        add(literal(node.moduleReference.expression), node, node.isTypeOnly);
      } else if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const dynamic = callee.kind === ts.SyntaxKind.ImportKeyword;
        const required = ts.isIdentifier(callee) && callee.text === 'require';
        if (dynamic || required) add(literal(node.arguments[0]), node, false);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
        add(literal(node.argument.literal), node, true);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * The file a relative specifier names, relative to root; undefined for a package or a missing file.
 * Tries the path as written, then a .js written for a .ts, then the source extensions and index files.
 */
export function resolveImport(root: string, fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  const base = path.resolve(root, path.dirname(fromFile), specifier);
  const candidates = [
    base,
    ...(base.endsWith('.js') ? [base.replace(/\.js$/, '.ts')] : []),
    ...SOURCE_EXTENSIONS.map((ext) => base + ext),
    ...SOURCE_EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
  ];
  const hit = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  return hit === undefined ? undefined : toPosix(path.relative(root, hit));
}

/** Every source file under the given folders of root, relative to root, sorted; node_modules skipped. */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else if (SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
        out.push(toPosix(path.relative(root, full)));
      }
    }
  };
  for (const folder of folders) walk(path.join(root, folder));
  return out.sort();
}

/** Each source file's imports, resolved: file → its imports in the order written. */
export type ImportGraph = Map<string, ResolvedImport[]>;

export function importGraph(root: string, folders: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(root, folders)) {
    const text = readFileSync(path.join(root, file), 'utf8');
    graph.set(
      file,
      importsOf(file, text).map((i) => ({ ...i, target: resolveImport(root, file, i.specifier) })),
    );
  }
  return graph;
}

/** The files each file imports that are nodes of the graph, without repeats, sorted. */
function edges(graph: ImportGraph): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [file, imports] of graph) {
    const targets = new Set(imports.flatMap((i) => (i.target !== undefined && graph.has(i.target) ? [i.target] : [])));
    out.set(file, [...targets].sort());
  }
  return out;
}

/** Strongly connected components (Tarjan), each sorted; only those that hold a cycle. */
export function cyclicComponents(graph: ImportGraph): string[][] {
  const next = edges(graph);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = component.length === 1 && (next.get(v) ?? []).includes(v);
      if (component.length > 1 || selfLoop) components.push(component.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) connect(v);
  return components.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** The shortest path from `from` back to itself within `members` (breadth first), as a closed chain. */
function shortestCycleThrough(from: string, next: Map<string, string[]>, members: Set<string>): string[] {
  const parent = new Map<string, string>();
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    for (const w of next.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === from) {
        const chain = [v];
        while (chain[0] !== from) chain.unshift(parent.get(chain[0]!)!);
        return [...chain, from];
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [];
}

/**
 * The import cycles, each as a closed chain of files [a, b, …, a]: for every file caught in a cycle, the
 * shortest cycle through it, starting from its first file in code-point order, repeats dropped. Every
 * file in a cycle appears in at least one chain; sorted by chain.
 */
export function importCycles(graph: ImportGraph): string[][] {
  const next = edges(graph);
  const seen = new Set<string>();
  const cycles: string[][] = [];
  for (const component of cyclicComponents(graph)) {
    const members = new Set(component);
    for (const file of component) {
      const chain = shortestCycleThrough(file, next, members);
      const ring = chain.slice(0, -1);
      const first = ring.reduce((a, b) => (b < a ? b : a));
      const at = ring.indexOf(first);
      const canonical = [...ring.slice(at), ...ring.slice(0, at), first];
      const key = canonical.join('\n');
      if (!seen.has(key)) {
        seen.add(key);
        cycles.push(canonical);
      }
    }
  }
  return cycles.sort((a, b) => (a.join('\n') < b.join('\n') ? -1 : 1));
}

/**
 * A cycle as one line: each file with the line of its import of the next, "-(type)->" where that import
 * is type-only, e.g. "src/a.ts:3 -> src/b.ts:7 -(type)-> src/a.ts".
 */
export function formatCycle(graph: ImportGraph, cycle: readonly string[]): string {
  let out = '';
  for (let i = 0; i < cycle.length - 1; i++) {
    const from = cycle[i]!;
    const imports = (graph.get(from) ?? []).filter((imp) => imp.target === cycle[i + 1]);
    const typeOnly = imports.length > 0 && imports.every((imp) => imp.typeOnly);
    out += `${from}:${imports[0]?.line ?? '?'} ${typeOnly ? '-(type)->' : '->'} `;
  }
  return out + cycle[cycle.length - 1]!;
}
