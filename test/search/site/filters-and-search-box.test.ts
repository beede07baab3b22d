/**
 * The search page's filters and sort, the header box as a keyboard combobox, and the page without
 * JavaScript. Expected counts and orders come from the assessment of the data the site was built from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fold } from '../../../src/search/fold.ts';
import { KINDS, STANDARD } from '../../../src/search/vocabulary.ts';
import { communeHref, districtHref, roadmapYearHref } from '../../../src/site/links.ts';
import { launchBrowser, type TestBrowser } from '../../browser/browser.ts';
import { assessedSite } from '../../build/assessed-site.ts';
import { pageAlarms } from '../../quality/helpers.ts';
import { allResults, ask, openPage, useSearchSession, readAnswer, settled, typedPlain } from './search-page.ts';

const { dir, basePath } = inject('builtSite');
const { a } = assessedSite();

// The district with the most chairwomen short of the standard and the most meeting it: filters have something to keep and to drop.
const district = a.dataset.districts
  .map((d) => a.districtView(d.id)!)
  .sort((x, y) => Math.min(y.standard.meeting, y.standard.population - y.standard.meeting) - Math.min(x.standard.meeting, x.standard.population - x.standard.meeting))[0]!;
const short = district.standard.people.filter((p) => !p.meets);
/** Everyone chairwoman of a commune of the district at the data's date, in name order (whether or not the standard counts her). */
const chairs = a.people().filter((p) => a.personView(p.id)!.terms.some((t) => t.current && t.role === 'chairwoman' && t.commune.district === district.id));

const s = useSearchSession(dir, basePath);
afterAll(async () => {
  expect((await pageAlarms(s.page)).violations).toEqual([]);
});

describe('filters', () => {
  it('narrow a query to one kind of result', async () => {
    const query = typedPlain(district.name, 1);
    const all = await ask(s, query);
    const chairs = await ask(s, query, { loai: 'chu-tich' });
    const total = (status: string) => Number(status.replace(/\D.*$/s, '').replace(/\./g, ''));
    expect(total(chairs.status)).toBeGreaterThan(0);
    expect(total(chairs.status)).toBeLessThan(total(all.status));
    expect(chairs.results.every((r) => r.facts.startsWith(KINDS.chairwoman))).toBe(true);
  });

  it('list, without a query, exactly the chairwomen of a district short of the standard', async () => {
    await ask(s, '', { loai: 'chu-tich', quan: district.id, 'tieu-chuan': 'chua-dat' });
    const results = await allResults(s.page);
    expect(results.map((r) => r.href).sort()).toEqual(short.map((p) => `${basePath}nguoi/${p.person.id}/`).sort());
    expect(results.every((r) => r.facts.includes(STANDARD.short) && r.facts.includes(district.name))).toBe(true);
  });

  it('list every commune of a district, each landing on its section', async () => {
    await ask(s, '', { loai: 'xa-phuong', quan: district.id });
    const results = await allResults(s.page);
    expect(results.map((r) => r.href).sort()).toEqual(district.communes.map((c) => communeHref(district.id, c.commune.code)).sort());
  });

  it('take several kinds at once (any of them)', async () => {
    await ask(s, '', { loai: ['quan-huyen', 'lo-trinh'] });
    const results = await allResults(s.page);
    const expected = [...a.dataset.districts.map((d) => districtHref(d.id)), ...a.roadmap().years.map((y) => roadmapYearHref(y.year))];
    expect(results.map((r) => r.href).sort()).toEqual(expected.sort());
  });

  it('with a sort, list the chairwomen in name order (given name, middle, family)', async () => {
    await ask(s, '', { loai: 'chu-tich', quan: district.id, xep: 'ten' });
    const results = await allResults(s.page);
    expect(results.map((r) => r.href)).toEqual(chairs.map((p) => `${basePath}nguoi/${p.id}/`));
  });

  it('find a roadmap year by its number', async () => {
    const year = a.roadmap().years[1]!.year;
    const { results } = await ask(s, String(year), { loai: 'lo-trinh' });
    expect(results[0]?.href).toBe(roadmapYearHref(year));
  });

  it('keep the address in step, so a search can be shared', async () => {
    await ask(s, 'dong da', { loai: 'chu-tich' });
    await s.page.getByLabel(STANDARD.short).check();
    await s.page.waitForURL((u) => u.searchParams.get('tieu-chuan') === 'chua-dat');
    await settled(s.page);
    const address = new URL(s.page.url()).searchParams;
    expect([address.get('q'), address.getAll('loai'), address.getAll('tieu-chuan')]).toEqual(['dong da', ['chu-tich'], ['chua-dat']]);
    const { results } = await readAnswer(s.page);
    expect(results.every((r) => r.facts.includes(STANDARD.short))).toBe(true);
  });
});

describe('results', () => {
  it('show readable excerpts: the folded copies of names never appear', async () => {
    const query = typedPlain(district.name, 1);
    const { results } = await ask(s, query);
    const folded = fold(district.name);
    expect(folded).not.toBe(district.name);
    expect(results.length).toBeGreaterThan(5);
    for (const r of results) expect(`${r.title} ${r.facts} ${r.excerpt}`).not.toContain(folded);
  });

  it("link the section of the plan that matches from the document's result (sub-results on headings)", async () => {
    // A heading of the built page whose words, folded, no other section has: searching them must land there.
    const html = readFileSync(path.join(dir, 'de-an', 'index.html'), 'utf8');
    const parts = html.split(/(?=<h[2-4] id=")/).slice(1).map((part) => {
      const [, id = '', heading = ''] = /^<h[2-4] id="([^"]+)"[^>]*>(.*?)<\/h[2-4]>/s.exec(part) ?? [];
      return { id, heading: heading.replace(/<[^>]+>/g, '').replace(/^[\dIVX.\s]+/, '').replace(/[:.]$/, '').trim(), body: fold(part.replace(/<[^>]+>/g, ' ')).toLowerCase() };
    });
    const own = parts.find((p) => p.heading.split(' ').length >= 3 && parts.filter((o) => o.body.includes(fold(p.heading).toLowerCase())).length === 1);
    expect(own, 'a heading whose words only its own section has').toBeDefined();
    const { results } = await ask(s, own!.heading);
    const found = results.find((r) => r.href === `${basePath}de-an/`);
    expect(found, `the document is among the results for "${own!.heading}"`).toBeDefined();
    expect(found!.sections[0]).toBe(`${basePath}de-an/#${own!.id}`);
  });

  it('leave out the chrome: skip link, footer and sample notice are not indexed', async () => {
    const chrome = await s.page.evaluate(() =>
      ['.skip-link', '.site-footer p:last-child', '.sample-notice p'].map((sel) => document.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
    expect(chrome.every((t) => t.split(' ').length >= 5)).toBe(true);
    for (const text of chrome) {
      await ask(s, text);
      const results = await allResults(s.page);
      expect({ text, shownIn: results.filter((r) => r.excerpt.replace(/\s+/g, ' ').includes(text)).map((r) => r.href) }).toEqual({ text, shownIn: [] });
    }
  });
});

describe('the header search box', () => {
  it('loads Pagefind on first focus, not with the page', async () => {
    const { page, errors } = await openPage(s.browser.context, `${s.site.url}de-an/`);
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/')).length);
    await page.waitForLoadState('networkidle');
    expect(await fetched()).toBe(0);
    await page.locator('#tim-kiem-dau-trang').focus();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/pagefind/pagefind.js')));
    expect(await fetched()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is a combobox: results while typing, arrows choose, Enter opens, Escape closes', async () => {
    const { page, errors } = await openPage(s.browser.context, `${s.site.url}de-an/`);
    const box = page.getByRole('combobox', { name: 'Tìm kiếm' });
    await box.click();
    await box.pressSequentially(typedPlain(district.name, 1), { delay: 20 });
    await page.waitForFunction(() => document.querySelectorAll('[role="listbox"] [role="option"]').length > 0);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('status').first().textContent()).toMatch(/kết quả/);
    const first = page.getByRole('option').first();
    expect(await first.getAttribute('data-href')).toBe(districtHref(district.id));

    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();

    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForURL((u) => u.pathname === districtHref(district.id));

    // A click on an option opens it too.
    await page.getByRole('combobox', { name: 'Tìm kiếm' }).fill(typedPlain(district.name, 1));
    const second = page.getByRole('option').nth(1);
    await second.waitFor();
    const target = await second.getAttribute('data-href');
    expect(target).not.toBe(districtHref(district.id));
    await second.click();
    await page.waitForURL((u) => u.pathname + u.hash === target);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Enter with no option chosen opens the search page with the query', async () => {
    const { page, errors } = await openPage(s.browser.context, `${s.site.url}lop-hoc/`);
    const box = page.getByRole('combobox', { name: 'Tìm kiếm' });
    await box.fill(district.name);
    await box.press('Enter');
    await page.waitForURL((u) => u.pathname === `${basePath}tim-kiem/`);
    await settled(page);
    expect(await page.locator('#tim-kiem-trang').inputValue()).toBe(district.name);
    expect(await page.locator('[data-results] a.result-title').first().getAttribute('href')).toBe(districtHref(district.id));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  let noScript: TestBrowser;
  beforeAll(async () => {
    noScript = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => noScript?.close());

  it('the header box is a plain form to the search page, which says search needs JavaScript', async () => {
    const { page, errors } = await openPage(noScript.context, `${s.site.url}de-an/`);
    const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    await box.fill('dong da');
    await box.press('Enter');
    await page.waitForURL((u) => u.pathname === `${basePath}tim-kiem/` && u.searchParams.get('q') === 'dong da');
    const notice = page.locator('.search-noscript');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('cần JavaScript');
    expect(await page.getByRole('link', { name: 'quận, huyện, thị xã' }).getAttribute('href')).toBe(`${basePath}quan-huyen/`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
