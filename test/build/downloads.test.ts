/** /du-lieu/: the CSV, .xlsx and JSON files hold the assessment's rows, written as the serializers say. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/assessment/index.ts';
import { buildDate } from '../../src/site/build-date.ts';
import { pageChrome } from '../../src/page-models/frame.ts';
import { csvOf, DOWNLOADS } from '../../src/site/downloads.ts';
import { xlsxOf } from '../../src/site/xlsx.ts';
import { formatDate, formatNumber } from '../../src/site/format.ts';
import { fileHref } from '../../src/site/url.ts';
import { parseCsv } from '../site/csv-reader.ts';
import { assessedSite } from './assessed-site.ts';
import { attr, byTag, one, readHtml, text } from './html-tree.ts';

let dist: string;
let a: Assessment;

beforeAll(() => {
  ({ dir: dist, a } = assessedSite());
});

const file = (name: string) => path.join(dist, 'du-lieu', name);

describe('each CSV file', () => {
  it('is the serializer output of the assessment rows: BOM, header of labels, CRLF records', () => {
    for (const table of DOWNLOADS) {
      const bytes = readFileSync(file(`${table.name}.csv`));
      expect([...bytes.subarray(0, 3)], table.name).toEqual([0xef, 0xbb, 0xbf]);
      const content = bytes.toString('utf8');
      const rows = table.rows(a);
      expect(content).toBe(csvOf(table, rows));
      const parsed = parseCsv(content.slice(1));
      expect(parsed[0]).toEqual(table.columns.map((c) => c.label));
      expect(parsed).toHaveLength(rows.length + 1);
      expect(rows.length).toBeGreaterThan(0);
    }
  });
});

describe('each .xlsx file', () => {
  it("is the workbook writer's output of the same rows, with the data and build dates", async () => {
    const chrome = pageChrome(a.dataset);
    const meta = { asOf: a.currentDate, builtOn: buildDate(a.currentDate), sample: chrome.sample, source: chrome.dataSource };
    for (const table of DOWNLOADS) {
      const bytes = readFileSync(file(`${table.name}.xlsx`));
      expect(bytes.subarray(0, 2).toString('latin1'), table.name).toBe('PK');
      expect(bytes.equals(Buffer.from(await xlsxOf(table, table.rows(a), meta))), table.name).toBe(true);
    }
  });
});

describe('each JSON file', () => {
  it('holds the same rows and columns, with the data date, the build date and the sample flag', () => {
    const chrome = pageChrome(a.dataset);
    for (const table of DOWNLOADS) {
      const doc = JSON.parse(readFileSync(file(`${table.name}.json`), 'utf8')) as Record<string, unknown>;
      expect(doc['asOf']).toBe(a.currentDate);
      expect(doc['builtOn']).toBe(buildDate(a.currentDate));
      expect(doc['sample']).toBe(chrome.sample);
      expect(doc['columns']).toEqual(table.columns.map((c) => ({ key: c.key, label: c.label })));
      const keys = table.columns.map((c) => c.key);
      expect(doc['rows']).toEqual(table.rows(a).map((r) => Object.fromEntries(keys.map((k) => [k, r[k]]))));
    }
  });
});

describe('the /du-lieu/ page', () => {
  it('lists each file with what it holds, its row count and the data date', () => {
    const doc = readHtml(path.join(dist, 'du-lieu', 'index.html'));
    const built = one(doc, 'data-figure', 'built-on');
    expect([attr(built, 'datetime'), text(built)]).toEqual([buildDate(a.currentDate), formatDate(buildDate(a.currentDate))]);
    for (const table of DOWNLOADS) {
      const section = one(doc, 'data-download', table.name);
      const links = byTag(section, 'a').map((e) => attr(e, 'href'));
      expect(links).toEqual([fileHref(`du-lieu/${table.name}.csv`), fileHref(`du-lieu/${table.name}.xlsx`), fileHref(`du-lieu/${table.name}.json`)]);
      expect(text(section)).toContain(`${formatNumber(table.rows(a).length)} hàng, số liệu tính đến ngày ${formatDate(a.currentDate)}`);
    }
  });
});
