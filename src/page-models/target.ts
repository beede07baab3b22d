/**
 * /chi-tieu/<id>/: one target as a national SDG reporting site shows an indicator — the headline
 * figure and its verdict, the trend, the breakdowns (cluster, district, age band) each as a chart with
 * its table and CSV, the tile map, the measures aimed at it and the target's metadata.
 */
import { measuresForTarget, type AgeBandLine, type MeasureCoverage, type StandardVersusTarget, type TargetPoint, type TargetSeries } from '../assessment/index.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { Target } from '../schema/index.ts';
import type { ChartSpec } from '../site/chart-spec.ts';
import { breakdownSpec, breakdownSummary, districtSummary, targetTrendSpec, targetTrendSummary } from '../site/chart-specs.ts';
import { formatDate, formatPercent } from '../site/format.ts';
import { districtHref, sectionHref, targetCsvHref, targetHref } from '../site/links.ts';
import { withVerdict, type JudgedFigure } from '../site/status.ts';
import type { SiteContext } from './context.ts';
import { districtOrderNote } from './district-order.ts';
import type { PageFrame } from './frame.ts';
import { indexedWhole } from './search-frame.ts';
import { tileMapOf, type TileMapModel } from './tile-map.ts';

export interface TargetChart {
  /** Unique on the page: the target's id and the key. */
  id: string;
  /** The chart's name within its target ("theo-nam"): the CSV's file name. */
  key: string;
  caption: string;
  summary: string;
  spec: ChartSpec;
  categoryHeader: string;
  size: 'normal' | 'tall';
  csvHref: string;
}

export interface BreakdownLine {
  id: string;
  name: string;
  href?: string;
  figure: JudgedFigure;
}

/** Target 1 against the full standard of I.9 (the assessment's figures), with where the plan states it. */
export interface StandardComparison extends StandardVersusTarget {
  standardWhere: string;
  standardHref: string;
}

export interface TargetInfo {
  id: string;
  number: number;
  label: string;
  quote: string;
  where: string;
  reading: string;
  goal: number;
  unit: Target['unit'];
}

export interface TargetPage {
  frame: PageFrame;
  currentDate: IsoDate;
  deadline: IsoDate;
  deadlineReading: string;
  paceExplanation: string;
  cityLabel: string;
  target: TargetInfo;
  whereHref: string;
  figure: JudgedFigure;
  series: TargetSeries;
  /** The series' points up to the data's date: the rows of its table. */
  reported: (TargetPoint & { figure: JudgedFigure })[];
  /** In the site's district order; the table sorts itself in the browser. */
  byDistrict: BreakdownLine[];
  /** How the district table is ordered, in words. */
  districtOrderNote: string;
  byCluster: BreakdownLine[];
  /** Undefined for a target that counts communes: no age to split by. */
  byAgeBand: AgeBandLine[] | undefined;
  charts: { trend: TargetChart; clusters: TargetChart; districts: TargetChart; ageBands?: TargetChart };
  tileMap: TileMapModel | undefined;
  measures: { id: string; label: string; href: string; coverage: MeasureCoverage; reading?: string }[];
  standard: StandardComparison | undefined;
  /** Where the page's figures come from. */
  sources: { file: string; what: string }[];
  indicatorsHref: string;
  others: { id: string; number: number; label: string; href: string }[];
}

function byId<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`Không có ${what} "${id}" (unknown-id)`);
  return found;
}

/** The targets' ids, for the pages' paths. */
export function targetIds({ a }: SiteContext): string[] {
  return a.dataset.plan.targets.map((t) => t.id);
}

/**
 * A target counting every chairwoman against the full standard (Assessment.standardVersusTarget),
 * with where the plan states the standard: the two are a screen apart on several pages.
 */
export function standardComparison({ a, documentHref }: SiteContext, targetId: string, date: IsoDate): StandardComparison | undefined {
  const versus = a.standardVersusTarget(targetId, date);
  if (!versus) return undefined;
  const { where } = a.dataset.plan.standard;
  return { ...versus, standardWhere: where, standardHref: documentHref(where) };
}

/** The comparison for whichever of the plan's targets counts every chairwoman (target 1), if one does. */
export function standardComparisonOfPlan(ctx: SiteContext, date: IsoDate): StandardComparison | undefined {
  return ctx.a.dataset.plan.targets.map((t) => standardComparison(ctx, t.id, date)).find((s) => s !== undefined);
}

export function targetPage(ctx: SiteContext, id: string): TargetPage {
  const { a, chrome, documentHref } = ctx;
  const { plan } = a.dataset;
  const now = a.currentDate;
  const t = byId(plan.targets, id, 'chỉ tiêu');
  const name = `Chỉ tiêu ${t.number}`;
  const at = formatDate(now);
  const city = withVerdict(byId(a.targetsAt(now), t.id, 'số liệu của chỉ tiêu'));
  const series = byId(a.targetSeries(), t.id, 'chuỗi số liệu của chỉ tiêu');
  const districts = new Map(a.targetsByDistrict(now).map((d) => [d.id, d]));
  const byDistrict = a.districtOrder().flatMap((did): BreakdownLine[] => {
    const d = districts.get(did);
    return d ? [{ id: d.id, name: d.name, href: districtHref(d.id), figure: withVerdict(byId(d.targets, t.id, `số liệu ở ${d.name} của chỉ tiêu`)) }] : [];
  });
  const byCluster = a.clustersWithDistricts().map((c): BreakdownLine => ({ id: c.id, name: c.name, figure: withVerdict(byId(a.targetsAt(now, { cluster: c.id }), t.id, `số liệu ở ${c.name} của chỉ tiêu`)) }));
  const byAgeBand = a.ageBands(t.id, now);
  const coverage = a.coverage(now);
  const chart = (key: string, c: Omit<TargetChart, 'id' | 'key' | 'csvHref'>): TargetChart => ({ id: `${t.id}-${key}`, key, csvHref: targetCsvHref(t.id, key), ...c });
  const goalWords = `mục tiêu ${formatPercent(t.goal, 0)}`;
  const ageSpecRows = byAgeBand?.map((b) => ({ name: b.name, figure: { percent: b.percent } }));
  return {
    frame: indexedWhole({
      title: `${name}: ${t.label}`,
      description: `${name} của Đề án ${plan.number}: ${t.label}. Con số ngày ${at}, tiến độ theo năm, theo cụm, quận, huyện${byAgeBand ? ', độ tuổi' : ''} và bản đồ ô.`,
      breadcrumbs: [{ label: 'Chỉ tiêu', path: 'chi-tieu' }, { label: name }],
      chrome,
    }, { order: t.number, kind: 'target' }),
    currentDate: now,
    deadline: a.deadline,
    deadlineReading: plan.deadline.reading,
    paceExplanation: plan.pace.explanation,
    cityLabel: a.scopeLabel('city'),
    target: { id: t.id, number: t.number, label: t.label, quote: t.quote, where: t.where, reading: t.reading, goal: t.goal, unit: t.unit },
    whereHref: documentHref(t.where),
    figure: city,
    series,
    reported: series.points.filter((p) => p.reported).map((p) => ({ ...p, figure: withVerdict(p.figure) })),
    byDistrict,
    districtOrderNote: districtOrderNote(a),
    byCluster,
    byAgeBand,
    charts: {
      trend: chart('theo-nam', { caption: `${name} theo năm: đạt được, theo tiến độ và mục tiêu (%)`, summary: targetTrendSummary(series), spec: targetTrendSpec(series), categoryHeader: 'Thời điểm', size: 'normal' }),
      clusters: chart('theo-cum', { caption: `${name} theo cụm thi đua ngày ${at}: tỷ lệ đạt được (%), ${goalWords}`, summary: breakdownSummary('cụm', byCluster, city), spec: breakdownSpec(byCluster, city, { sorted: true }), categoryHeader: 'Cụm thi đua', size: 'normal' }),
      districts: chart('theo-quan-huyen', { caption: `${name} theo quận, huyện, thị xã ngày ${at}, cao xuống thấp: tỷ lệ đạt được (%), ${goalWords}`, summary: districtSummary(byDistrict, t.goal), spec: breakdownSpec(byDistrict, city, { sorted: true }), categoryHeader: 'Quận, huyện, thị xã', size: 'tall' }),
      ...(ageSpecRows
        ? { ageBands: chart('theo-do-tuoi', { caption: `${name} theo nhóm tuổi ngày ${at}: tỷ lệ đạt được (%), ${goalWords}`, summary: breakdownSummary('nhóm tuổi', ageSpecRows, city), spec: breakdownSpec(ageSpecRows, city), categoryHeader: 'Nhóm tuổi', size: 'normal' }) }
        : {}),
    },
    tileMap: tileMapOf(a, t.id, now),
    measures: measuresForTarget(plan, t).map((m) => ({ id: m.id, label: m.label, href: documentHref(m.where), coverage: byId(coverage, m.id, 'độ phủ của giải pháp'), ...(m.reading ? { reading: m.reading } : {}) })),
    standard: standardComparison(ctx, t.id, now),
    sources: [
      { file: 'data/plan.yaml', what: `chỉ tiêu "${t.id}": lời văn, mục tiêu và cách đọc` },
      { file: 'data/people/', what: 'danh sách chủ tịch và cán bộ nguồn, trình độ ghi nhận (dữ liệu mẫu)' },
      { file: 'data/courses/', what: 'các lớp học và kết quả của học viên (dữ liệu mẫu)' },
      { file: 'data/progress.yaml', what: `ngày số liệu (${at})` },
      { file: 'data/districts.yaml', what: 'quận, huyện, xã và cụm thi đua' },
      ...(a.dataset.tileMap ? [{ file: 'data/tile-map.yaml', what: 'vị trí các ô của bản đồ ô' }] : []),
    ],
    indicatorsHref: sectionHref('du-lieu'),
    others: plan.targets.filter((x) => x.id !== t.id).map((x) => ({ id: x.id, number: x.number, label: x.label, href: targetHref(x.id) })),
  };
}
