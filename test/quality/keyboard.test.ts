/**
 * Keyboard only: from the top of a page, Tab reaches the skip link first (visible when focused, and
 * it moves focus to the content), then the menu and the search box; the sortable table of the
 * targets page sorts with Enter and with Space on a column header.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useSiteBrowser } from '../browser/browser.ts';
import { assessedSite } from '../build/assessed-site.ts';

/** The first target's page: where the district table is sortable. */
const FIRST_TARGET = assessedSite().a.dataset.plan.targets[0]!.id;

interface Focused {
  tag: string;
  id: string;
  cls: string;
  inNav: boolean;
  inSearch: boolean;
  visible: boolean;
  text: string;
}

const focused = (page: Page) =>
  page.evaluate((): Focused => {
    const el = document.activeElement as HTMLElement | null;
    const r = el?.getBoundingClientRect();
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      cls: el?.className ?? '',
      inNav: !!el?.closest('nav'),
      inSearch: !!el?.closest('[role=search]'),
      visible: !!r && r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight,
      text: el?.textContent?.trim().slice(0, 40) ?? '',
    };
  });

/** What Tab focuses, in order, from a freshly loaded page. */
async function tabOrder(page: Page, presses: number): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    seen.push(await focused(page));
  }
  return seen;
}

/** The first column's sort keys, top to bottom, and the header's aria-sort. */
async function tableState(page: Page, column: number) {
  return page.evaluate((col) => {
    const table = document.querySelector<HTMLTableElement>('table[data-sortable]')!;
    const th = table.tHead!.rows[0]!.cells[col]!;
    const keys = [...table.tBodies[0]!.rows].map((r) => r.cells[col]?.dataset['sort'] ?? r.cells[col]?.textContent?.trim() ?? '');
    return { sort: th.getAttribute('aria-sort'), keys };
  }, column);
}

describe('keyboard only', () => {
  const browser = useSiteBrowser();

  it.each(['', 'chi-tieu/', 'de-an/'])('on /%s, Tab reaches the skip link first, then the menu and the search box', async (p) => {
    const { page } = await openPage(browser.context, `${browser.url}${p}`);
    try {
      const order = await tabOrder(page, 25);
      expect(order[0]).toMatchObject({ tag: 'a', cls: expect.stringContaining('skip-link'), visible: true });
      const search = order.findIndex((f) => f.inSearch && f.tag === 'input');
      const nav = order.findIndex((f) => f.inNav && f.tag === 'a');
      expect(search, 'search box reached').toBeGreaterThan(0);
      expect(nav, 'menu reached').toBeGreaterThan(0);
      // Nothing in between is invisible: a focus that cannot be seen is lost.
      expect(order.slice(0, Math.max(search, nav) + 1).filter((f) => !f.visible)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the skip link moves focus to the main content', async () => {
    const { page } = await openPage(browser.context, browser.url);
    try {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused(page)).id).toBe('noi-dung');
    } finally {
      await page.close();
    }
  });

  it('the sortable table on a target page sorts with Enter and with Space on its header', async () => {
    const { page } = await openPage(browser.context, `${browser.url}chi-tieu/${FIRST_TARGET}/`);
    try {
      await page.waitForLoadState('networkidle');
      const header = page.locator('table[data-sortable] thead th').first().locator('button');
      const before = await tableState(page, 0);
      expect(before.sort).toBeNull();
      expect(before.keys.length).toBeGreaterThan(2);
      const ascending = [...before.keys].sort((a, b) => a.localeCompare(b, 'vi'));
      // Reach the header button with Tab, as a keyboard user does.
      await page.keyboard.press('Tab');
      for (let i = 0; i < 200 && !(await header.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect.poll(() => header.evaluate((b) => b === document.activeElement)).toBe(true);

      await page.keyboard.press('Enter');
      const afterEnter = await tableState(page, 0);
      expect(afterEnter.sort).toBe('ascending');
      expect(afterEnter.keys).toEqual(ascending);

      await page.keyboard.press('Space');
      const afterSpace = await tableState(page, 0);
      expect(afterSpace.sort).toBe('descending');
      expect(afterSpace.keys).toEqual([...ascending].reverse());
    } finally {
      await page.close();
    }
  });
});
