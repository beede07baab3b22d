/**
 * The overview, baseline, targets and roadmap pages in Chromium: no errors, every chart drawn,
 * the print stylesheet applied, the district tables sortable by mouse and keyboard, and the
 * pages whole without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useSiteBrowser } from './browser.ts';
import { assessedSite } from '../build/assessed-site.ts';

const { a } = assessedSite();
const firstYear = a.roadmap().years[0]!.year;
const targetPath = `chi-tieu/${a.dataset.plan.targets[0]!.id}/`;
const PAGES = ['', 'thuc-trang/', targetPath, 'lo-trinh/', `lo-trinh/${firstYear}/`];

const site = useSiteBrowser({ noScript: true });

/** Per chart: drawn by Chart.js, and how much of the canvas has ink. */
function chartsDrawn(page: Page) {
  return page.$$eval('figure[data-chart]', (figures) =>
    figures.map((f) => {
      const box = f.querySelector<HTMLElement>('.chart-canvas')!;
      const canvas = box.querySelector('canvas')!;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked += 1;
      return {
        id: f.id,
        visible: !box.hidden && box.getBoundingClientRect().height > 0,
        chartJs: '$chartjs' in canvas,
        inked: inked / (canvas.width * canvas.height),
        tableOpen: f.querySelector('details.chart-data')?.hasAttribute('open') ?? false,
      };
    }),
  );
}

describe.each(PAGES)('page /%s', (path) => {
  it('loads without errors and draws every chart', async () => {
    const { page, errors } = await openPage(site.context, site.url + path);
    const charts = await chartsDrawn(page);
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      // Once drawn, the figures step back behind their <summary>.
      expect(c).toMatchObject({ id: c.id, visible: true, chartJs: true, tableOpen: false });
      expect(c.inked, c.id).toBeGreaterThan(0.02);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints without the menu, the charts sized for A4 with their figures shown', async () => {
    const { page, errors } = await openPage(site.context, site.url + path);
    await page.emulateMedia({ media: 'print' });
    // As when printing: the print styles have been laid out (and any resize they set off has run) when beforeprint comes.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('.site-header nav').isHidden()).toBe(true);
    expect(await page.locator('.search-box').isHidden()).toBe(true);
    const sizes = await page.$$eval('figure[data-chart]', (figures) =>
      figures.map((f) => ({
        width: f.querySelector('canvas')!.getBoundingClientRect().width,
        // print.css gives the box its height on paper, over the screen's (whatever the order of the CSS).
        height: Math.round(f.querySelector('.chart-canvas')!.getBoundingClientRect().height),
        tall: f.querySelector('.chart-canvas')!.classList.contains('chart-size-tall'),
        tableShown: (f.querySelector('details.chart-data') as HTMLDetailsElement | null)?.open ?? true,
      })),
    );
    // 178 mm of A4 text width at 96 px per inch.
    const mm = (n: number) => Math.round((n * 96) / 25.4);
    for (const s of sizes) expect(s).toEqual({ width: expect.closeTo((178 * 96) / 25.4, 0) as number, height: mm(s.tall ? 200 : 80), tall: s.tall, tableShown: true });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    const after = await page.$$eval('details.chart-data', (ds) => ds.map((d) => (d as HTMLDetailsElement).open));
    expect(after.every((open) => !open)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is whole without JavaScript: tables instead of empty canvases', async () => {
    const { page, errors } = await openPage(site.noScript, site.url + path);
    const state = await page.$$eval('figure[data-chart]', (figures) =>
      figures.map((f) => ({
        canvasHidden: (f.querySelector('.chart-canvas') as HTMLElement).hidden,
        tableOpen: (f.querySelector('details.chart-data') as HTMLDetailsElement | null)?.open ?? true,
        rows: f.querySelectorAll('.chart-data tbody tr').length,
      })),
    );
    for (const s of state) expect(s).toMatchObject({ canvasHidden: true, tableOpen: true, rows: expect.any(Number) as number });
    expect(state.every((s) => s.rows > 0)).toBe(true);
    expect(await page.locator('button[data-print]').count()).toBe(path.startsWith('lo-trinh/2') ? 1 : 0);
    expect(await page.locator('button[data-print]').isHidden().catch(() => true)).toBe(true);
    expect(await page.locator('table[data-sortable] .sort-button').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the annual report on paper', () => {
  it('drops the site header for its own masthead, and offers a print button only with JavaScript', async () => {
    const { page, errors } = await openPage(site.context, `${site.url}lo-trinh/${firstYear}/`);
    const button = page.locator('button[data-print]');
    expect(await button.isVisible()).toBe(true);
    expect(await button.textContent()).toBe('In báo cáo');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isHidden()).toBe(true);
    expect(await button.isHidden()).toBe(true);
    expect(await page.locator('.report-masthead').textContent()).toBe(`HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI — Báo cáo năm ${firstYear}`);
    expect(await page.locator('.report-as-of').isVisible()).toBe(true);
    // Black ink on paper: print.css wins over the screen's brand colour and tinted badges.
    expect(await page.locator('.report-header').evaluate((e) => getComputedStyle(e).borderBottomColor)).toBe('rgb(0, 0, 0)');
    const badges = await page.locator('.status').evaluateAll((es) => es.map((e) => `${getComputedStyle(e).color} on ${getComputedStyle(e).backgroundColor}`));
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['rgb(0, 0, 0) on rgba(0, 0, 0, 0)']));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a sortable table of districts on a target page', () => {
  const table = 'table[data-sortable] >> nth=0';

  async function column(page: Page, index: number): Promise<string[]> {
    return page.locator(`${table} >> tbody tr`).evaluateAll(
      (rows, i) => rows.map((r) => (r as HTMLTableRowElement).cells[i]!.dataset['sort'] ?? (r as HTMLTableRowElement).cells[i]!.textContent!.trim()),
      index,
    );
  }

  it('sorts on a header click, ascending then descending, and says so with aria-sort', async () => {
    const { page, errors } = await openPage(site.context, `${site.url}${targetPath}`);
    const headers = page.locator(`${table} >> thead th`);
    const share = headers.nth(3);
    const footer = await page.locator(`${table} >> tfoot`).textContent();
    await share.locator('button').click();
    expect(await share.getAttribute('aria-sort')).toBe('ascending');
    const up = (await column(page, 3)).map(Number);
    expect(up).toEqual([...up].sort((x, y) => x - y));
    await share.locator('button').click();
    expect(await share.getAttribute('aria-sort')).toBe('descending');
    const down = (await column(page, 3)).map(Number);
    expect(down).toEqual([...up].sort((x, y) => y - x));
    expect(await headers.evaluateAll((ths) => ths.filter((th) => th.hasAttribute('aria-sort')).length)).toBe(1);
    expect(await page.locator(`${table} >> tfoot`).textContent()).toBe(footer);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts from the keyboard, names in Vietnamese order', async () => {
    const { page, errors } = await openPage(site.context, `${site.url}${targetPath}`);
    const name = page.locator(`${table} >> thead th`).first();
    await name.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await name.getAttribute('aria-sort')).toBe('ascending');
    const names = await column(page, 0);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi', { numeric: true, sensitivity: 'base' }).compare));
    await page.keyboard.press('Space');
    expect(await name.getAttribute('aria-sort')).toBe('descending');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the Biểu đồ / Bảng switch of a target page', () => {
  const figure = 'figure[data-table="switch"] >> nth=0';

  it('shows the chart first, then the table on Bảng and the chart again on Biểu đồ, saying which with aria-pressed', async () => {
    const { page, errors } = await openPage(site.context, `${site.url}${targetPath}`);
    const canvas = page.locator(`${figure} >> .chart-canvas`);
    const table = page.locator(`${figure} >> [data-chart-table]`);
    const chartButton = page.locator(`${figure} >> button[data-view="chart"]`);
    const tableButton = page.locator(`${figure} >> button[data-view="table"]`);
    await expect.poll(() => chartButton.isVisible()).toBe(true);
    expect(await canvas.isVisible()).toBe(true);
    expect(await table.isVisible()).toBe(false);
    await tableButton.click();
    expect(await table.isVisible()).toBe(true);
    expect(await canvas.isVisible()).toBe(false);
    expect(await tableButton.getAttribute('aria-pressed')).toBe('true');
    expect(await chartButton.getAttribute('aria-pressed')).toBe('false');
    await chartButton.click();
    expect(await canvas.isVisible()).toBe(true);
    expect(await table.isVisible()).toBe(false);
    expect(await chartButton.getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript has no switch and every chart’s table in view', async () => {
    const { page, errors } = await openPage(site.noScript, `${site.url}${targetPath}`);
    const figures = page.locator('figure[data-table="switch"]');
    expect(await figures.count()).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < (await figures.count()); i++) {
      expect(await figures.nth(i).locator('.chart-switch').isVisible()).toBe(false);
      expect(await figures.nth(i).locator('[data-chart-table] table').isVisible()).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
