import { measuresForTarget, type MeasureCoverage, type TargetPoint, type TargetSeries } from '../assessment/index.ts';
import type { IsoDate } from '../domain/dates.ts';
import { districtHref } from '../site/links.ts';
import { withVerdict, type JudgedFigure } from '../site/status.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';
import { indexedWhole } from './search-frame.ts';

export interface TargetSection {
  /** The plan's words for the target; `id` is the section's anchor. */
  target: { id: string; number: number; label: string; quote: string; where: string; reading: string; goal: number };
  whereHref: string;
  /** City-wide at the data's date. */
  figure: JudgedFigure;
  series: TargetSeries;
  /** The series' points up to the data's date: the rows of its table. */
  reported: (TargetPoint & { figure: JudgedFigure })[];
  /** In data order; the table sorts itself in the browser. */
  byDistrict: { id: string; name: string; href: string; figure: JudgedFigure }[];
  /** The measures that move the target, in the plan's order, with their seats at the data's date. */
  measures: { id: string; label: string; href: string; coverage: MeasureCoverage; reading?: string }[];
}

export interface TargetsPage {
  frame: PageFrame;
  currentDate: IsoDate;
  deadline: IsoDate;
  /** plan.deadline.reading: why that day (the document names none). */
  deadlineReading: string;
  /** How the plan's pace line is drawn. */
  paceExplanation: string;
  /** The city-wide row's label under the district tables. */
  cityLabel: string;
  targets: TargetSection[];
  /** The plan's measures that move no target (their courses raise no level the targets count), with the site's reading. */
  otherMeasures: { id: string; label: string; href: string; reading?: string }[];
}

/** The one entry of `list` with the id, or a clear error naming what was looked for. */
function byId<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`Không có ${what} "${id}" (unknown-id)`);
  return found;
}

export function targetsPage({ a, chrome, documentHref }: SiteContext): TargetsPage {
  const { plan } = a.dataset;
  const now = a.currentDate;
  const figures = a.targetsAt(now);
  const series = a.targetSeries();
  const districts = a.targetsByDistrict(now);
  const coverage = a.coverage(now);
  return {
    frame: indexedWhole({
      title: 'Chỉ tiêu',
      description: `Các chỉ tiêu của Đề án ${plan.number}: cách đọc, tiến độ theo năm, theo quận, huyện và người còn thiếu`,
      breadcrumbs: [{ label: 'Chỉ tiêu' }],
      chrome,
    }, { order: 0, kind: 'target' }),
    currentDate: now,
    deadline: a.deadline,
    deadlineReading: plan.deadline.reading,
    paceExplanation: plan.pace.explanation,
    cityLabel: a.scopeLabel('city'),
    targets: plan.targets.map((t) => {
      const s = byId(series, t.id, 'chuỗi số liệu của chỉ tiêu');
      return {
        target: { id: t.id, number: t.number, label: t.label, quote: t.quote, where: t.where, reading: t.reading, goal: t.goal },
        whereHref: documentHref(t.where),
        figure: withVerdict(byId(figures, t.id, 'số liệu của chỉ tiêu')),
        series: s,
        reported: s.points.filter((p) => p.reported).map((p) => ({ ...p, figure: withVerdict(p.figure) })),
        byDistrict: districts.map((d) => ({ id: d.id, name: d.name, href: districtHref(d.id), figure: withVerdict(byId(d.targets, t.id, `số liệu ở ${d.name} của chỉ tiêu`)) })),
        measures: measuresForTarget(plan, t).map((m) => ({ id: m.id, label: m.label, href: documentHref(m.where), coverage: byId(coverage, m.id, 'độ phủ của giải pháp'), ...(m.reading ? { reading: m.reading } : {}) })),
      };
    }),
    otherMeasures: plan.measures
      .filter((m) => !plan.targets.some((t) => measuresForTarget(plan, t).some((x) => x.id === m.id)))
      .map((m) => ({ id: m.id, label: m.label, href: documentHref(m.where), ...(m.reading ? { reading: m.reading } : {}) })),
  };
}
