/**
 * A target's verdict comes from src/site/status.ts alone: the page models hand it with each figure,
 * the templates print it. At the committed date (the plan's deadline) it reads against the goal, at
 * an earlier date against the pace line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../architecture/import-graph.ts';
import type { SiteContext } from '../../src/page-models/context.ts';
import { districtPaths } from '../../src/page-models/district.ts';
import { homePage } from '../../src/page-models/home.ts';
import { roadmapYearPaths } from '../../src/page-models/roadmap-year.ts';
import { targetIds, targetPage } from '../../src/page-models/target.ts';
import { targetsPage } from '../../src/page-models/targets.ts';
import { formatNumber } from '../../src/site/format.ts';
import { formatShare } from '../../src/site/share.ts';
import { verdict, type Verdict } from '../../src/site/status.ts';
import { unitNoun } from '../../src/site/target-text.ts';
import type { TargetFigure } from '../../src/assessment/index.ts';
import { sampleContext } from './context.ts';
import { contextAt } from './earlier-context.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EARLIER = '2014-06-30';

type Judged = TargetFigure & { verdict: Verdict };

/** Every figure with a verdict anywhere in a model. */
function judged(value: unknown, out: Judged[] = [], seen = new Set<unknown>()): Judged[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if ('verdict' in value && 'pace' in value) out.push(value as Judged);
  for (const v of Array.isArray(value) ? value : Object.values(value)) judged(v, out, seen);
  return out;
}

function models(ctx: SiteContext): unknown[] {
  return [homePage(ctx), targetsPage(ctx), ...targetIds(ctx).map((id) => targetPage(ctx, id)), ...districtPaths(ctx).map((p) => p.props.model), ...roadmapYearPaths(ctx).map((p) => p.props.model)];
}

describe('target verdicts', () => {
  it('no page model words a verdict other than status.ts does, at the deadline and before it', () => {
    for (const ctx of [sampleContext(), contextAt(EARLIER)]) {
      const figures = judged(models(ctx));
      expect(figures.length).toBeGreaterThan(100);
      for (const f of figures) expect(f.verdict).toEqual(verdict(f));
    }
  });

  it('at the committed date (the deadline) say Đạt or Không đạt with what is missing, never the pace', () => {
    const ctx = sampleContext();
    expect(ctx.a.currentDate >= ctx.a.deadline).toBe(true);
    const home = homePage(ctx);
    expect(home.targets.length).toBeGreaterThan(0);
    for (const t of [...home.targets, ...targetsPage(ctx).targets.map((s) => s.figure)]) {
      expect(t.verdict.text).toBe(t.reached ? 'Đạt' : `Không đạt, còn thiếu ${formatNumber(t.missing)} ${unitNoun(t.unit)}`);
      expect(t.verdict.key).toBe(t.reached ? 'reached' : 'missed');
      expect(t.verdict.line).not.toContain('tiến độ');
    }
  });

  it('before the deadline say Đúng or Chậm tiến độ with where the pace stands', () => {
    const ctx = contextAt(EARLIER);
    const home = homePage(ctx);
    for (const t of [...home.targets, ...targetsPage(ctx).targets.map((s) => s.figure)]) {
      expect(t.date).toBe(EARLIER);
      expect(t.verdict.text).toBe(t.pace.onTrack ? 'Đúng tiến độ' : 'Chậm tiến độ');
      expect(t.verdict.detail).toContain(`theo tiến độ cần ${formatShare(t.pace.expectedPercent)}`);
    }
  });

  it('at the baseline itself call the figure the starting point, neither on track nor behind', () => {
    const ctx = sampleContext();
    const atBaseline = ctx.a.targetSeries().flatMap((s) => s.points.filter((p) => p.date === ctx.a.baselineDate).map((p) => p.figure));
    expect(atBaseline.length).toBeGreaterThan(0);
    for (const f of atBaseline) {
      const v = verdict(f);
      expect(v.key).toBe('start');
      expect(v.tone).toBe('none');
      expect(v.line).not.toMatch(/tiến độ/);
    }
    // The page models that show the baseline row say so too.
    const rows = targetIds(ctx).flatMap((id) => targetPage(ctx, id).reported.filter((p) => p.date === ctx.a.baselineDate));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.figure.verdict.key).toBe('start');
  });

  it('in a year report read at the year end: the pace for a year before the deadline, the goal for the last', () => {
    const ctx = sampleContext();
    for (const { props: { model: m } } of roadmapYearPaths(ctx)) {
      for (const t of m.targets ?? []) {
        const final = t.date >= ctx.a.deadline;
        expect(['reached', 'missed'].includes(t.verdict.key)).toBe(final);
      }
    }
  });

  it('are typed in no template', () => {
    const words = /Đúng tiến độ|Chậm tiến độ|Chậm so với tiến độ|Không đạt|Đã đạt mục tiêu|Mốc xuất phát|Chưa đạt|Không áp dụng|Được tính/;
    for (const file of sourceFiles(ROOT, ['src/pages', 'src/components', 'src/layouts'])) {
      expect(readFileSync(path.join(ROOT, file), 'utf8'), file).not.toMatch(words);
    }
  });
});
