import type { Check, DocumentNote, LevelTable } from '../assessment/index.ts';
import type { IsoDate } from '../domain/dates.ts';
import { slugify } from '../format/slug.ts';
import { checkExplanation, checkLabel } from '../site/reconciliation-text.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';

type Linked<T> = T & { href: string };
/** A check with its place in the plan and its words (src/site/reconciliation-text.ts). */
export type CheckView = Linked<Check> & { label: string; explanation: string };

export interface BaselinePage {
  frame: PageFrame;
  /** As the plan dates its description ("tháng 6/2012"). */
  dateLabel: string;
  baselineDate: IsoDate;
  population: { where: string; href: string; printed: number; counted: number };
  ageExplanation: string;
  /** The recounted tables, each with the anchor of its section. */
  tables: { anchor: string; table: LevelTable }[];
  /** Every figure checked, each linked to its place in the plan. */
  checks: CheckView[];
  findingCount: number;
  /** The findings by kind, roster first; a group may be empty. */
  groups: { kind: Check['kind']; title: string; findings: CheckView[] }[];
  documentNotes: Linked<DocumentNote>[];
}

const GROUPS: readonly { kind: Check['kind']; title: string }[] = [
  { kind: 'roster', title: 'Số in khác số đếm lại từ danh sách' },
  { kind: 'internal', title: 'Số in khác với chính các số khác của văn bản' },
];

export function baselinePage({ a, chrome, documentHref }: SiteContext): BaselinePage {
  const { baseline, plan } = a.dataset;
  const rec = a.reconciliation();
  const link = <T extends { where: string }>(x: T): Linked<T> => ({ ...x, href: documentHref(x.where) });
  // Every check is linked, shown as a link or not: a check citing a place the plan lacks fails the build.
  const view = (c: Check): CheckView => ({ ...link(c), label: checkLabel(c, rec), explanation: checkExplanation(c, rec) });
  const checks = rec.checks.map(view);
  const findings = rec.findings.map(view);
  return {
    frame: {
      title: 'Thực trạng',
      description: `Trình độ đội ngũ Chủ tịch Hội LHPN xã, phường, thị trấn Hà Nội ${baseline.dateLabel}, đếm lại từ danh sách và đối chiếu với số đề án in`,
      breadcrumbs: [{ label: 'Thực trạng' }],
      chrome,
    },
    dateLabel: baseline.dateLabel,
    baselineDate: a.baselineDate,
    population: {
      where: baseline.population.where,
      href: documentHref(baseline.population.where),
      printed: baseline.population.printed,
      counted: a.count(baseline.population.count, a.baselineDate),
    },
    ageExplanation: plan.age.explanation,
    tables: a.tables(a.baselineDate).map((table) => ({ anchor: slugify(table.title), table })),
    checks,
    findingCount: findings.length,
    groups: GROUPS.map((g) => ({ ...g, findings: findings.filter((f) => f.kind === g.kind) })),
    documentNotes: rec.documentNotes.map(link),
  };
}
