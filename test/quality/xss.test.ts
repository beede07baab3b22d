/**
 * Script injection end to end: the committed data with a payload in every free-text field
 * (test/quality/xss/xss-dataset.ts) builds, and in Chromium no page of any type — charts and sortable
 * tables used — calls alert, confirm or prompt, trips the Content-Security-Policy or
 * gains an element or attribute from the data; chart data stay data. The static escaping of each
 * field is test/build/escaping.test.ts's; this one proves the whole site, as a browser runs it.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_TYPE_NAMES, pageTypes, type PageType } from '../../scripts/lib/page-types.ts';
import { ROOT } from '../data/helpers.ts';
import { openPage, useSiteBrowser } from '../browser/browser.ts';
import { attr, byTag, elements, readHtml, text } from '../build/html-tree.ts';
import { buildSite, htmlFiles, pageAlarms, unexpectedErrors, watchForScriptInjection } from './helpers.ts';
import { LIVE_MARKUP, PAYLOAD, TEXT_KEYS, writeXssDataset } from './xss/xss-dataset.ts';

const work = mkdtempSync(path.join(tmpdir(), 'de-an-xss-'));
const data = path.join(work, 'data');
const siteDir = path.join(work, 'site');
let poisoned: { files: number; fields: number };
let types: PageType[];

beforeAll(async () => {
  poisoned = writeXssDataset(path.join(ROOT, 'data'), data);
  await buildSite(data, siteDir);
  types = pageTypes(siteDir);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Property names of plain strings (no pattern, enum, format or const) in the JSON Schemas. */
function freeTextKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (node: unknown, key: string | undefined): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, key));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if ('$ref' in o) throw new Error('a $ref in the schemas: teach this walk to follow it');
    if (o['type'] === 'string' && !['pattern', 'enum', 'format', 'const'].some((k) => k in o) && key) keys.add(key);
    for (const [k, v] of Object.entries(o)) {
      if (k === 'properties') for (const [p, s] of Object.entries(v as Record<string, unknown>)) walk(s, p);
      else if (['items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf'].includes(k)) walk(v, key);
    }
  };
  const dir = path.join(ROOT, 'schemas');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.schema.json'))) walk(JSON.parse(readFileSync(path.join(dir, f), 'utf8')), undefined);
  return keys;
}

describe('the poisoned dataset', () => {
  it('poisons every free-text field the schemas have (only codes read by the assessment are spared)', () => {
    // unit, level: codes; checks: ids of the reconciliation's checks that a finding note groups;
    // short: a tile's label of at most 4 characters, which the schema refuses the payload for.
    const spared = ['unit', 'level', 'checks', 'short'];
    expect([...freeTextKeys()].filter((k) => !spared.includes(k)).sort()).toEqual([...TEXT_KEYS].sort());
  });

  it('has the payload in every data file, and builds', () => {
    expect(poisoned.files).toBe(readdirSync(path.join(ROOT, 'data'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).length);
    for (const f of readdirSync(data, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.yaml'))) {
      expect(readFileSync(path.join(data, f), 'utf8'), f).toContain('onerror=confirm(2)');
    }
    expect(htmlFiles(siteDir).length).toBeGreaterThan(100);
  });
});

describe('every built page of the poisoned site', () => {
  it('has no live markup from the data, and chart data that parse back to the payload', () => {
    const wrong: string[] = [];
    let chartsWithPayload = 0;
    for (const file of htmlFiles(siteDir)) {
      const doc = readHtml(path.join(siteDir, file));
      for (const el of elements(doc)) {
        if (el.attrs.some((a) => a.name.startsWith('on'))) wrong.push(`${file}: <${el.tagName}> with an event handler`);
        if (el.tagName === 'img' && attr(el, 'src') === 'x') wrong.push(`${file}: <img src=x>`);
        if (el.tagName === 'a' && /^\s*javascript:/i.test(attr(el, 'href') ?? '')) wrong.push(`${file}: javascript: link`);
      }
      for (const s of byTag(doc, 'script')) {
        if (attr(s, 'src') !== undefined) continue;
        if (attr(s, 'type') !== 'application/json') {
          wrong.push(`${file}: inline script ${text(s).slice(0, 60)}`);
          continue;
        }
        try {
          if (JSON.stringify(JSON.parse(text(s))).includes(JSON.stringify(PAYLOAD).slice(1, -1))) chartsWithPayload++;
        } catch {
          wrong.push(`${file}: chart data broken out of`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // District names in the charts carry the payload: the JSON escaping was really exercised.
    expect(chartsWithPayload).toBeGreaterThan(0);
  });
});

describe('in Chromium, one poisoned page of each type', () => {
  const browser = useSiteBrowser({ dir: siteDir, prepare: watchForScriptInjection });

  it.each(PAGE_TYPE_NAMES)('%s: no dialog, no CSP violation, no element from the data, payload shown as text', async (name) => {
    const type = types.find((t) => t.name === name)!;
    expect(type.file, `${name} (/${type.path}) is not built`).toBeDefined();
    const query = name === 'search' ? `?q=${encodeURIComponent(PAYLOAD)}` : '';
    const { page, errors } = await openPage(browser.context, `${browser.url}${type.path}${query}`);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    try {
      await page.waitForLoadState('networkidle');
      // Use what the scripts add: sort every sortable column.
      for (const b of await page.locator('table[data-sortable] button').all()) await b.click();
      const injected = await page.evaluate(
        () => document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript:"], iframe').length,
      );
      const shown = await page.evaluate(() => document.body.textContent ?? '');
      const alarms = await pageAlarms(page);
      expect(alarms.calls).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(alarms.violations).toEqual([]);
      expect(injected).toBe(0);
      expect(unexpectedErrors(errors, name === 'not-found')).toEqual([]);
      if (name !== 'not-found') expect(LIVE_MARKUP.some((m) => shown.includes(m))).toBe(true);
    } finally {
      await page.close();
    }
  });
});
