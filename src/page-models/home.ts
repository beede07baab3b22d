import { latestRoadmapItems, type OverviewCounts, type RoadmapItemView, type TargetFigure, type TargetSeries } from '../assessment/index.ts';
import type { IsoDate } from '../domain/dates.ts';
import { SITE_NAME, SITE_TAGLINE } from '../site/config.ts';
import { criterionReadingAnchor, roadmapItemHref, targetHref } from '../site/links.ts';
import { withVerdict, type JudgedFigure } from '../site/status.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';
import { indexedWhole } from './search-frame.ts';
import { standardComparisonOfPlan, type StandardComparison } from './target.ts';
import { tileMapOf, type TileMapModel } from './tile-map.ts';

/** How many roadmap items the home page lists. */
const LATEST_ITEMS = 6;

export interface HomePage {
  frame: PageFrame;
  plan: { number: string; date: IsoDate; issuer: string; title: string; period: { start: number; end: number }; standardWhere: string; criteria: string[] };
  baselineDate: IsoDate;
  baselineLabel: string;
  currentDate: IsoDate;
  deadline: IsoDate;
  /** plan.deadline.reading: why that day (the document names none). */
  deadlineReading: string;
  /** The standard's criteria that carry a reading of the site's own (plan.yaml standard.criteria[].reading), in order. */
  criterionReadings: { id: string; label: string; reading: string; anchor: string }[];
  targets: JudgedFigure<TargetFigure & { href: string }>[];
  series: TargetSeries[];
  standardHref: string;
  /** Share of the chairwomen meeting the whole standard at the current date. */
  standardPercent: number | null;
  counts: OverviewCounts;
  latest: (RoadmapItemView & { href: string })[];
  /** Why target 1 and "đạt đủ tiêu chuẩn" differ, where the plan has a target over every chairwoman. */
  standard: StandardComparison | undefined;
  /** One tile map per target, in the plan's order (none without data/tile-map.yaml). */
  tileMaps: TileMapModel[];
}

export function homePage(ctx: SiteContext): HomePage {
  const { a, chrome, documentHref } = ctx;
  const { plan, baseline } = a.dataset;
  const now = a.currentDate;
  return {
    frame: indexedWhole({ title: SITE_NAME, description: SITE_TAGLINE, chrome }, { order: 0, name: 'Tổng quan' }),
    plan: {
      number: plan.number,
      date: plan.date,
      issuer: plan.issuer,
      title: plan.title,
      period: plan.period,
      standardWhere: plan.standard.where,
      criteria: plan.standard.criteria.map((c) => c.label),
    },
    baselineDate: a.baselineDate,
    baselineLabel: baseline.dateLabel,
    currentDate: now,
    deadline: a.deadline,
    deadlineReading: plan.deadline.reading,
    criterionReadings: plan.standard.criteria.flatMap((c) => (c.reading ? [{ id: c.id, label: c.label, reading: c.reading, anchor: criterionReadingAnchor(c.id) }] : [])),
    targets: a.targetsAt(now).map((t) => withVerdict({ ...t, href: targetHref(t.id) })),
    series: a.targetSeries(),
    standardHref: documentHref(plan.standard.where),
    standardPercent: a.standardAt(now).percent,
    counts: a.overviewCounts(),
    latest: latestRoadmapItems(a.roadmap(), now, LATEST_ITEMS).map((item) => ({ ...item, href: roadmapItemHref(item.year, item.id) })),
    standard: standardComparisonOfPlan(ctx, now),
    tileMaps: plan.targets.flatMap((t) => tileMapOf(a, t.id, now) ?? []),
  };
}
