import { type ScopeSummary, type TargetFigure } from '../assessment/index.ts';
import type { IsoDate } from '../domain/dates.ts';
import { districtHref } from '../site/links.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';
import { indexedWhole } from './search-frame.ts';
import { standardComparisonOfPlan, type StandardComparison } from './target.ts';

/** One line of the tables: a district, a cluster's total or the city. */
export interface DistrictsRow {
  label: string;
  /** The district's page; none on a total. */
  href?: string;
  communes: number;
  /** Chairwomen at the date. */
  population: number;
  meeting: number;
  /** meeting / population, unrounded 0–100. */
  percent: number | null;
  /** In the order of the page's columns (DistrictsPage.targets). */
  targets: TargetFigure[];
}

export interface DistrictsCluster {
  id: string;
  name: string;
  /** Its districts by name (the short one: "Sơn Tây", not "Thị xã Sơn Tây"), in Vietnamese order. */
  rows: (DistrictsRow & { id: string })[];
  /** The cluster as a whole ("Cả cụm"). */
  footer: DistrictsRow;
}

export interface DistrictsPage {
  frame: PageFrame;
  date: IsoDate;
  districtCount: number;
  clusterNote?: string;
  /** The city's targets: one column each, and the key under the heading. */
  targets: TargetFigure[];
  clusters: DistrictsCluster[];
  city: DistrictsRow;
  /**
   * Per target: the districts' shortfalls added up beside the city's. They differ: each district
   * rounds its own goal up (ceil), and a district above its goal does not make up for one below.
   */
  shortfalls: { number: number; unit: TargetFigure['unit']; districts: number; city: number; surplus: number }[];
  /**
   * The standard column beside the target that counts chairwomen against part of it (target 1): the
   * districts where the two differ, with the city's reason; undefined when no target compares.
   */
  standardGap?: { comparison: StandardComparison; districts: { name: string; href: string }[] };
}

export function districtsPage(ctx: SiteContext): DistrictsPage {
  const { a, chrome } = ctx;
  const date = a.currentDate;
  const comparison = standardComparisonOfPlan(ctx, date);
  const city = a.scopeSummary('city', date);
  const targets = city.targets;
  const shortfalls = a.shortfallsByDistrict(date);
  const row = (s: ScopeSummary, href?: string): DistrictsRow => ({
    label: s.label,
    ...(href ? { href } : {}),
    communes: s.communes,
    population: s.population,
    meeting: s.meeting,
    percent: s.percent,
    targets: targets.map((t) => {
      const f = s.targets.find((x) => x.id === t.id);
      if (!f) throw new Error(`${s.label} không có chỉ tiêu "${t.id}" của toàn thành phố`);
      return f;
    }),
  });
  const clusters: DistrictsCluster[] = a.clustersWithDistricts().map((c) => ({
    id: c.id,
    name: c.name,
    // The site's one order of districts (Assessment.districtOrder): cluster, then name.
    rows: a
      .districtOrder()
      .filter((id) => c.districts.includes(id))
      .map((id) => ({ id, ...row(a.scopeSummary({ district: id }, date), districtHref(id)) })),
    footer: { ...row(a.scopeSummary({ cluster: c.id }, date)), label: 'Cả cụm' },
  }));
  const compared = comparison && targets.find((t) => t.number === comparison.targetNumber);
  const differing = compared ? clusters.flatMap((c) => c.rows).filter((r) => r.meeting !== r.targets.find((t) => t.id === compared.id)?.numerator) : [];
  return {
    frame: indexedWhole({
      title: 'Quận, huyện, thị xã',
      description: 'Chỉ tiêu và tiêu chuẩn Chủ tịch Hội của từng quận, huyện, thị xã Hà Nội',
      breadcrumbs: [{ label: 'Quận/huyện' }],
      chrome,
    }, { order: 3 }),
    date,
    districtCount: a.dataset.districts.length,
    ...(a.dataset.clusterNote ? { clusterNote: a.dataset.clusterNote } : {}),
    targets,
    clusters,
    city: row(city),
    shortfalls: targets.map((t) => {
      const s = shortfalls.find((x) => x.id === t.id);
      if (!s) throw new Error(`Không có số còn thiếu theo quận, huyện của chỉ tiêu "${t.id}"`);
      return { number: t.number, unit: t.unit, districts: s.districts, city: s.city, surplus: s.surplus };
    }),
    ...(comparison && differing.length > 0 ? { standardGap: { comparison, districts: differing.map((r) => ({ name: r.label, href: r.href ?? districtHref(r.id) })) } } : {}),
  };
}
