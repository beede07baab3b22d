import type { Check, DocumentNote, LevelTable } from '../assessment/index.ts';
import type { IsoDate } from '../domain/dates.ts';
import { slugify } from '../format/slug.ts';
import type { CrossCheck } from '../assessment/index.ts';
import { checkExplanation, checkLabel, crossCheckExplanation, crossValueSentence, reconciliationOutcome, reconciliationScope } from '../site/reconciliation-text.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';
import { indexedWhole } from './search-frame.ts';

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
  /** "95 con số in, qua 135 phép đối chiếu" (reconciliationScope). */
  scope: string;
  /** "6 con số in không khớp (10 phép đối chiếu)" (reconciliationOutcome). */
  outcome: string;
  /** How many distinct printed figures the checks are about. */
  printedFigures: number;
  /**
   * Readings that explain several findings at once (data/baseline.yaml findingNotes), each shown once
   * beside the findings, anchored so that each finding it explains links to it. Only those that still
   * explain a finding. A reading of the printed figures, not a fact.
   */
  findingNotes: { id: string; anchor: string; reading: string; findings: { id: string; label: string }[] }[];
  /** The document against itself across sections (a.consistency()), findings first. */
  consistency: { checks: CrossCheckView[]; findingCount: number };
  /**
   * The "mới tham gia" figures (prose figures counting a first term), with plan.term.reading: how the
   * site reads the words, shown next to them.
   */
  newcomers: {
    reading: string | undefined;
    term: { start: number; end: number };
    /** Their roster checks, grouped by the sentence that prints them, in the checks' order. */
    quotes: { quote: string; where: string; href: string; checks: CheckView[] }[];
  };
}

/** One comparison of the document with itself, in words, each printed place linked. */
export interface CrossCheckView {
  id: string;
  about: string;
  ok: boolean;
  /** crossCheckExplanation: "Khớp: …" or what differs. */
  explanation: string;
  /** The printed places compared, each with its words, in the record's order (one per place and quote). */
  places: { where: string; quote: string; href: string }[];
  /** The site's own values (roster, printed cells, target gaps, units), each as a sentence. */
  computed: string[];
  /** data/plan.yaml's note: a reading, or what a difference suggests. */
  note: string | undefined;
}

/** The anchor of a finding note on the page: each finding it explains links to it. */
export const findingNoteAnchor = (id: string) => `cach-doc-${id}`;

const GROUPS: readonly { kind: Check['kind']; title: string }[] = [
  { kind: 'roster', title: 'Số in khác số đếm lại từ danh sách' },
  { kind: 'internal', title: 'Số in khác với chính các số khác của văn bản' },
];

export function baselinePage(ctx: SiteContext): BaselinePage {
  const { a, chrome, documentHref } = ctx;
  const { baseline, plan } = a.dataset;
  // The prose figures that count a first term ("187 đ/c mới tham gia", "161 chủ tịch tham gia lần đầu").
  const newcomerFigures = new Set(baseline.figures.filter((f) => f.count.where?.firstTerm === true).map((f) => `figure/${f.id}`));
  const rec = a.reconciliation();
  const link = <T extends { where: string }>(x: T): Linked<T> => ({ ...x, href: documentHref(x.where) });
  // Every check is linked, shown as a link or not: a check citing a place the plan lacks fails the build.
  const view = (c: Check): CheckView => ({ ...link(c), label: checkLabel(c, rec), explanation: checkExplanation(c, rec) });
  const checks = rec.checks.map(view);
  const findings = rec.findings.map(view);
  return {
    frame: indexedWhole({
      title: 'Thực trạng',
      description: `Trình độ đội ngũ Chủ tịch Hội LHPN xã, phường, thị trấn Hà Nội ${baseline.dateLabel}, đếm lại từ danh sách và đối chiếu với số đề án in`,
      breadcrumbs: [{ label: 'Thực trạng' }],
      chrome,
    }, { order: 1 }),
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
    scope: reconciliationScope(rec),
    outcome: reconciliationOutcome(rec),
    printedFigures: rec.printedFigures,
    findingNotes: rec.findingNotes
      .filter((n) => n.checks.length > 0)
      .map((n) => ({
        id: n.id,
        anchor: findingNoteAnchor(n.id),
        reading: n.reading,
        findings: n.checks.flatMap((id) => findings.filter((f) => f.id === id).map((f) => ({ id: f.id, label: f.label }))),
      })),
    consistency: consistencyView(ctx),
    newcomers: {
      reading: plan.term.reading,
      term: { start: plan.term.start, end: plan.term.end },
      quotes: byQuote(checks.filter((c) => c.kind === 'roster' && newcomerFigures.has(c.printedFigure))),
    },
  };
}

function byQuote(checks: readonly CheckView[]): BaselinePage['newcomers']['quotes'] {
  const out: BaselinePage['newcomers']['quotes'] = [];
  for (const c of checks) {
    const quote = c.quote ?? c.label;
    const g = out.find((x) => x.quote === quote && x.where === c.where);
    if (g) g.checks.push(c);
    else out.push({ quote, where: c.where, href: c.href, checks: [c] });
  }
  return out;
}

function consistencyView({ a, documentHref }: SiteContext): BaselinePage['consistency'] {
  const con = a.consistency();
  const view = (c: CrossCheck): CrossCheckView => {
    const places: CrossCheckView['places'] = [];
    for (const v of c.values) {
      if (v.source !== 'printed' || !v.where || !v.quote) continue;
      const { where, quote } = v;
      if (!places.some((p) => p.where === where && p.quote === quote)) places.push({ where, quote, href: documentHref(where) });
    }
    return {
      id: c.id,
      about: c.about,
      ok: c.ok,
      explanation: crossCheckExplanation(c, con),
      places,
      computed: c.values.filter((v) => v.source !== 'printed').map((v) => crossValueSentence(v, con.date)),
      note: c.note,
    };
  };
  return { checks: [...con.findings, ...con.checks.filter((c) => c.ok)].map(view), findingCount: con.findings.length };
}
