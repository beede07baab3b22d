import type { Sourced, SourceRef } from '../data/dataset.ts';
import { COURSE_KINDS, type Course } from '../data/schema/courses.ts';
import { STATUSES } from '../data/schema/progress.ts';
import type { RoadmapItem } from '../data/schema/plan.ts';
import { yearOf } from './dates.ts';
import type { DatasetIndex } from './indexes.ts';

export interface ParticipantCounts {
  enrolled: number;
  completed: number;
  dropped: number;
}

export interface CourseSummary {
  id: string;
  title: string;
  kind: Course['kind'];
  kindLabel: string;
  measure: string;
  roadmapItem: string;
  organiser: string;
  start: string;
  end: string;
  seats: number;
  cost: number;
  participants: ParticipantCounts;
  source: SourceRef;
}

export type Status = keyof typeof STATUSES;

export interface RoadmapItemView {
  id: string;
  year: number;
  text: string;
  kind: RoadmapItem['kind'];
  measure?: string;
  promise?: RoadmapItem['promise'];
  classes?: number;
  /** From data/progress.yaml; an item without an entry has not started. */
  status: Status;
  statusLabel: string;
  start?: string;
  end?: string;
  note?: string;
  courses: CourseSummary[];
  /** Course items: participants who completed or are enrolled (courses when the promise counts classes); others: progress `achieved`. */
  achieved: number | null;
  participants: ParticipantCounts;
}

export interface YearSpending {
  year: number;
  cost: number;
  courses: number;
}

export interface RoadmapYearView {
  year: number;
  where: string;
  items: RoadmapItemView[];
  /** Cost of the courses starting that year. */
  spent: number;
}

export interface RoadmapView {
  asOf: string;
  years: RoadmapYearView[];
  budget: number;
  spent: number;
  remaining: number;
  /** Every year any course starts in, ascending, including years outside the roadmap. */
  spending: YearSpending[];
}

export function courseSummary(c: Sourced<Course>): CourseSummary {
  const participants = countParticipants([c]);
  return {
    id: c.id,
    title: c.title,
    kind: c.kind,
    kindLabel: COURSE_KINDS[c.kind],
    measure: c.measure,
    roadmapItem: c.roadmapItem,
    organiser: c.organiser,
    start: c.start,
    end: c.end,
    seats: c.seats,
    cost: c.cost,
    participants,
    source: c.source,
  };
}

function countParticipants(courses: readonly Course[]): ParticipantCounts {
  const out = { enrolled: 0, completed: 0, dropped: 0 };
  for (const c of courses) for (const p of c.participants) out[p.outcome] += 1;
  return out;
}

export function roadmap(ix: DatasetIndex): RoadmapView {
  const { plan, progress, courses } = ix.dataset;
  const spendingMap = new Map<number, YearSpending>();
  for (const c of courses) {
    const y = yearOf(c.start);
    const s = spendingMap.get(y) ?? { year: y, cost: 0, courses: 0 };
    s.cost += c.cost;
    s.courses += 1;
    spendingMap.set(y, s);
  }
  const spending = [...spendingMap.values()].sort((a, b) => a.year - b.year);
  const spent = spending.reduce((s, y) => s + y.cost, 0);

  const years = plan.roadmap.map((ry): RoadmapYearView => ({
    year: ry.year,
    where: ry.where,
    spent: spendingMap.get(ry.year)?.cost ?? 0,
    items: ry.items.map((item): RoadmapItemView => {
      const entry = ix.progressByItem.get(item.id);
      const itemCourses = ix.coursesByItem.get(item.id) ?? [];
      const participants = countParticipants(itemCourses);
      const status: Status = entry?.status ?? 'chua-bat-dau';
      const achieved =
        item.kind === 'course'
          ? item.promise?.unit === 'lớp'
            ? itemCourses.length
            : participants.completed + participants.enrolled
          : (entry?.achieved ?? null);
      return {
        id: item.id,
        year: ry.year,
        text: item.text,
        kind: item.kind,
        ...(item.measure ? { measure: item.measure } : {}),
        ...(item.promise ? { promise: item.promise } : {}),
        ...(item.classes ? { classes: item.classes } : {}),
        status,
        statusLabel: STATUSES[status],
        ...(entry?.start ? { start: entry.start } : {}),
        ...(entry?.end ? { end: entry.end } : {}),
        ...(entry?.note ? { note: entry.note } : {}),
        courses: itemCourses.map(courseSummary),
        achieved,
        participants,
      };
    }),
  }));

  return { asOf: progress.asOf, years, budget: plan.budget.total, spent, remaining: plan.budget.total - spent, spending };
}
