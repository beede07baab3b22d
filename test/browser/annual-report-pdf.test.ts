/**
 * The annual reports printed to PDF as Chromium prints them (A4, print.css): every sheet numbered
 * "Trang N/M" in its margin, and the report's own date the only data date on it — a year's report
 * printed after the year must not carry the data's latest date (the layout's footer once did).
 * The text is read back with pdftotext (poppler-utils, which .ci/run installs); without it the test fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/site/format.ts';
import { assessedSite } from '../build/assessed-site.ts';
import { openPage, useSiteBrowser } from './browser.ts';

const { a } = assessedSite();
const hasPdfToText = spawnSync('pdftotext', ['-v']).error === undefined;
/** The years whose report is dated before the data: where the wrong date would show. */
const years = a
  .roadmap()
  .years.map((y) => a.annualReport(y.year))
  .filter((r) => r.asOf !== a.currentDate)
  .map((r) => ({ year: r.year, asOf: r.asOf }));

const site = useSiteBrowser();
const work = mkdtempSync(path.join(tmpdir(), 'de-an-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Text of each sheet of a PDF (pdftotext separates them with form feeds). */
function pagesOf(pdf: Buffer): string[] {
  const file = path.join(work, 'report.pdf');
  writeFileSync(file, pdf);
  const out = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`pdftotext: ${out.stderr}`);
  return out.stdout.split('\f').filter((p) => p.trim() !== '');
}

describe('the annual report in print (pdftotext)', () => {
  it('has pdftotext to read the PDF with (apt-get install poppler-utils)', () => {
    expect(hasPdfToText).toBe(true);
  });

  it('has years dated before the data to print', () => {
    expect(years.length).toBeGreaterThan(0);
  });

  it.each(years)('/lo-trinh/$year/: numbered sheets, its own date only', async ({ year, asOf }) => {
    const { page, errors } = await openPage(site.context, `${site.url}lo-trinh/${year}/`);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const pages = pagesOf(await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    expect(errors).toEqual([]);
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((text, i) => expect(text.replace(/\s+/g, ' '), `trang ${i + 1}`).toContain(`Trang ${i + 1}/${pages.length}`));
    const all = pages.join('\n');
    expect(all).toContain(formatDate(asOf));
    expect(all).toContain(`Số liệu tính đến ngày ${formatDate(asOf)}`);
    expect(all).not.toContain(formatDate(a.currentDate));
  });
});

