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
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lands on a commune from its anchor', async () => {
    const code = district.communes[0]!.commune.code;
    const { page, errors } = await openPage(site.context, `${url()}#${communeAnchor(code)}`);
    const heading = page.locator(`#${communeAnchor(code)}`);
    const top = await heading.evaluate((e) => e.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    // Highlighted, and the heading itself names the district.
    expect(await page.locator(`[data-commune="${code}"]`).evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    expect(await page.locator(`[data-commune="${district.communes[1]!.commune.code}"]`).evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('none');
    expect(await heading.textContent()).toContain(district.name);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the same table without JavaScript', async () => {
    const { page } = await openPage(site.noScript, url());
    expect(await shownRows(page)).toEqual(expected);
    await page.close();
  });
});
