import type { NAV } from './nav.ts';
import { fileHref, href } from './url.ts';

/** A section of the site: a menu entry's base-relative path (site/nav.ts). */
export type SectionPath = (typeof NAV)[number]['path'];

/** A section's page, or a place on it. */
export const sectionHref = (path: SectionPath, anchor?: string): string => href(anchor === undefined ? path : `${path}#${anchor}`);

/**
 * The URL scheme of the record pages, in one place.
 * People live at /nguoi/<id>/ whatever their role: a source cadre who becomes chairwoman keeps
 * her address, and the course, district and search pages link her the same way at any date.
 */
export const personHref = (id: string): string => href(`nguoi/${id}`);
export const districtHref = (id: string): string => href(`quan-huyen/${id}`);
/** The commune's section on its district page. */
export const communeAnchor = (code: string): string => `xa-${code}`;
/** A district's communes past its page's first ones, page by page (page 1 is the district page itself). */
export const districtCommunesHref = (district: string, page: number): string => href(page === 1 ? `quan-huyen/${district}` : `quan-huyen/${district}/xa/trang-${page}`);
/** A commune's row on the page of its district that lists it (src/page-models/commune-pages.ts says which). */
export const communeHref = (district: string, code: string, page = 1): string => `${districtCommunesHref(district, page)}#${communeAnchor(code)}`;
export const courseHref = (id: string): string => href(`lop-hoc/${id}`);
export const courseYearAnchor = (year: number): string => `nam-${year}`;
/** A year's own list of courses, page by page (the first page has no page segment); the path is for breadcrumbs. */
export const courseYearPath = (year: number, page = 1): string => (page === 1 ? `lop-hoc/nam-${year}` : `lop-hoc/nam-${year}/trang-${page}`);
export const courseYearHref = (year: number, page = 1): string => href(courseYearPath(year, page));
export const roadmapYearHref = (year: number): string => href(`lo-trinh/${year}`);
/** A roadmap item's row on its year's page. */
export const roadmapItemHref = (year: number, item: string): string => href(`lo-trinh/${year}#${item}`);
/** A standard criterion's reading, told once on the home page (section "Tiêu chuẩn Chủ tịch Hội") and linked from elsewhere. */
export const criterionReadingAnchor = (criterion: string): string => `cach-doc-${criterion}`;
export const criterionReadingHref = (criterion: string): string => sectionHref('', criterionReadingAnchor(criterion));
/** A target's own page. */
export const targetHref = (id: string): string => href(`chi-tieu/${id}`);
/** A chart's data as CSV, beside its target's page. */
export const targetCsvHref = (id: string, chart: string): string => fileHref(`chi-tieu/${id}/${chart}.csv`);
