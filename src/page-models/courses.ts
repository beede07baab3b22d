import { type Assessment, type CourseView, type CourseYear, type ParticipantCounts } from '../assessment/index.ts';
import type { IsoDate } from '../domain/dates.ts';
import { courseHref, courseYearAnchor, courseYearHref, courseYearPath, roadmapYearHref } from '../site/links.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';
import { pageOf, pagesOf, type PageLink } from './paging.ts';
import { indexedWhole } from './search-frame.ts';

/**
 * How many courses of a year the overview lists before pointing to the year's own pages, and how many
 * a year's page holds: at national size a year has hundreds of courses, and a page stays under 150 kB
 * (issue 12). At the city's size every year fits the overview whole.
 */
export const OVERVIEW_COURSES_PER_YEAR = 20;
export const COURSES_PER_PAGE = 120;

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
  /** The first page of the year's own list. */
  href: string;
  /** All of the year's courses. */
  count: number;
  /** The first OVERVIEW_COURSES_PER_YEAR, by start date. */
  courses: CoursesRow[];
  /** Courses of the year not listed here (on the year's pages). */
  more: number;
}

export interface CoursesPage {
  frame: PageFrame;
  date: IsoDate;
  /** The years courses start in, ascending. */
  years: CoursesYear[];
}

/** One page of one year's courses: /lop-hoc/nam-2013/, then /lop-hoc/nam-2013/trang-2/… */
export interface CourseYearPage {
  frame: PageFrame;
  date: IsoDate;
  year: Omit<CoursesYear, 'courses' | 'more'>;
  /** 1-based, of `pages`. */
  page: number;
  pages: PageLink[];
  /** This page's courses, by start date. */
  courses: CoursesRow[];
  /** Position of the first and last course of this page in the year (1-based). */
  first: number;
  last: number;
}

const rowOf = (c: CourseView): CoursesRow => ({
  id: c.id,
  title: c.title,
  href: courseHref(c.id),
  start: c.start,
  end: c.end,
  seats: c.seats,
  filled: c.filled,
  participants: c.participants,
  cost: c.cost,
});

function yearOf(y: CourseYear): Omit<CoursesYear, 'courses' | 'more'> {
  return {
    year: y.year,
    anchor: courseYearAnchor(y.year),
    roadmapHref: roadmapYearHref(y.year),
    href: courseYearHref(y.year),
    count: y.courses.length,
    seats: y.seats,
    filled: y.filled,
    participants: y.participants,
    cost: y.cost,
  };
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
      ...yearOf(y),
      courses: y.courses.slice(0, OVERVIEW_COURSES_PER_YEAR).map(rowOf),
      more: Math.max(0, y.courses.length - OVERVIEW_COURSES_PER_YEAR),
    })),
  };
}

/** The path (for a breadcrumb) of the page of its year's list that holds a course. */
export function courseYearPagePath(a: Assessment, c: CourseView): string {
  const position = a.courseYears().find((y) => y.year === c.year)?.courses.findIndex((x) => x.id === c.id) ?? 0;
  return courseYearPath(c.year, pageOf(position, COURSES_PER_PAGE));
}

/** Every page of every year's list, for getStaticPaths: `page` is undefined for a year's first page. */
export function courseYearPaths(ctx: SiteContext): { params: { year: string; page: string | undefined }; props: { model: CourseYearPage } }[] {
  const { a, chrome } = ctx;
  return a.courseYears().flatMap((y) => {
    const year = yearOf(y);
    const pages = pagesOf(y.courses.length, COURSES_PER_PAGE, (n) => courseYearHref(y.year, n));
    const count = pages.length;
    return pages.map((p) => {
      const title = count > 1 ? `Lớp học năm ${y.year} (trang ${p.number}/${count})` : `Lớp học năm ${y.year}`;
      const model: CourseYearPage = {
        frame: {
          title,
          description: `Các lớp đào tạo, bồi dưỡng khai giảng năm ${y.year}`,
          breadcrumbs: [{ label: 'Lớp học', path: 'lop-hoc' }, { label: count > 1 ? `Năm ${y.year}, trang ${p.number}` : `Năm ${y.year}` }],
          chrome,
        },
        date: a.currentDate,
        year,
        page: p.number,
        pages,
        courses: y.courses.slice(p.first - 1, p.last).map(rowOf),
        first: p.first,
        last: p.last,
      };
      return { params: { year: String(y.year), page: p.number === 1 ? undefined : `trang-${p.number}` }, props: { model } };
    });
  });
}
