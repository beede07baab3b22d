import { type AnnualReport, type TargetFigure } from '../assessment/index.ts';
import type { IsoDate } from '../domain/dates.ts';
import { roadmapFacets } from '../search/facets.ts';
import { searchMeta, type SearchMeta } from './search-meta.ts';
import { formatDate } from '../site/format.ts';
import { courseHref, courseYearHref, roadmapYearHref, targetHref } from '../site/links.ts';
import { withVerdict, type JudgedFigure } from '../site/status.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';
import type { EditTarget } from './types.ts';
import { statusesPresent } from './roadmap.ts';
import { OVERVIEW_COURSES_PER_YEAR } from './courses.ts';

/** The reporting body, as the union heads its papers. */
const UNION = 'HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI';

export interface RoadmapYearPage {
  frame: PageFrame;
  search: SearchMeta;
  union: string;
  year: number;
  plan: { number: string; date: IsoDate };
  /** The year's report: its items, courses, targets, standard and money as they stood at `asOf`. */
  report: AnnualReport;
  /** How far the figures go: to the year end, or the data's date in a year running or ahead. */
  stateText: string;
  /** The roadmap's section for the year; undefined for a year the roadmap does not list. */
  where: { text: string; href: string } | undefined;
  statuses: AnnualReport['statusCounts'];
  /** The site's readings of the year's items (plan.yaml roadmap items' `reading`), by item id; items without one are absent. */
  itemReadings: Record<string, string>;
  /** The year's first courses (OVERVIEW_COURSES_PER_YEAR), as on /lop-hoc/: at national size a year has hundreds. */
  courses: (AnnualReport['courses'][number] & { href: string })[];
  /** Courses of the year not listed here, and the year's own list of all of them. */
  moreCourses: { count: number; total: number; href: string };
  /** Null for a year not begun, as in the report. */
  targets: JudgedFigure<TargetFigure & { href: string }>[] | null;
  /** The neighbouring years of the roadmap. */
  prev: { year: number; href: string } | undefined;
  next: { year: number; href: string } | undefined;
  /** The page's "Sửa dữ liệu": data/progress.yaml, and each item at its entry's line (the file while it has none). */
  edit: { source: EditTarget; items: { label: string; source: EditTarget }[] };
}

export function roadmapYearPage({ a, chrome, documentHref }: SiteContext, year: number): RoadmapYearPage {
  const { plan } = a.dataset;
  const r = a.annualReport(year);
  const years = a.roadmap().years.map((y) => y.year);
  const neighbour = (y: number | undefined) => (y === undefined ? undefined : { year: y, href: roadmapYearHref(y) });
  const title = `Thực hiện Đề án ${plan.number} năm ${year}`;
  return {
    frame: {
      title: `Báo cáo năm ${year}`,
      description: `Báo cáo thực hiện Đề án ${plan.number} năm ${year}: nhiệm vụ, lớp học, chỉ tiêu cuối năm và kinh phí`,
      breadcrumbs: [{ label: 'Lộ trình', path: 'lo-trinh' }, { label: `Năm ${year}` }],
      // The report speaks for its own date: the layout's footer says it, not the data's latest.
      chrome: { ...chrome, dataDate: r.asOf },
    },
    search: searchMeta(roadmapFacets(year, title, r.items.map((i) => i.text))),
    union: UNION,
    year,
    plan: { number: plan.number, date: plan.date },
    report: r,
    stateText: {
      closed: `Số liệu tính đến hết năm: ngày ${formatDate(r.asOf)}.`,
      running: `Năm đang thực hiện: số liệu tính đến ngày ${formatDate(r.asOf)}.`,
      ahead: `Năm chưa bắt đầu (dữ liệu đến ngày ${formatDate(r.asOf)}).`,
    }[r.state],
    where: r.where ? { text: r.where, href: documentHref(r.where) } : undefined,
    statuses: statusesPresent(r),
    itemReadings: Object.fromEntries(
      plan.roadmap.filter((y) => y.year === year).flatMap((y) => y.items.flatMap((i) => (i.reading ? [[i.id, i.reading] as const] : []))),
    ),
    courses: r.courses.slice(0, OVERVIEW_COURSES_PER_YEAR).map((c) => ({ ...c, href: courseHref(c.id) })),
    moreCourses: { count: Math.max(0, r.courses.length - OVERVIEW_COURSES_PER_YEAR), total: r.courses.length, href: courseYearHref(year) },
    targets: r.targets && r.targets.map((t) => withVerdict({ ...t, href: targetHref(t.id) })),
    prev: neighbour(years.filter((y) => y < year).at(-1)),
    next: neighbour(years.find((y) => y > year)),
    edit: {
      source: { file: a.dataset.progress.source.file },
      items: r.items.map((item) => ({ label: item.text.replace(/[.\s]+$/, ''), source: item.source ?? { file: a.dataset.progress.source.file } })),
    },
  };
}

/** The getStaticPaths entries of /lo-trinh/[year]: one report per year of the roadmap. */
export function roadmapYearPaths(ctx: SiteContext): { params: { year: string }; props: { model: RoadmapYearPage } }[] {
  return ctx.a.roadmap().years.map((y) => ({ params: { year: String(y.year) }, props: { model: roadmapYearPage(ctx, y.year) } }));
}
