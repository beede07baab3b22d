/**
 * The district, person, course and download pages in Chromium: no errors; on a district page the
 * chairwomen table lists everyone in name order with who is short of the standard, with or without
 * JavaScript (the page has no chart, so no script but the search box's), and the commune anchors land.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { communeAnchor } from '../../src/site/links.ts';
import { assessedSite } from '../build/assessed-site.ts';
import { openPage, useSiteBrowser } from './browser.ts';

const { a } = assessedSite();
// The district with the most chairwomen on the smaller side of the standard: both answers show.
const district = a.dataset.districts
  .map((d) => a.districtView(d.id)!)
  .sort((x, y) => Math.min(y.standard.meeting, y.standard.population - y.standard.meeting) - Math.min(x.standard.meeting, x.standard.population - x.standard.meeting))[0]!;
const chair = district.standard.people[0]!;
const cadre = district.communes.flatMap((c) => c.sourceCadres)[0]!;
const course = a.courseViews()[0]!;
const PAGES = ['quan-huyen/', `quan-huyen/${district.id}/`, `nguoi/${chair.person.id}/`, `nguoi/${cadre.id}/`, 'lop-hoc/', `lop-hoc/${course.id}/`, 'du-lieu/'];

const site = useSiteBrowser({ noScript: true });

describe.each(PAGES)('page /%s', (path) => {
  it('loads without errors', async () => {
    const { page, errors } = await openPage(site.context, site.url + path);
    expect(await page.locator('h1').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a district page', () => {
  const url = () => `${site.url}quan-huyen/${district.id}/`;
  /** The chairwomen table as shown: each visible row's person and its "Tiêu chuẩn" cell. */
  const shownRows = (page: Page) =>
    page.$$eval('#bang-chu-tich tbody tr', (rows) =>
      rows.filter((r) => (r as HTMLElement).checkVisibility()).map((r) => [(r as HTMLElement).dataset['person'], (r as HTMLTableRowElement).cells[3]!.textContent!.trim()]),
    );
  const expected = district.standard.people.filter((s) => !s.meets).map((s) => [s.person.id, 'Chưa đạt']);

  it('lists the chairwomen short of the standard in name order, the others folded, with nothing to click in the headers', async () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(district.standard.people.some((s) => s.meets)).toBe(true);
    const { page, errors } = await openPage(site.context, url());
    expect(await shownRows(page)).toEqual(expected);
    expect(await page.locator('#bang-chu-tich thead button').count()).toBe(0);
    // The banner naming the district shows only when a commune is reached by its anchor.
    expect(await page.locator('.landing-district').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lands on a commune from its anchor', async () => {
    const code = district.communes[0]!.commune.code;
    const { page, errors } = await openPage(site.context, `${url()}#${communeAnchor(code)}`);
    const heading = page.locator(`#${communeAnchor(code)}`);
    const top = await heading.evaluate((e) => e.getBoundingClientRect().top);
    // Just below the district's banner at the top of the screen.
    const bannerBottom = await page.locator('.landing-district').evaluate((e) => e.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(bannerBottom - 1);
    expect(top).toBeLessThan(bannerBottom + 40);
    // Highlighted, and the heading itself names the district.
    expect(await page.locator(`[data-commune="${code}"]`).evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    expect(await page.locator(`[data-commune="${district.communes[1]!.commune.code}"]`).evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('none');
    expect(await heading.textContent()).toContain(district.name);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lands on a commune of the compact table with the district named at the top of the screen', async () => {
    const { page, errors } = await openPage(site.context, url());
    const id = await page.locator('.commune-table th[id]').first().getAttribute('id');
    expect(id).toMatch(/^xa-/);
    await page.goto(`${url()}#${id}`);
    const row = page.locator(`[id="${id}"]`);
    const top = await row.evaluate((e) => e.getBoundingClientRect().top);
    const banner = page.locator('.landing-district');
    expect(await banner.textContent()).toContain(district.name);
    expect(await banner.isVisible()).toBe(true);
    const box = await banner.evaluate((e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
    expect(box.top).toBe(0);
    // The banner sits above the row it names, not over it.
    expect(top).toBeGreaterThanOrEqual(box.bottom - 1);
    expect(top).toBeLessThan(200);
    expect(await row.evaluate((e) => getComputedStyle(e.closest('tr')!).outlineStyle)).toBe('solid');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the same table without JavaScript', async () => {
    const { page } = await openPage(site.noScript, url());
    expect(await shownRows(page)).toEqual(expected);
    await page.close();
  });
});
