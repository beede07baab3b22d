import { type ParticipantCounts } from '../assessment/index.ts';
import type { IsoDate } from '../domain/dates.ts';
import { courseHref, courseYearAnchor, roadmapYearHref } from '../site/links.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';
import { indexedWhole } from './search-frame.ts';

/** What a course's row and a year's total have in common. */
export interface CourseFigures {
  seats: number;
  /** Everyone enrolled at the start, whatever the outcome. */
  filled: number;
  participants: ParticipantCounts;
  /** Money spent. */
  cost: number;
}

export interface CoursesRow extends CourseFigures {
  id: string;
  title: string;
  href: string;
  start: IsoDate;
  end: IsoDate;
}

export interface CoursesYear extends CourseFigures {
  year: number;
  /** The year's section id, which course pages link back to. */
  anchor: string;
  /** The year's page of the roadmap. */
  roadmapHref: string;
  /** By start date. */
  courses: CoursesRow[];
}

export interface CoursesPage {
  frame: PageFrame;
  date: IsoDate;
  /** The years courses start in, ascending. */
  years: CoursesYear[];
}

export function coursesPage({ a, chrome }: SiteContext): CoursesPage {
  return {
    frame: indexedWhole({
      title: 'Lớp học',
      description: 'Các lớp đào tạo, bồi dưỡng Chủ tịch Hội và cán bộ nguồn theo từng năm',
      breadcrumbs: [{ label: 'Lớp học' }],
      chrome,
    }, { order: 4 }),
    date: a.currentDate,
    years: a.courseYears().map((y) => ({
      year: y.year,
      anchor: courseYearAnchor(y.year),
      roadmapHref: roadmapYearHref(y.year),
      seats: y.seats,
      filled: y.filled,
      participants: y.participants,
      cost: y.cost,
      courses: y.courses.map((c) => ({
        id: c.id,
        title: c.title,
        href: courseHref(c.id),
        start: c.start,
        end: c.end,
        seats: c.seats,
        filled: c.filled,
        participants: c.participants,
        cost: c.cost,
      })),
    })),
  };
}
