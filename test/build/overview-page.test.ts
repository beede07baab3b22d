/** The overview (/) says what src/assessment/ computes for the data's date, formatted vi-VN. */
import { verdict } from '../../src/site/status.ts';
import { describe, expect, it } from 'vitest';
import { latestRoadmapItems } from '../../src/assessment/index.ts';
import { targetsTrendSpec } from '../../src/site/chart-specs.ts';
import { formatNumber, formatPercent } from '../../src/site/format.ts';
import { ratioText } from '../../src/site/target-text.ts';
import { attr, byTag, one, text } from './html-tree.ts';
import { assessedSite, byClass, chartSpecs, sectionOf } from './assessed-site.ts';
import { formatShare } from '../../src/site/share.ts';

const { a, page, basePath } = assessedSite();
const doc = page();
const now = a.currentDate;

describe('the overview', () => {
  it('shows each target now: share, ratio, goal, what is missing, and the bar', () => {
    const figures = a.targetsAt(now);
    const cards = byClass(doc, 'target-card');
    expect(cards).toHaveLength(figures.length);
    figures.forEach((f, i) => {
      const card = cards[i]!;
      const t = text(card);
      expect(t).toContain(`Chỉ tiêu ${f.number}: ${f.label}`);
      expect(t).toContain(`${formatShare(f.percent)} (${ratioText(f)})`);
      expect(t).toContain(`Mục tiêu ${formatPercent(f.goal, 0)} (${formatNumber(f.goalCount)}`);
      expect(t).toContain(`còn thiếu ${formatNumber(f.missing)}`);
      expect(t).toContain(verdict(f).line);
      const bar = byTag(card, 'svg')[0]!;
      expect(attr(bar, 'aria-label')).toContain(formatShare(f.percent));
      expect(Number(attr(byClass(card, 'target-bar-fill')[0]!, 'width'))).toBeCloseTo(f.percent ?? 0, 9);
    });
  });

  it('draws the trend of the targets from the assessment', () => {
    expect(chartSpecs(doc).get('bieu-do-chi-tieu')).toEqual(JSON.parse(JSON.stringify(targetsTrendSpec(a.targetSeries()))));
  });

  it('gives the standard in one line and how many meet it', () => {
    const s = a.standardAt(now);
    const t = text(sectionOf(doc, 'tieu-chuan'));
    for (const c of a.dataset.plan.standard.criteria) expect(t).toContain(c.label);
    expect(t).toContain(`${formatNumber(s.meeting)} trên ${formatNumber(s.population)} chủ tịch đạt đủ tiêu chuẩn (${formatShare(s.percent)})`);
  });

  it('gives the key counts', () => {
    const c = a.overviewCounts();
    const values = byTag(byClass(doc, 'key-counts')[0]!, 'dd').map((dd) => text(byTag(dd, 'strong')[0]!));
    expect(values).toEqual([c.districts, c.communes, c.chairwomen, c.meetingStandard, c.sourceCadres, c.coursesStarted].map((n) => formatNumber(n)));
    const t = text(byClass(doc, 'key-counts')[0]!);
    for (const k of [...c.districtsByKind, ...c.communesByKind]) expect(t).toContain(`${formatNumber(k.count)} ${k.label.toLowerCase()}`);
    expect(t).toContain(`${formatNumber(c.completions)} lượt học viên hoàn thành`);
  });

  it('lists the latest roadmap items with their status, linked to their year', () => {
    const latest = latestRoadmapItems(a.roadmap(), now, 6);
    expect(latest.length).toBeGreaterThan(0);
    const items = byTag(sectionOf(doc, 'lo-trinh'), 'li');
    expect(items).toHaveLength(latest.length);
    latest.forEach((item, i) => {
      expect(text(byClass(items[i]!, 'status')[0]!)).toBe(item.statusLabel);
      expect(byTag(items[i]!, 'a').map((l) => attr(l, 'href'))).toContain(`${basePath}lo-trinh/${item.year}/#${item.id}`);
    });
  });

  it('says the data are a sample exactly when they are', () => {
    const { sample } = a.dataset;
    expect(byClass(doc, 'sample-notice').length).toBe(sample.people || sample.courses || sample.progress ? 1 : 0);
    expect(attr(one(doc, 'lang'), 'lang')).toBe('vi');
  });
});
