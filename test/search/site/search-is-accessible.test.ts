/**
 * axe-core (WCAG 2.2 A and AA) over search in use, which the site-wide accessibility test does not
 * reach: the header combobox with its list of results open, and the search page with results and
 * filter counts, on a phone and on a desktop.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { assessedSite } from '../../build/assessed-site.ts';
import { WCAG_AA } from '../../quality/axe-rules.ts';
import { openPage, useSearchSession, settled, typedPlain } from './search-page.ts';

const { dir, basePath } = inject('builtSite');
const { a } = assessedSite();
const district = a.dataset.districts.find((d) => /[đĐ]/.test(d.name))!;
const VIEWPORTS = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
] as const;

const s = useSearchSession(dir, basePath, { allowErrors: true });

describe.each(VIEWPORTS)('on a %s', (_, size) => {
  it('the header combobox with its results open has no violation', async () => {
    const { page, errors } = await openPage(s.browser.context, `${s.site.url}lop-hoc/`);
    await page.setViewportSize(size);
    const box = page.getByRole('combobox', { name: 'Tìm kiếm' });
    await box.fill(typedPlain(district.name));
    await page.waitForFunction(() => document.querySelectorAll('[role="option"]').length > 0);
    await box.press('ArrowDown');
    const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the search page with results and filters has no violation', async () => {
    const { page, errors } = await openPage(s.browser.context, `${s.site.url}tim-kiem/?q=${encodeURIComponent(typedPlain(district.name))}&loai=chu-tich`);
    await page.setViewportSize(size);
    await settled(page);
    expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
    const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
