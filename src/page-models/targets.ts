/**
 * /chi-tieu/: the overview of the targets — each target's headline figure and verdict, and a grid of
 * verdict badges, target × district (the city and the clusters first), each linking to the page
 * that explains it. Every target has its own page (target.ts).
 */
import { measuresForTarget, type TargetFigure } from '../assessment/index.ts';
import type { IsoDate } from '../domain/dates.ts';
import { districtHref, targetHref } from '../site/links.ts';
import { withVerdict, type JudgedFigure } from '../site/status.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';
import { indexedWhole } from './search-frame.ts';
import { standardComparisonOfPlan, type StandardComparison } from './target.ts';
import { districtOrderNote } from './district-order.ts';
import { unitNoun } from '../site/target-text.ts';

export interface TargetSummary {
  id: string;
  number: number;
  label: string;
  href: string;
  figure: JudgedFigure;
}

export interface GridRow {
  id: string;
  name: string;
  href?: string;
  /** One per target, in the plan's order. */
  figures: JudgedFigure[];
}

export interface TargetsPage {
  frame: PageFrame;
  currentDate: IsoDate;
  deadline: IsoDate;
  /** plan.deadline.reading: why that day (the document names none). */
  deadlineReading: string;
  paceExplanation: string;
  /** How the grid's districts are ordered, in words. */
  districtOrderNote: string;
  /** What a badge's "thiếu N" counts, target by target grouped by unit: "người (chỉ tiêu 1, 2)". */
  shortfallUnits: string;
  targets: TargetSummary[];
  /** Target × place: the city, each cluster, then every district in the site's district order. */
  grid: { city: GridRow; clusters: GridRow[]; districts: GridRow[] };
  /** Target 1 against the full standard, where the plan has such a target. */
  standard: StandardComparison | undefined;
  /** The plan's measures that move no target (their courses raise no level the targets count), with the site's reading. */
  otherMeasures: { id: string; label: string; href: string; reading?: string }[];
}

/** "người (chỉ tiêu 1, 2), xã, phường, thị trấn (chỉ tiêu 3)": the targets grouped by what they count. */
function shortfallUnits(figures: readonly TargetFigure[]): string {
  const byUnit = new Map<string, number[]>();
  for (const f of figures) byUnit.set(unitNoun(f.unit), [...(byUnit.get(unitNoun(f.unit)) ?? []), f.number]);
  return [...byUnit].map(([unit, numbers]) => `${unit} (chỉ tiêu ${numbers.join(', ')})`).join('; ');
}

export function targetsPage(ctx: SiteContext): TargetsPage {
  const { a, chrome, documentHref } = ctx;
  const { plan } = a.dataset;
  const now = a.currentDate;
  const judged = (list: ReturnType<typeof a.targetsAt>) => list.map((f) => withVerdict(f));
  const byDistrict = new Map(a.targetsByDistrict(now).map((d) => [d.id, d]));
  const city = judged(a.targetsAt(now));
  const standard = standardComparisonOfPlan(ctx, now);
  return {
    frame: indexedWhole({
      title: 'Chỉ tiêu',
      description: `Các chỉ tiêu của Đề án ${plan.number}: con số, đánh giá tiến độ của từng chỉ tiêu ở toàn thành phố, từng cụm và từng quận, huyện`,
      breadcrumbs: [{ label: 'Chỉ tiêu' }],
      chrome,
    }, { order: 0, kind: 'target' }),
    currentDate: now,
    deadline: a.deadline,
    deadlineReading: plan.deadline.reading,
    paceExplanation: plan.pace.explanation,
    districtOrderNote: districtOrderNote(a),
    shortfallUnits: shortfallUnits(city),
    targets: city.map((f) => ({ id: f.id, number: f.number, label: f.label, href: targetHref(f.id), figure: f })),
    grid: {
      city: { id: 'city', name: a.scopeLabel('city'), figures: city },
      clusters: a.clustersWithDistricts().map((c) => ({ id: c.id, name: c.name, figures: judged(a.targetsAt(now, { cluster: c.id })) })),
      // The site's one district order: clusters, then names within each (as on /quan-huyen/).
      districts: a.districtOrder().flatMap((id): GridRow[] => {
        const d = byDistrict.get(id);
        return d ? [{ id: d.id, name: d.name, href: districtHref(d.id), figures: judged(d.targets) }] : [];
      }),
    },
    standard,
    otherMeasures: plan.measures
      .filter((m) => !plan.targets.some((t) => measuresForTarget(plan, t).some((x) => x.id === m.id)))
      .map((m) => ({ id: m.id, label: m.label, href: documentHref(m.where), ...(m.reading ? { reading: m.reading } : {}) })),
  };
}
