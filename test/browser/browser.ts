import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveLikePages, type StaticSite } from '../../scripts/bench/serve-like-pages.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.ts';

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** The system Chromium with its own fresh profile; `javaScriptEnabled: false` shows the pages as they are without scripts. */
export async function launchBrowser(options: { javaScriptEnabled?: boolean } = {}): Promise<TestBrowser> {
  // Playwright refuses --user-data-dir in args: a persistent context is how it takes a profile folder.
  const profile = mkdtempSync(path.join(tmpdir(), 'de-an-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1100, height: 900 },
    locale: 'vi-VN',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a page and collects what the browser reports as errors: console errors, uncaught exceptions, failed requests. */
export async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

export interface SiteBrowser {
  /** The served site: origin and base path, ending in "/". */
  readonly url: string;
  /** A browser with JavaScript. */
  readonly context: BrowserContext;
  /** A second browser without JavaScript (with `{ noScript: true }` only). */
  readonly noScript: BrowserContext;
}

export interface SiteBrowserOptions {
  /** The built site to serve; the run's shared build (test/setup/built-site.ts) when left out. */
  dir?: string;
  /** Also launch a browser with JavaScript off. */
  noScript?: boolean;
  /** Run on the JavaScript browser's context before any page opens (e.g. watchForScriptInjection). */
  prepare?: (context: BrowserContext) => Promise<void>;
}

/**
 * A built site served as Pages serves it (uncompressed) and Chromium to look at it, for the tests
 * of the enclosing file or describe block: set up in beforeAll, closed in afterAll. Read the fields
 * in tests and hooks, not at collection time.
 */
export function useSiteBrowser(options: SiteBrowserOptions = {}): SiteBrowser {
  let site: StaticSite | undefined;
  let browser: TestBrowser | undefined;
  let noScript: TestBrowser | undefined;
  beforeAll(async () => {
    const built = inject('builtSite');
    site = await serveLikePages(options.dir ?? built.dir, built.basePath, { gzip: false });
    browser = await launchBrowser();
    if (options.prepare) await options.prepare(browser.context);
    if (options.noScript) noScript = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
    await noScript?.close();
    await site?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useSiteBrowser: ${what} is not ready (read it inside a test or hook)`);
    return value;
  };
  return {
    get url() {
      return ready(site, 'the site').url;
    },
    get context() {
      return ready(browser, 'the browser').context;
    },
    get noScript() {
      return ready(noScript, 'the browser without JavaScript (pass { noScript: true })').context;
    },
  };
}
