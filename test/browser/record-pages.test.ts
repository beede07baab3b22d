/**
 * The district, person, course and download pages in Chromium: no errors; on a district page the
 * chairwomen table filters to those short of the standard and sorts by column, the commune
 * anchors land, and without JavaScript the table is whole and the filter hidden.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { courseViews } from '../../src/assessment/index.ts';
import { communeAnchor } from '../../src/site/links.ts';
import { assessedSite } from '../build/assessed-site.ts';
import { launchBrowser, openPage, type TestBrowser } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

const { dir, basePath } = inject('builtSite');
const { a } = assessedSite();
// The district with the most chairwomen short of the standard: the filter has something to hide and to keep.
const district = a.dataset.districts
  .map((d) => a.districtView(d.id)!)
  .sort((x, y) => Math.min(y.standard.meeting, y.standard.population - y.standard.meeting) - Math.min(x.standard.meeting, x.standard.population - x.standard.meeting))[0]!;
const chair = district.standard.people[0]!;
const cadre = district.communes.flatMap((c) => c.sourceCadres)[0]!;
const course = courseViews(a)[0]!;
const PAGES = ['quan-huyen/', `quan-huyen/${district.id}/`, `nguoi/${chair.person.id}/`, `nguoi/${cadre.id}/`, 'lop-hoc/', `lop-hoc/${course.id}/`, 'du-lieu/'];

let site: StaticSite;
let browser: TestBrowser;
let noScript: TestBrowser;

beforeAll(async () => {
  site = await serveStatic(dir, basePath);
  browser = await launchBrowser();
  noScript = await launchBrowser({ javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await noScript?.close();
  await site?.close();
});

describe.each(PAGES)('page /%s', (path) => {
  it('loads without errors', async () => {
    const { page, errors } = await openPage(browser.context, site.url + path);
    expect(await page.locator('h1').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a district page', () => {
  const url = () => `${site.url}quan-huyen/${district.id}/`;
  const visibleRows = (page: import('playwright-core').Page) =>
    page.$$eval('#bang-chu-tich tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset['person']));

  it('filters the chairwomen to those short of the standard, and back', async () => {
    const { page, errors } = await openPage(browser.context, url());
    const box = page.getByLabel('Chỉ hiện người chưa đạt tiêu chuẩn');
    await expect(box.isVisible()).resolves.toBe(true);
    const all = district.standard.people.map((s) => s.person.id);
    const short = district.standard.people.filter((s) => !s.meets).map((s) => s.person.id);
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThan(all.length);

    await box.check();
    expect(await visibleRows(page)).toEqual(short);
    expect(await page.locator('standing-filter [role="status"]').textContent()).toContain(`${short.length}/${all.length}`);
    await box.uncheck();
    expect(await visibleRows(page)).toEqual(all);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts the chairwomen by age band and back to name order', async () => {
    const { page, errors } = await openPage(browser.context, url());
    const bands = a.dataset.plan.age.bands.map((b) => b.label);
    const bandHeader = page.locator('#bang-chu-tich thead th', { hasText: 'Nhóm tuổi' }).getByRole('button');
    await bandHeader.click();
    const shown = await page.$$eval('#bang-chu-tich tbody tr td:nth-of-type(2)', (tds) => tds.map((t) => t.textContent!.trim()));
    const ranks = shown.map((b) => bands.indexOf(b));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(await page.locator('#bang-chu-tich thead th', { hasText: 'Nhóm tuổi' }).getAttribute('aria-sort')).toBe('ascending');

    await page.locator('#bang-chu-tich thead th', { hasText: 'Họ và tên' }).getByRole('button').click();
    expect(await visibleRows(page)).toEqual(district.standard.people.map((s) => s.person.id));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lands on a commune from its anchor', async () => {
    const code = district.communes[0]!.commune.code;
    const { page, errors } = await openPage(browser.context, `${url()}#${communeAnchor(code)}`);
    const top = await page.locator(`#${communeAnchor(code)}`).evaluate((e) => e.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows every chairwoman and no dead control without JavaScript', async () => {
    const { page } = await openPage(noScript.context, url());
    expect(await page.locator('standing-filter').isVisible()).toBe(false);
    expect(await page.locator('#bang-chu-tich tbody tr').count()).toBe(district.standard.people.length);
    await page.close();
  });
});
