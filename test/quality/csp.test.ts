/**
 * Content-Security-Policy over the built site: every page carries one, first among the things it
 * applies to, with no 'unsafe-inline' or 'unsafe-eval' and no foreign sources; everything inline that
 * would execute or style must be allowed by a hash (the site's policy, src/site/csp.ts, lists none:
 * so there must be no such thing), and nothing inline executes that is not JSON data.
 * Then in Chromium: one page of each type loads with no CSP violation.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pageTypes } from '../../scripts/lib/page-types.ts';
import { openPage, useSiteBrowser } from '../browser/browser.ts';
import { attr, byTag, elements, readHtml, text, type Document } from '../build/html-tree.ts';
import { htmlFiles, pageAlarms, unexpectedErrors, watchForScriptInjection } from './helpers.ts';

const site = inject('builtSite');
const files = htmlFiles(site.dir);
const pages = new Map<string, Document>(files.map((f) => [f, readHtml(path.join(site.dir, f))]));

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

function policyOf(doc: Document): Map<string, string[]> | undefined {
  const meta = elements(doc).find((e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  const content = meta && attr(meta, 'content');
  if (!content) return undefined;
  const directives = content
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0]);
  return new Map(directives.map(([name, ...sources]) => [name!.toLowerCase(), sources]));
}

describe('Content-Security-Policy of every built page', () => {
  it('covers the whole site', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('is one <meta http-equiv> in <head>, before any script or stylesheet', () => {
    const wrong: string[] = [];
    for (const [file, doc] of pages) {
      const head = byTag(doc, 'head')[0]!;
      const inHead = elements(head);
      const metas = elements(doc).filter((e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
      const at = inHead.findIndex((e) => metas.includes(e));
      const firstActive = inHead.findIndex((e) => e.tagName === 'script' || e.tagName === 'style' || (e.tagName === 'link' && attr(e, 'rel') === 'stylesheet'));
      if (metas.length !== 1 || at === -1 || (firstActive !== -1 && firstActive < at)) wrong.push(file);
    }
    expect(wrong).toEqual([]);
  });

  it('allows scripts and styles only from the site and by hash: no unsafe-inline, no unsafe-eval', () => {
    const wrong: string[] = [];
    const foreign = (s: string) => s === '*' || /^(https?|data|blob|filesystem):/i.test(s) || s.includes('.');
    for (const [file, doc] of pages) {
      const p = policyOf(doc)!;
      const script = p.get('script-src') ?? [];
      const style = p.get('style-src') ?? [];
      const problems = [
        !script.includes("'self'") && 'script-src without self',
        script.some((s) => ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"].includes(s)) && `script-src ${script.join(' ')}`,
        script.some(foreign) && 'foreign script source',
        style.length === 0 && 'no style-src',
        style.some((s) => s === "'unsafe-inline'" || foreign(s)) && `style-src ${style.join(' ')}`,
        p.get('default-src')?.join(' ') !== "'self'" && 'default-src',
        p.get('object-src')?.join(' ') !== "'none'" && 'object-src',
        p.get('base-uri')?.join(' ') !== "'self'" && 'base-uri',
      ].filter(Boolean);
      if (problems.length) wrong.push(`${file}: ${problems.join('; ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('runs no inline script but JSON data, whose text parses and cannot end its element', () => {
    const wrong: string[] = [];
    let json = 0;
    for (const [file, doc] of pages) {
      const allowed = policyOf(doc)?.get('script-src') ?? [];
      for (const s of byTag(doc, 'script')) {
        if (attr(s, 'src') !== undefined) continue;
        const body = text(s);
        if (attr(s, 'type') === 'application/json') {
          json++;
          try {
            JSON.parse(body);
          } catch {
            wrong.push(`${file}: JSON script does not parse`);
          }
          if (/<\/script|<!--/i.test(body)) wrong.push(`${file}: JSON script holds </script or <!--`);
        } else if (!allowed.includes(hash(body))) wrong.push(`${file}: inline script without a hash: ${body.slice(0, 80)}`);
      }
    }
    expect(wrong).toEqual([]);
    // The charts' data travel this way: the check above must have had something to check.
    expect(json).toBeGreaterThan(0);
  });

  it('has every inline <style> hashed and no style or event-handler attribute, no javascript: URL', () => {
    const wrong: string[] = [];
    for (const [file, doc] of pages) {
      const allowed = policyOf(doc)?.get('style-src') ?? [];
      for (const st of byTag(doc, 'style')) if (!allowed.includes(hash(text(st)))) wrong.push(`${file}: <style> without a hash`);
      for (const el of elements(doc)) {
        for (const a of el.attrs) {
          if (a.name === 'style') wrong.push(`${file}: <${el.tagName} style="${a.value}">`);
          if (a.name.startsWith('on')) wrong.push(`${file}: <${el.tagName} ${a.name}>`);
          if (['href', 'src', 'action', 'formaction'].includes(a.name) && /^\s*javascript:/i.test(a.value)) wrong.push(`${file}: ${a.name}=${a.value}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('loads scripts and stylesheets from the site itself', () => {
    const wrong: string[] = [];
    for (const [file, doc] of pages) {
      for (const el of elements(doc)) {
        const url = el.tagName === 'script' ? attr(el, 'src') : el.tagName === 'link' && attr(el, 'rel') === 'stylesheet' ? attr(el, 'href') : undefined;
        if (url !== undefined && !url.startsWith(site.basePath)) wrong.push(`${file}: ${url}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('in Chromium, one page of each type', () => {
  const browser = useSiteBrowser({ prepare: watchForScriptInjection });

  const types = pageTypes(site.dir).filter((t) => t.file);
  it.each(types.map((t) => [t.name, t.path]))('%s (/%s) loads with no CSP violation and no error', async (name, p) => {
    const { page, errors } = await openPage(browser.context, `${browser.url}${p}`);
    try {
      await page.waitForLoadState('networkidle');
      const alarms = await pageAlarms(page);
      expect(alarms.violations).toEqual([]);
      expect(alarms.calls).toEqual([]);
      expect(unexpectedErrors(errors, name === 'not-found')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lets Pagefind search under the policy', async () => {
    const { page } = await openPage(browser.context, browser.url);
    try {
      // A string, not a function: vitest would rewrite a function's import() for Node.
      const found = await page.evaluate(
        `import(${JSON.stringify(`${site.basePath}pagefind/pagefind.js`)}).then((p) => p.search('Hà Nội')).then((r) => r.results.length)`,
      );
      expect(found).toBeGreaterThan(0);
      expect((await pageAlarms(page)).violations).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
