/** /chi-tieu/: one section per target, every figure the assessment's, the district table complete without JavaScript. */
import { describe, expect, it } from 'vitest';
import { measuresForTarget } from '../../src/assessment/index.ts';
import { districtSpec, targetTrendSpec } from '../../src/site/chart-specs.ts';
import { formatDate, formatNumber, formatPercent } from '../../src/site/format.ts';
import { verdict } from '../../src/site/status.ts';
import { unitNoun } from '../../src/site/target-text.ts';
import { attr, byTag, cells, one, text } from './html-tree.ts';
import { assessedSite, chartSpecs, sectionOf } from './assessed-site.ts';
import { formatShare } from '../../src/site/share.ts';

const { a, page, basePath } = assessedSite();
const doc = page('chi-tieu');
const now = a.currentDate;
const { plan } = a.dataset;
const figures = a.targetsAt(now);
const specs = chartSpecs(doc);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const dash = (v: number | null) => (v === null ? '—' : formatNumber(v));

describe.each(plan.targets.map((t, i) => ({ target: t, f: figures[i]!, i })))('target $target.number', ({ target, f, i }) => {
  const section = sectionOf(doc, target.id);
  const t = text(section);

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
    const districts = a.targetsByDistrict(now);
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
    expect(specs.get(`${target.id}-bieu-do-quan-huyen`)).toEqual(JSON.parse(JSON.stringify(districtSpec(rowsSpec))));
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
