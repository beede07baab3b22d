import { describe, expect, it } from 'vitest';
import { latestRoadmapItems } from '../../src/assessment/index.ts';
import { homePage } from '../../src/page-models/home.ts';
import { sampleContext } from './context.ts';

describe('the home page model, from the sample data', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const m = homePage(ctx);

  it('shows every target at the current date, each linked to its section', () => {
    expect(m.targets.map((t) => [t.id, t.numerator, t.denominator])).toEqual(a.targetsAt(a.currentDate).map((t) => [t.id, t.numerator, t.denominator]));
    for (const t of m.targets) expect(t.href).toMatch(new RegExp(`/chi-tieu/${t.id}/$`));
  });

  it('counts the standard and the scale as the assessment does', () => {
    expect(m.counts).toEqual(a.overviewCounts());
    expect(m.standardPercent).toBe(a.standardAt(a.currentDate).percent);
    expect(m.standardHref).toMatch(/\/de-an\/#i-/);
  });

  it('lists the latest roadmap items, linked to their rows on the year page', () => {
    const expected = latestRoadmapItems(a.roadmap(), a.currentDate, m.latest.length);
    expect(m.latest.map((i) => i.id)).toEqual(expected.map((i) => i.id));
    for (const i of m.latest) expect(i.href).toMatch(new RegExp(`/lo-trinh/${i.year}/#${i.id}$`));
  });

  it('hands the layout the data chrome once', () => {
    expect(m.frame.chrome).toBe(ctx.chrome);
    expect(m.frame.chrome.dataDate).toBe(a.currentDate);
  });

  it('says why target 1 and "đạt đủ tiêu chuẩn" differ, with both figures the assessment’s', () => {
    const s = m.standard!;
    expect(s.meeting).toBe(m.counts.meetingStandard);
    expect(s.targetCount).toBe(m.targets.find((t) => t.number === s.targetNumber)!.numerator);
    expect(s.difference).toBe(s.targetCount - s.meeting);
  });

  it('has a tile map per target, each with every district', () => {
    expect(m.tileMaps.map((x) => x.targetId)).toEqual(a.dataset.plan.targets.map((t) => t.id));
    for (const x of m.tileMaps) expect(x.tiles).toHaveLength(a.dataset.districts.length);
  });
});
