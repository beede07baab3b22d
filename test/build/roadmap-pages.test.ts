/** /lo-trinh/ and its yearly reports: items, courses, targets and money, as the assessment gives them. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spendingSpec, targetsAtSpec } from '../../src/site/chart-specs.ts';
import { formatDate, formatMoney as money, formatNumber } from '../../src/site/format.ts';
import { achievedText, datesText, promiseText } from '../../src/site/roadmap-text.ts';
import { ratioText } from '../../src/site/target-text.ts';
import { attr, byTag, cells, one, text } from './html-tree.ts';
import { assessedSite, byClass, chartSpecs, sectionOf } from './assessed-site.ts';
import { formatShare } from '../../src/site/share.ts';

const { a, page, basePath, dir } = assessedSite();
const view = a.roadmap();
/** As a reader sees it (text() makes the no-break space between figure and đ a space). */
const formatMoney = (v: number) => money(v).replace(/\s+/g, ' ');
const { plan } = a.dataset;

describe('the roadmap timeline', () => {
  const doc = page('lo-trinh');

  it('has every year, linked to its report, with each item and its status', () => {
    const years = byClass(doc, 'timeline-year');
    expect(years).toHaveLength(view.years.length);
    view.years.forEach((y, i) => {
      expect(attr(byTag(byTag(years[i]!, 'h2')[0]!, 'a')[0]!, 'href')).toBe(`${basePath}lo-trinh/${y.year}/`);
      const items = byTag(years[i]!, 'li');
      expect(items.map((li) => text(byClass(li, 'status')[0]!))).toEqual(y.items.map((item) => item.statusLabel));
      expect(text(years[i]!)).toContain(`chi ${formatMoney(y.spent)}`);
    });
  });

  it('sets the money spent against the budget', () => {
    const t = text(sectionOf(doc, 'kinh-phi'));
    expect(t).toContain(formatMoney(view.budget));
    expect(t).toContain(`chi ${formatMoney(view.spent)}; còn ${formatMoney(view.remaining)}`);
    expect(chartSpecs(doc).get('bieu-do-kinh-phi')).toEqual(JSON.parse(JSON.stringify(spendingSpec(a.annualReport(plan.period.end).money))));
  });
});

describe.each(view.years.map((y) => y.year))('the report of %i', (year) => {
  const doc = page('lo-trinh', String(year));
  const r = a.annualReport(year);

  it('is headed as the union heads its reports, with the date it speaks for', () => {
    expect(text(byClass(doc, 'report-masthead')[0]!)).toBe(`HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI — Báo cáo năm ${year}`);
    expect(text(byClass(doc, 'report-as-of')[0]!)).toContain(formatDate(r.asOf));
    expect(attr(byClass(doc, 'print-button')[0]!, 'hidden')).toBe('');
  });

  it('lists its items: status, dates, promised and achieved', () => {
    const rows = byTag(byTag(sectionOf(doc, 'nhiem-vu'), 'tbody')[0]!, 'tr');
    expect(rows.map((row) => cells(row).slice(1).map((c) => text(c)))).toEqual(
      r.items.map((item) => [item.statusLabel, datesText(item), promiseText(item.promise), achievedText(item)]),
    );
    expect(rows.map((row) => attr(row, 'id'))).toEqual(r.items.map((item) => item.id));
  });

  it('lists the courses that started in it, each linked to its page', () => {
    const section = sectionOf(doc, 'lop-hoc');
    const rows = r.courses.length === 0 ? [] : byTag(byTag(section, 'tbody')[0]!, 'tr');
    expect(rows.map((row) => attr(byTag(row, 'a')[0]!, 'href'))).toEqual(r.courses.map((c) => `${basePath}lop-hoc/${c.id}/`));
    for (const c of r.courses) expect(existsSync(path.join(dir, 'lop-hoc', c.id, 'index.html'))).toBe(true);
    rows.forEach((row, i) => {
      const c = r.courses[i]!;
      expect(cells(row).slice(2).map((x) => text(x))).toEqual(
        [c.seats, c.participants.completed, c.participants.enrolled, c.participants.dropped].map((n) => formatNumber(n)).concat(formatMoney(c.cost)),
      );
    });
  });

  it('gives the targets at its end with a chart and its table', () => {
    if (r.targets === null) return expect(text(sectionOf(doc, 'chi-tieu-cuoi-nam'))).toContain('chưa có số liệu');
    const rows = byTag(byTag(sectionOf(doc, 'chi-tieu-cuoi-nam'), 'tbody')[0]!, 'tr');
    expect(rows.slice(0, r.targets.length).map((row) => cells(row).slice(1, 4).map((c) => text(c)))).toEqual(
      r.targets.map((t) => [ratioText(t), formatShare(t.percent), formatShare(t.pace.expectedPercent)]),
    );
    expect(chartSpecs(doc).get('bieu-do-chi-tieu')).toEqual(JSON.parse(JSON.stringify(targetsAtSpec(r.targets))));
    // Printed reports show the chart's figures, not behind a <details>.
    expect(byTag(one(doc, 'id', 'bieu-do-chi-tieu'), 'details')).toHaveLength(0);
  });

  it('sets what was spent in the year and up to it against the budget', () => {
    const values = byTag(byClass(doc, 'report-money')[0]!, 'dd').map((dd) => text(dd));
    expect(values).toEqual([r.money.budget, r.money.spentInYear, r.money.spentToDate, r.money.remaining].map((m) => formatMoney(m)));
    expect(chartSpecs(doc).get('bieu-do-kinh-phi')).toEqual(JSON.parse(JSON.stringify(spendingSpec(r.money))));
    expect(formatNumber(r.money.byYear.length)).toBe(String(year - plan.period.start + 1));
  });
});
