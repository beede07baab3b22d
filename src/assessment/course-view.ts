import type { Sourced } from '../data/dataset.ts';
import { OUTCOMES, type Course, type Participant } from '../schema/courses.ts';
import { SUBJECTS } from '../schema/levels.ts';
import { compareDates, within, yearOf, type IsoDate } from '../domain/dates.ts';
import { communeRef, personRef, type DatasetIndex } from './indexes.ts';
import { dimensionLabel, levelLabel } from '../domain/levels.ts';
import { percentOf } from './percent.ts';
import type { CommuneRef, PersonRef } from './refs.ts';
import { courseSummary, type CourseSummary, type ParticipantCounts } from './roadmap.ts';
import { ROLE_LABELS, type QualificationView } from './views.ts';

export interface CourseParticipantView {
  person: PersonRef;
  outcome: Participant['outcome'];
  outcomeLabel: string;
  /** For a completed course: the day it counts from (completedOn, else the course's end). */
  completedOn?: IsoDate;
  /** The role she held when the course started (chairwoman first), if any. */
  roleAtStart?: { roleLabel: string; commune: CommuneRef };
}

export interface MeasureRef {
  id: string;
  label: string;
  where: string;
}

export interface CourseView extends CourseSummary {
  year: number;
  measureRef: MeasureRef;
  roadmapRef: { id: string; year: number; text: string };
  subjects: { id: string; label: string }[];
  confers: QualificationView[];
  note?: string;
  /** In Vietnamese name order. */
  people: CourseParticipantView[];
  /** Everyone enrolled at the start, whatever the outcome: the seats filled. */
  filled: number;
  /** filled / seats planned, unrounded 0–100. */
  fillPercent: number | null;
  /** completed / filled, unrounded 0–100 (null without participants). */
  completionPercent: number | null;
}

export interface CourseYear {
  year: number;
  courses: CourseView[];
  seats: number;
  filled: number;
  participants: ParticipantCounts;
  cost: number;
}

function measureRef(ix: DatasetIndex, id: string): MeasureRef {
  const m = ix.dataset.plan.measures.find((x) => x.id === id);
  return { id, label: m?.label ?? id, where: m?.where ?? '' };
}

function roleAtStart(ix: DatasetIndex, personId: string, date: IsoDate): CourseParticipantView['roleAtStart'] {
  const p = ix.personById.get(personId);
  const running = p?.roles.filter((t) => within(date, t.from, t.to)) ?? [];
  const term = running.find((t) => t.role === 'chairwoman') ?? running[0];
  return term ? { roleLabel: ROLE_LABELS[term.role], commune: communeRef(ix, term.commune) } : undefined;
}

function view(ix: DatasetIndex, c: Sourced<Course>): CourseView {
  const summary = courseSummary(c);
  const placed = ix.roadmapItems.get(c.roadmapItem);
  const rank = (id: string) => ix.nameRank.get(id) ?? 0;
  const people = [...c.participants]
    .sort((x, y) => rank(x.person) - rank(y.person))
    .flatMap((pt): CourseParticipantView[] => {
      const p = ix.personById.get(pt.person);
      if (!p) return [];
      const completedOn = pt.outcome === 'completed' ? (pt.completedOn ?? c.end) : undefined;
      const role = roleAtStart(ix, p.id, c.start);
      return [
        {
          person: personRef(ix, p),
          outcome: pt.outcome,
          outcomeLabel: OUTCOMES[pt.outcome],
          ...(completedOn ? { completedOn } : {}),
          ...(role ? { roleAtStart: role } : {}),
        },
      ];
    });
  const filled = c.participants.length;
  return {
    ...summary,
    year: yearOf(c.start),
    measureRef: measureRef(ix, c.measure),
    roadmapRef: { id: c.roadmapItem, year: placed?.year ?? yearOf(c.start), text: placed?.item.text ?? c.roadmapItem },
    subjects: c.subjects.map((s) => ({ id: s, label: SUBJECTS[s] })),
    confers: c.confers.map((l) => ({ dimension: l.dimension, dimensionLabel: dimensionLabel(l.dimension), level: l.level, label: levelLabel(l.dimension, l.level) })),
    ...(c.note ? { note: c.note } : {}),
    people,
    filled,
    fillPercent: percentOf(filled, c.seats),
    completionPercent: percentOf(summary.participants.completed, filled),
  };
}

/** Every course, by start date (then id), each with its participants in name order (Assessment.courseViews keeps it). */
export function courseViewsOf(ix: DatasetIndex): CourseView[] {
  return [...ix.dataset.courses]
    .sort((x, y) => compareDates(x.start, y.start) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((c) => view(ix, c));
}

/** Courses grouped by the year they start, ascending, with the year's totals. */
export function courseYearsOf(views: readonly CourseView[]): CourseYear[] {
  const byYear = new Map<number, CourseYear>();
  for (const c of views) {
    let y = byYear.get(c.year);
    if (!y) byYear.set(c.year, (y = { year: c.year, courses: [], seats: 0, filled: 0, participants: { enrolled: 0, completed: 0, dropped: 0 }, cost: 0 }));
    y.courses.push(c);
    y.seats += c.seats;
    y.filled += c.filled;
    y.cost += c.cost;
    for (const k of Object.keys(y.participants) as (keyof ParticipantCounts)[]) y.participants[k] += c.participants[k];
  }
  return [...byYear.values()].sort((x, y) => x.year - y.year);
}
