import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';

export interface NotFoundPage {
  frame: PageFrame;
}

/** The 404 page says nothing about the data but the layout's chrome, which every page shows. */
export function notFoundPage({ chrome }: SiteContext): NotFoundPage {
  return { frame: { title: 'Không tìm thấy trang', chrome } };
}
