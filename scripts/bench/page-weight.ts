/**
 * What one page of each kind weighs on first view: its HTML, the stylesheets it links and the module
 * scripts it loads with everything they import statically, raw and gzipped (as GitHub Pages serves them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageTypes } from '../lib/page-types.ts';

export interface Size {
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  type: string;
  path: string;
  html: Size;
  css: Size & { files: number };
  js: Size & { files: number };
  total: Size;
}

const sizeOf = (buf: Buffer): Size => ({ bytes: buf.length, gzip: gzipSync(buf).length });
const add = (a: Size, b: Size): Size => ({ bytes: a.bytes + b.bytes, gzip: a.gzip + b.gzip });
const ZERO: Size = { bytes: 0, gzip: 0 };

/** Site file for an href under the base ("/de-an-04/_astro/x.css" → site/_astro/x.css). */
function fileOf(site: string, base: string, href: string): string | undefined {
  const p = href.split(/[?#]/)[0]!;
  return p.startsWith(base) ? path.join(site, p.slice(base.length)) : undefined;
}

/** Static imports of a bundled module (`import"./a.js"`, `from"./b.js"`); dynamic import() loads later, on use. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.m?js)["']/g)].map((m) => path.resolve(path.dirname(file), m[1]!));
}

function total(files: Iterable<string>): Size & { files: number } {
  let s = ZERO;
  let n = 0;
  for (const f of files) {
    s = add(s, sizeOf(readFileSync(f)));
    n++;
  }
  return { ...s, files: n };
}

export function pageWeights(site: string, base: string): PageWeight[] {
  return pageTypes(site).flatMap((t): PageWeight[] => {
    if (!t.file) return [];
    const html = readFileSync(t.file);
    const text = html.toString('utf8');
    const css = new Set<string>();
    for (const m of text.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
      const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
      const f = href && fileOf(site, base, href);
      if (f) css.add(f);
    }
    const js = new Set<string>();
    const queue: string[] = [];
    for (const m of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
      const f = fileOf(site, base, m[1]!);
      if (f) queue.push(f);
    }
    while (queue.length) {
      const f = queue.pop()!;
      if (js.has(f)) continue;
      js.add(f);
      queue.push(...staticImports(f));
    }
    const h = sizeOf(html);
    const c = total(css);
    const j = total(js);
    return [{ type: t.name, path: t.path, html: h, css: c, js: j, total: add(add(h, c), j) }];
  });
}
