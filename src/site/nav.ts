import { trimSlashes } from './path.ts';

/** The site's sections, in menu order; paths are base-relative. */
export const NAV = [
  { path: '', label: 'Tổng quan' },
  { path: 'de-an', label: 'Đề án' },
  { path: 'thuc-trang', label: 'Thực trạng' },
  { path: 'chi-tieu', label: 'Chỉ tiêu' },
  { path: 'lo-trinh', label: 'Lộ trình' },
  { path: 'quan-huyen', label: 'Quận/huyện' },
  { path: 'lop-hoc', label: 'Lớp học' },
  { path: 'du-lieu', label: 'Dữ liệu' },
  { path: 'tim-kiem', label: 'Tìm kiếm' },
] as const;

/**
 * The header's menu: every section but the search page, which the header's search box leads to
 * (a "Tìm kiếm" entry beside the box labelled "Tìm kiếm" only repeated it).
 */
export const MENU = NAV.filter((entry) => entry.path !== 'tim-kiem');

/**
 * How a menu entry relates to the page being shown: "page" for the page itself, "true" for a
 * page inside its section (aria-current values), undefined otherwise. Paths are base-relative.
 */
export function currentState(entryPath: string, pagePath: string): 'page' | 'true' | undefined {
  const entry = trimSlashes(entryPath);
  const page = trimSlashes(pagePath);
  if (entry === page) return 'page';
  if (entry !== '' && page.startsWith(`${entry}/`)) return 'true';
  return undefined;
}

/** One step of a breadcrumb trail. */
export interface Crumb {
  label: string;
  /** Base-relative path; omit for the current page. */
  path?: string;
}
