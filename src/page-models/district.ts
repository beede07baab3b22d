import { type LevelTable, type ScopeSummary } from '../assessment/index.ts';
import { compareDates, type IsoDate } from '../domain/dates.ts';
import { districtFacets } from '../search/facets.ts';
import type { ChartSpec } from '../site/chart-spec.ts';
import { districtTrendSpec, districtTrendSummary } from '../site/chart-specs.ts';
import { communeAnchor, courseHref, districtCommunesHref, districtHref, personHref, sectionHref, targetHref } from '../site/links.ts';
import { COMMUNES_PER_PAGE, communeLink, communePage } from './commune-pages.ts';
import { pagesOf, type PageLink } from './paging.ts';
import { withVerdict, type JudgedFigure } from '../site/status.ts';
import { editUrl } from '../site/url.ts';
import type { SiteContext } from './context.ts';
import { criterionReading } from './readings.ts';
import type { PageFrame } from './frame.ts';
import { searchMeta, type SearchMeta } from './search-meta.ts';

/** A person as a link. */
export interface PersonLink {
  id: string;
  name: string;
  href: string;
}

export interface DistrictCriterionRow {
  id: string;
  label: string;
  applicable: number;
  met: number;
  notMet: number;
  /** The plan's measure for those who fall short, when it names one. */
  measureLabel?: string;
  /** The site's reading of the criterion (plan.yaml), where it has one. */
  reading?: string;
}

export interface DistrictChairwomanRow extends PersonLink {
  commune: { name: string; href: string };
  ageBand: string | undefined;
  meets: boolean;
  /** Labels of the applicable criteria she does not meet. */
  failed: readonly string[];
  /** For her first gap the plan has a measure for: the course that would close it (her district first, then the soonest). */
  next?: { title: string; href: string; ahead: boolean; enrolled: boolean; criterion: string };
}

export interface DistrictCommuneSection {
  code: string;
  /** The section's id, which the district's people link to. */
  anchor: string;
  name: string;
  /** "Quận Ba Đình": a reader landing on the section from search sees where it is. */
  districtName: string;
  chairwoman?: PersonLink & { meets: boolean };
  /** Target 3 here: counted or not, and what each source cadre still lacks. */
  communeTarget: { counted: boolean; cadres: (PersonLink & { missing: string[] })[] };
  sourceCadres: PersonLink[];
  /**
   * Shown as a section with its source cadres and what each lacks (a commune target 3 does not
   * count yet, among the first DETAILED_COMMUNES of them); otherwise a row of the compact table.
   * Either way the commune's anchor is on the page once.
   */
  detailed: boolean;
  /** Those who held a role there before the date, chairwomen first, each by start date. */
  past: (PersonLink & { roleLabel: string; from: IsoDate; to?: IsoDate })[];
}

/** /quan-huyen/<id>/xa/trang-N/: the district's communes past its page's, one table row each. */
export interface DistrictCommunesPage {
  frame: PageFrame;
  date: IsoDate;
  /** "Quận Ba Đình". */
  name: string;
  href: string;
  page: number;
  pages: PageLink[];
  /** This page's place in the district's list of communes (from 1). */
  first: number;
  last: number;
  communes: DistrictCommuneSection[];
  communeTarget?: { number: number };
}

/** The first items of a list the page shows, and how many it leaves to the downloads. */
export interface Capped<T> {
  shown: T[];
  more: number;
}

/**
 * Longest list the page prints in full. At ten times the city a district has some three hundred
 * communes: every list of people or communes, printed whole, would make the page several hundred
 * kilobytes (issue 12 bounds a page at 150 KB); past the cap the page points to the downloads, where
 * every row is.
 */
export const LIST_LIMIT = 25;
/** Communes shown with their source cadres and what each lacks; the others are one table row each. */
export const DETAILED_COMMUNES = 20;

const capped = <T>(list: readonly T[], limit: number): Capped<T> => ({ shown: list.slice(0, limit), more: Math.max(0, list.length - limit) });

export const DISTRICT_COURSES = 6;

export interface DistrictCourse {
  id: string;
  title: string;
  href: string;
  start: IsoDate;
  end: IsoDate;
  when: 'ahead' | 'running' | 'past';
  kindLabel: string;
}

/** A scope at one date with each target's verdict. */
export type JudgedSummary = Omit<ScopeSummary, 'targets'> & { targets: JudgedFigure[] };

export interface DistrictPage {
  frame: PageFrame;
  search: SearchMeta;
  id: string;
  /** With its kind: "Quận Ba Đình". */
  name: string;
  clusterName: string;
  date: IsoDate;
  summary: Pick<ScopeSummary, 'communes' | 'population' | 'meeting' | 'percent'>;
  cadreCount: number;
  targets: JudgedFigure[];
  /** Each target here beside the city's at the same date: which is higher, by the unrounded share. */
  versusCity: { id: string; number: number; label: string; href: string; goal: number; district: JudgedFigure; city: JudgedFigure; compared: 'higher' | 'lower' | 'same' | null }[];
  /** Each target year by year, the district's line beside the city's and the goal (Chart.astro's props). */
  trends: { id: string; caption: string; summary: string; spec: ChartSpec; categoryHeader: string }[];
  /** The baseline, each year end and the date. */
  series: JudgedSummary[];
  standardWhere: string;
  standardHref: string;
  criteria: DistrictCriterionRow[];
  /** Chairwomen at the date, in Vietnamese name order (given, middle, family name). */
  chairwomen: DistrictChairwomanRow[];
  /** Of `chairwomen`: those short of the standard, and those who meet it, each list capped. */
  short: Capped<DistrictChairwomanRow>;
  met: Capped<DistrictChairwomanRow>;
  /** Source cadres at the date, in Vietnamese name order. */
  cadres: (PersonLink & { communeName: string })[];
  cadresShown: Capped<PersonLink & { communeName: string }>;
  /**
   * Courses held with this district (a participant held a role here at the start, as the next-course
   * helper reads it): those still to start, soonest first, then those running, then the latest that
   * ran; at most DISTRICT_COURSES.
   */
  courses: Capped<DistrictCourse>;
  coursesHref: string;
  /** Where every row of the capped lists is: the roster and commune downloads. */
  downloadsHref: string;
  tables: LevelTable[];
  /** The communes this page lists, in the data's order: the district's first COMMUNES_PER_PAGE (commune-pages.ts). */
  communes: DistrictCommuneSection[];
  /** Every page of the district's communes, this one first; one page when they all fit here. */
  communePages: PageLink[];
  /** The commune target (3): its number and how many communes count, with the city's share beside. */
  communeTarget?: { number: number; label: string; href: string; counted: number; of: number; notCounted: number };
  /** The file listing the district's people, when it has one: the page's "Sửa dữ liệu" (data/districts.yaml is not staff's to edit). */
  peopleFile?: { file: string; editHref: string };
}

const link = (p: { id: string; name: string }): PersonLink => ({ id: p.id, name: p.name, href: personHref(p.id) });

export function districtPage(ctx: SiteContext, id: string): DistrictPage {
  return districtModels(ctx, id).page;
}

function districtModels({ a, chrome, documentHref }: SiteContext, id: string): { page: DistrictPage; communePages: DistrictCommunesPage[] } {
  const d = a.districtView(id);
  if (!d) throw new Error(`Không có quận, huyện "${id}" (unknown-district)`);
  const { plan } = a.dataset;
  const date = d.date;
  const scope = { district: d.id };
  const summary = a.scopeSummary(scope, date);
  const history = a.communeTerms(d.id, date);
  const criterionLabel = new Map(d.standard.criteria.map((c) => [c.id, c.label]));
  const measureLabel = new Map(plan.measures.map((m) => [m.id, m.label]));
  const lookup = (map: Map<string, string>, key: string, what: string) => {
    const v = map.get(key);
    if (v === undefined) throw new Error(`${d.name}: không có ${what} "${key}"`);
    return v;
  };
  // Standings with the same results share their `failed` list: label each list once.
  const failedLabels = new Map<readonly string[], readonly string[]>();
  const labelsOf = (failed: readonly string[]) => {
    let labels = failedLabels.get(failed);
    if (!labels) failedLabels.set(failed, (labels = failed.map((f) => lookup(criterionLabel, f, 'tiêu chí'))));
    return labels;
  };
  const peopleFile = a.dataset.people.find((p) => p.district === d.id)?.source.file;
  const communeTarget = new Map(a.communeTargetRows(d.id, date).map((r) => [r.commune.code, r]));
  const rule = a.communeTarget();
  const ruleFigure = rule && d.targets.find((t) => t.id === rule.id);
  const nextFor = (s: (typeof d.standard.people)[number]): DistrictChairwomanRow['next'] => {
    for (const f of s.failed) {
      const measure = d.standard.criteria.find((c) => c.id === f)?.measure;
      if (!measure) continue;
      const k = a.nextCourses(s.person.id, d.id, { measure }, date)[0];
      if (k) return { title: k.title, href: courseHref(k.id), ahead: k.ahead, enrolled: k.enrolled, criterion: lookup(criterionLabel, f, 'tiêu chí') };
    }
    return undefined;
  };
  const chairwomen: DistrictChairwomanRow[] = d.standard.people.map((s) => ({
    ...link(s.person),
    commune: { name: s.commune.name, href: communePage(a, s.commune.code) === 1 ? `#${communeAnchor(s.commune.code)}` : communeLink(a, s.commune) },
    ageBand: s.ageBand,
    meets: s.meets,
    failed: labelsOf(s.failed),
    ...(s.meets ? {} : { next: nextFor(s) }),
  }));
  const cadres = a.byName(d.communes.flatMap((c) => c.sourceCadres.map((person) => ({ person, commune: c.commune })))).map(({ person, commune }) => ({
    ...link(person),
    communeName: commune.name,
  }));
  const onThisPage = d.communes.slice(0, COMMUNES_PER_PAGE);
  const detailed = new Set(
    onThisPage
      .filter((row) => communeTarget.get(row.commune.code)?.counted !== true)
      .slice(0, DETAILED_COMMUNES)
      .map((row) => row.commune.code),
  );
  const sectionOf = (row: (typeof d.communes)[number], detailed: boolean): DistrictCommuneSection => ({
    code: row.commune.code,
    anchor: communeAnchor(row.commune.code),
    name: row.commune.name,
    districtName: d.name,
    detailed,
    communeTarget: {
      counted: communeTarget.get(row.commune.code)?.counted ?? false,
      cadres: (communeTarget.get(row.commune.code)?.cadres ?? []).map((c) => ({ ...link(c.person), missing: c.missing.map((m) => m.label) })),
    },
    ...(row.chairwoman ? { chairwoman: { ...link(row.chairwoman.person), meets: row.chairwoman.meets } } : {}),
    sourceCadres: row.sourceCadres.map(link),
    past: (history.get(row.commune.code) ?? [])
      .filter((t) => t.when === 'past')
      .map((t) => ({ ...link(t.person), roleLabel: t.roleLabel, from: t.from, ...(t.to ? { to: t.to } : {}) })),
  });
  const cityTargets = a.targetsAt(date);
  const citySeries = a.targetSeries();
  const whenOf = (c: { start: IsoDate; end: IsoDate }): DistrictCourse['when'] => (c.start > date ? 'ahead' : c.end >= date ? 'running' : 'past');
  const rank = { ahead: 0, running: 1, past: 2 } as const;
  const courses = a
    .districtCourses(d.id)
    .map((c): DistrictCourse => ({ id: c.id, title: c.title, href: courseHref(c.id), start: c.start, end: c.end, when: whenOf(c), kindLabel: c.kindLabel }))
    .sort((x, y) => rank[x.when] - rank[y.when] || (x.when === 'past' ? compareDates(y.start, x.start) : compareDates(x.start, y.start)));
  const page: DistrictPage = {
    frame: {
      title: d.name,
      description: `${d.name}: chỉ tiêu, Chủ tịch Hội và cán bộ nguồn của từng xã, phường, thị trấn`,
      breadcrumbs: [{ label: 'Quận/huyện', path: 'quan-huyen' }, { label: d.name }],
      chrome,
    },
    search: searchMeta(districtFacets(d, a.districtRank(d.id))),
    id: d.id,
    name: d.name,
    clusterName: d.cluster.name,
    date,
    summary: { communes: summary.communes, population: summary.population, meeting: summary.meeting, percent: summary.percent },
    cadreCount: a.count({ roles: ['sourceCadre'] }, date, scope),
    targets: d.targets.map(withVerdict),
    versusCity: d.targets.map((t) => {
      const city = cityTargets.find((c) => c.id === t.id);
      if (!city) throw new Error(`${d.name}: thành phố không có chỉ tiêu "${t.id}"`);
      const compared = t.percent === null || city.percent === null ? null : t.percent > city.percent ? 'higher' : t.percent < city.percent ? 'lower' : 'same';
      return { id: t.id, number: t.number, label: t.label, href: targetHref(t.id), goal: t.goal, district: withVerdict(t), city: withVerdict(city), compared };
    }),
    trends: a.targetSeries(scope).map((t) => {
      const city = citySeries.find((c) => c.id === t.id);
      if (!city) throw new Error(`${d.name}: thành phố không có chuỗi số liệu của chỉ tiêu "${t.id}"`);
      return {
        id: `theo-nam-${t.id}`,
        caption: `Chỉ tiêu ${t.number} theo năm: ${d.name}, toàn thành phố và mục tiêu (%)`,
        summary: districtTrendSummary(t, city, d.name),
        spec: districtTrendSpec(t, city, d.name),
        categoryHeader: 'Thời điểm',
      };
    }),
    series: a.scopeSeries(scope).map((s) => ({ ...s, targets: s.targets.map(withVerdict) })),
    standardWhere: plan.standard.where,
    standardHref: documentHref(plan.standard.where),
    criteria: d.standard.criteria.map((c) => ({
      id: c.id,
      label: c.label,
      ...criterionReading(plan, c.id),
      applicable: c.applicable,
      met: c.met,
      notMet: c.notMet,
      ...(c.measure ? { measureLabel: lookup(measureLabel, c.measure, 'giải pháp') } : {}),
    })),
    chairwomen,
    short: capped(chairwomen.filter((s) => !s.meets), LIST_LIMIT),
    met: capped(chairwomen.filter((s) => s.meets), LIST_LIMIT),
    cadres,
    cadresShown: capped(cadres, LIST_LIMIT),
    downloadsHref: sectionHref('du-lieu'),
    courses: capped(courses, DISTRICT_COURSES),
    coursesHref: sectionHref('lop-hoc'),
    tables: d.tables,
    communes: onThisPage.map((row) => sectionOf(row, detailed.has(row.commune.code))),
    communePages: pagesOf(d.communes.length, COMMUNES_PER_PAGE, (n) => districtCommunesHref(d.id, n)),
    ...(rule && ruleFigure
      ? { communeTarget: { number: rule.number, label: rule.label, href: targetHref(rule.id), counted: ruleFigure.numerator, of: ruleFigure.denominator, notCounted: ruleFigure.denominator - ruleFigure.numerator } }
      : {}),
    ...(peopleFile ? { peopleFile: { file: peopleFile, editHref: editUrl(peopleFile) } } : {}),
  };
  const pages = page.communePages;
  const communePages = pages.slice(1).map((p): DistrictCommunesPage => ({
    frame: {
      title: `${d.name}: xã, phường, thị trấn ${p.first}–${p.last}`,
      description: `Các xã, phường, thị trấn của ${d.name}, trang ${p.number}/${pages.length}`,
      breadcrumbs: [{ label: 'Quận/huyện', path: 'quan-huyen' }, { label: d.name, path: `quan-huyen/${d.id}` }, { label: `Trang ${p.number}` }],
      chrome,
    },
    date,
    name: d.name,
    href: districtHref(d.id),
    page: p.number,
    pages,
    first: p.first,
    last: p.last,
    communes: d.communes.slice(p.first - 1, p.last).map((row) => sectionOf(row, false)),
    ...(rule ? { communeTarget: { number: rule.number } } : {}),
  }));
  return { page, communePages };
}

/** The pages of the districts whose communes do not all fit on the district page. */
export function districtCommunePaths(ctx: SiteContext): { params: { id: string; page: string }; props: { model: DistrictCommunesPage } }[] {
  return ctx.a.dataset.districts
    .filter((d) => d.communes.length > COMMUNES_PER_PAGE)
    .flatMap((d) => districtModels(ctx, d.id).communePages.map((model) => ({ params: { id: d.id, page: `trang-${model.page}` }, props: { model } })));
}

/** Every district's page, its model made once here (about thirty). */
export function districtPaths(ctx: SiteContext): { params: { id: string }; props: { model: DistrictPage } }[] {
  return ctx.a.dataset.districts.map((d) => ({ params: { id: d.id }, props: { model: districtPage(ctx, d.id) } }));
}
