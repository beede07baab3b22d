import type { Sourced, SourceRef } from '../data/dataset.ts';
import { COURSE_KINDS, type Course } from '../schema/courses.ts';
import { STATUSES } from '../schema/progress.ts';
import type { RoadmapItem } from '../schema/plan.ts';
import { completionDate } from '../domain/completions.ts';
import { yearOf, type IsoDate } from '../domain/dates.ts';
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
  /** The item's courses started by the view's date. */
  courses: CourseSummary[];
  /** Course items: participants who completed or are enrolled (courses when the promise counts classes), at the view's date; others: progress `achieved`. */
  achieved: number | null;
  participants: ParticipantCounts;
  /** The item's entry in data/progress.yaml; absent while the item has none. */
  source?: SourceRef;
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
  /** What the view counts to: courses started and completions dated by this day, money spent by it. */
  asOf: string;
  years: RoadmapYearView[];
  budget: number;
  spent: number;
  remaining: number;
  /** Every year any course starts in, ascending, including years outside the roadmap. */
  spending: YearSpending[];
}

/** A course for lists; its participants as they stood at asOf when given (see countParticipants). */
export function courseSummary(c: Sourced<Course>, asOf?: IsoDate): CourseSummary {
  const participants = countParticipants([c], asOf);
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

/**
 * Outcomes at asOf (absent: as recorded). A completion dated after asOf was still a learner then;
 * a drop-out carries no date, so it counts as dropped whenever asked.
 */
function countParticipants(courses: readonly Course[], asOf?: IsoDate): ParticipantCounts {
  const out = { enrolled: 0, completed: 0, dropped: 0 };
  for (const c of courses) {
    for (const p of c.participants) {
      if (asOf !== undefined && p.outcome === 'completed' && completionDate(c, p)! > asOf) out.enrolled += 1;
      else out[p.outcome] += 1;
    }
  }
  return out;
}

/** Courses started by the date: all a report at that date may count or spend. */
export function startedBy<C extends Course>(courses: readonly C[], asOf: IsoDate): C[] {
  return courses.filter((c) => c.start <= asOf);
}

/** Cost and number of the courses started by asOf, per year of start, ascending: the one count of money spent. */
export function spendingBy(courses: readonly Course[], asOf: IsoDate): YearSpending[] {
  const byYear = new Map<number, YearSpending>();
  for (const c of startedBy(courses, asOf)) {
    const y = yearOf(c.start);
    const s = byYear.get(y) ?? { year: y, cost: 0, courses: 0 };
    s.cost += c.cost;
    s.courses += 1;
    byYear.set(y, s);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The roadmap as it stood at asOf (default: the data's date). */
export function roadmap(ix: DatasetIndex, asOf: IsoDate = ix.dataset.progress.asOf): RoadmapView {
  const { plan, courses } = ix.dataset;
  const spending = spendingBy(courses, asOf);
  const spendingOf = new Map(spending.map((s) => [s.year, s.cost]));
  const spent = spending.reduce((s, y) => s + y.cost, 0);

  const years = plan.roadmap.map((ry): RoadmapYearView => ({
    year: ry.year,
    where: ry.where,
    spent: spendingOf.get(ry.year) ?? 0,
    items: ry.items.map((item): RoadmapItemView => {
      const entry = ix.progressByItem.get(item.id);
      const itemCourses = startedBy(ix.coursesByItem.get(item.id) ?? [], asOf);
      const participants = countParticipants(itemCourses, asOf);
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
        courses: itemCourses.map((c) => courseSummary(c, asOf)),
        achieved,
        participants,
        ...(entry ? { source: entry.source } : {}),
      };
    }),
  }));

  return { asOf, years, budget: plan.budget.total, spent, remaining: plan.budget.total - spent, spending };
}
