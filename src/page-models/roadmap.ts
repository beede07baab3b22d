import { type AnnualMoney, type AnnualReport, type RoadmapItemView } from '../assessment/index.ts';
import type { IsoDate } from '../domain/dates.ts';
import { roadmapYearHref } from '../site/links.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';
import type { EditTarget } from './types.ts';
import { indexedWhole } from './search-frame.ts';

/** The statuses the items stand at, in STATUSES order, those no item has left out. */
export function statusesPresent(r: AnnualReport): AnnualReport['statusCounts'] {
  return r.statusCounts.filter((s) => s.count > 0);
}

export interface RoadmapPage {
  frame: PageFrame;
  period: { start: number; end: number };
  /** What the roadmap counts to: the data's date. */
  asOf: IsoDate;
  /** The roadmap's years, in the plan's order; each as its annual report gives it. */
  years: {
    year: number;
    /** The year's report page. */
    href: string;
    where: string;
    whereHref: string;
    items: RoadmapItemView[];
    statuses: AnnualReport['statusCounts'];
    courseCount: number;
    spentInYear: number;
  }[];
  budget: {
    where: string;
    href: string;
    inWords: string;
    /** The document's sentence on the money, word for word. */
    quote: string;
    /** The one source the sentence names ("Ngân sách nhà nước"). */
    source: string;
    /** Where that source's money goes, in the sentence's order: one source, several recipients. */
    allocatedTo: string[];
    /** What the sentence leaves unsaid, as the site reads it. */
    note: string | undefined;
  };
  /** The money of the whole period, year by year to its last. */
  money: AnnualMoney;
  spent: number;
  remaining: number;
  /** Where staff record the items' progress: the page's "Sửa dữ liệu". */
  edit: EditTarget;
}

export function roadmapPage({ a, chrome, documentHref }: SiteContext): RoadmapPage {
  const { plan } = a.dataset;
  const view = a.roadmap();
  return {
    frame: indexedWhole({
      title: 'Lộ trình',
      description: `Lộ trình thực hiện Đề án ${plan.number} từ ${plan.period.start} đến ${plan.period.end}: từng năm, từng nhiệm vụ, lớp học và kinh phí`,
      breadcrumbs: [{ label: 'Lộ trình' }],
      chrome,
    }, { order: 2 }),
    period: plan.period,
    asOf: view.asOf,
    years: view.years.map((y) => {
      const r = a.annualReport(y.year);
      return {
        year: y.year,
        href: roadmapYearHref(y.year),
        where: y.where,
        whereHref: documentHref(y.where),
        items: r.items,
        statuses: statusesPresent(r),
        courseCount: r.courses.length,
        spentInYear: r.money.spentInYear,
      };
    }),
    budget: {
      where: plan.budget.where,
      href: documentHref(plan.budget.where),
      inWords: plan.budget.inWords,
      quote: plan.budget.quote,
      source: plan.budget.source,
      allocatedTo: [...plan.budget.allocatedTo],
      note: plan.budget.note,
    },
    money: a.annualReport(plan.period.end).money,
    spent: view.spent,
    remaining: view.remaining,
    edit: { file: a.dataset.progress.source.file },
  };
}
