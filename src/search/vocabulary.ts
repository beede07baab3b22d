/**
 * The words the search index and the search UI share: filter and metadata keys, the kinds of
 * result with their labels, and the ranking. Pure constants: imported by the pages and the
 * build (src/search/facets.ts, src/integrations/pagefind.ts) and by the browser scripts alike.
 */
import { STANDING_WORDS } from '../site/standing.ts';

/** Kinds of result, in the order the search page lists them; the label is the filter value shown. */
export const KINDS = {
  chairwoman: 'Chủ tịch Hội',
  sourceCadre: 'Cán bộ nguồn',
  /** People who held a role in the data but hold none at the data's date. */
  former: 'Đã thôi giữ vai trò',
  district: 'Quận, huyện, thị xã',
  commune: 'Xã, phường, thị trấn',
  course: 'Lớp học',
  document: 'Đề án',
  /** A year of the roadmap: its report page with the year's tasks. */
  roadmap: 'Năm lộ trình',
  /** The targets page and each target. */
  target: 'Chỉ tiêu',
  /** Overview and index pages: Tổng quan, Thực trạng, Lộ trình, Quận/huyện, Lớp học, Dữ liệu. */
  page: 'Trang tổng hợp',
} as const;
export type Kind = keyof typeof KINDS;
export const KIND_ORDER = Object.keys(KINDS) as Kind[];

/** The kinds in the search page's address (?loai=chu-tich): Vietnamese slugs, like every URL of the site. */
export const KIND_SLUGS: Record<Kind, string> = {
  chairwoman: 'chu-tich',
  sourceCadre: 'can-bo-nguon',
  former: 'da-thoi',
  district: 'quan-huyen',
  commune: 'xa-phuong',
  course: 'lop-hoc',
  document: 'de-an',
  roadmap: 'lo-trinh',
  target: 'chi-tieu',
  page: 'trang',
};

/** Filter values of the standard filter (chairwomen holding the post at the data date only). */
export const STANDARD = { meets: `${STANDING_WORDS.met} tiêu chuẩn`, short: `${STANDING_WORDS.short} tiêu chuẩn` } as const;
/** The standard filter in the search page's address (?tieu-chuan=dat). */
export const STANDARD_SLUGS: Record<keyof typeof STANDARD, string> = { meets: 'dat', short: 'chua-dat' };

/** Pagefind filter names (data-pagefind-filter, custom records, the JS API `filters`). */
export const FILTER = { kind: 'loai', district: 'quan', standard: 'tieu_chuan' } as const;

/**
 * Pagefind metadata keys. Every metadata field is searched (Pagefind ≥ 1.5) and none is part of the
 * excerpt, so the folded copies live here and never show to a reader. Kind and district are read
 * back from a result's filters, so they need no metadata of their own.
 */
export const META = {
  /** The record's own name, as written and folded: people, districts, communes. */
  name: 'ten',
  /** Folded title and place, for queries typed without marks. */
  folded: 'khong_dau',
  /** Text a page holds where the indexer does not read it (the tasks in a roadmap year's table). */
  text: 'noi_dung',
} as const;

/** Sort key: kind first (KIND_ORDER), then the kind's own order (people by given name, years by year). */
export const SORT_KEY = 'thu_tu';

/**
 * Ranking: a match on a record's own name counts like a title match, so "Đống Đa" puts the
 * district before a course held there; the folded copies count like body text.
 */
export const META_WEIGHTS: Record<string, number> = { title: 5, [META.name]: 5, [META.folded]: 1, [META.text]: 1 };
