import { type CourseParticipantView, type CourseView, type ParticipantCounts, type QualificationView } from '../assessment/index.ts';
import type { SourceRef } from '../data/dataset.ts';
import type { IsoDate } from '../domain/dates.ts';
import { courseFacets } from '../search/facets.ts';
import { personHref, roadmapItemHref } from '../site/links.ts';
import { communeLink } from './commune-pages.ts';
import { formatPeriod } from '../site/share.ts';
import type { SiteContext } from './context.ts';
import { courseYearPagePath } from './courses.ts';
import type { PageFrame } from './frame.ts';
import { searchMeta, type SearchMeta } from './search-meta.ts';

export interface CourseParticipantRow {
  id: string;
  name: string;
  href: string;
  outcome: CourseParticipantView['outcome'];
  outcomeLabel: string;
  /** For a completed course: the day it counts from. */
  completedOn?: IsoDate;
  /** The role she held when the course started, if any; else only her district is shown. */
  roleAtStart?: { roleLabel: string; commune: { name: string; href: string; districtName: string } };
  districtName: string;
}

export interface CoursePage {
  frame: PageFrame;
  search: SearchMeta;
  id: string;
  title: string;
  kindLabel: string;
  /** The plan's measure the course is run under. */
  measure: { label: string; where: string; href: string };
  /** The roadmap item it carries out. */
  roadmap: { year: number; text: string; href: string };
  organiser: string;
  start: IsoDate;
  end: IsoDate;
  subjects: string[];
  confers: QualificationView[];
  seats: number;
  filled: number;
  /** filled / seats, unrounded 0–100. */
  fillPercent: number | null;
  participants: ParticipantCounts;
  /** completed / filled, unrounded 0–100. */
  completionPercent: number | null;
  cost: number;
  note?: string;
  /** In Vietnamese name order. */
  people: CourseParticipantRow[];
  source: SourceRef;
}

function model(ctx: SiteContext, c: CourseView): CoursePage {
  return {
    frame: {
      title: c.title,
      description: `${c.kindLabel} ${formatPeriod(c.start, c.end)}: ${c.measureRef.label}`,
      breadcrumbs: [{ label: 'Lớp học', path: 'lop-hoc' }, { label: `Năm ${c.year}`, path: courseYearPagePath(ctx.a, c) }, { label: c.title }],
      chrome: ctx.chrome,
    },
    search: searchMeta(courseFacets(c, ctx.a.courseRank(c.id))),
    id: c.id,
    title: c.title,
    kindLabel: c.kindLabel,
    measure: { label: c.measureRef.label, where: c.measureRef.where, href: ctx.documentHref(c.measureRef.where) },
    roadmap: { year: c.roadmapRef.year, text: c.roadmapRef.text, href: roadmapItemHref(c.roadmapRef.year, c.roadmapRef.id) },
    organiser: c.organiser,
    start: c.start,
    end: c.end,
    subjects: c.subjects.map((s) => s.label),
    confers: c.confers,
    seats: c.seats,
    filled: c.filled,
    fillPercent: c.fillPercent,
    participants: c.participants,
    completionPercent: c.completionPercent,
    cost: c.cost,
    ...(c.note ? { note: c.note } : {}),
    people: c.people.map((p) => ({
      id: p.person.id,
      name: p.person.name,
      href: personHref(p.person.id),
      outcome: p.outcome,
      outcomeLabel: p.outcomeLabel,
      ...(p.completedOn ? { completedOn: p.completedOn } : {}),
      ...(p.roleAtStart
        ? {
            roleAtStart: {
              roleLabel: p.roleAtStart.roleLabel,
              commune: { name: p.roleAtStart.commune.name, href: communeLink(ctx.a, p.roleAtStart.commune), districtName: p.roleAtStart.commune.districtName },
            },
          }
        : {}),
      districtName: p.person.districtName,
    })),
    source: c.source,
  };
}

export function coursePage(ctx: SiteContext, id: string): CoursePage {
  const c = ctx.a.courseView(id);
  if (!c) throw new Error(`Không có lớp học "${id}" (unknown-course)`);
  return model(ctx, c);
}

/** Every course's page, each model made once here. */
export function coursePaths(ctx: SiteContext): { params: { id: string }; props: { model: CoursePage } }[] {
  return ctx.a.courseViews().map((c) => ({ params: { id: c.id }, props: { model: model(ctx, c) } }));
}
