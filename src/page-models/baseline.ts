import type { Check, DocumentNote, LevelTable } from '../assessment/index.ts';
import type { IsoDate } from '../domain/dates.ts';
import { slugify } from '../site/slug.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';

type Linked<T> = T & { href: string };

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
  checks: Linked<Check>[];
  findingCount: number;
  /** The findings by kind, roster first; a group may be empty. */
  groups: { kind: Check['kind']; title: string; findings: Linked<Check>[] }[];
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
  const checks = rec.checks.map(link);
  const findings = rec.findings.map(link);
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
