/**
 * One page of each kind the site has, as paths under the base ("" is the home page), picked from a
 * built site so that no district, person or course id is typed here. The accessibility and CSP tests,
 * Lighthouse and the page-weight benchmark all walk this list. It reads a built site with node:fs, so it
 * lives with the scripts, not in src/ (which the site itself is built from); tests import it from here.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface PageType {
  /** Short English name for reports. */
  name: string;
  /** Path under the base, ending in "/" ("" for the home page). */
  path: string;
  /** The built file, or undefined when the site has no such page yet. */
  file: string | undefined;
}

/** A path that no page has: GitHub Pages answers it with 404.html. */
export const MISSING_PATH = 'khong-co-trang-nay/';

const FIXED: [string, string][] = [
  ['home', ''],
  ['document', 'de-an/'],
  ['baseline', 'thuc-trang/'],
  ['targets', 'chi-tieu/'],
  ['target', 'chi-tieu/*/'],
  ['roadmap', 'lo-trinh/'],
  ['roadmap-year', 'lo-trinh/*/'],
  ['districts', 'quan-huyen/'],
  ['district', 'quan-huyen/*/'],
  ['person', 'nguoi/*/'],
  ['courses', 'lop-hoc/'],
  ['course', 'lop-hoc/*/'],
  ['course-year', 'lop-hoc/nam-*/'],
  ['data', 'du-lieu/'],
  ['search', 'tim-kiem/'],
];

/** The first sub-folder (in code-point order) holding an index.html, for "section/*\/" or "section/prefix-*\/". */
function firstPage(site: string, pattern: string): string | undefined {
  const cut = pattern.lastIndexOf('/', pattern.length - 3) + 1;
  const section = pattern.slice(0, cut);
  const prefix = pattern.slice(cut, -2);
  const dir = path.join(site, section);
  if (!existsSync(dir)) return undefined;
  const sub = readdirSync(dir)
    .sort()
    .find((name) => name.startsWith(prefix) && statSync(path.join(dir, name)).isDirectory() && existsSync(path.join(dir, name, 'index.html')));
  return sub === undefined ? undefined : `${section}${sub}/`;
}

/** Every page type's name, in the order of `pageTypes`. */
export const PAGE_TYPE_NAMES = [...FIXED.map(([name]) => name), 'not-found'];

export function pageTypes(site: string): PageType[] {
  const types = FIXED.map(([name, pattern]): PageType => {
    const p = pattern.endsWith('*/') ? firstPage(site, pattern) : pattern;
    const file = p === undefined ? undefined : path.join(site, p, 'index.html');
    return { name, path: p ?? pattern, file: file && existsSync(file) ? file : undefined };
  });
  const notFound = path.join(site, '404.html');
  return [...types, { name: 'not-found', path: MISSING_PATH, file: existsSync(notFound) ? notFound : undefined }];
}
