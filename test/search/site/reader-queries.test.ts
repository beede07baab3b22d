/**
 * Queries as readers type them, without diacritics, through the site's own search page and header
 * box (issue 11): the place a query names comes first, the overview pages and the roadmap years are
 * found by their words, d finds đ in body text, a typo gets a "Có phải bạn tìm" hint that runs its
 * search, and the box and the page agree. Expected pages come from the data the site was built from.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { fold } from '../../../src/search/fold.ts';
import { communeHref, districtHref, roadmapYearHref, sectionHref } from '../../../src/site/links.ts';
import { assessedSite } from '../../build/assessed-site.ts';
import { ask, openPage, useSearchSession, settled } from './search-page.ts';

const { dir, basePath } = inject('builtSite');
const { a } = assessedSite();

const communeNamed = (name: string) => a.communeRows().find((r) => fold(r.commune.name) === fold(name))?.commune;
const districtNamed = (name: string) => a.districtsByName().find((id) => fold(a.scopeLabel({ district: id })) === fold(name));
const total = (status: string) => Number(status.replace(/\D+kết quả[\s\S]*$/, '').replace(/\D/g, ''));

const s = useSearchSession(dir, basePath);

/** The header box's options for a query typed key by key, once its status has the answer. */
async function boxAnswer(page: Page, query: string): Promise<{ titles: string[]; hint: string }> {
  const box = page.getByRole('combobox', { name: 'Tìm kiếm' });
  await box.fill('');
  await box.pressSequentially(query, { delay: 20 });
  await page.waitForFunction(
    (q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('kết quả') && (document.querySelector<HTMLAnchorElement>('[data-search-all]')?.href ?? '').includes(encodeURIComponent(q)),
    query,
  );
  // The hint, if any, follows the results by one fetch.
  await page.waitForTimeout(300);
  return page.evaluate(() => ({
    titles: [...document.querySelectorAll('[role="listbox"] [role="option"] .search-option-title')].map((e) => e.textContent ?? ''),
    hint: [...document.querySelectorAll<HTMLElement>('.search-box-hint')].find((e) => !e.hidden)?.textContent ?? '',
  }));
}

const pageHint = () => s.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-results-hint]')].find((e) => !e.hidden)?.textContent ?? '');

describe('the place a query names', () => {
  it('"phuong mai" puts Phường Phương Mai first, before the other wards with Mai', async () => {
    const ward = communeNamed('Phường Phương Mai');
    expect(ward).toBeDefined();
    const { results } = await ask(s, 'phuong mai');
    expect(results[0]?.href).toBe(communeHref(ward!.district, ward!.code));
  });

  it('"dong da" puts the district first and its own people before people elsewhere', async () => {
    const id = districtNamed('Quận Đống Đa')!;
    const { results } = await ask(s, 'dong da');
    expect(results[0]?.href).toBe(districtHref(id));
    // Among the chairwomen it finds, those of Đống Đa come first.
    const people = (await ask(s, 'dong da', { loai: 'chu-tich' })).results;
    const firstElsewhere = people.findIndex((r) => !r.facts.includes('Quận Đống Đa'));
    const lastHere = people.map((r) => r.facts.includes('Quận Đống Đa')).lastIndexOf(true);
    expect(people[0]?.facts).toContain('Quận Đống Đa');
    if (firstElsewhere >= 0) expect(lastHere).toBeLessThan(firstElsewhere);
  });
});

describe('pages found by their words', () => {
  it('"chi tieu" has the targets page in the top 3', async () => {
    const { results } = await ask(s, 'chi tieu');
    expect(results.slice(0, 3).map((r) => r.href)).toContain(sectionHref('chi-tieu'));
  });

  it('"du lieu" and "csv" find the downloads page first', async () => {
    for (const q of ['du lieu', 'csv']) expect((await ask(s, q)).results[0]?.href).toBe(sectionHref('du-lieu'));
  });

  it('"bao cao 2014" has the 2014 roadmap year in the top 3', async () => {
    const year = a.roadmap().years.find((y) => y.year === 2014)!.year;
    const { results } = await ask(s, 'bao cao 2014');
    expect(results.slice(0, 3).map((r) => r.href)).toContain(roadmapYearHref(year));
  });

  it("a roadmap year is found by a task's own words", async () => {
    const item = a.annualReport(a.roadmap().years[1]!.year).items[0]!;
    const phrase = fold(item.text).toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 3).slice(0, 3).join(' ');
    const { results } = await ask(s, phrase, { loai: 'lo-trinh' });
    expect(results.map((r) => r.href)).toContain(roadmapYearHref(a.roadmap().years[1]!.year));
  });
});

describe('d finds đ', () => {
  it('"dao tao" finds at least as many pages as "đào tạo", and more than one', async () => {
    const plain = total((await ask(s, 'dao tao')).status);
    const marked = total((await ask(s, 'đào tạo')).status);
    expect(marked).toBeGreaterThan(1);
    expect(plain).toBeGreaterThanOrEqual(marked);
  });
});

describe('a typo', () => {
  it('"chuong mi" gets a hint naming Huyện Chương Mỹ on the page, whose link runs that search', async () => {
    const id = districtNamed('Huyện Chương Mỹ')!;
    await ask(s, 'chuong mi');
    await s.page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('[data-results-hint]')].some((e) => !e.hidden));
    expect(await pageHint()).toBe('Có phải bạn tìm: Huyện Chương Mỹ?');
    await s.page.getByRole('link', { name: 'Huyện Chương Mỹ' }).click();
    await s.page.waitForURL((u) => u.searchParams.get('q') === 'Huyện Chương Mỹ');
    await settled(s.page);
    expect(await s.page.locator('[data-results] > li a.result-title').first().getAttribute('href')).toBe(districtHref(id));
  });

  it('"chuong mi" gets the same hint in the header box', async () => {
    const { page, errors } = await openPage(s.browser.context, `${s.site.url}de-an/`);
    expect((await boxAnswer(page, 'chuong mi')).hint).toBe('Có phải bạn tìm: Huyện Chương Mỹ?');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a query answered by a name, or by whole words of a text, gets no hint', async () => {
    for (const q of ['phuong mai', 'kinh phi']) {
      await ask(s, q);
      await s.page.waitForTimeout(300);
      expect(await pageHint()).toBe('');
    }
  });
});

describe('the header box and the search page', () => {
  it('give the same first results for "giang" and "dong da"', async () => {
    const { page, errors } = await openPage(s.browser.context, `${s.site.url}de-an/`);
    for (const q of ['giang', 'dong da']) {
      const box = await boxAnswer(page, q);
      const { results } = await ask(s, q);
      expect(box.titles.length).toBeGreaterThan(2);
      expect(box.titles).toEqual(results.slice(0, box.titles.length).map((r) => r.title));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('are two search landmarks with distinct names', async () => {
    await ask(s, 'giang');
    const names = await s.page.evaluate(() => [...document.querySelectorAll('[role="search"]')].map((e) => e.getAttribute('aria-label') ?? ''));
    expect(names.length).toBe(2);
    expect(names.every((n) => n !== '')).toBe(true);
    expect(new Set(names).size).toBe(2);
  });
});

describe('the search page on a phone (390×844)', () => {
  it('has no sideways scroll, and shows its first result without scrolling', async () => {
    await s.page.setViewportSize({ width: 390, height: 844 });
    try {
      await ask(s, 'dong da');
      const view = await s.page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        firstBottom: document.querySelector('[data-results] > li a.result-title')?.getBoundingClientRect().bottom ?? Infinity,
      }));
      expect(view.overflow).toBe(0);
      expect(view.firstBottom).toBeLessThanOrEqual(844);
    } finally {
      await s.page.setViewportSize({ width: 1366, height: 900 });
    }
  });
});
