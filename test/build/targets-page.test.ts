/** /chi-tieu/<id>/: one page per target, every figure the assessment's, every table complete without JavaScript, every chart's data as CSV. */
import { describe, expect, it } from 'vitest';
import { measuresForTarget } from '../../src/assessment/index.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChartSpec } from '../../src/site/chart-spec.ts';
import { breakdownSpec, sortedByShare, targetTrendSpec } from '../../src/site/chart-specs.ts';
import { chartCsv } from '../../src/site/chart-table.ts';
import { parseCsv } from '../site/csv-reader.ts';
import { formatDate, formatNumber, formatPercent } from '../../src/site/format.ts';
import { verdict } from '../../src/site/status.ts';
import { unitNoun } from '../../src/site/target-text.ts';
import { attr, byTag, cells, one, text } from './html-tree.ts';
import { assessedSite, byClass, chartSpecs } from './assessed-site.ts';
import { formatShare } from '../../src/site/share.ts';

const { a, page, basePath, dir } = assessedSite();
const now = a.currentDate;
const { plan } = a.dataset;
const figures = a.targetsAt(now);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const dash = (v: number | null) => (v === null ? '—' : formatNumber(v));

describe.each(plan.targets.map((t, i) => ({ target: t, f: figures[i]!, i })))('target $target.number', ({ target, f, i }) => {
  const doc = page('chi-tieu', target.id);
  const section = byTag(doc, 'main')[0]!;
  const t = text(doc);
  const specs = chartSpecs(doc);

  it('quotes it, links its place, and says how it is read and paced', () => {
    expect(t).toContain(squash(target.quote));
    expect(t).toContain(squash(target.reading));
    expect(t).toContain(squash(plan.pace.explanation));
    expect(t).toContain(`Mục ${target.where} của đề án`);
  });

  it('gives numerator, denominator, share, goal, what is missing and the pace now', () => {
    const values = byTag(byTag(section, 'dl')[0]!, 'dd').map((dd) => text(dd));
    const unit = unitNoun(f.unit);
    expect(values).toEqual([
      `${formatNumber(f.numerator)} ${unit}`,
      `${formatNumber(f.denominator)} ${unit}`,
      formatShare(f.percent),
      `${formatPercent(f.goal, 0)}, tức ${formatNumber(f.goalCount)} ${unit}`,
      `${formatNumber(f.missing)} ${unit}`,
      verdict(f).line,
    ]);
  });

  it('charts and tabulates it by year against the goal and the pace line', () => {
    const series = a.targetSeries()[i]!;
    expect(specs.get(`${target.id}-theo-nam`)).toEqual(JSON.parse(JSON.stringify(targetTrendSpec(series))));
    const rows = byTag(byTag(one(doc, 'id', `${target.id}-bang-nam`).parentNode as never, 'tbody')[0]!, 'tr');
    const reported = series.points.filter((p) => p.reported);
    expect(rows.map((r) => cells(r).map((c) => text(c)))).toEqual(
      reported.map((p) => [
        formatDate(p.date),
        formatNumber(p.figure.numerator),
        formatNumber(p.figure.denominator),
        formatShare(p.figure.percent),
        formatShare(p.figure.pace.expectedPercent),
        verdict(p.figure).text,
      ]),
    );
  });

  it('lists every district with its figures and raw sort keys, the city in the footer', () => {
    const byId = new Map(a.targetsByDistrict(now).map((d) => [d.id, d]));
    const districts = a.districtOrder().map((id) => byId.get(id)!);
    const table = byTag(one(doc, 'id', `${target.id}-quan-huyen`), 'table')[0]!;
    expect(attr(table, 'data-sortable')).toBe('');
    const rows = byTag(byTag(table, 'tbody')[0]!, 'tr');
    expect(rows.map((r) => cells(r).map((c) => text(c)))).toEqual(
      districts.map((d) => {
        const g = d.targets[i]!;
        return [d.name, formatNumber(g.numerator), formatNumber(g.denominator), formatShare(g.percent), formatNumber(g.missing), verdict(g).text];
      }),
    );
    rows.forEach((r, k) => {
      const g = districts[k]!.targets[i]!;
      expect(Number(attr(cells(r)[3]!, 'data-sort'))).toBe(g.percent);
      expect(attr(byTag(cells(r)[0]!, 'a')[0]!, 'href')).toBe(`${basePath}quan-huyen/${districts[k]!.id}/`);
    });
    const footer = cells(byTag(byTag(table, 'tfoot')[0]!, 'tr')[0]!).map((c) => text(c));
    expect(footer).toEqual([a.scopeLabel('city'), formatNumber(f.numerator), formatNumber(f.denominator), formatShare(f.percent), formatNumber(f.missing), verdict(f).text]);
    const rowsSpec = districts.map((d) => ({ name: d.name, figure: d.targets[i]! }));
    expect(specs.get(`${target.id}-theo-quan-huyen`)).toEqual(JSON.parse(JSON.stringify(breakdownSpec(rowsSpec, f, { sorted: true }))));
    expect((specs.get(`${target.id}-theo-quan-huyen`) as ChartSpec).labels).toEqual(sortedByShare(rowsSpec).map((r) => r.name));
  });

  it('offers every chart’s data as CSV beside the page: the chart’s own figures, a row per bar', () => {
    expect(specs.size).toBeGreaterThanOrEqual(3);
    for (const [id, spec] of specs) {
      const figure = one(doc, 'id', id);
      const link = byTag(figure, 'a').find((x) => attr(x, 'download') !== undefined)!;
      const file = `${id.slice(target.id.length + 1)}.csv`;
      expect(attr(link, 'href')).toBe(`${basePath}chi-tieu/${target.id}/${file}`);
      const header = text(byTag(byTag(figure, 'thead')[0]!, 'th')[0]!);
      const content = readFileSync(path.join(dir, 'chi-tieu', target.id, file), 'utf8');
      expect(content).toBe(chartCsv(spec as ChartSpec, header));
      const rows = parseCsv(content.slice(1));
      expect(rows.slice(1).map((r) => r[0])).toEqual((spec as ChartSpec).labels);
      expect(rows.slice(1).map((r) => (r[1] === '' ? null : Number(r[1])))).toEqual((spec as ChartSpec).series[0]!.values);
    }
  });

  it('shows every chart’s table in the HTML, with the switch hidden until the script draws', () => {
    for (const id of specs.keys()) {
      const figure = one(doc, 'id', id);
      expect(byTag(figure, 'table')).toHaveLength(1);
      const bar = byClass(figure, 'chart-switch')[0]!;
      expect(attr(bar, 'hidden')).toBe('');
      expect(byTag(bar, 'button').map((b) => text(b))).toEqual(['Biểu đồ', 'Bảng']);
    }
  });

  it('has the tile map with a square per district, its share written in it, and its table', () => {
    const map = one(doc, 'id', `${target.id}-ban-do-bang`);
    expect(byTag(byTag(map, 'tbody')[0]!, 'tr')).toHaveLength(a.dataset.districts.length);
    const tiles = byClass(doc, 'tile');
    expect(tiles).toHaveLength(a.dataset.districts.length);
    const shares = new Map(a.targetsByDistrict(now).map((d) => [d.name, formatShare(d.targets[i]!.percent, 0)]));
    for (const tile of tiles) {
      const name = (attr(tile, 'aria-label') ?? '').split(' — ')[1]!.split(':')[0]!;
      expect(text(tile)).toContain(shares.get(name));
    }
  });

  it('says who is still missing and what the measures reaching them have left', () => {
    expect(t).toContain(`Còn thiếu ${formatNumber(f.missing)} ${unitNoun(f.unit)}`);
    const measures = measuresForTarget(plan, target);
    const coverage = a.coverage(now);
    if (measures.length === 0) return;
    const rows = byTag(byTag(one(doc, 'id', `${target.id}-giai-phap`).parentNode as never, 'tbody')[0]!, 'tr');
    expect(rows.map((r) => cells(r).map((c) => text(c)))).toEqual(
      measures.map((m) => {
        const c = coverage.find((x) => x.id === m.id)!;
        return [m.label, formatNumber(c.needing), dash(c.promisedSeats), formatNumber(c.seatsUsed), dash(c.seatsLeft), dash(c.uncovered)];
      }),
    );
  });
});

describe('the overview /chi-tieu/', () => {
  const doc = page('chi-tieu');

  it('links every target to its page and grids a badge per target and place, districts in the site’s order', () => {
    const grid = byClass(doc, 'verdict-grid')[0]!;
    const heads = byTag(byTag(grid, 'thead')[0]!, 'a').map((x) => attr(x, 'href'));
    expect(heads).toEqual(plan.targets.map((t) => `${basePath}chi-tieu/${t.id}/`));
    const rows = byTag(byTag(grid, 'tbody')[0]!, 'tr');
    const byId = new Map(a.targetsByDistrict(now).map((d) => [d.id, d]));
    const names = [a.scopeLabel('city'), ...a.clustersWithDistricts().map((c) => c.name), ...a.districtOrder().map((id) => byId.get(id)!.name)];
    expect(rows.map((r) => text(cells(r)[0]!))).toEqual(names);
    const districtRows = rows.slice(1 + a.clustersWithDistricts().length);
    districtRows.forEach((r, k) => {
      const d = byId.get(a.districtOrder()[k]!)!;
      expect(cells(r).slice(1).map((c) => text(c))).toEqual(d.targets.map((g) => expect.stringContaining(`${formatShare(g.percent)} ${verdict(g).short}`)));
    });
  });
});
