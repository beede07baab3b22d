/**
 * The rules for the files that only show things (src/pages/, src/components/, src/layouts/): they get
 * everything from a page model, so they import nothing from the data, the assessment, the domain
 * rules, the schemas or the loaders, and they assert no lookup into existence with `!` (a page model
 * hands over what a page shows, already found).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { codeOf, frontmatter, importsOf, parseBlock, resolveImport, sourceFiles } from './import-graph.ts';

export const PAGE_FOLDERS = ['src/pages', 'src/components', 'src/layouts'] as const;

/** Folders whose files no page, component or layout imports (type imports included). */
export const FORBIDDEN_FOLDERS = ['src/data/', 'src/assessment/', 'src/domain/', 'src/schema/'] as const;

/** The loaders: what the page models are built from, never read by a page itself. */
export const FORBIDDEN_FILES = ['src/site/assessment.ts', 'src/site/dataset.ts', 'src/site/document.ts', 'src/site/chrome.ts'] as const;

const isForbidden = (target: string) =>
  FORBIDDEN_FOLDERS.some((folder) => target.startsWith(folder)) || (FORBIDDEN_FILES as readonly string[]).includes(target);

/** "src/pages/x.astro:3 imports src/data/dataset.ts (type)", for every forbidden import under the page folders of root. */
export function forbiddenImports(root: string): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(root, PAGE_FOLDERS)) {
    for (const i of importsOf(file, readFileSync(path.join(root, file), 'utf8'))) {
      if (!i.specifier.startsWith('.')) continue;
      // A file that does not exist (yet) still names a folder.
      const target = resolveImport(root, file, i.specifier) ?? path.posix.normalize(path.posix.join(path.posix.dirname(file), i.specifier));
      if (isForbidden(target)) found.push(`${file}:${i.line} imports ${target}${i.typeOnly ? ' (type)' : ''}`);
    }
  }
  return found;
}

/** Every `x!` in a parsed piece of code, with its 1-based line in the file. */
function nonNullIn(source: ts.SourceFile, lineOffset: number): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNonNullExpression(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + lineOffset + 1;
      found.push({ line, text: node.getText(source).replace(/\s+/g, ' ') });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Skips a JS string or template literal starting at i (its quote); returns the index after it. */
function skipString(text: string, i: number): number {
  const quote = text[i];
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === quote) return j + 1;
    else if (quote !== '`' && text[j] === '\n') return j + 1;
  }
  return text.length;
}

/**
 * The `{…}` expressions of an .astro template (outermost only, attributes' included), with the index of
 * their first character. HTML comments, <style> and <script> are skipped: text and CSS are not code.
 */
export function templateExpressions(template: string): { code: string; at: number }[] {
  const found: { code: string; at: number }[] = [];
  let i = 0;
  while (i < template.length) {
    if (template.startsWith('<!--', i)) {
      const end = template.indexOf('-->', i + 4);
      i = end < 0 ? template.length : end + 3;
      continue;
    }
    const raw = /^<(style|script)\b/i.exec(template.slice(i, i + 8));
    if (raw) {
      const open = template.indexOf('>', i);
      const selfClosing = open > 0 && template[open - 1] === '/';
      const close = template.toLowerCase().indexOf(`</${raw[1]!.toLowerCase()}`, i);
      i = selfClosing ? open + 1 : close < 0 ? template.length : template.indexOf('>', close) + 1 || template.length;
      continue;
    }
    if (template[i] !== '{') {
      i++;
      continue;
    }
    const start = i + 1;
    let depth = 1;
    let j = start;
    while (j < template.length && depth > 0) {
      const c = template[j]!;
      if (c === '"' || c === "'" || c === '`') {
        j = skipString(template, j);
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}') depth--;
      j++;
    }
    found.push({ code: template.slice(start, j - 1), at: start });
    i = j;
  }
  return found;
}

/** "line: text" of every non-null assertion in a file's code: .ts, .astro frontmatter, scripts and template expressions. */
export function nonNullAssertions(file: string, text: string): { line: number; text: string }[] {
  const found = codeOf(file, text).flatMap((block) => nonNullIn(parseBlock(block, file), block.lineOffset));
  if (file.endsWith('.astro')) {
    const templateStart = frontmatter(text)?.end ?? 0;
    const template = text.slice(templateStart);
    const lineAt = (index: number) => text.slice(0, templateStart + index).split('\n').length - 1;
    for (const e of templateExpressions(template)) {
      const source = ts.createSourceFile('expression.tsx', `(${e.code})`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      found.push(...nonNullIn(source, lineAt(e.at)));
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** "src/pages/x.astro:12 lookup.get(id)!", for every non-null assertion under the page folders of root. */
export function nonNullAssertionsUnder(root: string): string[] {
  return sourceFiles(root, PAGE_FOLDERS).flatMap((file) =>
    nonNullAssertions(file, readFileSync(path.join(root, file), 'utf8')).map((n) => `${file}:${n.line} ${n.text}`),
  );
}
