/**
 * Searching the built site as a reader does, on its search page in Chromium: the address
 * carries the query and filters (?q=…&loai=…), the page answers in its status line and result
 * list. Shared by the search tests.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { fold } from '../../../src/search/fold.ts';
import { launchBrowser, type TestBrowser } from '../../browser/browser.ts';
import { serveLikePages, type StaticSite } from '../../../scripts/bench/serve-like-pages.ts';
import { watchForScriptInjection } from '../../quality/helpers.ts';

export interface Result {
  /** The link's path, base included ("/de-an-04/nguoi/ba-dinh-001/"); fragments kept. */
  href: string;
  title: string;
  facts: string;
  excerpt: string;
  sections: string[];
}

export interface Answer {
  status: string;
  results: Result[];
}

export interface SearchSession {
  site: StaticSite;
  browser: TestBrowser;
  /** One search page for every query, reloaded per query so each starts from its address. */
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/**
 * A page recording what the browser reports as errors, like test/browser/browser.ts's openPage,
 * except requests a navigation cancels: each query here is a new navigation, which cuts short
 * whatever the last one was still fetching (the favicon, Pagefind's files).
 */
export async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

export async function openSearch(dir: string, basePath: string): Promise<SearchSession> {
  const site = await serveLikePages(dir, basePath, { gzip: false });
  const browser = await launchBrowser();
  await watchForScriptInjection(browser.context);
  const { page, errors } = await openPage(browser.context, `${site.url}tim-kiem/`);
  return {
    site,
    browser,
    page,
    errors,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

/**
 * One search session for a test file: opened before its tests, closed after them, failing the file
 * when the page logged an error (unless `allowErrors`). The returned object reads the open session,
 * so tests write `s.page` as before. A file's own afterAll runs before this one closes the session.
 */
export function useSearchSession(dir: string, basePath: string, { allowErrors = false } = {}): SearchSession {
  let current: SearchSession | undefined;
  beforeAll(async () => {
    current = await openSearch(dir, basePath);
  });
  afterAll(async () => {
    if (!allowErrors) expect(current?.errors).toEqual([]);
    await current?.close();
  });
  const open = (): SearchSession => {
    if (!current) throw new Error('search session used before beforeAll opened it');
    return current;
  };
  return {
    get site() { return open().site; },
    get browser() { return open().browser; },
    get page() { return open().page; },
    get errors() { return open().errors; },
    close: () => open().close(),
  };
}

/** Waits until the status line has the answer (not empty, not "Đang tìm…"). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const t = document.querySelector('[data-results-status]')?.textContent ?? '';
    return t !== '' && !t.startsWith('Đang tìm');
  });
}

/** The search page's answer for a query and address parameters (loai, quan, tieu-chuan, xep). */
export async function ask(s: SearchSession, query: string, params: Record<string, string | string[]> = {}): Promise<Answer> {
  const qs = new URLSearchParams();
  if (query) qs.set('q', query);
  for (const [k, v] of Object.entries(params)) for (const x of [v].flat()) qs.append(k, x);
  await s.page.goto(`${s.site.url}tim-kiem/?${qs}`, { waitUntil: 'load' });
  await settled(s.page);
  return readAnswer(s.page);
}

export function readAnswer(page: Page): Promise<Answer> {
  return page.evaluate(() => ({
    status: document.querySelector('[data-results-status]')?.textContent ?? '',
    results: [...document.querySelectorAll('[data-results] > li')].map((li) => {
      const a = li.querySelector<HTMLAnchorElement>('a.result-title')!;
      return {
        href: a.pathname + a.hash,
        title: a.textContent ?? '',
        facts: li.querySelector('.result-facts')?.textContent ?? '',
        excerpt: li.querySelector('.result-excerpt')?.textContent ?? '',
        sections: [...li.querySelectorAll<HTMLAnchorElement>('.result-sections a')].map((x) => x.pathname + x.hash),
      };
    }),
  }));
}

/** Pushes "Xem thêm kết quả" until every result is listed; returns them all. */
export async function allResults(page: Page): Promise<Result[]> {
  const more = page.locator('[data-results-more]');
  while (await more.isVisible()) {
    const before = await page.locator('[data-results] > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length > n, before);
  }
  return (await readAnswer(page)).results;
}

/** "Quận Đống Đa" → "dong da": a name as typed with no Vietnamese keyboard, lower case, without its kind word. */
export function typedPlain(name: string, kindWords = 0): string {
  return fold(name).toLowerCase().split(/\s+/).slice(kindWords).join(' ');
}
