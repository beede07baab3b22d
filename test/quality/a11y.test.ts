/**
 * axe-core over one page of each type of the built site in Chromium: no WCAG 2.0/2.1/2.2 A or AA
 * violation. Checked as a phone shows it and as a desktop does, since the layouts differ.
 * A page type the site does not have yet fails here with its name: every type is required.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { describe, expect, inject, it } from 'vitest';
import { PAGE_TYPE_NAMES, pageTypes } from '../../scripts/lib/page-types.ts';
import { openPage, useSiteBrowser } from '../browser/browser.ts';
import { WCAG_AA } from './axe-rules.ts';

const site = inject('builtSite');
const types = pageTypes(site.dir);

/** One line per failing node: rule, impact, where, and axe's own summary of what to fix. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

describe('accessibility (axe, WCAG 2.2 AA) of one page of each type', () => {
  const browser = useSiteBrowser();

  const viewports = [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const;
  it.each(PAGE_TYPE_NAMES.flatMap((name) => viewports.map(([v, size]) => [name, v, size] as const)))('%s on a %s: no violation', async (name, _, size) => {
    const type = types.find((t) => t.name === name)!;
    expect(type.file, `${name} (/${type.path}) is not built`).toBeDefined();
    const { page } = await openPage(browser.context, `${browser.url}${type.path}`);
    try {
      await page.setViewportSize(size);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
      expect(describeViolations(results.violations)).toEqual([]);
      // axe ran its rules on this page (an empty page or a failed injection would pass silently).
      expect(results.passes.length).toBeGreaterThan(10);
    } finally {
      await page.close();
    }
  });
});
