import { mainTerm, type NextCourse, type QualificationView } from '../assessment/index.ts';
import type { SourceRef } from '../data/dataset.ts';
import type { Dimension } from '../schema/levels.ts';
import type { IsoDate } from '../domain/dates.ts';
import { courseHref, districtHref, personHref, targetHref } from '../site/links.ts';
import { roleSummary as roleSummaryOf } from '../site/person-role.ts';
import { communeLink } from './commune-pages.ts';
import type { SiteContext } from './context.ts';
import { criterionReadingLink } from './readings.ts';
import type { PageFrame } from './frame.ts';

export interface Link {
  name: string;
  href: string;
}

export interface CourseLink {
  id: string;
  title: string;
  href: string;
  start: IsoDate;
  end: IsoDate;
}

/** A measure of the plan that closes a gap: the same object for everyone who falls short. */
export interface GapMeasure {
  id: string;
  label: string;
  where: string;
  href: string;
}

/** One of the few courses that would close her gap (Assessment.nextCourses): at most NEXT_COURSES. */
export interface NextCourseLink extends CourseLink {
  enrolled: boolean;
  ahead: boolean;
  inDistrict: boolean;
}

/** A person target (1, 2) as it concerns her: in its population or not, and met. */
export interface PersonTargetRow {
  id: string;
  number: number;
  label: string;
  goal: number;
  counted: boolean;
  met: boolean;
  href: string;
}

export interface PersonCriterion {
  id: string;
  label: string;
  /** null where the criterion does not apply to her. */
  met: boolean | null;
  /** Where the home page tells the site's reading of the criterion (plan.yaml), where it has one. */
  readingHref?: string;
  /** Where she falls short and the plan names a measure. */
  closedBy?: GapMeasure;
  /** Where she falls short: the few courses that would close it, best first. */
  next: NextCourseLink[];
}

export interface PersonQualificationRow {
  dimension: Dimension;
  dimensionLabel: string;
  /** Her level's label at the baseline. */
  before: string | undefined;
  label: string;
  /** Raised by courses since the baseline. */
  raised: boolean;
}

export interface PersonCourseRow extends CourseLink {
  kindLabel: string;
  outcomeLabel: string;
  completedOn?: IsoDate;
  confers: QualificationView[];
}

export interface PersonTermRow {
  roleLabel: string;
  /** Running at the page's date. */
  current: boolean;
  commune: Link & { districtName: string };
  from: IsoDate;
  to?: IsoDate;
  note?: string;
  predecessor?: Link;
  successor?: Link;
}

export interface PersonPage {
  frame: PageFrame;
  id: string;
  name: string;
  /** Her current roles ("Chủ tịch Hội Phường Phúc Xá; …"), or the last one she held; her search record reads the same. */
  roleSummary: string;
  /** Where she is known by: her chairwoman term, else any running term, else her latest. */
  commune: Link;
  district: Link;
  date: IsoDate;
  baselineDate: IsoDate;
  ageBand: string | undefined;
  ageBandAtBaseline: string | undefined;
  /** The congress term the plan speaks of (firstTerm: her first as chairwoman in it). */
  term: { start: number; end: number };
  firstTerm: boolean;
  qualifications: PersonQualificationRow[];
  /** By start date. */
  courses: PersonCourseRow[];
  /** Only for a chairwoman at the date: the standard is hers, and only then counts in the figures. */
  standard?: {
    meets: boolean;
    /** The plan's section of the standard ("I.9"). */
    where: string;
    criteria: PersonCriterion[];
    /** Targets 1 and 2 as they concern her. */
    targets: PersonTargetRow[];
  };
  /** Only for a source cadre at the date: target 3 is what concerns her. */
  sourceCadre?: {
    target: { number: number; label: string; href: string };
    subjects: { id: string; label: string; done: boolean }[];
    complete: boolean;
    communes: { name: string; href: string; counted: boolean }[];
    next: NextCourseLink[];
  };
  terms: PersonTermRow[];
  /** Whether a term of hers has someone before or after her: only then does her roles table have those two columns. */
  succession: boolean;
  source: SourceRef;
}

const gapMemo = new WeakMap<SiteContext, Map<string, GapMeasure>>();

/** One object per measure for every person's page: the build holds all person models at once. */
function gapMeasure(ctx: SiteContext, closedBy: { id: string; label: string; where: string }): GapMeasure {
  let memo = gapMemo.get(ctx);
  if (!memo) gapMemo.set(ctx, (memo = new Map()));
  let gap = memo.get(closedBy.id);
  if (!gap) memo.set(closedBy.id, (gap = { id: closedBy.id, label: closedBy.label, where: closedBy.where, href: ctx.documentHref(closedBy.where) }));
  return gap;
}

export const nextCourseLink = (k: NextCourse): NextCourseLink => ({ id: k.id, title: k.title, href: courseHref(k.id), start: k.start, end: k.end, enrolled: k.enrolled, ahead: k.ahead, inDistrict: k.inDistrict });

const link = (p: { id: string; name: string }): Link => ({ name: p.name, href: personHref(p.id) });

export function personPage(ctx: SiteContext, id: string): PersonPage {
  const { a, chrome } = ctx;
  const v = a.personView(id);
  if (!v) throw new Error(`Không có người "${id}" (unknown-person)`);
  const standard = a.personStandard(id, v.date);
  if (!standard) throw new Error(`Không có người "${id}" (unknown-person)`);
  const { plan } = a.dataset;
  const lead = mainTerm(v);
  const roleSummary = roleSummaryOf(v);
  const before = new Map(v.qualificationsAtBaseline.map((q) => [q.dimension, q.label]));
  const name = v.person.name;
  const cadre = a.sourceCadreCheck(id, v.date);
  return {
    frame: {
      title: name,
      description: `${name}: ${roleSummary}, ${lead.commune.districtName}`,
      breadcrumbs: [{ label: 'Quận/huyện', path: 'quan-huyen' }, { label: lead.commune.districtName, path: `quan-huyen/${lead.commune.district}` }, { label: name }],
      chrome,
    },
    id: v.person.id,
    name,
    roleSummary,
    commune: { name: lead.commune.name, href: communeLink(ctx.a, lead.commune) },
    district: { name: lead.commune.districtName, href: districtHref(lead.commune.district) },
    date: v.date,
    baselineDate: v.baselineDate,
    ageBand: v.ageBand,
    ageBandAtBaseline: v.ageBandAtBaseline,
    term: { start: plan.term.start, end: plan.term.end },
    firstTerm: v.firstTerm,
    qualifications: v.qualifications.map((q) => ({
      dimension: q.dimension,
      dimensionLabel: q.dimensionLabel,
      before: before.get(q.dimension),
      label: q.label,
      raised: v.raised.includes(q.dimension),
    })),
    courses: v.courses.map((c) => ({
      id: c.id,
      title: c.title,
      href: courseHref(c.id),
      start: c.start,
      end: c.end,
      kindLabel: c.kindLabel,
      outcomeLabel: c.outcomeLabel,
      ...(c.completedOn ? { completedOn: c.completedOn } : {}),
      confers: c.confers,
    })),
    ...(standard.counted
      ? {
          standard: {
            meets: standard.meets,
            where: plan.standard.where,
            criteria: standard.criteria.map((c) => ({
              id: c.id,
              label: c.label,
              ...criterionReadingLink(plan, c.id),
              met: c.met,
              ...(c.closedBy ? { closedBy: gapMeasure(ctx, c.closedBy) } : {}),
              next: c.met === false && c.measure ? a.nextCourses(id, lead.commune.district, { measure: c.measure }, v.date).map(nextCourseLink) : [],
            })),
            targets: a.personTargets(id, v.date).map((t) => ({ ...t, href: targetHref(t.id) })),
          },
        }
      : {}),
    ...(cadre
      ? {
          sourceCadre: {
            target: { number: cadre.target.number, label: cadre.target.label, href: targetHref(cadre.target.id) },
            subjects: cadre.target.subjects.map((s) => ({ id: s.id, label: s.label, done: cadre.done.some((d) => d.id === s.id) })),
            complete: cadre.complete,
            communes: cadre.communes.map((c) => ({ name: c.commune.name, href: communeLink(ctx.a, c.commune), counted: c.counted })),
            next: cadre.next.map(nextCourseLink),
          },
        }
      : {}),
    terms: v.terms.map((t) => ({
      roleLabel: t.roleLabel,
      current: t.current,
      commune: { name: t.commune.name, href: communeLink(ctx.a, t.commune), districtName: t.commune.districtName },
      from: t.from,
      ...(t.to ? { to: t.to } : {}),
      ...(t.note ? { note: t.note } : {}),
      ...(t.predecessor ? { predecessor: link(t.predecessor) } : {}),
      ...(t.successor ? { successor: link(t.successor) } : {}),
    })),
    succession: v.terms.some((t) => t.predecessor !== undefined || t.successor !== undefined),
    source: v.person.source,
  };
}

/**
 * Every person's page (about 1,260 at the sample's scale, 124,000 at 100×). The model is a getter:
 * Astro reads a page's props once, as it renders that page, so each model is made then and left to
 * the garbage collector after, instead of every person's model held from getStaticPaths to the end.
 */
export function personPaths(ctx: SiteContext): { params: { id: string }; props: { readonly model: PersonPage } }[] {
  return ctx.a.people().map((p) => ({
    params: { id: p.id },
    props: {
      get model() {
        return personPage(ctx, p.id);
      },
    },
  }));
}
