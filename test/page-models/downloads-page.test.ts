import { describe, expect, it } from 'vitest';
import { downloadFilePaths, downloadsPage } from '../../src/page-models/downloads.ts';
import { csvOf, DOWNLOADS, FORMATS, jsonOf } from '../../src/site/downloads.ts';
import { xlsxOf } from '../../src/site/xlsx.ts';
import { sampleContext } from './context.ts';

const BUILT_ON = '2020-01-02';

describe('the downloads page model, from the sample data', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const m = downloadsPage(ctx, BUILT_ON);

  it('lists every table with the number of rows the assessment gives it', () => {
    expect(m.files.map((f) => [f.name, f.rows])).toEqual(DOWNLOADS.map((t) => [t.name, t.rows(a).length]));
    for (const f of m.files) expect(f.rows).toBeGreaterThan(0);
  });

  it('links each table’s file in each format, CSV first, the workbook next', () => {
    for (const f of m.files) {
      expect(f.formats.map((x) => x.format)).toEqual(['csv', 'xlsx', 'json']);
      for (const x of f.formats) expect(x.href).toMatch(new RegExp(`/du-lieu/${f.name}\\.${x.format}$`));
    }
  });

  it('names the columns as the files head them', () => {
    expect(m.files.map((f) => f.columns)).toEqual(DOWNLOADS.map((t) => t.columns.map((c) => ({ key: c.key, label: c.label }))));
  });

  it('dates the figures by the data and the build by the date it is given', () => {
    expect(m.dataDate).toBe(a.currentDate);
    expect(m.builtOn).toBe(BUILT_ON);
    expect(m.sample).toBe(ctx.chrome.sample);
  });

  it('hands the layout the data chrome once', () => {
    expect(m.frame.chrome).toBe(ctx.chrome);
    expect(m.frame.breadcrumbs).toEqual([{ label: 'Dữ liệu' }]);
  });
});

describe('the download files, from the sample data', async () => {
  const ctx = sampleContext();
  const { a, chrome } = ctx;
  const paths = await downloadFilePaths(ctx, BUILT_ON);

  it('are every table in every format, named by the route', () => {
    expect(paths.map((p) => p.params.file)).toEqual(DOWNLOADS.flatMap((t) => [`${t.name}.csv`, `${t.name}.xlsx`, `${t.name}.json`]));
    for (const p of paths) expect(p.props.model.file).toBe(p.params.file);
  });

  it('hold the serializers’ output of the assessment’s rows, with the data and build dates', async () => {
    for (const table of DOWNLOADS) {
      const rows = table.rows(a);
      const of = (file: string) => paths.find((p) => p.params.file === file)?.props.model;
      expect(of(`${table.name}.csv`)).toEqual({ file: `${table.name}.csv`, contentType: FORMATS.csv, body: csvOf(table, rows) });
      const json = of(`${table.name}.json`);
      expect(json?.body).toBe(jsonOf(table, rows, { asOf: a.currentDate, builtOn: BUILT_ON, sample: chrome.sample, source: chrome.dataSource }));
      expect(json?.contentType).toBe(FORMATS.json);
      const xlsx = of(`${table.name}.xlsx`);
      expect(xlsx?.contentType).toBe(FORMATS.xlsx);
      const meta = { asOf: a.currentDate, builtOn: BUILT_ON, sample: chrome.sample, source: chrome.dataSource };
      expect(Buffer.from(xlsx!.body as Uint8Array).equals(Buffer.from(await xlsxOf(table, rows, meta)))).toBe(true);
    }
  });
});
