/**
 * Every link of the built site that stays on the site leads somewhere: its path is a file of the
 * build (a folder's index.html, or the file itself), and its #anchor is an id on that page. A page
 * that says "see there" (a person page pointing at the home page's reading of a criterion, a commune
 * at its row of a district page) must not send the reader to a place that is not there.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../quality/helpers.ts';
import { attr, elements, readHtml } from './html-tree.ts';

const site = inject('builtSite');
const files = htmlFiles(site.dir);

/** The ids of each page, read once: most links go to a handful of pages. */
const idsOf = new Map<string, Set<string>>();
function ids(file: string): Set<string> {
  let found = idsOf.get(file);
  if (!found) {
    found = new Set(elements(readHtml(path.join(site.dir, file))).flatMap((e) => attr(e, 'id') ?? []));
    idsOf.set(file, found);
  }
  return found;
}

/** The attribute holding each element's URL, for the elements that lead or load somewhere. */
const URL_ATTR: Record<string, string> = { a: 'href', link: 'href', form: 'action', img: 'src', script: 'src' };

/** The built file a site path is served from, or undefined. */
function fileOf(sitePath: string): string | undefined {
  const rel = decodeURIComponent(sitePath.slice(site.basePath.length));
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
  return candidates.find((c) => existsSync(path.join(site.dir, c)) && statSync(path.join(site.dir, c)).isFile());
}

describe('links within the built site', () => {
  it('covers the whole site', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('each lead to a file of the build, and each #anchor to an id on its page', () => {
    const broken: string[] = [];
    let checked = 0;
    // #anchors on another page than the link's: the ones a page can get wrong (a commune's row, a reading).
    let elsewhere = 0;
    let readings = 0;
    for (const file of files) {
      const doc = readHtml(path.join(site.dir, file));
      for (const el of elements(doc)) {
        const href = attr(el, URL_ATTR[el.tagName] ?? '');
        if (href === undefined || /^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
        const url = new URL(href, `http://site${site.basePath}${file}`);
        const target = url.pathname === `${site.basePath}${file}` || href.startsWith('#') ? file : fileOf(url.pathname);
        checked++;
        if (!url.pathname.startsWith(site.basePath) || target === undefined) {
          broken.push(`${file}: ${href} (no such file)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor === '') continue;
        if (target !== file) elsewhere++;
        if (anchor.startsWith('cach-doc-')) readings++;
        if (!target.endsWith('.html') || !ids(target).has(anchor)) broken.push(`${file}: ${href} (no id "${anchor}" on ${target})`);
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
    expect(broken.length).toBe(0);
    // Something to check: the menu alone gives every page 8 links; every person page links her
    // commune's row on a district page, and a chairwoman's page the home page's reading of a criterion.
    const people = files.filter((f) => f.startsWith('nguoi/')).length;
    expect(checked).toBeGreaterThan(files.length * 8);
    expect(elsewhere).toBeGreaterThan(people);
    expect(readings).toBeGreaterThan(0);
  });
});
