/**
 * Pages ship only the JavaScript they use, as module files (no inline script for a CSP to allow):
 * every page the search box's, pages with a chart also the charts', sortable tables' and print
 * button's, the search page its own; and the chart bundle carries only the Chart.js parts the
 * charts register.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, byTag, readHtml, type Document } from './html-tree.ts';
import { assessedSite } from './assessed-site.ts';
import { htmlFiles } from '../quality/helpers.ts';

const { dir, basePath, a } = assessedSite();
const pages = htmlFiles(dir).map((file) => ({ file, doc: readHtml(path.join(dir, file)) }));
const scriptsOf = (doc: Document) => byTag(doc, 'script');
const modules = (doc: Document) => scriptsOf(doc).filter((s) => attr(s, 'type') === 'module').map((s) => attr(s, 'src') ?? '');
// The Chart component's marker (src/components/Chart.astro): what makes a page "a page with a chart".
const hasChart = (doc: Document) => byTag(doc, 'figure').some((f) => attr(f, 'data-chart') !== undefined);
const SEARCH_PAGE = 'tim-kiem/index.html';

/** A bundled <script> of a component or page, by the file it is written in (Astro names the module after it). */
const scriptOf = (source: string) => new RegExp(`^${basePath}_astro/${source.replace('.', '\\.')}_astro_type_script_index_\\d+_lang\\.[\\w-]+\\.js$`);
const SCRIPTS = {
  'search box': scriptOf('SearchBox.astro'),
  chart: scriptOf('Chart.astro'),
  'sortable table': scriptOf('SortableTable.astro'),
  'print button': scriptOf('PrintButton.astro'),
  // src/pages/tim-kiem/index.astro's own, and Pagefind should it load it by a tag.
  'search page': new RegExp(`^${basePath}(_astro/index\\.astro_astro_type_script_index_\\d+_lang\\.[\\w-]+\\.js|pagefind/.+\\.js)$`),
} as const;
type Script = keyof typeof SCRIPTS;
const chartModule = (src: string) => SCRIPTS.chart.test(src);

/** What a page may load: the search box everywhere; chart pages their charts' company; the search page its own. */
function allowed(file: string, doc: Document): Script[] {
  return [
    'search box',
    ...(hasChart(doc) ? (['chart', 'sortable table', 'print button'] as const) : []),
    ...(file === SEARCH_PAGE ? (['search page'] as const) : []),
  ];
}

describe('client scripts', () => {
  it('are module files or JSON data, never inline code', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const { file, doc } of pages) {
      for (const s of scriptsOf(doc)) {
        const type = attr(s, 'type');
        const inline = s.childNodes.length > 0;
        if (type === 'application/json') continue;
        expect({ file, type, src: attr(s, 'src'), inline }).toMatchObject({ type: 'module', inline: false });
        expect(attr(s, 'src')?.startsWith(`${basePath}_astro/`) || attr(s, 'src')?.startsWith(`${basePath}pagefind/`)).toBe(true);
      }
    }
  });

  it('load the chart bundle exactly on the pages that have a chart', () => {
    const withCharts = pages.filter((p) => hasChart(p.doc));
    expect(withCharts.map((p) => p.file)).toEqual(expect.arrayContaining(['index.html', 'thuc-trang/index.html', `chi-tieu/${a.dataset.plan.targets[0]!.id}/index.html`, 'lo-trinh/index.html', `quan-huyen/${a.dataset.districts[0]!.id}/index.html`]));
    for (const { file, doc } of pages) expect({ file, charts: modules(doc).filter(chartModule).length }).toEqual({ file, charts: hasChart(doc) ? 1 : 0 });
  });

  it('are only the search box on a page without a chart, and only what the page has beyond it elsewhere', () => {
    const withoutChart = pages.filter((p) => !hasChart(p.doc)).map((p) => p.file);
    // The rule covers the record and list pages (people, courses, the districts list) and the plain ones;
    // a district's own page has its year-by-year charts.
    expect(withoutChart).toEqual(expect.arrayContaining(['quan-huyen/index.html', 'de-an/index.html', 'du-lieu/index.html', '404.html', SEARCH_PAGE]));
    expect(withoutChart.filter((f) => f.startsWith('nguoi/')).length).toBeGreaterThan(1);
    for (const { file, doc } of pages) {
      const may = allowed(file, doc);
      const loaded = modules(doc).map((src) => ({ src, is: may.filter((name) => SCRIPTS[name].test(src)) }));
      // Every module is one the page may load, and the search box is there exactly once.
      expect({ file, unexpected: loaded.filter((m) => m.is.length === 0).map((m) => m.src) }).toEqual({ file, unexpected: [] });
      expect({ file, searchBoxes: loaded.filter((m) => m.is.includes('search box')).length }).toEqual({ file, searchBoxes: 1 });
    }
  });

  it('on the search page include its own script', () => {
    const doc = pages.find((p) => p.file === SEARCH_PAGE)!.doc;
    expect(modules(doc).some((src) => SCRIPTS['search page'].test(src) && !SCRIPTS['search box'].test(src))).toBe(true);
  });

  it('tree-shake Chart.js down to bar and line charts on category and linear scales', () => {
    const bundles = new Set(pages.flatMap((p) => modules(p.doc)).filter(chartModule));
    expect(bundles.size).toBe(1);
    const code = readFileSync(path.join(dir, [...bundles][0]!.slice(basePath.length)), 'utf8');
    // Option names only the unregistered parts define: doughnut/pie, arcs, radial scales, time scales.
    for (const unused of ['cutout', 'animateRotate', 'circumference', 'angleLines', 'pointLabels', 'minUnit']) {
      expect({ unused, found: code.includes(unused) }).toEqual({ unused, found: false });
    }
  });

  it('carry chart data that cannot break out of its element', () => {
    for (const { file, doc } of pages.filter((p) => hasChart(p.doc))) {
      for (const s of scriptsOf(doc).filter((x) => attr(x, 'type') === 'application/json')) {
        const raw = s.childNodes.map((c) => ('value' in c ? String(c.value) : '')).join('');
        expect({ file, unsafe: /[<>&\u2028\u2029]/.test(raw) }).toEqual({ file, unsafe: false });
        expect(() => JSON.parse(raw)).not.toThrow();
      }
    }
  });
});
