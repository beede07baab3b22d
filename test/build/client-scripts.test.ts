/**
 * Pages ship only the JavaScript they use, as module files (no inline script for a CSP to allow),
 * and the chart bundle carries only the Chart.js parts the charts register.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, byTag, readHtml } from './html-tree.ts';
import { assessedSite } from './assessed-site.ts';

const { dir, basePath, htmlFiles } = assessedSite();
const pages = htmlFiles().map((file) => ({ file, doc: readHtml(path.join(dir, file)) }));
const scriptsOf = (doc: ReturnType<typeof readHtml>) => byTag(doc, 'script');
const modules = (doc: ReturnType<typeof readHtml>) => scriptsOf(doc).filter((s) => attr(s, 'type') === 'module').map((s) => attr(s, 'src') ?? '');
const hasChart = (doc: ReturnType<typeof readHtml>) => byTag(doc, 'figure').some((f) => attr(f, 'data-chart') !== undefined);
const chartModule = (src: string) => /\/_astro\/Chart\.astro[^/]*\.js$/.test(src);

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
    expect(withCharts.map((p) => p.file)).toEqual(expect.arrayContaining(['index.html', 'thuc-trang/index.html', 'chi-tieu/index.html', 'lo-trinh/index.html']));
    for (const { file, doc } of pages) expect({ file, charts: modules(doc).filter(chartModule).length }).toEqual({ file, charts: hasChart(doc) ? 1 : 0 });
  });

  it('are absent from pages without interactive parts', () => {
    for (const file of ['de-an/index.html', '404.html']) {
      const doc = pages.find((p) => p.file === file)!.doc;
      expect({ file, modules: modules(doc) }).toEqual({ file, modules: [] });
    }
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
