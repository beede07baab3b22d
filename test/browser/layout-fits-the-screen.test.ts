/**
 * The layout in Chromium at a phone's and a laptop's size, over one page of each type (and both
 * kinds of person page): nothing scrolls the page sideways; on the laptop no table hides a column
 * behind its scroll region; on the phone the header and the sample notice leave the screen to the
 * content, a district's chairwomen table shows each row's name and verdict, and the header's search
 * panel stays inside the screen from the narrowest phone to the widest.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageTypes } from '../../scripts/lib/page-types.ts';
import { assessedSite } from '../build/assessed-site.ts';
import { useSiteBrowser } from './browser.ts';

const { a, dir } = assessedSite();
const district = a.districtView(a.dataset.districts[0]!.id)!;
const chair = district.standard.people[0]!.person;
const cadre = a.dataset.districts.flatMap((d) => a.districtView(d.id)!.communes.flatMap((c) => c.sourceCadres))[0]!;
const PAGES: [string, string][] = [
  ...pageTypes(dir)
    .filter((t) => t.name !== 'person')
    .map((t): [string, string] => [t.name, t.path]),
  ['chairwoman', `nguoi/${chair.id}/`],
  ['source cadre', `nguoi/${cadre.id}/`],
];
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 900 };

const site = useSiteBrowser();

/** The page loaded at that size, as a phone loads it: resizing after the load raced the charts' own resize under load. */
async function at(size: { width: number; height: number }, path: string): Promise<Page> {
  const page = await site.context.newPage();
  await page.setViewportSize(size);
  await page.goto(site.url + path, { waitUntil: 'load' });
  return page;
}

/** How far the page itself scrolls sideways, in CSS pixels (0 when it fits). */
const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Each shown table whose columns reach past what its scroll region (or the content column) shows. */
const cutTables = (page: Page) =>
  page.$$eval('main table', (tables) =>
    tables
      .filter((t) => (t as HTMLElement).checkVisibility())
      .map((t) => {
        const region = t.closest<HTMLElement>('.table-scroll') ?? t.closest('main')!;
        const label = region.getAttribute('aria-label') ?? t.querySelector('caption')?.textContent ?? t.id;
        return { table: label.trim().slice(0, 60), hidden: Math.max(0, t.getBoundingClientRect().width - region.clientWidth, region.scrollWidth - region.clientWidth) };
      })
      .filter((t) => t.hidden > 1),
  );

describe.each(PAGES)('the %s page (/%s)', (_, path) => {
  it('does not scroll sideways on a phone', async () => {
    const page = await at(PHONE, path);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("on a phone leaves room between a scrolling table's sticky name and verdict for the columns between", async () => {
    const page = await at(PHONE, path);
    const squeezed = await page.$$eval('main .table-scroll', (regions) =>
      regions
        .filter((r) => (r as HTMLElement).checkVisibility() && r.scrollWidth > r.clientWidth)
        .flatMap((r) => {
          const row = r.querySelector('tbody tr');
          const name = row?.querySelector(':scope > th:first-child');
          const verdict = row?.querySelector(':scope > .verdict');
          if (!name || !verdict) return [];
          const gap = verdict.getBoundingClientRect().left - name.getBoundingClientRect().right;
          return gap < r.clientWidth / 4 ? [`${r.getAttribute('aria-label')}: ${Math.round(gap)} px of ${r.clientWidth}`] : [];
        }),
    );
    expect(squeezed).toEqual([]);
    await page.close();
  });

  it('on a phone fits a table of at most three columns to the screen: it wraps instead of scrolling', async () => {
    const page = await at(PHONE, path);
    const scrolling = await page.$$eval('main .table-scroll', (regions) =>
      regions
        .filter((r) => (r as HTMLElement).checkVisibility() && !r.querySelector('tr > :nth-child(4)') && r.scrollWidth > r.clientWidth + 1)
        .map((r) => `${r.getAttribute('aria-label') ?? r.getAttribute('aria-labelledby')}: ${r.scrollWidth} of ${r.clientWidth} px`),
    );
    expect(scrolling).toEqual([]);
    await page.close();
  });

  it('says above a table that it scrolls sideways exactly when it does, on a phone and on a laptop', async () => {
    for (const size of [PHONE, LAPTOP]) {
      const page = await at(size, path);
      const wrong = await page.$$eval('main .table-scroll', (regions) =>
        regions
          .filter((r) => (r as HTMLElement).checkVisibility())
          .flatMap((r) => {
            const hint = r.querySelector(':scope > .scroll-hint');
            const scrolls = r.scrollWidth > r.clientWidth + 1;
            const shown = hint !== null && (hint as HTMLElement).checkVisibility() && hint.getBoundingClientRect().left >= r.getBoundingClientRect().left;
            return scrolls === shown ? [] : [`${r.getAttribute('aria-label') ?? r.getAttribute('aria-labelledby')}: ${scrolls ? 'scrolls, no hint' : 'fits, hint shown'}`];
          }),
      );
      expect(wrong, `${size.width} px`).toEqual([]);
      await page.close();
    }
  });

  it('on a laptop neither scrolls sideways nor hides a table column behind a scroller', async () => {
    const page = await at(LAPTOP, path);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    expect(await cutTables(page)).toEqual([]);
    await page.close();
  });

  it('leaves a phone screen to the content: header and sample notice at most 140 px', async () => {
    const page = await at(PHONE, path);
    const bottom = await page.evaluate(() => Math.max(...['.site-header', '.sample-notice'].map((s) => document.querySelector(s)?.getBoundingClientRect().bottom ?? 0)));
    expect(bottom).toBeGreaterThan(0);
    expect(bottom).toBeLessThanOrEqual(140);
    await page.close();
  });
});

describe('the search page', () => {
  it("on a phone shows its own search form only, not the header's box above it; on a laptop both", async () => {
    for (const [size, header] of [[PHONE, false], [LAPTOP, true]] as const) {
      const page = await at(size, 'tim-kiem/');
      expect(await page.locator('.search-page-form').isVisible()).toBe(true);
      expect(await page.locator('.site-header .search-box').isVisible(), `${size.width} px`).toBe(header);
      await page.close();
    }
  });
});

describe('the phone menu', () => {
  it('opens from its button and shows every section inside the screen', async () => {
    const page = await at(PHONE, '');
    const links = page.locator('.site-nav a');
    expect(await links.first().isVisible()).toBe(false);
    await page.locator('.site-menu summary').click();
    const boxes = await links.evaluateAll((as) => as.map((x) => x.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(3);
    for (const b of boxes) {
      expect(b.width).toBeGreaterThan(0);
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(PHONE.width);
    }
    await page.close();
  });

  it('is always shown on a laptop, with no button to open it', async () => {
    const page = await at(LAPTOP, '');
    expect(await page.locator('.site-nav a').first().isVisible()).toBe(true);
    expect(await page.locator('.site-menu summary').isVisible()).toBe(false);
    await page.close();
  });
});

describe.each([320, 430])('the header search panel at %i px wide', (width) => {
  it('opens inside the screen', async () => {
    const page = await at({ width, height: 800 }, 'de-an/');
    const field = page.locator('.site-header input[name="q"]');
    await field.click();
    await field.pressSequentially(district.name.split(' ').slice(-1)[0]!);
    const popup = page.locator('.site-header [data-search-popup]');
    await popup.waitFor({ state: 'visible' });
    const box = await popup.evaluate((p) => p.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.width).toBeGreaterThan(width / 2);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(width);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe("a district's chairwomen table on a phone", () => {
  it("shows each row's name and verdict inside the screen without scrolling sideways", async () => {
    const page = await at(PHONE, `quan-huyen/${district.id}/`);
    const rows = await page.$$eval('#bang-chu-tich tbody tr', (trs) =>
      trs.map((tr) => {
        const name = tr.querySelector('th')!.getBoundingClientRect();
        const verdict = tr.querySelector('.verdict')?.getBoundingClientRect();
        return { name: [name.left, name.right], verdict: verdict ? [verdict.left, verdict.right] : undefined, text: tr.querySelector('.verdict')?.textContent?.trim() };
      }),
    );
    // The table lists the chairwomen who fall short (those who meet it are a folded list below).
    const short = district.standard.people.filter((s) => !s.meets);
    expect(short.length).toBeGreaterThan(0);
    expect(rows.length).toBe(short.length);
    expect(rows.map((r) => r.text)).toEqual(short.map(() => 'Chưa đạt'));
    for (const { name, verdict } of rows) {
      expect(verdict).toBeDefined();
      expect(name[0]).toBeGreaterThanOrEqual(0);
      expect(verdict![0]).toBeGreaterThanOrEqual(name[1]! - 1);
      expect(verdict![1]).toBeLessThanOrEqual(PHONE.width);
    }
    await page.close();
  });
});
